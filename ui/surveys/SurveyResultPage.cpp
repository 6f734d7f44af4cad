#include "ui/surveys/SurveyResultPage.h"

#include "core/analysis/NameMatching.h"
#include "core/model/Metric.h"
#include "core/model/ProjectQueries.h"
#include "ui/surveys/SurveyStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace js {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString answers(int count)
{
    return surveystyle::counted(count, SurveyResultPage::tr("1 answer"),
                                SurveyResultPage::tr("%1 answers"));
}

QTableWidgetItem* figureItem(const QString& value, const QString& detail, int count,
                             const QIcon& caution)
{
    if (count == 0) {
        auto* none = new QTableWidgetItem(SurveyResultPage::tr("—"));
        none->setToolTip(SurveyResultPage::tr("No answers to this question"));
        none->setTextAlignment(Qt::AlignCenter);
        return none;
    }
    auto* item = new QTableWidgetItem(value + QLatin1Char('\n') + detail);
    if (survey::fewAnswers(count)) {
        item->setIcon(caution);
        item->setToolTip(SurveyResultPage::tr("Rests on few answers (%1, fewer than %2): read "
                                              "it as a hint, not a measurement")
                             .arg(count)
                             .arg(FewAnswers));
    }
    return item;
}

} // namespace

SurveyResultPage::SurveyResultPage(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("surveyResultSummary"));
    m_summary->setWordWrap(true);
    m_replaces = new QLabel;
    m_replaces->setObjectName(QStringLiteral("surveyResultReplaces"));
    m_replaces->setWordWrap(true);
    QFont bold = m_replaces->font();
    bold.setBold(true);
    m_replaces->setFont(bold);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("surveyResult"));
    m_table->setHorizontalHeaderLabels({tr("Touchpoint"), tr("Responses"), tr("NPS (−100 to +100)"),
                                        tr("CSAT (satisfied)"), tr("CES (ease)")});
    m_table->verticalHeader()->hide();
    // As tall as its rows, up to the room there is.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setIconSize(QSize(16, 16));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ResponsesColumn, QHeaderView::ResizeToContents);

    auto* caution = new QLabel;
    caution->setPixmap(surveystyle::cautionIcon(this).pixmap(16, 16));
    m_legend = new QLabel(tr("Rests on fewer than %1 answers: a hint, not a measurement. NPS "
                             "shows its margin of error at 95% confidence.")
                              .arg(FewAnswers));
    m_legend->setWordWrap(true);
    surveystyle::makeQuiet(m_legend);
    m_legendRow = new QWidget;
    auto* legend = new QHBoxLayout(m_legendRow);
    legend->setContentsMargins(0, 0, 0, 0);
    legend->addWidget(caution, 0, Qt::AlignTop);
    legend->addWidget(m_legend, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_legendRow);
    layout->addSpacing(4);
    layout->addWidget(m_replaces);
    layout->addStretch(1);
}

void SurveyResultPage::setResult(const survey::SurveyFigures& figures,
                                 const std::map<QString, Id>& matching,
                                 const TouchpointList& touchpoints, int metrics, int replaced,
                                 const QString& journeyName)
{
    // Combined per touchpoint, in the journey's order.
    std::map<Id, survey::TouchpointFigures> byTouchpoint;
    int notImported = 0;
    QStringList leftOut;
    for (const survey::TouchpointFigures& figure : figures.touchpoints) {
        const auto found = matching.find(normalizedName(figure.name));
        if (found == matching.end() || found->second == NoId) {
            notImported += figure.responses;
            leftOut << figure.name;
            continue;
        }
        const auto [it, added] = byTouchpoint.try_emplace(found->second, figure);
        if (!added)
            it->second = survey::combined(it->second, figure);
    }
    const QIcon caution = surveystyle::cautionIcon(this);
    const QLocale locale;
    m_table->setRowCount(0);
    bool anyFew = false;
    for (const auto& [id, name] : touchpoints) {
        const auto found = byTouchpoint.find(id);
        if (found == byTouchpoint.end())
            continue;
        const survey::TouchpointFigures& f = found->second;
        for (const int n : {f.nps.answers, f.csat.answers, f.ces.answers})
            anyFew = anyFew || (n > 0 && survey::fewAnswers(n));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, TouchpointColumn, new QTableWidgetItem(name));
        auto* responses = new QTableWidgetItem(locale.toString(f.responses));
        responses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ResponsesColumn, responses);

        m_table->setItem(row, NpsColumn,
                         figureItem(tr("%1 ± %2").arg(metricValueText(MetricKind::Nps, f.nps.score),
                                                      number(f.nps.margin, 0)),
                                    answers(f.nps.answers), f.nps.answers, caution));
        m_table->setItem(row, CsatColumn,
                         figureItem(tr("%1 (mean %2 of 5)")
                                        .arg(metricValueText(MetricKind::Csat, f.csat.percent),
                                             number(f.csat.mean, 1)),
                                    answers(f.csat.answers), f.csat.answers, caution));
        m_table->setItem(row, CesColumn,
                         figureItem(tr("%1 of %2 (%3% agree)")
                                        .arg(number(f.ces.mean, 1))
                                        .arg(f.ces.points)
                                        .arg(number(f.ces.agreePercent, 0)),
                                    answers(f.ces.answers), f.ces.answers, caution));
    }
    m_table->resizeRowsToContents();
    m_legendRow->setVisible(anyFew);

    const int skipped = static_cast<int>(figures.skippedLines.size());
    QStringList parts;
    parts << tr("%1 for %2 of %3, from %4.")
                 .arg(surveystyle::counted(metrics, tr("1 figure"), tr("%1 figures")),
                      surveystyle::counted(m_table->rowCount(), tr("1 touchpoint"),
                                           tr("%1 touchpoints")),
                      quoted(journeyName),
                      surveystyle::counted(figures.responses - skipped - notImported,
                                           tr("1 response"), tr("%1 responses")));
    if (skipped > 0)
        parts << surveystyle::counted(skipped,
                                      tr("1 response with answers off the scale is skipped."),
                                      tr("%1 responses with answers off the scale are skipped."));
    if (!leftOut.isEmpty())
        parts << tr("Not imported: %1 (%2).")
                     .arg(leftOut.join(QStringLiteral(", ")),
                          surveystyle::counted(notImported, tr("1 response"), tr("%1 responses")));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_replaces->setText(
        replaced > 0
            ? surveystyle::counted(
                  replaced, tr("Import replaces 1 figure from an earlier import of this file."),
                  tr("Import replaces %1 figures from an earlier import of this file."))
            : tr("Import adds them to the touchpoints' customer figures; Undo takes them out "
                 "again."));
}

QString SurveyResultPage::cellText(const QString& touchpoint, int column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, TouchpointColumn)->text() == touchpoint)
            return m_table->item(row, column)->text();
    return {};
}

bool SurveyResultPage::showsFewAnswersNote() const
{
    return !m_legendRow->isHidden();
}

QString SurveyResultPage::summaryText() const
{
    return m_summary->text();
}

QString SurveyResultPage::replacesText() const
{
    return m_replaces->text();
}

} // namespace js
