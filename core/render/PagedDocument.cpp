#include "core/render/PagedDocument.h"

#include <QPainter>
#include <QPdfWriter>

namespace js {

namespace {

constexpr int PdfResolution = 1200; // dots per inch in the PDF's own units

} // namespace

PdfResult writePdf(const PagedDocument& document, QIODevice& device, const ProgressFn& progress)
{
    QPdfWriter writer(&device);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(document.pageLayout());
    writer.setTitle(document.title());
    writer.setCreator(QStringLiteral("Journeyscope"));
    QPainter painter;
    if (!painter.begin(&writer))
        return PdfResult::Failed;
    const int count = document.pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return PdfResult::Failed;
        }
        painter.save();
        // QPdfWriter's origin is the corner of the printable area; pages are
        // painted from the corner of the paper.
        const QRectF paint = document.pageLayout().paintRect(QPageLayout::Point);
        painter.scale(PdfResolution / 72.0, PdfResolution / 72.0);
        painter.translate(-paint.topLeft());
        document.paintPage(painter, page);
        painter.restore();
        if (progress && !progress(page + 1, count)) {
            painter.end();
            return PdfResult::Cancelled;
        }
    }
    return painter.end() ? PdfResult::Written : PdfResult::Failed;
}

QImage renderPage(const PagedDocument& document, int index, double dpi)
{
    const QRectF paper = document.pageLayout().fullRect(QPageLayout::Point);
    const double factor = dpi / 72.0;
    QImage image(qMax(1, qRound(paper.width() * factor)), qMax(1, qRound(paper.height() * factor)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(factor, factor);
    document.paintPage(painter, index);
    return image;
}

} // namespace js
