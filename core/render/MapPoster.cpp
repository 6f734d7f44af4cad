#include "core/render/MapPoster.h"

#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "core/render/PaperFont.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

constexpr double HeaderHeight = 30.0; // points: two lines of header and a rule
constexpr double FooterHeight = 14.0;
constexpr double MarkGap = 10.0;   // between the frame and the map: room for crop marks
constexpr double LegendText = 7.0; // points
constexpr double MmToPoints = 72.0 / 25.4;

QPageLayout pageOf(const QPageSize& size, QPageLayout::Orientation orientation, double marginMm)
{
    return QPageLayout(size, orientation, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                       QPageLayout::Millimeter);
}

QColor frameText()
{
    return QColor(0x30, 0x33, 0x3a);
}

QColor frameMuted()
{
    return QColor(0x6b, 0x70, 0x7a);
}

} // namespace

void describeJourney(PosterOptions& options, const Project& project, Id journeyId)
{
    options.project = project.name;
    options.client = project.client;
    if (const Journey* journey = findJourney(project, journeyId)) {
        options.journey = journey->name;
        if (const Persona* persona = findPersona(project, journey->personaId))
            options.persona = persona->name;
    }
    if (!options.date.isValid())
        options.date = QDate::currentDate();
}

MapPoster::MapPoster(MapLayout layout, MapTheme theme, PosterOptions options)
    : m_layout(std::move(layout))
    , m_painter(std::move(theme))
    , m_legend(MapLegend::of(m_layout))
    , m_options(std::move(options))
    , m_page(pageOf(m_options.pageSize, m_options.orientation, m_options.marginMm))
{
    m_content = contentRect(m_page, legendHeight(m_page));
    m_overlap = std::clamp(m_options.overlapMm * MmToPoints, 0.0,
                           std::min(m_content.width(), m_content.height()) / 2);
    const QRectF bounds = m_layout.bounds;
    if (bounds.isEmpty() || m_content.isEmpty())
        return;
    const double fit =
        std::min(m_content.width() / bounds.width(), m_content.height() / bounds.height());
    const double smallest = m_layout.style.smallestText();
    const bool fitsOnOne = fit * smallest >= MinimumTextSize - 1e-9;
    if (m_options.fit == PosterFit::OnePage && !fitsOnOne) {
        const QString now = QLocale().toString(fit * smallest, 'f', 1);
        if (const std::optional<QPageLayout> page = fittingPage(m_layout, m_options)) {
            m_problem = tr("On one %1 page the map's smallest text would be %2 pt; text is kept "
                           "at 6 pt or larger. Choose %3 %4, or tile the map across pages.")
                            .arg(m_options.pageSize.name(), now, page->pageSize().name(),
                                 page->orientation() == QPageLayout::Landscape ? tr("landscape")
                                                                               : tr("portrait"));
        } else {
            m_problem = tr("Even on an A0 page the map's smallest text would be under 6 pt. "
                           "Tile the map across pages instead.");
        }
        return;
    }
    if (m_options.fit != PosterFit::Tile && fitsOnOne) {
        m_scale = fit;
        return;
    }
    // Tiles at print size, each sharing `overlap` with its neighbours; a
    // map narrower (or lower) than the page at print size fills its width
    // (or height) instead, so that only one direction is cut.
    m_scale = PrintScale;
    if (bounds.width() * PrintScale <= m_content.width())
        m_scale = m_content.width() / bounds.width();
    else if (bounds.height() * PrintScale <= m_content.height())
        m_scale = m_content.height() / bounds.height();
    const double stepX = m_content.width() - m_overlap;
    const double stepY = m_content.height() - m_overlap;
    const auto tiles = [&](double scale, double extent, double step) {
        return std::max(1, int(std::ceil((extent * scale - m_overlap) / step - 1e-9)));
    };
    m_columns = tiles(m_scale, bounds.width(), stepX);
    m_rows = tiles(m_scale, bounds.height(), stepY);
    // A map a little too large for its tiles loses a row or column of pages
    // when shrinking it to fit them keeps the text at 6 pt or larger.
    const auto shrinkTo = [&](int count, double extent, double step) {
        return ((count - 1) * step + m_overlap) / extent;
    };
    if (m_columns > 1 &&
        shrinkTo(m_columns, bounds.width(), stepX) * smallest >= MinimumTextSize - 1e-9) {
        m_scale = shrinkTo(m_columns, bounds.width(), stepX);
        --m_columns;
        m_rows = tiles(m_scale, bounds.height(), stepY);
    }
    if (m_rows > 1 &&
        shrinkTo(m_rows, bounds.height(), stepY) * smallest >= MinimumTextSize - 1e-9) {
        m_scale = std::min(m_scale, shrinkTo(m_rows, bounds.height(), stepY));
        m_rows = tiles(m_scale, bounds.height(), stepY);
        m_columns = tiles(m_scale, bounds.width(), stepX);
    }
}

std::optional<QPageLayout> MapPoster::fittingPage(const MapLayout& layout,
                                                  const PosterOptions& options)
{
    const QPageSize::PageSizeId sizes[] = {QPageSize::Letter, QPageSize::A4, QPageSize::Tabloid,
                                           QPageSize::A3,     QPageSize::A2, QPageSize::A1,
                                           QPageSize::A0};
    if (layout.bounds.isEmpty())
        return std::nullopt;
    std::optional<QPageLayout> best;
    double bestArea = 0;
    for (QPageSize::PageSizeId id : sizes) {
        for (QPageLayout::Orientation orientation :
             {options.orientation, options.orientation == QPageLayout::Landscape
                                       ? QPageLayout::Portrait
                                       : QPageLayout::Landscape}) {
            PosterOptions trial = options;
            trial.pageSize = QPageSize(id);
            trial.orientation = orientation;
            trial.fit = PosterFit::Auto;
            const MapPoster poster(layout, MapTheme::lightTheme(), trial);
            if (poster.rows() * poster.columns() != 1 ||
                poster.smallestTextSize() < MinimumTextSize - 1e-9)
                continue;
            const QSizeF size = trial.pageSize.size(QPageSize::Point);
            const double area = size.width() * size.height();
            if (!best || area < bestArea - 1e-6) {
                best = pageOf(trial.pageSize, orientation, options.marginMm);
                bestArea = area;
            }
        }
    }
    return best;
}

double MapPoster::legendHeight(const QPageLayout& page) const
{
    if (m_legend.isEmpty())
        return 0;
    const double width = page.paintRect(QPageLayout::Point).width();
    return m_legend.height(width, LegendText) + 4;
}

QRectF MapPoster::contentRect(const QPageLayout& page, double legendHeight)
{
    const QRectF printable = page.paintRect(QPageLayout::Point);
    return printable.adjusted(0, HeaderHeight + MarkGap, 0,
                              -(FooterHeight + legendHeight + MarkGap));
}

QString MapPoster::pageLabel(int index) const
{
    if (m_rows * m_columns <= 1)
        return {};
    return tr("Row %1, column %2 of %3 × %4")
        .arg(index / m_columns + 1)
        .arg(index % m_columns + 1)
        .arg(m_rows)
        .arg(m_columns);
}

QString MapPoster::title() const
{
    if (m_options.project.isEmpty())
        return m_options.journey;
    return tr("%1 — %2").arg(m_options.journey, m_options.project);
}

void MapPoster::paintPage(QPainter& painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    const int row = index / m_columns;
    const int column = index % m_columns;
    const double stepX = m_content.width() - m_overlap;
    const double stepY = m_content.height() - m_overlap;
    // Where this page's window onto the map starts, in points of the
    // whole printed map; one page centres the map.
    QPointF origin(column * stepX, row * stepY);
    QPointF offset;
    if (m_rows * m_columns == 1) {
        offset = QPointF((m_content.width() - m_layout.bounds.width() * m_scale) / 2,
                         (m_content.height() - m_layout.bounds.height() * m_scale) / 2);
    }
    painter.save();
    painter.setClipRect(m_content);
    painter.translate(m_content.topLeft() + offset - origin);
    painter.scale(m_scale, m_scale);
    painter.translate(-m_layout.bounds.topLeft());
    const QRectF visible(m_layout.bounds.topLeft() + origin / m_scale, m_content.size() / m_scale);
    m_painter.paintMap(painter, m_layout, visible);
    painter.restore();
    paintFrame(painter, index);
    if (m_rows * m_columns > 1)
        paintMarks(painter, row, column);
}

void MapPoster::paintFrame(QPainter& painter, int index) const
{
    const QRectF printable = m_page.paintRect(QPageLayout::Point);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The header: what this is, for whom, and when.
    const QRectF header(printable.left(), printable.top(), printable.width(), HeaderHeight - 4);
    painter.setPen(frameText());
    painter.setFont(paperFont(11, true));
    const QFontMetricsF titleMetrics(painter.font());
    const QString label = pageLabel(index);
    const double labelWidth = label.isEmpty() ? 0 : 200;
    painter.drawText(QRectF(header.left(), header.top(), header.width() - labelWidth, 14),
                     Qt::AlignLeft | Qt::AlignTop,
                     titleMetrics.elidedText(title(), Qt::ElideRight, header.width() - labelWidth));
    QStringList facts;
    if (!m_options.client.isEmpty())
        facts << tr("Client: %1").arg(m_options.client);
    if (!m_options.persona.isEmpty())
        facts << tr("Persona: %1").arg(m_options.persona);
    if (m_options.date.isValid())
        facts << QLocale().toString(m_options.date, QLocale::LongFormat);
    painter.setFont(paperFont(8));
    painter.setPen(frameMuted());
    painter.drawText(QRectF(header.left(), header.top() + 15, header.width() - labelWidth, 11),
                     Qt::AlignLeft | Qt::AlignTop, facts.join(QStringLiteral("  ·  ")));
    if (!label.isEmpty()) {
        painter.setFont(paperFont(9, true));
        painter.setPen(frameText());
        painter.drawText(QRectF(header.right() - labelWidth, header.top(), labelWidth, 14),
                         Qt::AlignRight | Qt::AlignTop, label);
    }
    painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 0.6));
    painter.drawLine(QPointF(printable.left(), printable.top() + HeaderHeight - 2),
                     QPointF(printable.right(), printable.top() + HeaderHeight - 2));

    // The legend, then the footer.
    const double footerTop = printable.bottom() - FooterHeight;
    if (!m_legend.isEmpty()) {
        const double height = legendHeight(m_page) - 4;
        m_legend.paint(painter,
                       QRectF(printable.left(), footerTop - height - 2, printable.width(), height),
                       m_painter.theme(), LegendText);
    }
    painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 0.6));
    painter.drawLine(QPointF(printable.left(), footerTop + 1),
                     QPointF(printable.right(), footerTop + 1));
    painter.setFont(paperFont(7.5));
    painter.setPen(frameMuted());
    const QRectF footer(printable.left(), footerTop + 3, printable.width(), FooterHeight - 3);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, tr("Made with Journeyscope"));
    if (m_rows * m_columns > 1) {
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("To join the pages, cut along the black crop marks and lay each page "
                            "over its neighbour up to the blue dashed marks"));
    }
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    painter.restore();
}

void MapPoster::paintMarks(QPainter& painter, int row, int column) const
{
    // Crop marks at the corners of the map's window: cut along them, lay the
    // page over its neighbour up to the neighbour's overlap marks, and tape.
    const QRectF c = m_content;
    const double length = MarkGap - 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 0.4));
    for (const QPointF& corner : {c.topLeft(), c.topRight(), c.bottomLeft(), c.bottomRight()}) {
        const double dx = corner.x() == c.left() ? -1 : 1;
        const double dy = corner.y() == c.top() ? -1 : 1;
        painter.drawLine(corner + QPointF(0, dy * 1.5), corner + QPointF(0, dy * length));
        if (m_options.marginMm * MmToPoints > 4)
            painter.drawLine(
                corner + QPointF(dx * 1.5, 0),
                corner + QPointF(dx * std::min(length, m_options.marginMm * MmToPoints - 1), 0));
    }
    // Where the next page's edge goes: to the right and below.
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 0.6, Qt::DashLine));
    if (column + 1 < m_columns) {
        const double x = c.right() - m_overlap;
        painter.drawLine(QPointF(x, c.top() - length), QPointF(x, c.top() - 1.5));
        painter.drawLine(QPointF(x, c.bottom() + 1.5), QPointF(x, c.bottom() + length));
    }
    if (row + 1 < m_rows) {
        const double y = c.bottom() - m_overlap;
        painter.drawLine(QPointF(c.left() - length, y), QPointF(c.left() - 1.5, y));
        painter.drawLine(QPointF(c.right() + 1.5, y), QPointF(c.right() + length, y));
    }
    painter.restore();
}

} // namespace js
