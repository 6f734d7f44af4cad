#include "ui/surveys/SurveyMatchingPage.h"

#include "core/analysis/SurveyMetrics.h"
#include "ui/surveys/SurveyStyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace js {

namespace {

enum Column { NameColumn, ResponsesColumn, TouchpointColumn, MatchColumn, ColumnCount };

} // namespace

SurveyMatchingPage::SurveyMatchingPage(QWidget* parent)
    : QWidget(parent)
{
    auto* intro = new QLabel(tr("The touchpoints the file names, and the journey's touchpoint "
                                "each one's answers go to. Check the close matches; pick a "
                                "touchpoint for a name the journey does not know, or leave it "
                                "out."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("surveyMatching"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name in the file"), tr("Responses"), tr("Touchpoint in the journey"), tr("Match")});
    m_table->verticalHeader()->hide();
    // As tall as its rows, up to the room there is.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResponsesColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TouchpointColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MatchColumn, QHeaderView::Stretch);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("surveyMatchingSummary"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void SurveyMatchingPage::setNames(const survey::SurveyFigures& figures,
                                  const std::vector<NameMatch>& matches,
                                  const TouchpointList& touchpoints)
{
    m_entries.clear();
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(figures.touchpoints.size()));
    const QLocale locale;
    for (std::size_t i = 0; i < figures.touchpoints.size(); ++i) {
        const survey::TouchpointFigures& figure = figures.touchpoints[i];
        Entry entry;
        entry.name = figure.name;
        entry.responses = figure.responses;
        if (i < matches.size()) {
            entry.exact = matches[i].touchpoint;
            entry.close = matches[i].close.empty() ? NoId : matches[i].close.front();
        }
        m_entries.push_back(entry);
        const int row = static_cast<int>(i);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(figure.name));
        auto* responses = new QTableWidgetItem(locale.toString(figure.responses));
        responses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ResponsesColumn, responses);
        m_table->setItem(row, MatchColumn, new QTableWidgetItem);

        auto* box = new QComboBox;
        box->setObjectName(QStringLiteral("surveyMatch%1").arg(row));
        box->addItem(tr("Not imported"), QVariant::fromValue<qint64>(NoId));
        for (const auto& [id, name] : touchpoints)
            box->addItem(name, QVariant::fromValue<qint64>(id));
        const Id chosen = entry.exact != NoId ? entry.exact : entry.close;
        box->setCurrentIndex(std::max(0, box->findData(QVariant::fromValue<qint64>(chosen))));
        box->setAccessibleName(tr("Touchpoint for “%1”").arg(figure.name));
        m_table->setCellWidget(row, TouchpointColumn, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] {
            updateRow(row);
            emit matchingChanged();
        });
        updateRow(row);
    }
    m_table->resizeRowsToContents();
}

void SurveyMatchingPage::updateRow(int row)
{
    const Entry& entry = m_entries[static_cast<std::size_t>(row)];
    QTableWidgetItem* item = m_table->item(row, MatchColumn);
    const Match kind = match(row);
    switch (kind) {
    case Match::Exact:
        item->setText(tr("Same name"));
        item->setIcon({});
        break;
    case Match::Close:
        item->setText(tr("Close match — check"));
        item->setIcon(surveystyle::cautionIcon(this));
        break;
    case Match::ByHand:
        item->setText(tr("Chosen by hand"));
        item->setIcon({});
        break;
    case Match::NotImported:
        item->setText(entry.exact == NoId && entry.close == NoId
                          ? tr("Not in the journey — not imported")
                          : tr("Not imported"));
        item->setIcon(surveystyle::cautionIcon(this));
        break;
    }
    item->setToolTip(kind == Match::Close
                         ? tr("The names differ a little; check this is the same touchpoint")
                         : QString());
    int matched = 0;
    int left = 0;
    int leftResponses = 0;
    for (int i = 0; i < nameCount(); ++i) {
        if (match(i) == Match::NotImported) {
            ++left;
            leftResponses += m_entries[static_cast<std::size_t>(i)].responses;
        } else {
            ++matched;
        }
    }
    const QString names = surveystyle::counted(nameCount(), tr("1 name"), tr("%1 names"));
    m_summary->setText(left == 0 ? tr("%1 in the file, all matched to a touchpoint.").arg(names)
                                 : tr("%1 in the file: %2 not imported (%3).")
                                       .arg(names)
                                       .arg(left)
                                       .arg(surveystyle::counted(leftResponses, tr("1 response"),
                                                                 tr("%1 responses"))));
}

std::map<QString, Id> SurveyMatchingPage::touchpointOfName() const
{
    std::map<QString, Id> result;
    for (int row = 0; row < nameCount(); ++row) {
        const Id id = touchpointBox(row)->currentData().value<qint64>();
        if (id != NoId)
            result[normalizedName(name(row))] = id;
    }
    return result;
}

int SurveyMatchingPage::nameCount() const
{
    return static_cast<int>(m_entries.size());
}

QString SurveyMatchingPage::name(int row) const
{
    return m_entries[static_cast<std::size_t>(row)].name;
}

SurveyMatchingPage::Match SurveyMatchingPage::match(int row) const
{
    const Entry& entry = m_entries[static_cast<std::size_t>(row)];
    const Id chosen = touchpointBox(row)->currentData().value<qint64>();
    if (chosen == NoId)
        return Match::NotImported;
    if (chosen == entry.exact)
        return Match::Exact;
    if (entry.exact == NoId && chosen == entry.close)
        return Match::Close;
    return Match::ByHand;
}

QString SurveyMatchingPage::matchText(int row) const
{
    return m_table->item(row, MatchColumn)->text();
}

QComboBox* SurveyMatchingPage::touchpointBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, TouchpointColumn));
}

int SurveyMatchingPage::row(const QString& name) const
{
    for (int i = 0; i < nameCount(); ++i)
        if (m_entries[static_cast<std::size_t>(i)].name == name)
            return i;
    return -1;
}

} // namespace js
