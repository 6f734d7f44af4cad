#include "ui/assess/RoundRatersEditor.h"

#include "core/model/ProjectQueries.h"
#include "ui/dialogs/Dialogs.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace js {

namespace {

constexpr int NameColumn = 0;
constexpr int RoleColumn = 1;
constexpr int IdRole = Qt::UserRole;

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RoundRatersEditor::RoundRatersEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_add(new QPushButton(tr("&Add rater")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_paste(new QPushButton(tr("&Paste names")))
{
    m_table->setObjectName(QStringLiteral("roundRaters"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role or department")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("roundAddRater"));
    m_remove->setObjectName(QStringLiteral("roundRemoveRater"));
    m_paste->setObjectName(QStringLiteral("roundPasteRaters"));
    m_paste->setToolTip(tr("Adds one rater for each line on the clipboard, for example a list "
                           "of names copied from a spreadsheet. A tab or comma after the name "
                           "starts the role or department."));

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            removeRow(row);
    });
    connect(m_paste, &QPushButton::clicked, this,
            [this] { pasteNames(QGuiApplication::clipboard()->text()); });
    connect(m_table, &QTableWidget::itemChanged, this, &RoundRatersEditor::edited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RoundRatersEditor::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_paste);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void RoundRatersEditor::setRaters(const std::vector<Rater>& raters, std::map<Id, int> ratings)
{
    m_ratings = std::move(ratings);
    std::vector<Row> rows;
    for (const Rater& rater : raters)
        rows.push_back({rater.id, rater.name, rater.role});
    setRows(rows);
}

void RoundRatersEditor::setRows(const std::vector<Row>& rows)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    m_removed.clear();
    for (const Row& row : rows) {
        addRow(row.name, row.role);
        m_table->item(m_table->rowCount() - 1, NameColumn)
            ->setData(IdRole, QVariant::fromValue(row.id));
    }
    updateButtons();
    Q_EMIT edited();
}

std::vector<RoundRatersEditor::Row> RoundRatersEditor::rows() const
{
    std::vector<Row> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = cell(m_table, row, NameColumn);
        if (name.isEmpty())
            continue;
        rows.push_back({m_table->item(row, NameColumn)->data(IdRole).value<Id>(), name,
                        cell(m_table, row, RoleColumn)});
    }
    return rows;
}

void RoundRatersEditor::addRow(const QString& name, const QString& role)
{
    {
        const QSignalBlocker blocker(m_table);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setData(IdRole, QVariant::fromValue(NoId));
        m_table->setItem(row, NameColumn, nameItem);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(role));
    }
    updateButtons();
    Q_EMIT edited();
}

int RoundRatersEditor::pasteNames(const QString& text)
{
    if (m_readOnly)
        return 0;
    dropEmptyNewRows();
    int added = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QString name = line.trimmed();
        QString role;
        for (QChar separator : {QLatin1Char('\t'), QLatin1Char(','), QLatin1Char(';')}) {
            const qsizetype at = name.indexOf(separator);
            if (at >= 0) {
                role = name.mid(at + 1).trimmed();
                name = name.left(at).trimmed();
                break;
            }
        }
        if (name.isEmpty())
            continue;
        addRow(name, role);
        ++added;
    }
    return added;
}

bool RoundRatersEditor::removeRow(int row)
{
    if (m_readOnly || row < 0 || row >= m_table->rowCount())
        return false;
    const Id id = m_table->item(row, NameColumn)->data(IdRole).value<Id>();
    const auto ratings = m_ratings.find(id);
    if (id != NoId && ratings != m_ratings.end() && ratings->second > 0) {
        const QString name = cell(m_table, row, NameColumn);
        const QString text =
            ratings->second == 1
                ? tr("%1 has given 1 rating in this round. Removing %1 deletes it too.")
                      .arg(quoted(name))
                : tr("%1 has given %2 ratings in this round. Removing %1 deletes them too.")
                      .arg(quoted(name))
                      .arg(ratings->second);
        if (!dialogs::ask(this, tr("Remove rater"), text, tr("Remove rater and ratings")))
            return false;
    }
    if (id != NoId)
        m_removed.push_back(id);
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT edited();
    return true;
}

void RoundRatersEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    updateButtons();
}

bool RoundRatersEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste) && !m_readOnly) {
            const QString text = QGuiApplication::clipboard()->text();
            // Several lines become several raters; one line goes into the cell.
            if (text.trimmed().contains(QLatin1Char('\n'))) {
                pasteNames(text);
                return true;
            }
        }
        // Keys reach the table itself only while no cell is being edited.
        if (key->key() == Qt::Key_Delete && m_table->currentRow() >= 0 && !m_readOnly) {
            removeRow(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoundRatersEditor::updateButtons()
{
    m_add->setEnabled(!m_readOnly);
    m_paste->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

void RoundRatersEditor::dropEmptyNewRows()
{
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        if (cell(m_table, row, NameColumn).isEmpty() && cell(m_table, row, RoleColumn).isEmpty() &&
            m_table->item(row, NameColumn)->data(IdRole).value<Id>() == NoId)
            m_table->removeRow(row);
    }
}

} // namespace js
