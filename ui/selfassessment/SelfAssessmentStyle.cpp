#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace js::selfassessment {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

constexpr const char* fontFactorProperty = "jsFontFactor";
constexpr const char* fontBoldProperty = "jsFontBold";
constexpr const char* widthProperty = "jsScaledWidth";
constexpr const char* fixedWidthProperty = "jsFixedWidth";

QFont zoomedFont(const QWidget* widget, double zoom)
{
    const QVariant factor = widget->property(fontFactorProperty);
    return scaledFont(QApplication::font(), factor.isValid() ? factor.toDouble() * zoom : zoom,
                      widget->property(fontBoldProperty).toBool());
}

void applyWidth(QWidget* widget, double zoom)
{
    const int width = int(std::lround(widget->property(widthProperty).toInt() * zoom));
    if (widget->property(fixedWidthProperty).toBool())
        widget->setFixedWidth(width);
    else
        widget->setMaximumWidth(width);
}

} // namespace

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(std::lround(font.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

void setFontFactor(QWidget* widget, double factor, bool bold)
{
    widget->setProperty(fontFactorProperty, factor);
    widget->setProperty(fontBoldProperty, bold);
    widget->setFont(zoomedFont(widget, 1.0));
}

void setScaledWidth(QWidget* widget, int width, bool fixed)
{
    widget->setProperty(widthProperty, width);
    widget->setProperty(fixedWidthProperty, fixed);
    applyWidth(widget, 1.0);
}

double zoomFor(const QSize& size)
{
    const double zoom = std::min(size.width() / 1280.0, size.height() / 760.0);
    return std::clamp(1.0 + (zoom - 1.0) * 0.8, 1.0, 1.35);
}

void applyZoom(QWidget* root, double zoom)
{
    // Every widget gets its font set, not only the marked ones: those under
    // a style sheet (the cards) do not inherit their parent's.
    root->setFont(scaledFont(QApplication::font(), zoom));
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const QFont font = zoomedFont(widget, zoom);
        if (widget->font() != font)
            widget->setFont(font);
        if (widget->property(widthProperty).isValid())
            applyWidth(widget, zoom);
    }
}

QLabel* makeLabel(const QString& text, double factor, bool bold, const QString& objectName)
{
    auto* label = new QLabel(text);
    setFontFactor(label, factor, bold);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

void setMuted(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

QFrame* makeCard(const QString& objectName)
{
    auto* card = new QFrame;
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::NoFrame);
    card->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid "
                                       "palette(mid); border-radius: 8px; }")
                            .arg(objectName));
    return card;
}

QWidget* centred(QWidget* content, int maxWidth)
{
    auto* holder = new QWidget;
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    setScaledWidth(content, maxWidth, false);
    layout->addStretch(1);
    layout->addWidget(content, 100);
    layout->addStretch(1);
    return holder;
}

QString scoreAnchor(int score)
{
    switch (score) {
    case 1:
        return QApplication::translate("js::selfassessment", "Very poor");
    case 2:
        return QApplication::translate("js::selfassessment", "Poor");
    case 3:
        return QApplication::translate("js::selfassessment", "Fair");
    case 4:
        return QApplication::translate("js::selfassessment", "Good");
    case 5:
        return QApplication::translate("js::selfassessment", "Excellent");
    default:
        return {};
    }
}

QColor upColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x5f, 0xb4);
}

QColor downColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xa6, 0x57) : QColor(0xb3, 0x4d, 0x00);
}

} // namespace js::selfassessment
