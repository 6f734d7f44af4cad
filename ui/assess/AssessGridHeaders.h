#pragma once

#include <QHeaderView>

namespace js {

// The column header of the Assess grid: each framework's name across its
// criteria on top, each criterion's name below, wrapped to two lines.
class CriterionHeaderView : public QHeaderView {
    Q_OBJECT

public:
    explicit CriterionHeaderView(QWidget* parent = nullptr);
    // The width a criterion's name needs (wrapped at most onto two lines).
    int contentsWidth(int logicalIndex) const
    {
        return sectionSizeFromContents(logicalIndex).width();
    }

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sizeHint() const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

// The row header: the stages as headings, the touchpoints indented below.
class TouchpointHeaderView : public QHeaderView {
    Q_OBJECT

public:
    explicit TouchpointHeaderView(QWidget* parent = nullptr);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace js
