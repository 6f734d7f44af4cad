#include "ui/mainwindow/AboutBox.h"

#include <QApplication>
#include <QMessageBox>

namespace js {

QString aboutText()
{
    return QApplication::translate(
               "js::AboutBox",
               "<h3>Journeyscope %1</h3>"
               "<p>Customer journey maps and customer experience assessment: map the journey, "
               "rate every touchpoint against TRIXIE and the 5 Cs with the whole room, find the "
               "weak spots and plan what to fix.</p>"
               "<p>Everything stays on this computer, in one project file. Journeyscope never "
               "sends your clients' data anywhere.</p>"
               "<p>Built with Qt %2 and SQLite.<br>© 2026 the Journeyscope authors · "
               "<a href=\"%3\">%3</a></p>")
        .arg(QStringLiteral(JOURNEYSCOPE_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral("https://journeyscope.example"));
}

void showAboutBox(QWidget* parent)
{
    QMessageBox::about(parent, QApplication::translate("js::AboutBox", "About Journeyscope"),
                       aboutText());
}

} // namespace js
