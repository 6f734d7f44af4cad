#include "ui/report/ReportBlocks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLine>

#include <algorithm>
#include <numeric>

namespace js::report {

namespace {

constexpr double Unbounded = 1e6;

double wrappedHeight(const QString& text, const QFont& font, double width, int flags = 0)
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    const QRectF box = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, Unbounded),
                                                        flags | Qt::TextWordWrap, text);
    return box.height();
}

} // namespace

Block::~Block() = default;

int Block::leastFirst() const
{
    const int count = units();
    return count < 2 * keepTogether() ? count : keepTogether();
}

double Block::heightOf(int first, int last) const
{
    double sum = 0.0;
    for (int unit = first; unit < last; ++unit)
        sum += unitHeight(unit);
    return sum;
}

// Headings

HeadingBlock::HeadingBlock(int level, QString text, bool visible)
    : m_level(level)
    , m_text(std::move(text))
    , m_visible(visible)
{}

void HeadingBlock::measure(double width, const ReportStyle& style)
{
    if (!m_visible) {
        m_height = 0.0;
        return;
    }
    m_height = wrappedHeight(m_text, fontOf(style), width);
    if (m_level == 1)
        m_height += 6 * style.scale; // the rule below
}

const QFont& HeadingBlock::fontOf(const ReportStyle& style) const
{
    return m_level == 1 ? style.heading1 : m_level == 2 ? style.heading2 : style.bodyBold;
}

double HeadingBlock::spaceBefore(const ReportStyle& style) const
{
    if (!m_visible)
        return 0.0;
    return m_level == 1 ? style.headingGap1 : m_level == 2 ? style.headingGap2 : style.blockGap;
}

double HeadingBlock::spaceAfter(const ReportStyle& style) const
{
    if (!m_visible)
        return 0.0;
    return (m_level == 1 ? 8 : m_level == 2 ? 4 : 3) * style.scale;
}

void HeadingBlock::paint(QPainter& painter, const QRectF& rect, int, int, bool,
                         const PaintContext& context) const
{
    if (!m_visible)
        return;
    const ReportStyle& style = context.style;
    painter.setFont(fontOf(style));
    painter.setPen(m_level == 2 ? style.ink : style.accent);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text);
    if (m_level == 1) {
        const double y = rect.bottom() - 1.5 * style.scale;
        painter.fillRect(QRectF(rect.left(), y, rect.width(), 0.6 * style.scale), style.rule);
        painter.fillRect(
            QRectF(rect.left(), y - 0.6 * style.scale, 48 * style.scale, 1.8 * style.scale),
            style.accent);
    }
}

// Paragraphs

ParagraphBlock::ParagraphBlock(QString text, QFont font, QColor color, QString marker)
    : m_layout(text, font)
    , m_font(std::move(font))
    , m_color(std::move(color))
    , m_marker(std::move(marker))
{}

void ParagraphBlock::measure(double width, const ReportStyle& style)
{
    const QFontMetricsF metrics(m_font);
    m_indent = m_marker.isEmpty() ? 0.0 : 14 * style.scale;
    m_lineHeight = metrics.lineSpacing() * 1.22;
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    m_layout.beginLayout();
    while (true) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width - m_indent);
        line.setPosition(QPointF(0, 0));
    }
    m_layout.endLayout();
}

void ParagraphBlock::paint(QPainter& painter, const QRectF& rect, int first, int last, bool,
                           const PaintContext&) const
{
    painter.setPen(m_color);
    painter.setFont(m_font);
    for (int i = first; i < last; ++i) {
        const QTextLine line = m_layout.lineAt(i);
        const double top =
            rect.top() + (i - first) * m_lineHeight + (m_lineHeight - line.height()) / 2.0;
        line.draw(&painter, QPointF(rect.left() + m_indent, top));
        if (i == 0 && !m_marker.isEmpty())
            painter.drawText(QPointF(rect.left() + 2.0, top + line.ascent()), m_marker);
    }
}

// Key figures

KeyFiguresBlock::KeyFiguresBlock(std::vector<KeyFigure> figures)
    : m_figures(std::move(figures))
{}

void KeyFiguresBlock::measure(double width, const ReportStyle& style)
{
    const double gap = 8 * style.scale;
    const double pad = 8 * style.scale;
    const size_t n = std::max<size_t>(m_figures.size(), 1);
    const double inner = (width - gap * double(n - 1)) / double(n) - 2 * pad;
    double label = 0.0;
    double detail = 0.0;
    for (const KeyFigure& figure : m_figures) {
        label = std::max(label, wrappedHeight(figure.label, style.small, inner));
        if (!figure.detail.isEmpty())
            detail = std::max(detail, wrappedHeight(figure.detail, style.small, inner));
    }
    m_height = 2 * pad + QFontMetricsF(style.figure).height() + label + detail + 2 * style.scale;
}

void KeyFiguresBlock::paint(QPainter& painter, const QRectF& rect, int, int, bool,
                            const PaintContext& context) const
{
    const ReportStyle& style = context.style;
    const double gap = 8 * style.scale;
    const double pad = 8 * style.scale;
    const size_t n = std::max<size_t>(m_figures.size(), 1);
    const double boxWidth = (rect.width() - gap * double(n - 1)) / double(n);
    const double valueHeight = QFontMetricsF(style.figure).height();
    for (size_t i = 0; i < m_figures.size(); ++i) {
        const KeyFigure& figure = m_figures[i];
        const QRectF box(rect.left() + double(i) * (boxWidth + gap), rect.top(), boxWidth,
                         rect.height());
        painter.fillRect(box, style.accentSoft);
        painter.fillRect(QRectF(box.left(), box.top(), 2.5 * style.scale, box.height()),
                         style.accent);
        const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
        painter.setFont(style.figure);
        painter.setPen(style.accent);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), valueHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, figure.value);
        painter.setFont(style.small);
        painter.setPen(style.ink);
        const double labelTop = inner.top() + valueHeight + 2 * style.scale;
        const QRectF labelRect(inner.left(), labelTop, inner.width(), Unbounded);
        QRectF used;
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figure.label,
                         &used);
        if (!figure.detail.isEmpty()) {
            painter.setPen(figure.detailColor.isValid() ? figure.detailColor : style.muted);
            painter.drawText(QRectF(inner.left(), used.bottom(), inner.width(), Unbounded),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figure.detail);
        }
    }
}

// Tables

TableBlock::TableBlock(std::vector<Column> columns, std::vector<Row> rows)
    : m_columns(std::move(columns))
    , m_rows(std::move(rows))
{}

double TableBlock::rowHeight(const Row& row, const QFont& font, double padding) const
{
    double height = QFontMetricsF(font).height();
    for (size_t c = 0; c < row.size() && c < m_widths.size(); ++c) {
        QFont measured = font;
        if (row[c].bold)
            measured.setBold(true);
        const double width = m_widths[c] - 2 * padding;
        double cell = wrappedHeight(row[c].text, measured, width);
        if (!row[c].detail.isEmpty())
            cell += wrappedHeight(row[c].detail, font, width);
        height = std::max(height, cell);
    }
    return height + 2 * padding;
}

void TableBlock::measure(double width, const ReportStyle& style)
{
    const double shares =
        std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                        [](double sum, const Column& c) { return sum + c.share; });
    m_widths.clear();
    for (const Column& column : m_columns)
        m_widths.push_back(width * column.share / std::max(shares, 1e-9));
    // A header's longest word never wraps: its column grows to hold it,
    // and the columns with room to spare give the room up.
    const QFontMetricsF bold(style.smallBold);
    std::vector<double> least;
    double deficit = 0.0;
    double surplus = 0.0;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        double word = 0.0;
        for (const QString& part : m_columns[c].title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, bold.horizontalAdvance(part));
        least.push_back(word + 2 * style.cellPadding + 1.0);
        deficit += std::max(0.0, least[c] - m_widths[c]);
        surplus += std::max(0.0, m_widths[c] - least[c]);
    }
    if (deficit > 0.0 && surplus > deficit) {
        for (size_t c = 0; c < m_widths.size(); ++c) {
            if (m_widths[c] < least[c])
                m_widths[c] = least[c];
            else
                m_widths[c] -= (m_widths[c] - least[c]) * deficit / surplus;
        }
    }
    Row header;
    for (const Column& column : m_columns)
        header.emplace_back(column.title);
    m_headerHeight = rowHeight(header, style.smallBold, style.cellPadding);
    m_heights.clear();
    for (const Row& row : m_rows)
        m_heights.push_back(rowHeight(row, style.small, style.cellPadding));
}

void TableBlock::paintRow(QPainter& painter, const Row& row, const QRectF& rect, const QFont& font,
                          const QColor& fill, const QColor& color, const ReportStyle& style,
                          Qt::Alignment vertical) const
{
    painter.fillRect(rect, fill);
    double x = rect.left();
    for (size_t c = 0; c < m_widths.size(); ++c) {
        const QRectF cell(x, rect.top(), m_widths[c], rect.height());
        x += m_widths[c];
        if (c >= row.size())
            continue;
        const Cell& content = row[c];
        QColor ink = content.color.isValid() ? content.color : color;
        if (content.fill.isValid()) {
            painter.fillRect(cell.adjusted(0.6, 0.6, -0.6, -0.6), content.fill);
            if (!content.color.isValid())
                ink = style.heat.text(content.fill);
        }
        QFont cellFont = font;
        if (content.bold)
            cellFont.setBold(true);
        painter.setFont(cellFont);
        painter.setPen(ink);
        const Qt::Alignment align = (m_columns[c].align & Qt::AlignHorizontal_Mask) | vertical;
        const QRectF inner = cell.adjusted(style.cellPadding, style.cellPadding, -style.cellPadding,
                                           -style.cellPadding);
        if (content.detail.isEmpty()) {
            painter.drawText(inner, int(align) | Qt::TextWordWrap, content.text);
            continue;
        }
        // Text and detail stacked from the top: a cell of two parts reads
        // from its first line, like the row's other cells.
        const Qt::Alignment top = (align & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
        QRectF used;
        painter.drawText(inner, int(top) | Qt::TextWordWrap, content.text, &used);
        painter.setFont(font);
        painter.setPen(style.muted);
        painter.drawText(
            QRectF(inner.left(), used.bottom(), inner.width(), inner.bottom() - used.bottom()),
            int(top) | Qt::TextWordWrap, content.detail);
    }
}

void TableBlock::paint(QPainter& painter, const QRectF& rect, int first, int last, bool header,
                       const PaintContext& context) const
{
    const ReportStyle& style = context.style;
    double y = rect.top();
    if (header) {
        Row titles;
        for (const Column& column : m_columns)
            titles.emplace_back(column.title);
        paintRow(painter, titles, QRectF(rect.left(), y, rect.width(), m_headerHeight),
                 style.smallBold, style.accent, style.accentText, style, Qt::AlignVCenter);
        y += m_headerHeight;
    }
    for (int r = first; r < last; ++r) {
        const QRectF band(rect.left(), y, rect.width(), m_heights[size_t(r)]);
        paintRow(painter, m_rows[size_t(r)], band, style.small,
                 r % 2 == 1 ? style.stripe : QColor(Qt::white), style.ink, style, Qt::AlignTop);
        painter.fillRect(QRectF(band.left(), band.bottom() - 0.4, band.width(), 0.4), style.rule);
        y += m_heights[size_t(r)];
    }
}

// Pictures

PictureBlock::PictureBlock(double height, PaintFn paint, double width, bool fill)
    : m_height(height)
    , m_paint(std::move(paint))
    , m_width(width)
    , m_fill(fill)
{}

void PictureBlock::paint(QPainter& painter, const QRectF& rect, int, int, bool,
                         const PaintContext&) const
{
    if (!m_paint)
        return;
    QRectF target = rect;
    if (m_width > 0 && m_width < rect.width())
        target =
            QRectF(rect.left() + (rect.width() - m_width) / 2, rect.top(), m_width, rect.height());
    painter.save();
    m_paint(painter, target);
    painter.restore();
}

// The table of contents

void ContentsBlock::measure(double, const ReportStyle& style)
{
    m_heights.clear();
    for (const HeadingEntry& entry : m_entries) {
        const QFont& font = entry.level == 1 ? style.bodyBold : style.body;
        m_heights.push_back(QFontMetricsF(font).lineSpacing() * (entry.level == 1 ? 2.0 : 1.45));
    }
}

void ContentsBlock::paint(QPainter& painter, const QRectF& rect, int first, int last, bool,
                          const PaintContext& context) const
{
    const ReportStyle& style = context.style;
    double y = rect.top();
    for (int i = first; i < last; ++i) {
        // The flow's own entries carry the pages, now that they are known.
        const HeadingEntry& entry = size_t(i) < context.headings.size()
                                        ? context.headings[size_t(i)]
                                        : m_entries[size_t(i)];
        const double height = m_heights[size_t(i)];
        const QFont& font = entry.level == 1 ? style.bodyBold : style.body;
        const QFontMetricsF metrics(font);
        const double indent = entry.level == 1 ? 0.0 : 16 * style.scale;
        const QString page = QString::number(entry.page + 1);
        const double pageWidth = metrics.horizontalAdvance(page);
        const double baseline = y + height - metrics.descent() - 2 * style.scale;
        const double textRoom = rect.width() - indent - pageWidth - 24 * style.scale;
        const QString text = metrics.elidedText(entry.text, Qt::ElideRight, textRoom);
        painter.setFont(font);
        painter.setPen(entry.level == 1 ? style.accent : style.ink);
        painter.drawText(QPointF(rect.left() + indent, baseline), text);
        painter.drawText(QPointF(rect.right() - pageWidth, baseline), page);
        // A dotted leader from the text to its page number.
        const double from =
            rect.left() + indent + metrics.horizontalAdvance(text) + 6 * style.scale;
        const double to = rect.right() - pageWidth - 6 * style.scale;
        if (to > from) {
            QPen dots(style.rule, 0.9 * style.scale, Qt::DotLine);
            painter.setPen(dots);
            painter.drawLine(QPointF(from, baseline - 1), QPointF(to, baseline - 1));
        }
        y += height;
    }
}

// Marks

MarkBlock::MarkBlock(BlockKind kind, double height, PaintFn paint)
    : m_kind(kind)
    , m_height(height)
    , m_paint(std::move(paint))
{}

void MarkBlock::paint(QPainter& painter, const QRectF& rect, int, int, bool,
                      const PaintContext&) const
{
    if (!m_paint)
        return;
    painter.save();
    m_paint(painter, rect);
    painter.restore();
}

} // namespace js::report
