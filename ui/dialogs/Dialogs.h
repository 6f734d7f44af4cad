#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QMainWindow;
class QWidget;

namespace js::dialogs {

// Every file and message dialog of the application goes through here, so that
// a test can answer them in advance instead of a person.

QString openFile(QWidget* parent, const QString& title, const QString& filter);
QString saveFile(QWidget* parent, const QString& title, const QString& filter,
                 const QString& suggestion);
void warn(QWidget* parent, const QString& title, const QString& text);
void inform(QWidget* parent, const QString& title, const QString& text);
// Yes/no question; returns true for yes.
bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yes);
// A question with several answers and Cancel; returns the index of the
// answer chosen, or -1 for Cancel.
int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& answers);

// A line of text; nullopt for Cancel. Tests answer with the text ("cancel"
// cancels).
std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                               const QString& suggestion);
// A number from min to max with the given decimals; nullopt for Cancel. Tests
// answer with the number in C notation ("4.5"), or "cancel".
std::optional<double> askNumber(QWidget* parent, const QString& title, const QString& label,
                                double value, double min, double max, int decimals);
// Help > Keyboard shortcuts: every menu command with its keys, and the keys of
// the map canvas.
void showKeyboardShortcuts(QMainWindow* window);

namespace testing {
// Takes the next queued answer when tests answer dialogs; false otherwise
// (for dialogs built elsewhere that follow the same rule).
bool answered(QString* answer);
// Queued answers, used in order: a path for file dialogs ("" cancels),
// "yes"/"no" for questions, an answer's text (or "cancel") for choices. Messages shown instead are
// recorded.
void queueAnswer(const QString& answer);
QStringList takeMessages();
void recordMessage(const QString& text);
void reset();
} // namespace testing

} // namespace js::dialogs
