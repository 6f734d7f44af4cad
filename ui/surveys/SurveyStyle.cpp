#include "ui/surveys/SurveyStyle.h"

#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace js::surveystyle {

void makeQuiet(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

void makeProblem(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setMargin(8);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x2b, 0x29) : QColor(0xfd, 0xec, 0xea));
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0xdd, 0xd8) : QColor(0x8a, 0x1c, 0x12));
    label->setPalette(palette);
}

void makeHeading(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
}

QIcon cautionIcon(const QWidget* widget)
{
    return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

QString counted(qsizetype count, const QString& one, const QString& many)
{
    return count == 1 ? one : many.arg(QLocale().toString(qlonglong(count)));
}

} // namespace js::surveystyle
