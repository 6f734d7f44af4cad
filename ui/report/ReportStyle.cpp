#include "ui/report/ReportStyle.h"

#include "core/render/PaperFont.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace js::report {

namespace {

constexpr double A4Area = 595.0 * 842.0; // in square points

QFont pixelFont(double points, double scale, bool bold = false)
{
    QFont font = QGuiApplication::font();
    // Pixel sizes are whole numbers; rounding a scaled size keeps the steps
    // between the sizes, which is what the eye compares.
    font.setPixelSize(std::max(1, int(std::lround(points * scale))));
    font.setBold(bold);
    // Outlines as designed: hinting to a screen's grid has no meaning on paper
    // and would make the measured and the printed widths differ.
    font.setHintingPreference(QFont::PreferNoHinting);
    preferPlainGlyphs(font);
    return font;
}

} // namespace

ReportStyle ReportStyle::forPaper(const QSizeF& paper)
{
    ReportStyle style;
    style.scale = std::clamp(std::sqrt(paper.width() * paper.height() / A4Area), 0.85, 1.5);
    const double s = style.scale;
    style.coverTitle = pixelFont(32, s, true);
    style.coverSubtitle = pixelFont(15, s);
    style.heading1 = pixelFont(19, s, true);
    style.heading2 = pixelFont(13, s, true);
    style.body = pixelFont(10, s);
    style.bodyBold = pixelFont(10, s, true);
    style.small = pixelFont(8, s);
    style.smallBold = pixelFont(8, s, true);
    style.figure = pixelFont(21, s, true);

    style.ink = QColor(0x1f2933);
    style.muted = QColor(0x5f6b7a);
    style.accent = QColor(0x1d3d5c);
    style.accentText = QColor(0xffffff);
    style.accentSoft = QColor(0xe8eef5);
    style.rule = QColor(0xc9d2dc);
    style.stripe = QColor(0xf4f6f9);
    style.better = QColor(0x0072b2);
    style.worse = QColor(0xb34700);
    style.heat = HeatScale(false);

    style.paragraphGap *= s;
    style.headingGap1 *= s;
    style.headingGap2 *= s;
    style.blockGap *= s;
    style.cellPadding *= s;
    style.headerBand *= s;
    style.footerBand *= s;
    return style;
}

} // namespace js::report
