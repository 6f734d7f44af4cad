#include "ui/surveys/SurveyImportDialog.h"

#include "core/analysis/NameMatching.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "ui/surveys/SurveyFormatPage.h"
#include "ui/surveys/SurveyMatchingPage.h"
#include "ui/surveys/SurveyProblemsPage.h"
#include "ui/surveys/SurveyResultPage.h"
#include "ui/surveys/SurveyStyle.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace js {

namespace {

// Whether the bytes read as text in the encoding: a picture, a workbook or
// a PDF decodes to control characters and replacement marks.
bool looksLikeText(const QByteArray& bytes, text::Encoding encoding)
{
    const QString sample = text::decode(bytes.left(64 * 1024), encoding);
    if (sample.isEmpty())
        return false;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const QChar c = sample[i];
        if (c == u'\0')
            return false;
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (c.isHighSurrogate() && i + 1 < sample.size() && sample[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        const QChar::Category category = c.category();
        if (c == QChar::ReplacementCharacter || c.isSurrogate() ||
            category == QChar::Other_Control || category == QChar::Other_NotAssigned ||
            category == QChar::Other_PrivateUse)
            ++odd;
    }
    // A stray odd character is a typo; one in fifty is no text.
    return odd * 50 <= sample.size();
}

QString stepTitle(SurveyImportDialog::Step step)
{
    switch (step) {
    case SurveyImportDialog::Step::Format:
        return SurveyImportDialog::tr("How the file is written");
    case SurveyImportDialog::Step::Columns:
        return SurveyImportDialog::tr("Which columns hold the answers");
    case SurveyImportDialog::Step::Problems:
        return SurveyImportDialog::tr("Answers off the scale");
    case SurveyImportDialog::Step::Matching:
        return SurveyImportDialog::tr("Which touchpoint each name is");
    case SurveyImportDialog::Step::Result:
        return SurveyImportDialog::tr("The figures to import");
    }
    return {};
}

QString stepName(SurveyImportDialog::Step step)
{
    switch (step) {
    case SurveyImportDialog::Step::Format:
        return SurveyImportDialog::tr("Format");
    case SurveyImportDialog::Step::Columns:
        return SurveyImportDialog::tr("Columns");
    case SurveyImportDialog::Step::Problems:
        return SurveyImportDialog::tr("Problems");
    case SurveyImportDialog::Step::Matching:
        return SurveyImportDialog::tr("Touchpoints");
    case SurveyImportDialog::Step::Result:
        return SurveyImportDialog::tr("Result");
    }
    return {};
}

// Shows a busy cursor while a large file is read or counted.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

SurveyImportDialog::SurveyImportDialog(ProjectDocument* document, Id journey, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_journey(journey)
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    if (const Journey* shown = findJourney(document->project(), journey)) {
        for (const Stage& stage : shown->stages)
            for (const Touchpoint& touchpoint : stage.touchpoints)
                m_touchpoints.emplace_back(touchpoint.id, touchpoint.name);
        setWindowTitle(tr("Import survey responses into “%1”").arg(shown->name));
    }

    m_steps = new QLabel;
    m_steps->setObjectName(QStringLiteral("surveySteps"));
    m_steps->setTextFormat(Qt::RichText);
    m_title = new QLabel;
    surveystyle::makeHeading(m_title);
    m_formatPage = new SurveyFormatPage;
    m_columnsPage = new SurveyColumnsPage;
    m_problemsPage = new SurveyProblemsPage;
    m_matchingPage = new SurveyMatchingPage;
    m_resultPage = new SurveyResultPage;
    m_pages = new QStackedWidget;
    // In the order of Step.
    for (QWidget* page :
         {static_cast<QWidget*>(m_formatPage), static_cast<QWidget*>(m_columnsPage),
          static_cast<QWidget*>(m_problemsPage), static_cast<QWidget*>(m_matchingPage),
          static_cast<QWidget*>(m_resultPage)})
        m_pages->addWidget(page);

    m_back = new QPushButton(tr("< &Back"));
    m_back->setObjectName(QStringLiteral("surveyBack"));
    m_next = new QPushButton(tr("&Next >"));
    m_next->setObjectName(QStringLiteral("surveyNext"));
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("surveyImport"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("surveyCancel"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addSpacing(12);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_pages, 1);
    layout->addSpacing(4);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &SurveyImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &SurveyImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &SurveyImportDialog::finish);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_formatPage, &SurveyFormatPage::formatChanged, this, &SurveyImportDialog::readTable);
    connect(m_columnsPage, &SurveyColumnsPage::choiceChanged, this,
            &SurveyImportDialog::updateButtons);
    connect(m_matchingPage, &SurveyMatchingPage::matchingChanged, this,
            &SurveyImportDialog::updateButtons);

    // Room for the preview, within a projector's 1280×720.
    QSize size(1000, 640);
    if (const QScreen* screen = parent ? parent->screen() : QApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.94);
    resize(size);
    showStep(Step::Format);
}

SurveyImportDialog::~SurveyImportDialog() = default;

bool SurveyImportDialog::load(const QString& path, QString* error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error =
            tr("“%1” cannot be read: %2.")
                .arg(QFileInfo(path).fileName(),
                     QFileInfo::exists(path) ? file.errorString() : tr("there is no such file"));
        return false;
    }
    if (file.size() > survey::MaxFileBytes) {
        *error = tr("“%1” is too large for a survey export (%L2 MB; at most %L3 MB are read).")
                     .arg(QFileInfo(path).fileName())
                     .arg(file.size() / (1024 * 1024))
                     .arg(survey::MaxFileBytes / (1024 * 1024));
        return false;
    }
    return loadBytes(file.readAll(), QFileInfo(path).fileName(), error);
}

bool SurveyImportDialog::loadBytes(const QByteArray& bytes, const QString& fileName, QString* error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = tr("“%1” is empty: there are no survey responses to import.").arg(fileName);
        return false;
    }
    const survey::CsvFormat format = survey::detectFormat(bytes);
    if (!looksLikeText(bytes, format.encoding)) {
        *error = tr("“%1” is not a CSV file: it does not hold text. Export the survey's "
                    "responses as CSV (comma or semicolon separated values) and import that.")
                     .arg(fileName);
        return false;
    }
    m_bytes = bytes;
    m_fileName = fileName;
    m_formatPage->setFormat(format);
    readTable(format);
    showStep(Step::Format);
    return true;
}

void SurveyImportDialog::readTable(const survey::CsvFormat& format)
{
    {
        const BusyCursor busy;
        m_table = survey::readSurvey(m_bytes, format);
    }
    // The questions mark the source: read with other header rows, it is another.
    m_source = survey::surveySource(m_fileName, m_table);
    m_formatPage->showTable(m_table, m_fileName);
    m_tableChanged = true;
    updateButtons();
}

void SurveyImportDialog::prepareColumns()
{
    if (!m_tableChanged)
        return;
    QStringList names;
    for (const auto& touchpoint : m_touchpoints)
        names << touchpoint.second;
    m_columnsPage->setTable(m_table, m_touchpoints, survey::suggestColumns(m_table, names));
    m_tableChanged = false;
    m_figuresChanged = true;
}

void SurveyImportDialog::prepareFigures()
{
    const survey::ColumnChoice choice = m_columnsPage->choice();
    if (!m_figuresChanged && choice == m_figuresFor)
        return;
    {
        const BusyCursor busy;
        m_figures = survey::computeFigures(m_table, choice);
    }
    m_figuresFor = choice;
    m_figuresChanged = false;
    m_problemsPage->setFigures(m_figures);
    prepareMatching();
}

void SurveyImportDialog::prepareMatching()
{
    QStringList names;
    for (const survey::TouchpointFigures& touchpoint : m_figures.touchpoints)
        names << touchpoint.name;
    std::vector<NameMatch> matches;
    if (const Journey* journey = findJourney(m_document->project(), m_journey))
        matches = matchTouchpoints(*journey, names);
    m_matchingPage->setNames(m_figures, matches, m_touchpoints);
}

void SurveyImportDialog::prepareResult()
{
    const std::map<QString, Id> matching = m_matchingPage->touchpointOfName();
    m_metrics = survey::surveyMetrics(m_figures, matching, m_source, QDate::currentDate());
    const Journey* journey = findJourney(m_document->project(), m_journey);
    m_resultPage->setResult(m_figures, matching, m_touchpoints, static_cast<int>(m_metrics.size()),
                            earlierFigures(), journey ? journey->name : QString());
}

int SurveyImportDialog::earlierFigures() const
{
    int count = 0;
    for (const Metric& metric : m_document->project().metrics) {
        const bool fromSurvey = metric.kind == MetricKind::Nps || metric.kind == MetricKind::Csat ||
                                metric.kind == MetricKind::Ces;
        if (fromSurvey && survey::isFromSource(metric, m_source))
            ++count;
    }
    return count;
}

bool SurveyImportDialog::canGoOn() const
{
    switch (m_step) {
    case Step::Format:
        return !m_bytes.isEmpty() && m_table.problem.isEmpty();
    case Step::Columns:
        return m_columnsPage->isComplete();
    case Step::Problems:
        return true;
    case Step::Matching:
        return !m_matchingPage->touchpointOfName().empty();
    case Step::Result:
        return !m_metrics.empty();
    }
    return false;
}

void SurveyImportDialog::next()
{
    if (!canGoOn())
        return;
    switch (m_step) {
    case Step::Format:
        prepareColumns();
        showStep(Step::Columns);
        break;
    case Step::Columns:
        prepareFigures();
        showStep(m_figures.problems.empty() ? Step::Matching : Step::Problems);
        break;
    case Step::Problems:
        showStep(Step::Matching);
        break;
    case Step::Matching:
        prepareResult();
        showStep(Step::Result);
        break;
    case Step::Result:
        finish();
        break;
    }
}

void SurveyImportDialog::back()
{
    switch (m_step) {
    case Step::Format:
        break;
    case Step::Columns:
        showStep(Step::Format);
        break;
    case Step::Problems:
        showStep(Step::Columns);
        break;
    case Step::Matching:
        showStep(m_figures.problems.empty() ? Step::Columns : Step::Problems);
        break;
    case Step::Result:
        showStep(Step::Matching);
        break;
    }
}

void SurveyImportDialog::finish()
{
    if (m_step != Step::Result || m_metrics.empty())
        return;
    m_outcome = survey::importSurveyMetrics(*m_document, m_metrics, m_source);
    emit imported(m_outcome, m_fileName);
    accept();
}

void SurveyImportDialog::showStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(static_cast<int>(step));
    m_title->setText(stepTitle(step));
    QStringList crumbs;
    const bool problems = !m_figures.problems.empty() && !m_figuresChanged;
    for (const Step each :
         {Step::Format, Step::Columns, Step::Problems, Step::Matching, Step::Result}) {
        if (each == Step::Problems && !problems && step != Step::Problems)
            continue;
        const QString name = stepName(each).toHtmlEscaped();
        crumbs << (each == step ? QStringLiteral("<b>%1</b>").arg(name) : name);
    }
    m_steps->setText(crumbs.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    updateButtons();
    // The first thing to change on each step.
    QWidget* focus = nullptr;
    switch (step) {
    case Step::Format:
        focus = m_formatPage->delimiterBox();
        break;
    case Step::Columns:
        focus = m_columnsPage->touchpointBox();
        break;
    default:
        focus = m_next->isEnabled() ? m_next : m_import;
        break;
    }
    if (focus)
        focus->setFocus();
}

void SurveyImportDialog::updateButtons()
{
    const bool last = m_step == Step::Result;
    m_back->setEnabled(m_step != Step::Format);
    m_next->setVisible(!last);
    m_import->setVisible(last);
    m_next->setEnabled(!last && canGoOn());
    m_import->setEnabled(last && canGoOn());
    m_next->setText(m_step == Step::Problems ? tr("&Skip these responses >") : tr("&Next >"));
    m_next->setDefault(!last);
    m_import->setDefault(last);
    QString why;
    if (m_step == Step::Format && !m_table.problem.isEmpty())
        why = tr("The file cannot be read this way: correct the format, or cancel");
    else if (m_step == Step::Columns)
        why = m_columnsPage->problem();
    else if (m_step == Step::Matching && !canGoOn())
        why = tr("No name goes to a touchpoint: pick one for at least one name");
    m_next->setToolTip(why);
}

} // namespace js
