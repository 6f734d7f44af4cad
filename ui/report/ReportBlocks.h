#pragma once

#include "ui/report/ReportFlow.h"

#include <QFont>
#include <QTextLayout>

namespace js::report {

// What a block may ask of the flow while it paints.
struct PaintContext {
    const ReportStyle& style;
    const std::vector<HeadingEntry>& headings;
};

// One block of a ReportFlow: a run of units (a paragraph's lines, a table's
// rows) that the flow may break between, each of a height known once the
// block is measured at the body's width.
class Block {
public:
    virtual ~Block();
    virtual BlockKind kind() const = 0;
    virtual void measure(double width, const ReportStyle& style) = 0;
    virtual int units() const = 0;
    virtual double unitHeight(int unit) const = 0;
    // Painted above the units of every piece the block is broken into.
    virtual double headerHeight() const { return 0.0; }
    virtual double spaceBefore(const ReportStyle&) const { return 0.0; }
    virtual double spaceAfter(const ReportStyle& style) const { return style.blockGap; }
    // The fewest units a piece may hold at the start or the end of the block.
    virtual int keepTogether() const { return 1; }
    // Paints units first..last-1 into rect, the header above them when asked.
    virtual void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
                       const PaintContext& context) const = 0;

    double heightOf(int first, int last) const;
    // The units the block's first page must hold: all of them when there
    // are too few to leave `keepTogether` on both sides of a break.
    int leastFirst() const;
};

class HeadingBlock : public Block {
public:
    // An invisible heading takes no room and paints nothing: an entry of
    // the contents kept with the block after it.
    HeadingBlock(int level, QString text, bool visible = true);
    BlockKind kind() const override { return BlockKind::Heading; }
    void measure(double width, const ReportStyle& style) override;
    int units() const override { return 1; }
    double unitHeight(int) const override { return m_height; }
    double spaceBefore(const ReportStyle& style) const override;
    double spaceAfter(const ReportStyle& style) const override;
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;

private:
    const QFont& fontOf(const ReportStyle& style) const;

    int m_level;
    QString m_text;
    bool m_visible;
    double m_height = 0.0;
};

class ParagraphBlock : public Block {
public:
    ParagraphBlock(QString text, QFont font, QColor color, QString marker);
    BlockKind kind() const override { return BlockKind::Paragraph; }
    void measure(double width, const ReportStyle& style) override;
    int units() const override { return m_layout.lineCount(); }
    double unitHeight(int) const override { return m_lineHeight; }
    double spaceAfter(const ReportStyle& style) const override { return style.paragraphGap; }
    int keepTogether() const override { return 2; }
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;

private:
    QTextLayout m_layout;
    QFont m_font;
    QColor m_color;
    QString m_marker;
    double m_indent = 0.0;
    double m_lineHeight = 0.0;
};

class KeyFiguresBlock : public Block {
public:
    explicit KeyFiguresBlock(std::vector<KeyFigure> figures);
    BlockKind kind() const override { return BlockKind::KeyFigures; }
    void measure(double width, const ReportStyle& style) override;
    int units() const override { return 1; }
    double unitHeight(int) const override { return m_height; }
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;

private:
    std::vector<KeyFigure> m_figures;
    double m_height = 0.0;
};

class TableBlock : public Block {
public:
    TableBlock(std::vector<Column> columns, std::vector<Row> rows);
    BlockKind kind() const override { return BlockKind::Table; }
    void measure(double width, const ReportStyle& style) override;
    int units() const override { return int(m_rows.size()); }
    double unitHeight(int unit) const override { return m_heights[size_t(unit)]; }
    double headerHeight() const override { return m_headerHeight; }
    // A header row above one row alone looks like a mistake.
    int keepTogether() const override { return 3; }
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;

private:
    double rowHeight(const Row& row, const QFont& font, double padding) const;
    void paintRow(QPainter& painter, const Row& row, const QRectF& rect, const QFont& font,
                  const QColor& fill, const QColor& color, const ReportStyle& style,
                  Qt::Alignment vertical) const;

    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    std::vector<double> m_widths;
    std::vector<double> m_heights;
    double m_headerHeight = 0.0;
};

class PictureBlock : public Block {
public:
    PictureBlock(double height, PaintFn paint, double width, bool fill);
    BlockKind kind() const override { return BlockKind::Picture; }
    void measure(double, const ReportStyle&) override {}
    int units() const override { return 1; }
    double unitHeight(int) const override { return m_height; }
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;
    // A picture that fills its page: the height is the least it takes.
    bool fillsPage() const { return m_fill; }

private:
    double m_height;
    PaintFn m_paint;
    double m_width;
    bool m_fill;
};

class ContentsBlock : public Block {
public:
    BlockKind kind() const override { return BlockKind::Contents; }
    void measure(double width, const ReportStyle& style) override;
    int units() const override { return int(m_heights.size()); }
    double unitHeight(int unit) const override { return m_heights[size_t(unit)]; }
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;
    // The headings listed, known before any is placed: the contents' length
    // does not hang on the pages they land on.
    void setEntries(std::vector<HeadingEntry> entries) { m_entries = std::move(entries); }

private:
    std::vector<HeadingEntry> m_entries;
    std::vector<double> m_heights;
};

// A page break, a vertical space, or a page of its own.
class MarkBlock : public Block {
public:
    MarkBlock(BlockKind kind, double height = 0.0, PaintFn paint = {});
    BlockKind kind() const override { return m_kind; }
    void measure(double, const ReportStyle&) override {}
    int units() const override { return m_kind == BlockKind::Space ? 1 : 0; }
    double unitHeight(int) const override { return m_height; }
    double spaceAfter(const ReportStyle&) const override { return 0.0; }
    void paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
               const PaintContext& context) const override;

private:
    BlockKind m_kind;
    double m_height;
    PaintFn m_paint;
};

} // namespace js::report
