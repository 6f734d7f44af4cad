#pragma once

#include <QStyledItemDelegate>

namespace js {

// Paints the cells of the Assess grid: the heat colour of the score against
// its target, the score or mean, N/A greyed and hatched (unlike a cell not
// rated, which stays blank), a corner mark for a note, a "discuss" badge
// where the raters disagree, and a dot for a target of the touchpoint's own.
class AssessGridDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace js
