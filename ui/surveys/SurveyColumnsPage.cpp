#include "ui/surveys/SurveyColumnsPage.h"

#include "ui/surveys/SurveyStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace js {

namespace {

// A few different answers of a column, to recognise it by.
QString sampleOf(const survey::SurveyTable& table, int column)
{
    if (column < 0)
        return {};
    QStringList seen;
    for (std::size_t row = 0; row < table.rows.size() && row < 200 && seen.size() < 4; ++row) {
        QString cell = table.cell(static_cast<int>(row), column).simplified();
        if (cell.isEmpty() || seen.contains(cell))
            continue;
        if (cell.size() > 24)
            cell = cell.left(22).trimmed() + QStringLiteral("…");
        seen << cell;
    }
    return seen.isEmpty() ? SurveyColumnsPage::tr("no answers")
                          : SurveyColumnsPage::tr("e.g. %1").arg(seen.join(QStringLiteral(", ")));
}

} // namespace

SurveyColumnsPage::SurveyColumnsPage(QWidget* parent)
    : QWidget(parent)
{
    auto* intro = new QLabel(tr("Which column holds what? The suggestions come from the "
                                "questions' texts and answers; check them."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_rows.reserve(6);
    m_touchpoint = addRow(form, tr("&Touchpoint:"), QStringLiteral("surveyTouchpointColumn"),
                          tr("One touchpoint for the whole file"));
    m_wholeFile = new QComboBox;
    m_wholeFile->setObjectName(QStringLiteral("surveyWholeFileTouchpoint"));
    m_wholeFileLabel = new QLabel(tr("&Every response is about:"));
    m_wholeFileLabel->setBuddy(m_wholeFile);
    form->addRow(m_wholeFileLabel, m_wholeFile);
    m_nps = addRow(form, tr("&NPS question (0–10):"), QStringLiteral("surveyNpsColumn"),
                   tr("Not in this file"));
    m_csat = addRow(form, tr("&CSAT question (1–5 or labels):"), QStringLiteral("surveyCsatColumn"),
                    tr("Not in this file"));
    m_ces = addRow(form, tr("C&ES question (1–7 or agree labels):"),
                   QStringLiteral("surveyCesColumn"), tr("Not in this file"));
    m_cesPoints = new QComboBox;
    m_cesPoints->setObjectName(QStringLiteral("surveyCesPoints"));
    m_cesPoints->addItem(tr("Seven points (1–7)"), 7);
    m_cesPoints->addItem(tr("Five points (1–5)"), 5);
    form->addRow(tr("CES &scale:"), m_cesPoints);
    m_date = addRow(form, tr("&Date of response:"), QStringLiteral("surveyDateColumn"),
                    tr("Not in this file"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("surveyColumnsProblem"));
    m_problem->setWordWrap(true);
    surveystyle::makeQuiet(m_problem);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (const Row& row : m_rows)
        connect(row.box, &QComboBox::currentIndexChanged, this, &SurveyColumnsPage::update);
    connect(m_wholeFile, &QComboBox::currentIndexChanged, this, &SurveyColumnsPage::update);
    connect(m_cesPoints, &QComboBox::currentIndexChanged, this, &SurveyColumnsPage::update);
    // Another CES column brings the scale its answers show.
    connect(m_ces, &QComboBox::currentIndexChanged, this, [this] {
        const int column = m_ces->currentData().toInt();
        if (!m_setting && m_table && column >= 0)
            m_cesPoints->setCurrentIndex(
                std::max(0, m_cesPoints->findData(survey::cesPointsOf(*m_table, column))));
    });
}

QComboBox* SurveyColumnsPage::addRow(QFormLayout* form, const QString& label,
                                     const QString& objectName, const QString& none)
{
    Row row;
    row.box = new QComboBox;
    row.box->setObjectName(objectName);
    row.box->setProperty("none", none);
    row.box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.box->setMinimumContentsLength(24);
    row.mark = new QLabel(tr("Suggested"));
    row.mark->setToolTip(tr("Journeyscope suggests this column from its question and answers"));
    QFont bold = row.mark->font();
    bold.setBold(true);
    row.mark->setFont(bold);
    row.sample = new QLabel;
    surveystyle::makeQuiet(row.sample);
    // A long sample is cut, never widens the dialog.
    row.sample->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* line = new QHBoxLayout;
    line->addWidget(row.box, 3);
    line->addWidget(row.mark);
    line->addWidget(row.sample, 2);
    auto* caption = new QLabel(label);
    caption->setBuddy(row.box);
    form->addRow(caption, line);
    m_rows.push_back(row);
    return row.box;
}

void SurveyColumnsPage::fillColumns(QComboBox* box, const QString& none)
{
    box->clear();
    box->addItem(none, -1);
    for (int column = 0; column < m_table->columnCount; ++column)
        box->addItem(
            tr("%1. %2").arg(column + 1).arg(survey::columnTitle(m_table->headers, column)),
            column);
}

void SurveyColumnsPage::setTable(const survey::SurveyTable& table,
                                 const TouchpointList& touchpoints,
                                 const survey::ColumnChoice& suggested)
{
    m_setting = true;
    m_table = &table;
    // m_rows: touchpoint, nps, csat, ces, date (the CES scale has no row).
    const int suggestions[] = {suggested.touchpoint, suggested.nps, suggested.csat, suggested.ces,
                               suggested.date};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        fillColumns(row.box, row.box->property("none").toString());
        row.suggested = suggestions[i];
        row.box->setCurrentIndex(std::max(0, row.box->findData(row.suggested)));
    }
    m_wholeFile->clear();
    m_wholeFile->addItem(tr("Choose a touchpoint"), QVariant::fromValue<qint64>(NoId));
    for (const auto& [id, name] : touchpoints)
        m_wholeFile->addItem(name, QVariant::fromValue<qint64>(id));
    m_wholeFile->setCurrentIndex(std::max(0, m_wholeFile->findText(suggested.wholeFile)));
    m_suggestedCesPoints = suggested.cesPoints;
    m_cesPoints->setCurrentIndex(std::max(0, m_cesPoints->findData(suggested.cesPoints)));
    m_setting = false;
    update();
}

survey::ColumnChoice SurveyColumnsPage::choice() const
{
    survey::ColumnChoice choice;
    choice.touchpoint = m_touchpoint->currentData().toInt();
    if (choice.touchpoint < 0 && m_wholeFile->currentIndex() > 0)
        choice.wholeFile = m_wholeFile->currentText();
    choice.nps = m_nps->currentData().toInt();
    choice.csat = m_csat->currentData().toInt();
    choice.ces = m_ces->currentData().toInt();
    choice.cesPoints = m_cesPoints->currentData().toInt();
    choice.date = m_date->currentData().toInt();
    return choice;
}

bool SurveyColumnsPage::isComplete() const
{
    return problem().isEmpty();
}

QString SurveyColumnsPage::problem() const
{
    if (!m_table)
        return tr("No file is read.");
    const survey::ColumnChoice chosen = choice();
    if (chosen.nps < 0 && chosen.csat < 0 && chosen.ces < 0)
        return tr("Choose at least one question: NPS, CSAT or CES.");
    if (chosen.touchpoint < 0 && chosen.wholeFile.isEmpty())
        return m_wholeFile->count() > 1
                   ? tr("Choose the touchpoint every response is about, or the column that "
                        "names it.")
                   : tr("The journey has no touchpoints yet: add them on the map first.");
    const int picked[] = {chosen.touchpoint, chosen.nps, chosen.csat, chosen.ces};
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            if (picked[i] >= 0 && picked[i] == picked[j])
                return tr("Column %1 is chosen twice: each column holds one thing.")
                    .arg(picked[i] + 1);
    return {};
}

SurveyColumnsPage::Row& SurveyColumnsPage::rowOf(const QComboBox* box)
{
    for (Row& row : m_rows)
        if (row.box == box)
            return row;
    return m_rows.front();
}

const SurveyColumnsPage::Row& SurveyColumnsPage::rowOf(const QComboBox* box) const
{
    return const_cast<SurveyColumnsPage*>(this)->rowOf(box);
}

bool SurveyColumnsPage::isMarkedSuggested(const QComboBox* box) const
{
    return !rowOf(box).mark->isHidden();
}

void SurveyColumnsPage::update()
{
    if (m_setting || !m_table)
        return;
    for (Row& row : m_rows) {
        const int column = row.box->currentData().toInt();
        row.mark->setVisible(row.suggested >= 0 && column == row.suggested);
        row.sample->setText(sampleOf(*m_table, column));
        row.sample->setToolTip(row.sample->text());
    }
    const bool wholeFile = m_touchpoint->currentData().toInt() < 0;
    m_wholeFile->setVisible(wholeFile);
    m_wholeFileLabel->setVisible(wholeFile);
    m_cesPoints->setEnabled(m_ces->currentData().toInt() >= 0);
    m_problem->setText(problem());
    emit choiceChanged();
}

} // namespace js
