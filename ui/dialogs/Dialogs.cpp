#include "ui/dialogs/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <deque>

namespace js::dialogs {

namespace {

struct TestHooks {
    bool active = false;
    std::deque<QString> answers;
    QStringList messages;
};

TestHooks& hooks()
{
    static TestHooks instance;
    return instance;
}

} // namespace

namespace testing {

bool answered(QString* answer)
{
    TestHooks& h = hooks();
    if (!h.active)
        return false;
    *answer = h.answers.empty() ? QString() : h.answers.front();
    if (!h.answers.empty())
        h.answers.pop_front();
    return true;
}

} // namespace testing

using testing::answered;

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                               const QString& suggestion)
{
    QString answer;
    if (answered(&answer)) {
        if (answer == QStringLiteral("cancel"))
            return std::nullopt;
        return answer;
    }
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<double> askNumber(QWidget* parent, const QString& title, const QString& label,
                                double value, double min, double max, int decimals)
{
    QString answer;
    if (answered(&answer)) {
        bool ok = false;
        const double number = answer.toDouble(&ok);
        if (!ok || number < min || number > max)
            return std::nullopt;
        return number;
    }
    bool ok = false;
    const double number =
        QInputDialog::getDouble(parent, title, label, value, min, max, decimals, &ok, {}, 0.5);
    if (!ok)
        return std::nullopt;
    return number;
}

QString openFile(QWidget* parent, const QString& title, const QString& filter)
{
    QString answer;
    if (answered(&answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFile(QWidget* parent, const QString& title, const QString& filter,
                 const QString& suggestion)
{
    QString answer;
    if (answered(&answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter);
}

void warn(QWidget* parent, const QString& title, const QString& text)
{
    if (hooks().active) {
        hooks().messages << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void inform(QWidget* parent, const QString& title, const QString& text)
{
    if (hooks().active) {
        hooks().messages << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    QString answer;
    if (answered(&answer)) {
        hooks().messages << text;
        return answer == u"yes";
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& answers)
{
    QString answer;
    if (answered(&answer)) {
        hooks().messages << text;
        return int(answers.indexOf(answer));
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& label : answers)
        buttons << box.addButton(label, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.front()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

namespace testing {

void queueAnswer(const QString& answer)
{
    hooks().active = true;
    hooks().answers.push_back(answer);
}

void recordMessage(const QString& text)
{
    hooks().messages << text;
}

QStringList takeMessages()
{
    QStringList messages = hooks().messages;
    hooks().messages.clear();
    return messages;
}

void reset()
{
    hooks().active = true;
    hooks().answers.clear();
    hooks().messages.clear();
}

} // namespace testing

} // namespace js::dialogs
