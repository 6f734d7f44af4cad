#include "ui/dialogs/ProjectorWindow.h"

#include <QDialog>
#include <QKeySequence>
#include <QPalette>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace js {

QDialog* openProjectorWindow(QWidget* view, const QString& title, const QString& objectName,
                             QWidget* parent)
{
    auto* window = new QDialog(parent, Qt::Window);
    window->setObjectName(objectName);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto* layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    auto* fullScreen = new QShortcut(QKeySequence(Qt::Key_F11), window);
    QObject::connect(fullScreen, &QShortcut::activated, window, [window] {
        if (window->isFullScreen())
            window->showNormal();
        else
            window->showFullScreen();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    QObject::connect(escape, &QShortcut::activated, window, [window] {
        if (window->isFullScreen())
            window->showNormal();
        else
            window->close();
    });
    window->resize(1280, 720);
    window->show();
    return window;
}

void setUnitFont(QWidget* widget, int unit, double factor, bool bold)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(9, int(std::lround(unit * factor))));
    font.setBold(bold);
    widget->setFont(font);
}

void setTextColour(QWidget* widget, const QColor& colour)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, colour);
    p.setColor(QPalette::ButtonText, colour);
    widget->setPalette(p);
}

QColor fadedText(const QPalette& palette, double amount)
{
    const QColor a = palette.color(QPalette::WindowText);
    const QColor b = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace js
