#pragma once

// A shown main window on the demo project, with the map canvas at hand and
// the mouse and keys a test drives it with.
#include "WindowTest.h"
#include "core/io/MapClipboard.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/Navigator.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapInlineEditor.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>

namespace js::test {

class MapCanvasTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        window->resize(1600, 1000);
        settle();
        view()->setZoom(0.8);
        settle();
    }

    MapCanvas* canvas() const { return window->map(); }
    MapView* view() const { return canvas()->view(); }
    MapScene* scene() const { return canvas()->scene(); }
    SelectionModel* selection() const { return window->selectionModel(); }
    const Journey& journey() const { return *findJourney(project(), canvas()->journeyId()); }
    QUndoStack* undo() const { return document()->undoStack(); }

    // Where an item is on the screen, in the view's viewport.
    QPoint at(EntityKind kind, Id id, QPointF fraction = {0.5, 0.5}) const
    {
        scene()->flush();
        MapItem* item = scene()->itemFor(kind, id);
        EXPECT_TRUE(item);
        if (!item)
            return {};
        view()->ensureVisible({kind, id});
        const QRectF rect = item->mapRectToScene(item->boundingRect().adjusted(8, 8, -8, -8));
        return view()->mapFromScene(
            rect.topLeft() + QPointF(rect.width() * fraction.x(), rect.height() * fraction.y()));
    }
    QPoint atScene(const QPointF& point) const { return view()->mapFromScene(point); }

    void press(const QPoint& pos, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(view()->viewport(), Qt::LeftButton, modifiers, pos);
    }
    void moveTo(const QPoint& pos)
    {
        // In steps, with the button held, as a hand would.
        for (int step = 1; step <= 4; ++step) {
            const QPoint p = m_last + (pos - m_last) * step / 4;
            QMouseEvent move(QEvent::MouseMove, p, view()->viewport()->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view()->viewport(), &move);
        }
        m_last = pos;
    }
    void drag(const QPoint& from, const QPoint& to)
    {
        m_last = from;
        press(from);
        moveTo(from + QPoint(12, 12));
        moveTo(to);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        settle();
    }
    void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        QTest::keyClicks(focus, text);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        QTest::keyClick(focus, k, modifiers);
        settle();
    }
    MapInlineEditor* editor() const { return view()->editor(); }

    QPoint m_last;
};

} // namespace js::test
