#include "ui/insights/ChartLook.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPalette>

namespace js {

namespace {

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

void setFonts(ChartLook& look)
{
    look.titleFont = pixelFont(16, true);
    look.labelFont = pixelFont(13);
    look.smallFont = pixelFont(11);
    look.valueFont = pixelFont(12, true);
}

} // namespace

ChartLook ChartLook::light()
{
    ChartLook look;
    look.dark = false;
    look.background = QColor(0xffffff);
    look.plotBackground = QColor(0xffffff);
    look.text = QColor(0x1f2933);
    look.mutedText = QColor(0x5f6b7a);
    look.grid = QColor(0xdde2e9);
    look.axis = QColor(0x9aa5b1);
    look.selection = QColor(0x2f6fec);
    look.round = QColor(0x0072b2);
    look.compare = QColor(0xcc79a7);
    look.target = QColor(0x3d4652);
    look.better = QColor(0x0072b2);
    look.worse = QColor(0xc75300);
    look.emotion = QColor(0x009e73);
    look.heat = HeatScale(false);
    setFonts(look);
    return look;
}

ChartLook ChartLook::darkLook()
{
    ChartLook look;
    look.dark = true;
    look.background = QColor(0x1f2124);
    look.plotBackground = QColor(0x1f2124);
    look.text = QColor(0xe8eaed);
    look.mutedText = QColor(0xa3acb7);
    look.grid = QColor(0x3a3f47);
    look.axis = QColor(0x6b7480);
    look.selection = QColor(0x6ea1ff);
    look.round = QColor(0x56b4e9);
    look.compare = QColor(0xe59cc4);
    look.target = QColor(0xd5dae1);
    look.better = QColor(0x56b4e9);
    look.worse = QColor(0xf0a24a);
    look.emotion = QColor(0x3fcf9f);
    look.heat = HeatScale(true);
    setFonts(look);
    return look;
}

ChartLook ChartLook::forPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    ChartLook look = dark ? darkLook() : light();
    look.background = palette.color(QPalette::Base);
    look.plotBackground = look.background;
    look.selection = palette.color(QPalette::Highlight);
    return look;
}

bool ChartLook::sameAs(const ChartLook& o) const
{
    return dark == o.dark && background == o.background && plotBackground == o.plotBackground &&
           text == o.text && mutedText == o.mutedText && grid == o.grid && axis == o.axis &&
           selection == o.selection && round == o.round && compare == o.compare &&
           target == o.target && better == o.better && worse == o.worse && emotion == o.emotion &&
           titleFont == o.titleFont && labelFont == o.labelFont && smallFont == o.smallFont &&
           valueFont == o.valueFont;
}

double ChartLook::titleHeight() const
{
    return QFontMetricsF(titleFont).height() + margin();
}

} // namespace js
