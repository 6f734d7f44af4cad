#include "ui/assess/AssessGridHeaders.h"

#include "ui/assess/AssessGridModel.h"

#include <QPainter>

namespace js {

namespace {

const AssessGridModel* gridOf(const QHeaderView* header)
{
    return qobject_cast<const AssessGridModel*>(header->model());
}

QColor lineColour(const QPalette& palette)
{
    return palette.color(QPalette::Mid);
}

} // namespace

CriterionHeaderView::CriterionHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

QSize CriterionHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(fontMetrics().height() * 3 + 18);
    return size;
}

QSize CriterionHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QString name = model()->headerData(logicalIndex, Qt::Horizontal).toString();
    // Wide enough for the longest word, and for a short name on one line.
    int widest = 0;
    for (const QString& word : name.split(u' '))
        widest = std::max(widest, fontMetrics().horizontalAdvance(word));
    if (name.size() <= 12)
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    return QSize(std::max(widest + 16, fontMetrics().horizontalAdvance(QStringLiteral("00000"))),
                 sizeHint().height());
}

void CriterionHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    const AssessGridModel* grid = gridOf(this);
    if (!grid)
        return;
    painter->save();
    const QPalette& pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Button));
    const int band = fontMetrics().height() + 8;
    const QRect lower(rect.left(), rect.top() + band, rect.width(), rect.height() - band);

    // The framework band: the whole group's rect, clipped to this section,
    // so that its name reads across the group as one.
    const int start = grid->groupStart(logicalIndex);
    const int size = grid->groupSize(logicalIndex);
    int groupLeft = sectionViewportPosition(start);
    int groupWidth = 0;
    for (int i = start; i < start + size; ++i)
        groupWidth += sectionSize(i);
    const QRect group(groupLeft, rect.top(), groupWidth, band);
    painter->setClipRect(rect.intersected(QRect(rect.left(), rect.top(), rect.width(), band)));
    painter->fillRect(group, pal.color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::WindowText));
    painter->drawText(group.adjusted(6, 0, -6, 0), Qt::AlignCenter | Qt::TextSingleLine,
                      fontMetrics().elidedText(grid->headerData(logicalIndex, Qt::Horizontal,
                                                                AssessGridModel::FrameworkRole)
                                                   .toString(),
                                               Qt::ElideRight, group.width() - 12));
    painter->setClipping(false);

    // The criterion's name, up to two lines.
    painter->setFont(font());
    const bool current =
        selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    if (current)
        painter->fillRect(lower, pal.color(QPalette::Highlight).lighter(170));
    painter->setPen(pal.color(QPalette::ButtonText));
    painter->drawText(lower.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                      grid->headerData(logicalIndex, Qt::Horizontal).toString());

    // Lines: under the band, between sections, thicker between frameworks.
    painter->setPen(lineColour(pal));
    painter->drawLine(rect.left(), rect.top() + band, rect.right(), rect.top() + band);
    painter->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
    const bool lastOfGroup = logicalIndex == start + size - 1;
    painter->setPen(QPen(lineColour(pal), lastOfGroup ? 2 : 1));
    painter->drawLine(rect.right(), lastOfGroup ? rect.top() : rect.top() + band, rect.right(),
                      rect.bottom());
    painter->restore();
}

TouchpointHeaderView::TouchpointHeaderView(QWidget* parent)
    : QHeaderView(Qt::Vertical, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSize TouchpointHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QFont bold = font();
    bold.setBold(true);
    const QString name = model()->headerData(logicalIndex, Qt::Vertical).toString();
    const int width = QFontMetrics(bold).horizontalAdvance(name) + 32;
    return QSize(std::min(width, 320), fontMetrics().height() + 12);
}

void TouchpointHeaderView::paintSection(QPainter* painter, const QRect& rect,
                                        int logicalIndex) const
{
    const AssessGridModel* grid = gridOf(this);
    if (!grid)
        return;
    painter->save();
    const QPalette& pal = palette();
    const bool stage =
        grid->headerData(logicalIndex, Qt::Vertical, AssessGridModel::KindRole).toInt() ==
        int(AssessGridModel::RowKind::Stage);
    const bool current = selectionModel() && selectionModel()->currentIndex().row() == logicalIndex;
    painter->fillRect(rect, stage     ? pal.color(QPalette::AlternateBase)
                            : current ? pal.color(QPalette::Highlight).lighter(170)
                                      : pal.color(QPalette::Button));
    QFont f = font();
    f.setBold(stage);
    painter->setFont(f);
    painter->setPen(pal.color(QPalette::ButtonText));
    const QString name = grid->headerData(logicalIndex, Qt::Vertical).toString();
    const QRect text = rect.adjusted(stage ? 8 : 22, 0, -6, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(f).elidedText(name, Qt::ElideRight, text.width()));
    painter->setPen(lineColour(pal));
    painter->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
    painter->drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
    painter->restore();
}

} // namespace js
