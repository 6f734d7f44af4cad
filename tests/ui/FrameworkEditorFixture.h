#pragma once

// A shown framework editor on a fresh copy of the demo project, with dialogs
// answered by the test.
#include "SampleProject.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/frameworks/CriterionTableModel.h"
#include "ui/frameworks/FrameworkEditor.h"

#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace js::test {

class FrameworkEditorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        open();
    }

    void open()
    {
        editor = std::make_unique<FrameworkEditor>(&document);
        editor->show();
        editor->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    }

    template <typename W> W* field(const char* name) const
    {
        W* widget = editor->findChild<W*>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }
    QTableView* table() const { return field<QTableView>("criterionTable"); }
    QListView* list() const { return field<QListView>("frameworkList"); }
    QAbstractItemModel* criteria() const { return table()->model(); }
    void click(const char* buttonName) const
    {
        QPushButton* b = field<QPushButton>(buttonName);
        ASSERT_TRUE(b->isEnabled()) << buttonName;
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void clickRow(int row) const
    {
        const QModelIndex index = criteria()->index(row, CriterionTableModel::NameColumn);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
    }
    QString rowName(int row) const
    {
        return criteria()->index(row, CriterionTableModel::NameColumn).data().toString();
    }

    const Project& project() const { return document.project(); }
    const Framework& trixie() const { return project().frameworks.at(0); }
    Id criterion(const char* key) const
    {
        for (const Criterion& c : trixie().criteria) {
            if (c.key == QLatin1String(key))
                return c.id;
        }
        return NoId;
    }
    QStringList names() const
    {
        QStringList list;
        for (const Criterion& c : trixie().criteria)
            list << c.name;
        return list;
    }
    QStringList tableNames() const
    {
        QStringList list;
        for (int row = 0; row < criteria()->rowCount(); ++row)
            list << rowName(row);
        return list;
    }
    int steps() { return document.undoStack()->count(); }
    void ctrlZ(QWidget* at, bool redo = false)
    {
        QTest::keyClick(at, Qt::Key_Z,
                        redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    }
    // Types into a field as a user does: clicking into it starts a sitting.
    static void toggle(QCheckBox* box)
    {
        // On the box itself: the widget may be wider than box and label.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    void typeInto(QLineEdit* edit, const QString& text)
    {
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    ProjectDocument document{unlockedDemo()};
    std::unique_ptr<FrameworkEditor> editor;
};

} // namespace js::test
