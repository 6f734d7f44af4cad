#include "ui/insights/ChartExport.h"

#include "ui/insights/InsightChart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace js {

namespace {

const char* const Context = "js::ChartExport";

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate(Context, "Could not write %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QImage chartImage(const InsightChart& chart, const QSize& size, const ChartLook& look,
                  double pixelRatio)
{
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(look.background);
    QPainter painter(&image);
    chart.paint(painter, QRectF(QPointF(), QSizeF(size)), look);
    painter.end();
    return image;
}

QByteArray chartSvg(const InsightChart& chart, const QSize& size, const ChartLook& look)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setTitle(chart.title());
    svg.setDescription(QCoreApplication::translate(Context, "A chart made with Journeyscope"));
    QPainter painter(&svg);
    chart.paint(painter, QRectF(QPointF(), QSizeF(size)), look);
    painter.end();
    return buffer.data();
}

bool saveChartPng(const InsightChart& chart, const QString& path, const QSize& size,
                  const ChartLook& look, double pixelRatio, QString* error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!chartImage(chart, size, look, pixelRatio).save(&buffer, "PNG")) {
        if (error)
            *error = QCoreApplication::translate(Context, "Could not make the image.");
        return false;
    }
    return writeFile(path, bytes, error);
}

bool saveChartSvg(const InsightChart& chart, const QString& path, const QSize& size,
                  const ChartLook& look, QString* error)
{
    return writeFile(path, chartSvg(chart, size, look), error);
}

} // namespace js
