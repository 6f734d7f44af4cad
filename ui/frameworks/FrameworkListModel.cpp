#include "ui/frameworks/FrameworkListModel.h"

#include "core/document/ProjectDocument.h"

#include <QApplication>
#include <QPainter>

namespace js {

FrameworkListModel::FrameworkListModel(ProjectDocument* document, QObject* parent)
    : IdListModel(document, EntityKind::Framework, parent)
{
    reload();
}

int FrameworkListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant FrameworkListModel::data(const QModelIndex& index, int role) const
{
    const Framework* framework = findFramework(document()->project(), idAt(index.row()));
    if (!framework)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return framework->name.isEmpty() ? tr("(untitled)") : framework->name;
    case Qt::ToolTipRole:
        return framework->key.isEmpty()
                   ? tr("%1: your own framework").arg(framework->name)
                   : tr("%1: built into Journeyscope; you can change it and reset it later")
                         .arg(framework->name);
    case Qt::AccessibleDescriptionRole:
        return framework->key.isEmpty() ? QString() : tr("Built in");
    case IdRole:
        return QVariant::fromValue(framework->id);
    case BuiltInRole:
        return !framework->key.isEmpty();
    default:
        return {};
    }
}

std::vector<Id> FrameworkListModel::idsNow() const
{
    std::vector<Id> ids;
    for (const Framework& framework : document()->project().frameworks)
        ids.push_back(framework.id);
    return ids;
}

bool FrameworkListModel::concerns(const ChangeEvent&) const
{
    return true;
}

bool FrameworkListModel::moveTo(Id id, int index)
{
    return document()->moveFramework(id, index);
}

// ---- the delegate

namespace {

QFont tagFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

} // namespace

void FrameworkItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    if (!index.data(FrameworkListModel::BuiltInRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QString tag = FrameworkListModel::tr("Built in");
    const QFont small = tagFont(item.font);
    const int margin = 8;
    const int tagWidth = QFontMetrics(small).horizontalAdvance(tag) + 2 * margin;
    item.text = item.fontMetrics.elidedText(item.text, Qt::ElideRight,
                                            std::max(0, item.rect.width() - tagWidth - margin));
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const bool selected = item.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(small);
    painter->setPen(
        item.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(item.rect.adjusted(0, 0, -margin, 0), Qt::AlignRight | Qt::AlignVCenter, tag);
    painter->restore();
}

QSize FrameworkItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    // A little air between the rows of a short list.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + 8);
    return size;
}

} // namespace js
