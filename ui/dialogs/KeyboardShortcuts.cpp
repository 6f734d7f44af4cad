// Help > Keyboard shortcuts: every command of the menus with its keys, and
// the keys that work on the map.

#include "ui/dialogs/Dialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace js::dialogs {

namespace {

struct KeyboardShortcutsText {
    Q_DECLARE_TR_FUNCTIONS(js::KeyboardShortcuts)
};

QString plain(QString text)
{
    return text.remove(u'&').remove(QChar(0x2026)).trimmed();
}

// Keys of keyboards few people have (F13 and up) would only confuse.
bool commonKey(const QKeySequence& key)
{
    const int code = key[0].key();
    return !(code >= Qt::Key_F13 && code <= Qt::Key_F35);
}

void addMenu(QTreeWidget* tree, QMenu* menu, QTreeWidgetItem* parent, const QString& prefix)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu* sub = action->menu()) {
            addMenu(tree, sub, parent, plain(sub->title()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            if (commonKey(key))
                keys << key.toString(QKeySequence::NativeText);
        }
        if (keys.isEmpty())
            continue;
        // A command's lasting name (Undo's text changes with what it undoes);
        // in a submenu, its name with the submenu's ("Move to the left").
        QString name = action->property("commandName").toString();
        if (name.isEmpty())
            name = plain(action->text());
        if (!prefix.isEmpty())
            name = prefix + u' ' + name.left(1).toLower() + name.mid(1);
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, name);
        item->setText(1, keys.join(KeyboardShortcutsText::tr(" or ")));
    }
}

} // namespace

void showKeyboardShortcuts(QMainWindow* window)
{
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("keyboardShortcuts"));
    dialog.setWindowTitle(KeyboardShortcutsText::tr("Keyboard shortcuts"));
    auto* tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setColumnCount(2);
    tree->setHeaderLabels(
        {KeyboardShortcutsText::tr("Command"), KeyboardShortcutsText::tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::StrongFocus);
    for (QAction* top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        auto* group = new QTreeWidgetItem(tree, {top->text().remove(u'&')});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(tree, top->menu(), group, QString());
        if (group->childCount() == 0)
            delete group;
    }
    auto* map = new QTreeWidgetItem(tree, {KeyboardShortcutsText::tr("On the map")});
    QFont bold = map->font(0);
    bold.setBold(true);
    map->setFont(0, bold);
    map->setFirstColumnSpanned(true);
    const std::pair<const char*, const char*> mapKeys[] = {
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Type into the selected item"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Enter or F2")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "While typing: add the next item"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Enter")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "While typing a card: a new line"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Shift+Enter")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "While typing: the next or previous item"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Tab or Shift+Tab")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Stop typing, or clear the selection"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Escape")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Select the neighbouring touchpoint or card"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Arrow keys")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Add to or take from the selection"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Ctrl+click or Shift+click")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Select many"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Drag around them")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Zoom"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Ctrl+wheel")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Add a card or touchpoint in an empty cell"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Double-click")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Presentation: next or previous stage"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Right or Left arrow")},
        {QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Presentation: leave"),
         QT_TRANSLATE_NOOP("js::KeyboardShortcuts", "Escape")},
    };
    for (const auto& [what, keys] : mapKeys)
        new QTreeWidgetItem(map,
                            {KeyboardShortcutsText::tr(what), KeyboardShortcutsText::tr(keys)});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 620);
    QString answer;
    if (testing::answered(&answer)) {
        // Tests read the list as text, one "command: keys" line a row.
        QStringList rows;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem* group = tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                rows << group->child(i)->text(0) + QStringLiteral(": ") + group->child(i)->text(1);
        }
        testing::recordMessage(rows.join(u'\n'));
        return;
    }
    dialog.exec();
}

} // namespace js::dialogs
