#pragma once

#include "ui/report/ReportStyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace js::report {

class Block;

// Paints a picture block into its rectangle, in points on the page.
using PaintFn = std::function<void(QPainter& painter, const QRectF& rect)>;

enum class BlockKind {
    Heading,
    Paragraph,
    KeyFigures,
    Table,
    Picture,
    Contents,
    PageBreak,
    Space,
    FullPage,
};

// A table's column: its share of the table's width (the shares need not add
// up to anything) and how its cells align.
struct Column {
    QString title;
    double share = 1.0;
    Qt::Alignment align = Qt::AlignLeft;
};

struct Cell {
    Cell() = default;
    Cell(QString cellText) // implicit: most cells are only text
        : text(std::move(cellText))
    {}
    QString text;
    QString detail; // a muted line (or more) below the text
    QColor fill;    // invalid: the row's own (striped)
    QColor color;   // invalid: the style's ink
    bool bold = false;
};
using Row = std::vector<Cell>;

struct KeyFigure {
    QString value;  // "3.4"
    QString label;  // "Journey score"
    QString detail; // "+0.4 since the baseline"
    QColor detailColor;
};

// A listed heading and the page it landed on.
struct HeadingEntry {
    int level = 1;
    QString text;
    int page = -1; // from 0; -1 until laid out
};

// A page-flow engine: blocks added top to bottom, laid out into pages once
// (layOut), then any page painted in any order. A heading keeps with what
// follows it; a paragraph breaks between lines, never leaving one line
// alone at a page's foot; a table breaks between rows, repeating its header
// row on each page it continues on, and splits a row only when the row is
// taller than a page. Every page but a full page (the cover) carries a
// running header and a "Page N of M" footer.
class ReportFlow {
    Q_DECLARE_TR_FUNCTIONS(js::report::ReportFlow)

public:
    // `paper` is the whole sheet and `printable` the part inside the margins,
    // both in points from the paper's top left.
    ReportFlow(const ReportStyle& style, const QRectF& paper, const QRectF& printable);
    ~ReportFlow();
    ReportFlow(const ReportFlow&) = delete;
    ReportFlow& operator=(const ReportFlow&) = delete;

    const ReportStyle& style() const { return m_style; }
    // Where the blocks go on a page with a running header and footer.
    QRectF body() const { return m_body; }

    // Level 1, 2 or 3; listed headings of levels 1 and 2 go into the table
    // of contents.
    void addHeading(int level, const QString& text, bool listed = true);
    // An entry of the contents without a heading on the page, for a block
    // that carries its own title (a chart): it goes on the page of that block.
    void addContentsEntry(int level, const QString& text);
    // Text that wraps at word boundaries; a marker ("•") hangs left of an
    // indented paragraph.
    void addParagraph(const QString& text);
    void addParagraph(const QString& text, const QFont& font, const QColor& color,
                      const QString& marker = {});
    void addKeyFigures(std::vector<KeyFigure> figures);
    void addTable(std::vector<Column> columns, std::vector<Row> rows);
    // A picture of a fixed height, as wide as the body unless `width` is given
    // (then centred).
    void addPicture(double height, PaintFn paint, double width = 0.0);
    // A picture that takes the rest of the page, starting a new one when less
    // than minHeight is left.
    void addPictureFillingPage(double minHeight, PaintFn paint);
    // The table of contents: every listed heading of the flow with its page.
    void addContents();
    void addPageBreak();
    void addSpace(double height);
    // A page of its own painted whole (the cover): no running header, no footer.
    void addFullPage(PaintFn paint);

    void setRunningHeader(const QString& left, const QString& right);

    // Lays every block out into pages; call once, after the last block.
    void layOut();
    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter& painter, int index) const;

    const std::vector<HeadingEntry>& headings() const { return m_headings; }

    // What a page holds, top to bottom (for tests).
    struct Placement {
        BlockKind kind = BlockKind::Paragraph;
        int block = 0;
        int first = 0; // the units (lines, rows, entries) from first to last - 1
        int last = 0;
        bool header = false; // a table's header row painted above them
        QRectF rect;         // on the page, header included
    };
    std::vector<Placement> placements(int page) const;
    bool hasChrome(int page) const;

private:
    struct Page {
        std::vector<Placement> pieces;
        bool chrome = true;
        double y = 0.0; // the next free position below the body's top
    };
    void add(std::unique_ptr<Block> block);
    Page& newPage();
    // The height of a heading and what must follow it on the same page.
    double keepHeight(size_t index) const;
    void placeUnits(size_t index, double spaceBefore);
    void paintChrome(QPainter& painter, int index) const;

    ReportStyle m_style;
    QRectF m_paper;
    QRectF m_printable;
    QRectF m_body;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<int> m_headingOf; // per block: its index into m_headings, or -1
    std::vector<HeadingEntry> m_headings;
    std::vector<Page> m_pages;
    QString m_headerLeft;
    QString m_headerRight;
};

} // namespace js::report
