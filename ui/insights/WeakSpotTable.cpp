#include "ui/insights/WeakSpotTable.h"

#include "ui/insights/ChartLook.h"
#include "ui/insights/WeakSpotTableModel.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <set>

namespace js {

WeakSpotTable::WeakSpotTable(SelectionModel* selection, QWidget* parent)
    : QTableView(parent)
    , m_selection(selection)
    , m_model(new WeakSpotTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setLook(ChartLook::forPalette(palette()));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WeakSpotTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(WeakSpotTableModel::Rank, Qt::AscendingOrder);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    setMinimumHeight(240);
    sizeColumns();

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WeakSpotTable::rowsPicked);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WeakSpotTable::rowsPicked);
    if (m_selection)
        connect(m_selection, &SelectionModel::changed, this, [this] { followSelection(); });
}

void WeakSpotTable::sizeColumns()
{
    const QFontMetrics metrics(font());
    const auto fit = [&](int column, const QString& sample) {
        const QString header =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        // Room for the sort arrow beside the header.
        const int width =
            std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header) + 10);
        setColumnWidth(column, width + 14);
    };
    using M = WeakSpotTableModel;
    fit(M::Rank, QStringLiteral("000"));
    fit(M::Touchpoint, QStringLiteral("Delivery tracking page"));
    fit(M::Stage, QStringLiteral("Considerati"));
    fit(M::Criterion, QStringLiteral("Customization"));
    fit(M::Mean, QStringLiteral("0.00"));
    fit(M::Target, QStringLiteral("0.0"));
    fit(M::Gap, QStringLiteral("0.00"));
    fit(M::Importance, QStringLiteral("0"));
    fit(M::Weight, QStringLiteral("0.00"));
    fit(M::Priority, QStringLiteral("00.00"));
    fit(M::Raters, QStringLiteral("00"));
    fit(M::Flags, tr("discuss, few ratings"));
}

void WeakSpotTable::setInsights(const analysis::Insights* insights)
{
    // The proxy keeps its sort column and order across the reset; the row
    // the user picked stays picked when it is still there.
    const QModelIndex current = currentIndex();
    const bool picked = current.isValid() && selectionModel()->isRowSelected(current.row(), {});
    const Id criterion =
        picked ? current.data(WeakSpotTableModel::CriterionRole).value<Id>() : NoId;
    m_syncing = true;
    m_model->setInsights(insights);
    m_syncing = false;
    followSelection(criterion);
    viewport()->update();
}

void WeakSpotTable::rowsPicked()
{
    if (m_syncing || !m_selection)
        return;
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !selectionModel()->isRowSelected(current.row(), {}))
        return;
    const Id touchpoint = current.data(WeakSpotTableModel::TouchpointRole).value<Id>();
    if (touchpoint == NoId || m_selection->isSelected(EntityKind::Touchpoint, touchpoint))
        return;
    m_syncing = true;
    m_selection->select({EntityKind::Touchpoint, touchpoint});
    m_syncing = false;
}

void WeakSpotTable::followSelection(Id criterion)
{
    if (m_syncing || !m_selection)
        return;
    const Selection current = m_selection->current();
    const Id touchpoint = current.kind == EntityKind::Touchpoint ? current.id : NoId;
    // The user's row already belongs to it: leave it where it is.
    if (touchpoint != NoId && currentIndex().isValid() &&
        selectionModel()->isRowSelected(currentIndex().row(), {}) &&
        currentIndex().data(WeakSpotTableModel::TouchpointRole).value<Id>() == touchpoint)
        return;
    m_syncing = true;
    QModelIndex first;
    for (int row = 0; touchpoint != NoId && row < m_proxy->rowCount(); ++row) {
        const QModelIndex at = m_proxy->index(row, 0);
        if (at.data(WeakSpotTableModel::TouchpointRole).value<Id>() != touchpoint)
            continue;
        if (!first.isValid())
            first = at;
        if (criterion == NoId ||
            at.data(WeakSpotTableModel::CriterionRole).value<Id>() == criterion) {
            first = at;
            break;
        }
    }
    if (first.isValid()) {
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        scrollTo(first);
    } else {
        selectionModel()->clearSelection();
    }
    m_syncing = false;
}

QString WeakSpotTable::selectedRowsText() const
{
    std::set<int> rows; // in the order shown
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.insert(index.row());
    QStringList lines;
    QStringList cells;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        cells << m_proxy->headerData(column, Qt::Horizontal).toString();
    lines << cells.join(QLatin1Char('\t'));
    for (int row : rows) {
        cells.clear();
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            QString cell = m_proxy->index(row, column).data().toString();
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void WeakSpotTable::copySelectedRows() const
{
    if (selectionModel()->selectedRows().isEmpty())
        return;
    QApplication::clipboard()->setText(selectedRowsText());
}

void WeakSpotTable::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedRows();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void WeakSpotTable::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("Copy rows"), this, &WeakSpotTable::copySelectedRows);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selectionModel()->selectedRows().isEmpty());
    menu.addAction(tr("Select all"), this, &QTableView::selectAll);
    menu.exec(event->globalPos());
}

QString WeakSpotTable::emptyText() const
{
    const analysis::Insights* data = m_model->insights();
    if (data && data->hasScores())
        return tr("Every rated cell meets its target: no weak spot to list.");
    if (data && data->request.round != NoId && !data->criteria.empty() &&
        !data->touchpoints.empty())
        return tr("No weak spots yet: nobody has rated this round. Type scores in the Assess "
                  "tab, and the cells below their targets are listed here.");
    return tr("No weak spots to list. Choose a round, and at least one framework, rater "
              "and stage above.");
}

void WeakSpotTable::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_proxy->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect box = viewport()->rect().adjusted(24, 16, -24, -16);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
}

void WeakSpotTable::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_model->setLook(ChartLook::forPalette(palette()));
    if (event->type() == QEvent::FontChange)
        sizeColumns();
}

} // namespace js
