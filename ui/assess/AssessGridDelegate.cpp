#include "ui/assess/AssessGridDelegate.h"

#include "core/render/HeatScale.h"
#include "ui/assess/AssessGridModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace js {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

void AssessGridDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    using Model = AssessGridModel;
    painter->save();
    const QRect rect = option.rect;
    const HeatScale scale(isDark(option.palette));
    if (index.data(Model::KindRole).toInt() == int(Model::RowKind::Stage)) {
        painter->fillRect(rect, option.palette.color(QPalette::AlternateBase));
        painter->restore();
        return;
    }
    const auto state = Model::CellState(index.data(Model::StateRole).toInt());
    const QVariant score = index.data(Model::ScoreRole);
    const double target = index.data(Model::TargetRole).toDouble();
    QColor fill = scale.empty();
    if (state == Model::CellState::Scored)
        fill = scale.fill(score.toDouble(), target);
    else if (state == Model::CellState::NotApplicable)
        fill = scale.notApplicable();
    painter->fillRect(rect.adjusted(1, 1, -1, -1), fill);
    if (state == Model::CellState::NotApplicable) {
        painter->setPen(QPen(scale.text(fill), 1, Qt::DotLine));
        painter->setOpacity(0.25);
        for (int x = rect.left() - rect.height(); x < rect.right(); x += 6)
            painter->drawLine(x, rect.bottom(), x + rect.height(), rect.top());
        painter->setOpacity(1.0);
    }

    // The score, or the mean; N/A in a lighter voice.
    QFont font = option.font;
    if (state == Model::CellState::Scored)
        font.setBold(true);
    painter->setFont(font);
    QColor text = scale.text(fill);
    if (state == Model::CellState::NotApplicable)
        text.setAlphaF(0.7);
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());

    // A note: a folded corner at the top right.
    const QVariant note = index.data(Model::NoteRole);
    if (note.typeId() == QMetaType::Bool ? note.toBool() : !note.toString().isEmpty()) {
        const int size = std::min(8, rect.height() / 3);
        QPainterPath corner;
        corner.moveTo(rect.right() - size, rect.top() + 1);
        corner.lineTo(rect.right(), rect.top() + 1);
        corner.lineTo(rect.right(), rect.top() + 1 + size);
        corner.closeSubpath();
        painter->fillPath(corner, isDark(option.palette) ? QColor(0xf0, 0xc0, 0x40)
                                                         : QColor(0x6b, 0x4c, 0x9a));
    }
    // A target of its own: a small ring at the bottom right, clear of the
    // "discuss" badge and the note's corner.
    if (index.data(Model::OverriddenRole).toBool()) {
        painter->setPen(QPen(text, 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(rect.right() - 9, rect.bottom() - 9, 5, 5));
    }
    // Disagreement: a bold "!" badge at the top left.
    if (index.data(Model::DiscussRole).toBool()) {
        const QRectF badge(rect.left() + 2, rect.top() + 2, 13, 13);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb0, 0x00, 0x4e));
        painter->drawEllipse(badge);
        QFont small = option.font;
        small.setBold(true);
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.75));
        painter->setFont(small);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    // The cursor and the selection.
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(2, 2, -2, -2));
    }
    painter->restore();
}

QSize AssessGridDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return QSize(metrics.horizontalAdvance(QStringLiteral("0000")) + 16, metrics.height() + 12);
}

} // namespace js
