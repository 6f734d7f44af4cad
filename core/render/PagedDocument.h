#pragma once

#include "core/io/Progress.h"

#include <QImage>
#include <QPageLayout>
#include <QString>

class QIODevice;
class QPainter;

namespace js {

// A document laid out into pages before anything is painted: the map
// poster and the assessment report. The same page paints into a PDF and
// into a preview image.
class PagedDocument {
public:
    virtual ~PagedDocument() = default;

    // The size, orientation and margins of every page.
    virtual QPageLayout pageLayout() const = 0;
    virtual int pageCount() const = 0;
    // Paints page `index` (from 0). The painter works in points (1/72 inch)
    // with the origin at the top left corner of the paper, margins included.
    // Fonts take pixel sizes, which are points here: a point size would be
    // converted by the device's resolution and come out wrong.
    virtual void paintPage(QPainter& painter, int index) const = 0;
    // The PDF's title in its document information.
    virtual QString title() const = 0;
};

enum class PdfResult { Written, Cancelled, Failed };

// Writes every page as a vector PDF (text stays text, fonts embedded) into
// an open device, telling `progress` after each page.
PdfResult writePdf(const PagedDocument& document, QIODevice& device,
                   const ProgressFn& progress = {});

// One page as an image at `dpi`, on white paper: the export dialog's preview.
QImage renderPage(const PagedDocument& document, int index, double dpi);

} // namespace js
