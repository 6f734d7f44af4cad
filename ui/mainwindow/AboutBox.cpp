#include "ui/mainwindow/AboutBox.h"

#include <QApplication>
#include <QMessageBox>

namespace js {

void showAboutBox(QWidget* parent)
{
    const QString text =
        QApplication::translate("js::AboutBox",
                                "<h3>Journeyscope %1</h3>"
                                "<p>Customer journey maps and customer experience assessment: "
                                "map the journey, rate every touchpoint against TRIXIE and the "
                                "5 Cs with the whole room, find the weak spots and plan what to "
                                "fix.</p>"
                                "<p>Everything stays on this computer, in one project file.</p>")
            .arg(QApplication::applicationVersion());
    QMessageBox::about(parent, QApplication::translate("js::AboutBox", "About Journeyscope"), text);
}

} // namespace js
