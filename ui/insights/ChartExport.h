#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace js {

class InsightChart;
struct ChartLook;

// A chart as an image, at a size in the look's pixels and a device pixel
// ratio (2 gives a sharp image for slides).
QImage chartImage(const InsightChart& chart, const QSize& size, const ChartLook& look,
                  double pixelRatio = 1.0);

// Writes a chart as PNG or SVG through a temporary file, so that a failed
// write (a full disk, a folder without write access) leaves what was there;
// false with a message in the user's language when it fails.
bool saveChartPng(const InsightChart& chart, const QString& path, const QSize& size,
                  const ChartLook& look, double pixelRatio, QString* error);
bool saveChartSvg(const InsightChart& chart, const QString& path, const QSize& size,
                  const ChartLook& look, QString* error);
// The SVG document of a chart.
QByteArray chartSvg(const InsightChart& chart, const QSize& size, const ChartLook& look);

} // namespace js
