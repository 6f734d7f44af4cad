#include "ui/report/ReportFlow.h"

#include "ui/report/ReportBlocks.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace js::report {

namespace {

// A paragraph this short right after a heading introduces what follows it.
constexpr int LeadInLines = 3;

} // namespace

ReportFlow::ReportFlow(const ReportStyle& style, const QRectF& paper, const QRectF& printable)
    : m_style(style)
    , m_paper(paper)
    , m_printable(printable)
    , m_body(printable.adjusted(0, style.headerBand, 0, -style.footerBand))
{}

ReportFlow::~ReportFlow() = default;

void ReportFlow::add(std::unique_ptr<Block> block)
{
    m_blocks.push_back(std::move(block));
    m_headingOf.push_back(-1);
}

void ReportFlow::addHeading(int level, const QString& text, bool listed)
{
    add(std::make_unique<HeadingBlock>(std::clamp(level, 1, 3), text));
    if (listed && level <= 2) {
        m_headingOf.back() = int(m_headings.size());
        m_headings.push_back({std::clamp(level, 1, 2), text, -1});
    }
}

void ReportFlow::addContentsEntry(int level, const QString& text)
{
    add(std::make_unique<HeadingBlock>(std::clamp(level, 1, 2), text, false));
    m_headingOf.back() = int(m_headings.size());
    m_headings.push_back({std::clamp(level, 1, 2), text, -1});
}

void ReportFlow::addParagraph(const QString& text)
{
    addParagraph(text, m_style.body, m_style.ink);
}

void ReportFlow::addParagraph(const QString& text, const QFont& font, const QColor& color,
                              const QString& marker)
{
    add(std::make_unique<ParagraphBlock>(text, font, color, marker));
}

void ReportFlow::addKeyFigures(std::vector<KeyFigure> figures)
{
    add(std::make_unique<KeyFiguresBlock>(std::move(figures)));
}

void ReportFlow::addTable(std::vector<Column> columns, std::vector<Row> rows)
{
    add(std::make_unique<TableBlock>(std::move(columns), std::move(rows)));
}

void ReportFlow::addPicture(double height, PaintFn paint, double width)
{
    add(std::make_unique<PictureBlock>(height, std::move(paint), width, false));
}

void ReportFlow::addPictureFillingPage(double minHeight, PaintFn paint)
{
    add(std::make_unique<PictureBlock>(minHeight, std::move(paint), 0.0, true));
}

void ReportFlow::addContents()
{
    add(std::make_unique<ContentsBlock>());
}

void ReportFlow::addPageBreak()
{
    add(std::make_unique<MarkBlock>(BlockKind::PageBreak));
}

void ReportFlow::addSpace(double height)
{
    add(std::make_unique<MarkBlock>(BlockKind::Space, height));
}

void ReportFlow::addFullPage(PaintFn paint)
{
    add(std::make_unique<MarkBlock>(BlockKind::FullPage, 0.0, std::move(paint)));
}

void ReportFlow::setRunningHeader(const QString& left, const QString& right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

ReportFlow::Page& ReportFlow::newPage()
{
    m_pages.emplace_back();
    return m_pages.back();
}

double ReportFlow::keepHeight(size_t index) const
{
    // The heading, any headings straight after it, and the start of the
    // first block that is not a heading: they go on one page together.
    double height = 0.0;
    size_t i = index;
    for (; i < m_blocks.size() && m_blocks[i]->kind() == BlockKind::Heading; ++i) {
        if (i > index)
            height += m_blocks[i]->spaceBefore(m_style);
        height += m_blocks[i]->unitHeight(0) + m_blocks[i]->spaceAfter(m_style);
    }
    // A short lead-in paragraph stays with the heading and with the start
    // of what it introduces (a table, a chart).
    const auto startsWithin = [this](size_t at) {
        return at < m_blocks.size() && m_blocks[at]->kind() != BlockKind::PageBreak &&
               m_blocks[at]->kind() != BlockKind::FullPage &&
               m_blocks[at]->kind() != BlockKind::Heading;
    };
    if (i + 1 < m_blocks.size() && m_blocks[i]->kind() == BlockKind::Paragraph &&
        m_blocks[i]->units() <= LeadInLines && startsWithin(i + 1)) {
        height += m_blocks[i]->spaceBefore(m_style) +
                  m_blocks[i]->heightOf(0, m_blocks[i]->units()) + m_blocks[i]->spaceAfter(m_style);
        ++i;
    }
    if (!startsWithin(i))
        return height;
    const Block& next = *m_blocks[i];
    return height + next.spaceBefore(m_style) + next.headerHeight() +
           next.heightOf(0, next.leastFirst());
}

void ReportFlow::placeUnits(size_t index, double spaceBefore)
{
    const Block& block = *m_blocks[index];
    const double pageHeight = m_body.height();
    const auto* picture = dynamic_cast<const PictureBlock*>(&block);
    if (picture && picture->fillsPage()) {
        if (!m_pages.back().pieces.empty() &&
            pageHeight - m_pages.back().y - spaceBefore < block.unitHeight(0)) {
            newPage();
            spaceBefore = 0.0;
        }
        Page& page = m_pages.back();
        const double top = page.y + spaceBefore;
        page.pieces.push_back(
            {block.kind(), int(index), 0, 1, false,
             QRectF(m_body.left(), m_body.top() + top, m_body.width(), pageHeight - top)});
        page.y = pageHeight;
        return;
    }

    const int count = block.units();
    const int keep = block.keepTogether();
    const double header = block.headerHeight();
    int unit = 0;
    while (unit < count) {
        Page* page = &m_pages.back();
        const bool fresh = page->pieces.empty();
        const double room = pageHeight - page->y - (fresh ? 0.0 : spaceBefore) - header;
        int fit = 0;
        double used = 0.0;
        while (unit + fit < count && used + block.unitHeight(unit + fit) <= room + 0.01) {
            used += block.unitHeight(unit + fit);
            ++fit;
        }
        const int left = count - unit - fit;
        // Never fewer than `keep` units (one line of a paragraph) alone at
        // the foot of a page, nor at the head of the next one.
        const bool tooFew = left > 0 && fit < block.leastFirst() && unit == 0;
        if ((fit == 0 || tooFew) && !fresh) {
            newPage();
            spaceBefore = 0.0;
            continue;
        }
        if (fit == 0) {
            // A unit taller than a whole page: shown in slices, page by page,
            // each clipped to its page (placement rects past the page bottom
            // are clipped when painted).
            const double height = block.unitHeight(unit);
            for (double offset = 0.0; offset < height; offset += pageHeight - header) {
                if (offset > 0.0)
                    page = &newPage();
                page->pieces.push_back({block.kind(), int(index), unit, unit + 1, header > 0,
                                        QRectF(m_body.left(), m_body.top() - offset, m_body.width(),
                                               header + height)});
                page->y = pageHeight;
            }
            ++unit;
            if (unit < count)
                newPage();
            continue;
        }
        if (left > 0 && left < keep) {
            // Too few would go on: hand some over, or, when that leaves too
            // few here, take the whole block to the next page.
            const int handed = fit - (keep - left);
            if (handed >= keep) {
                fit = handed;
                used = block.heightOf(unit, unit + fit);
            } else if (unit == 0 && !fresh) {
                newPage();
                spaceBefore = 0.0;
                continue;
            }
        }
        const double top = page->y + (fresh ? 0.0 : spaceBefore);
        page->pieces.push_back(
            {block.kind(), int(index), unit, unit + fit, header > 0,
             QRectF(m_body.left(), m_body.top() + top, m_body.width(), header + used)});
        page->y = top + header + used;
        unit += fit;
        if (unit < count)
            newPage();
    }
}

void ReportFlow::layOut()
{
    m_pages.clear();
    for (HeadingEntry& entry : m_headings)
        entry.page = -1;
    for (const auto& block : m_blocks) {
        if (auto* contents = dynamic_cast<ContentsBlock*>(block.get()))
            contents->setEntries(m_headings);
        block->measure(m_body.width(), m_style);
    }
    newPage();
    bool closed = false; // the page is full (a page of its own) and takes nothing more
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const Block& block = *m_blocks[i];
        const BlockKind kind = block.kind();
        if (closed && kind != BlockKind::PageBreak) {
            newPage();
            closed = false;
        }
        Page* page = &m_pages.back();
        const bool fresh = page->pieces.empty();
        if (kind == BlockKind::PageBreak) {
            if (!fresh)
                newPage();
            closed = false;
            continue;
        }
        if (kind == BlockKind::FullPage) {
            if (!fresh)
                page = &newPage();
            page->chrome = false;
            page->pieces.push_back({kind, int(i), 0, 1, false, m_paper});
            closed = true;
            continue;
        }
        if (kind == BlockKind::Space) {
            if (!fresh)
                page->y += block.unitHeight(0);
            continue;
        }
        double before = fresh ? 0.0 : block.spaceBefore(m_style);
        if (kind == BlockKind::Heading && !fresh &&
            page->y + before + keepHeight(i) > m_body.height() + 0.01) {
            page = &newPage();
            before = 0.0;
        }
        placeUnits(i, before);
        if (m_headingOf[i] >= 0)
            m_headings[size_t(m_headingOf[i])].page = int(m_pages.size()) - 1;
        m_pages.back().y += block.spaceAfter(m_style);
    }
    // A flow that ends on a page break leaves no blank page behind.
    while (m_pages.size() > 1 && m_pages.back().pieces.empty())
        m_pages.pop_back();
}

std::vector<ReportFlow::Placement> ReportFlow::placements(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    return m_pages[size_t(page)].pieces;
}

bool ReportFlow::hasChrome(int page) const
{
    return page >= 0 && page < pageCount() && m_pages[size_t(page)].chrome;
}

void ReportFlow::paintPage(QPainter& painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    const Page& page = m_pages[size_t(index)];
    const PaintContext context{m_style, m_headings};
    for (const Placement& piece : page.pieces) {
        painter.save();
        // A slice of a tall unit reaches past its page: the body cuts it.
        if (page.chrome)
            painter.setClipRect(m_body.adjusted(-2, -2, 2, 2));
        m_blocks[size_t(piece.block)]->paint(painter, piece.rect, piece.first, piece.last,
                                             piece.header, context);
        painter.restore();
    }
    if (page.chrome)
        paintChrome(painter, index);
}

void ReportFlow::paintChrome(QPainter& painter, int index) const
{
    painter.save();
    const QFontMetricsF metrics(m_style.small);
    painter.setFont(m_style.small);
    painter.setPen(m_style.muted);
    const double headerBaseline = m_printable.top() + metrics.ascent();
    // The section at the top of the page, so that a page that continues one
    // ("TRIXIE scores by touchpoint" of a stage) still says whose it is: the
    // headings of earlier pages, then the first one of this page.
    QString section;
    QString subsection;
    bool firstOnPage = true;
    for (const HeadingEntry& heading : m_headings) {
        if (heading.page < 0 || heading.page > index || (heading.page == index && !firstOnPage))
            continue;
        firstOnPage = heading.page < index;
        if (heading.level == 1) {
            section = heading.text;
            subsection.clear();
        } else {
            subsection = heading.text;
        }
    }
    const QString where = section.isEmpty()      ? m_headerRight
                          : subsection.isEmpty() ? section
                                                 : tr("%1 · %2").arg(section, subsection);
    const QString right = metrics.elidedText(where, Qt::ElideRight, m_printable.width() * 0.45);
    const double rightWidth = metrics.horizontalAdvance(right);
    const QString left = metrics.elidedText(m_headerLeft, Qt::ElideRight,
                                            m_printable.width() - rightWidth - 24 * m_style.scale);
    painter.drawText(QPointF(m_printable.left(), headerBaseline), left);
    painter.drawText(QPointF(m_printable.right() - rightWidth, headerBaseline), right);
    const double rule = headerBaseline + metrics.descent() + 4 * m_style.scale;
    painter.fillRect(QRectF(m_printable.left(), rule, m_printable.width(), 0.5), m_style.rule);

    const QString footer = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const double footerBaseline = m_printable.bottom() - metrics.descent();
    painter.fillRect(QRectF(m_printable.left(),
                            footerBaseline - metrics.ascent() - 5 * m_style.scale,
                            m_printable.width(), 0.5),
                     m_style.rule);
    painter.drawText(
        QPointF(m_printable.right() - metrics.horizontalAdvance(footer), footerBaseline), footer);
    painter.restore();
}

} // namespace js::report
