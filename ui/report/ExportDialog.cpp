#include "ui/report/ExportDialog.h"

#include "core/document/ProjectDocument.h"
#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/report/ExportPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace js {

using exporting::ExportRequest;
using exporting::Format;
using Kind = ExportDialog::Kind;

namespace {

// Untranslated keys of the kinds, for the settings.
const char* const KindKeys[] = {"poster", "report", "png",     "svg", "chart",
                                "csv",    "xlsx",   "mermaid", "json"};

bool usesJourney(Kind kind, exporting::Table table)
{
    return kind == Kind::Poster || kind == Kind::Report || kind == Kind::MapImage ||
           kind == Kind::MapDrawing || kind == Kind::Chart || kind == Kind::Mermaid ||
           (kind == Kind::Table && table == exporting::Table::WeakSpots);
}

bool usesRound(Kind kind, exporting::Table table)
{
    return usesJourney(kind, table) && kind != Kind::Mermaid;
}

bool usesPaper(Kind kind)
{
    return kind == Kind::Poster || kind == Kind::Report;
}

// A name a file system takes: no separators or characters Windows refuses.
QString fileNamePart(QString text)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : text) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return text.simplified();
}

template <typename T> void selectData(QComboBox* box, const T& value)
{
    const int index = box->findData(QVariant::fromValue(value));
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(ProjectDocument* document, const QString& projectKey, Id journey,
                           Id round, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_projectKey(projectKey)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    auto* form = new QFormLayout;
    buildForm(form);
    auto* options = new QWidget;
    options->setObjectName(QStringLiteral("exportOptions"));
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addLayout(form);
    optionsLayout->addStretch(1);
    options->setFixedWidth(options->sizeHint().width() + 40);

    m_preview = new ExportPreview;
    auto* body = new QHBoxLayout;
    body->setSpacing(18);
    body->addWidget(options);
    body->addWidget(m_preview, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    // The style gives Close an icon; Export… matches it.
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    // Export asks for a file first; Accept would close the dialog at once.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(14);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    // Long enough that typing a margin computes once, short enough to feel live.
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreviewNow);
    connect(m_preview, &ExportPreview::updated, this, &ExportDialog::previewUpdated);

    fillJourneys();
    applySettings(ExportSettings::load(projectKey), journey, round);
    updateRows();

    // As large as it is useful, and never larger than the screen (a
    // 1280 × 720 projector).
    QSize wanted(1040, 680);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(wanted);
    updatePreviewNow();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::applySettings(const ExportSettings& s, Id journey, Id round)
{
    const Project& project = m_document->project();
    for (int i = 0; i < int(std::size(KindKeys)); ++i) {
        if (s.kind == QLatin1String(KindKeys[i]))
            m_kind->setCurrentIndex(i);
    }
    selectData(m_chart, s.chart);
    m_chartFormat->setCurrentIndex(s.chartSvg ? 1 : 0);
    selectData(m_table, s.table);
    const Paper poster{s.page < 0 ? int(QPageSize::A3) : s.page, s.landscape, s.marginMm};
    const Paper report{s.reportPage < 0 ? int(QPageSize::A4) : s.reportPage, s.reportLandscape,
                       s.reportMarginMm};
    m_paperForReport = kind() == Kind::Report;
    showPaper(m_paperForReport ? report : poster);
    m_otherPaper = m_paperForReport ? poster : report;
    selectData(m_fit, s.fit);
    m_dpi->setValue(s.dpi);
    m_byteOrderMark->setChecked(s.byteOrderMark);
    m_folder = s.folder;

    // The remembered journey and round while they exist; else the window's.
    if (s.journey != NoId && findJourney(project, s.journey)) {
        journey = s.journey;
        round = s.round;
    }
    if (const Round* r = findRound(project, round); r && journey == NoId)
        journey = r->journeyId;
    selectData(m_journey, journey);
    fillRounds();
    if (const Round* r = findRound(project, round); r && r->journeyId == journey)
        selectData(m_round, round);
}

ExportSettings ExportDialog::currentSettings() const
{
    ExportSettings s;
    s.kind = QLatin1String(KindKeys[m_kind->currentIndex()]);
    s.chart = m_chart->currentData().toString();
    s.chartSvg = m_chartFormat->currentData().toBool();
    s.table = m_table->currentData().toInt();
    const Paper shown = shownPaper();
    const Paper& poster = m_paperForReport ? m_otherPaper : shown;
    const Paper& report = m_paperForReport ? shown : m_otherPaper;
    s.page = poster.page;
    s.landscape = poster.landscape;
    s.marginMm = poster.marginMm;
    s.reportPage = report.page;
    s.reportLandscape = report.landscape;
    s.reportMarginMm = report.marginMm;
    s.fit = m_fit->currentData().toInt();
    s.dpi = m_dpi->value();
    s.byteOrderMark = m_byteOrderMark->isChecked();
    s.journey = m_journey->currentData().value<Id>();
    s.round = m_round->currentData().value<Id>();
    s.folder = m_folder;
    return s;
}

ExportDialog::Paper ExportDialog::shownPaper() const
{
    return {m_page->currentData().toInt(), m_orientation->currentData().toBool(),
            m_margins->value()};
}

void ExportDialog::showPaper(const Paper& paper)
{
    selectData(m_page, paper.page);
    m_orientation->setCurrentIndex(paper.landscape ? 0 : 1);
    m_margins->setValue(paper.marginMm);
}

void ExportDialog::followPaperToKind()
{
    const bool report = kind() == Kind::Report;
    if (report == m_paperForReport || !(kind() == Kind::Report || kind() == Kind::Poster))
        return;
    const Paper shown = shownPaper();
    showPaper(m_otherPaper);
    m_otherPaper = shown;
    m_paperForReport = report;
}

ExportDialog::Kind ExportDialog::kind() const
{
    return Kind(m_kind->currentIndex());
}

ExportRequest ExportDialog::request() const
{
    // Only what applies to the export is filled in, so that the preview sees
    // no change when an option it ignores changes.
    const Kind k = kind();
    const auto table = exporting::Table(m_table->currentData().toInt());
    ExportRequest r;
    switch (k) {
    case Kind::Poster:
    case Kind::Report:
        r.format = Format::Pdf;
        r.report = k == Kind::Report;
        break;
    case Kind::MapImage:
        r.format = Format::Png;
        break;
    case Kind::MapDrawing:
        r.format = Format::Svg;
        break;
    case Kind::Chart:
        r.chart = m_chart->currentData().toString();
        r.format = m_chartFormat->currentData().toBool() ? Format::Svg : Format::Png;
        break;
    case Kind::Table:
        r.format = Format::Csv;
        r.table = table;
        r.byteOrderMark = m_byteOrderMark->isChecked();
        break;
    case Kind::Workbook:
        r.format = Format::Xlsx;
        break;
    case Kind::Mermaid:
        r.format = Format::Mermaid;
        break;
    case Kind::Json:
        r.format = Format::Json;
        break;
    }
    if (usesJourney(k, table))
        r.journeyId = m_journey->currentData().value<Id>();
    if (usesRound(k, table))
        r.roundId = m_round->currentData().value<Id>();
    if (usesPaper(k)) {
        r.page = QPageSize::PageSizeId(m_page->currentData().toInt());
        r.landscape = m_orientation->currentData().toBool();
        r.marginMm = m_margins->value();
    }
    if (k == Kind::Poster)
        r.fit = PosterFit(m_fit->currentData().toInt());
    if (r.format == Format::Png)
        r.dpi = m_dpi->value();
    if (k == Kind::Report)
        r.consultant = m_consultant->text().trimmed();
    return r;
}

void ExportDialog::updateRows()
{
    const Kind k = kind();
    const auto table = exporting::Table(m_table->currentData().toInt());
    m_form->setRowVisible(m_chartRow, k == Kind::Chart);
    m_form->setRowVisible(m_table, k == Kind::Table);
    m_form->setRowVisible(m_journey, usesJourney(k, table));
    m_form->setRowVisible(m_round, usesRound(k, table));
    m_form->setRowVisible(m_page, usesPaper(k));
    m_form->setRowVisible(m_orientation, usesPaper(k));
    m_form->setRowVisible(m_fitRow, k == Kind::Poster);
    m_form->setRowVisible(m_margins, usesPaper(k));
    const bool dpi =
        k == Kind::MapImage || (k == Kind::Chart && !m_chartFormat->currentData().toBool());
    m_form->setRowVisible(m_separator,
                          usesPaper(k) || dpi || k == Kind::Table || k == Kind::Report);
    m_form->setRowVisible(m_dpi, dpi);
    m_form->setRowVisible(m_byteOrderMark, k == Kind::Table);
    m_form->setRowVisible(m_consultantRow, k == Kind::Report);
}

void ExportDialog::schedulePreview()
{
    m_status->clear();
    m_previewTimer->start();
}

bool ExportDialog::isPreviewPending() const
{
    return m_previewTimer->isActive();
}

void ExportDialog::updatePreviewNow()
{
    m_previewTimer->stop();
    m_preview->setRequest(m_document->project(), request());
    previewUpdated();
}

void ExportDialog::previewUpdated()
{
    const QString& problem = m_preview->problem();
    m_export->setEnabled(problem.isEmpty());
    m_export->setToolTip(problem);
}

QString ExportDialog::suggestedName() const
{
    const Project& project = m_document->project();
    const ExportRequest r = request();
    QStringList parts{project.name.isEmpty() ? QFileInfo(m_projectKey).completeBaseName()
                                             : project.name};
    if (const Journey* journey = findJourney(project, r.journeyId))
        parts << journey->name;
    const Kind k = kind();
    if (k == Kind::Report)
        parts << tr("report");
    else if (k == Kind::Chart)
        parts << InsightsDashboard::chartTitle(r.chart);
    else if (k == Kind::Table)
        parts << m_table->currentText();
    return fileNamePart(parts.join(QStringLiteral(" - "))) + u'.' + exporting::extension(r.format);
}

QString ExportDialog::fileFilter() const
{
    switch (request().format) {
    case Format::Pdf:
        return tr("PDF documents (*.pdf)");
    case Format::Png:
        return tr("PNG images (*.png)");
    case Format::Svg:
        return tr("SVG drawings (*.svg)");
    case Format::Csv:
        return tr("CSV tables (*.csv)");
    case Format::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    case Format::Mermaid:
        return tr("Mermaid diagrams (*.mmd)");
    case Format::Json:
        return tr("Journeyscope JSON (*.json)");
    }
    return {};
}

void ExportDialog::exportFile()
{
    if (isPreviewPending())
        updatePreviewNow();
    if (!m_preview->problem().isEmpty())
        return;
    QString folder = m_folder.isEmpty() ? ExportSettings::lastFolder() : m_folder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ExportRequest r = request();
    QString path =
        dialogs::saveFile(this, tr("Export"), fileFilter(), QDir(folder).filePath(suggestedName()));
    if (path.isEmpty())
        return;
    // The name says what the file is: "poster.png" for a PDF becomes
    // "poster.pdf", a name without an extension gets one.
    const QString wanted = exporting::extension(r.format);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != wanted && !(r.format == Format::Mermaid && suffix == u"mermaid")) {
        static const QStringList others = {QStringLiteral("pdf"),  QStringLiteral("png"),
                                           QStringLiteral("svg"),  QStringLiteral("csv"),
                                           QStringLiteral("xlsx"), QStringLiteral("mmd"),
                                           QStringLiteral("json")};
        path = others.contains(suffix) ? path.left(path.size() - suffix.size()) + wanted
                                       : path + u'.' + wanted;
        if (QFileInfo::exists(path) &&
            !dialogs::ask(this, tr("Replace the file?"),
                          tr("“%1” already exists. Replace it with this export?")
                              .arg(QFileInfo(path).fileName()),
                          tr("Replace")))
            return;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_projectKey).absoluteFilePath()) {
        dialogs::warn(this, tr("Cannot export"),
                      tr("The export would replace the project itself: choose another name for "
                         "it."));
        return;
    }

    QProgressDialog progress(tr("Exporting to “%1”…").arg(QFileInfo(path).fileName()), tr("Cancel"),
                             0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    // A quick export should not flash a dialog.
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    if (r.report)
        exporting::setConsultantName(r.consultant);
    const exporting::ExportOutcome outcome =
        exporting::exportProject(m_document->project(), r, path, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            if (m_cancelAfterPages > 0 && done >= m_cancelAfterPages)
                progress.cancel();
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    if (outcome.cancelled) {
        m_status->setText(tr("The export was cancelled; no file was written."));
        return;
    }
    if (!outcome.ok) {
        dialogs::warn(this, tr("Cannot export"), outcome.message);
        return;
    }
    m_folder = QFileInfo(path).absolutePath();
    Q_EMIT exported(path);
    accept();
}

void ExportDialog::done(int result)
{
    currentSettings().save(m_projectKey);
    if (kind() == Kind::Report)
        exporting::setConsultantName(m_consultant->text().trimmed());
    QDialog::done(result);
}

} // namespace js
