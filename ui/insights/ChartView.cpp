#include "ui/insights/ChartView.h"

#include "ui/dialogs/Dialogs.h"
#include "ui/insights/ChartExport.h"
#include "ui/insights/InsightChart.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolTip>

#include <algorithm>

namespace js {

ChartView::ChartView(std::unique_ptr<InsightChart> chart, SelectionModel* selection,
                     QWidget* parent)
    : QWidget(parent)
    , m_chart(std::move(chart))
    , m_selection(selection)
{
    setObjectName(m_chart->key());
    setAccessibleName(m_chart->title());
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    // Never squeezed below the height it reads at: the dashboard scrolls instead.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

ChartView::~ChartView() = default;

ChartLook ChartView::look() const
{
    return ChartLook::forPalette(palette());
}

void ChartView::chartChanged()
{
    updateGeometry();
    update();
}

QSize ChartView::sizeHint() const
{
    return m_chart->preferredSize(look()).toSize();
}

QSize ChartView::minimumSizeHint() const
{
    const QSize preferred = sizeHint();
    return {std::min(preferred.width(), 320), std::min(preferred.height(), 240)};
}

void ChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_chart->paint(painter, QRectF(rect()), look());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    const Id touchpoint = m_chart->touchpointAt(event->position(), QRectF(rect()), look());
    if (touchpoint != NoId && m_selection)
        m_selection->select({EntityKind::Touchpoint, touchpoint});
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    const bool over = m_chart->touchpointAt(event->position(), QRectF(rect()), look()) != NoId;
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool ChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_chart->toolTipAt(help->pos(), QRectF(rect()), look());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyImage();
        return;
    }
    // Up and down (or left and right) step the window's selection through the
    // touchpoints the chart shows, in map order.
    const bool back = event->key() == Qt::Key_Up || event->key() == Qt::Key_Left;
    const bool on = event->key() == Qt::Key_Down || event->key() == Qt::Key_Right;
    const analysis::Insights* data = m_chart->insights();
    if ((back || on) && event->modifiers() == Qt::NoModifier && data && m_selection &&
        !data->touchpoints.empty()) {
        const auto& touchpoints = data->touchpoints;
        const auto at = std::find_if(touchpoints.begin(), touchpoints.end(), [this](const auto& t) {
            return t.id == m_chart->selectedTouchpoint();
        });
        long index = at == touchpoints.end() ? (back ? long(touchpoints.size()) : -1)
                                             : long(at - touchpoints.begin());
        index = std::clamp(index + (back ? -1 : 1), 0L, long(touchpoints.size()) - 1);
        m_selection->select({EntityKind::Touchpoint, touchpoints[size_t(index)].id});
        Q_EMIT steppedTo(touchpoints[size_t(index)].id);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("Copy as image"), this, &ChartView::copyImage);
    copy->setShortcut(QKeySequence::Copy);
    menu.addSeparator();
    menu.addAction(tr("Save as PNG…"), this, &ChartView::savePng);
    menu.addAction(tr("Save as SVG…"), this, &ChartView::saveSvg);
    menu.exec(event->globalPos());
}

namespace {

// A chart handed on (copied, saved) shows no selection: the ring is for the
// screen, not for the client's slide.
class WithoutSelection {
public:
    explicit WithoutSelection(InsightChart& chart)
        : m_chart(chart)
        , m_selected(chart.selectedTouchpoint())
    {
        m_chart.setSelectedTouchpoint(NoId);
    }
    ~WithoutSelection() { m_chart.setSelectedTouchpoint(m_selected); }
    WithoutSelection(const WithoutSelection&) = delete;
    WithoutSelection& operator=(const WithoutSelection&) = delete;

private:
    InsightChart& m_chart;
    Id m_selected;
};

} // namespace

void ChartView::copyImage()
{
    const WithoutSelection plain(*m_chart);
    // Twice the pixels, so that the chart stays sharp on a slide.
    QApplication::clipboard()->setImage(chartImage(*m_chart, size(), look(), 2.0));
}

QString ChartView::suggestedName(const QString& suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // "Follow-up workshop - heatmap.png": which round, which chart.
    QString name = m_chart->key();
    if (m_chart->insights() && !m_chart->insights()->roundName.isEmpty())
        name = m_chart->insights()->roundName + QStringLiteral(" - ") + name;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void ChartView::savePng()
{
    const QString path = dialogs::saveFile(this, tr("Save chart as PNG"), tr("PNG image (*.png)"),
                                           suggestedName(QStringLiteral("png")));
    if (path.isEmpty())
        return;
    QString error;
    const WithoutSelection plain(*m_chart);
    if (!saveChartPng(*m_chart, path, size(), look(), 2.0, &error))
        dialogs::warn(this, tr("Save chart"), error);
}

void ChartView::saveSvg()
{
    const QString path = dialogs::saveFile(this, tr("Save chart as SVG"), tr("SVG image (*.svg)"),
                                           suggestedName(QStringLiteral("svg")));
    if (path.isEmpty())
        return;
    QString error;
    const WithoutSelection plain(*m_chart);
    if (!saveChartSvg(*m_chart, path, size(), look(), &error))
        dialogs::warn(this, tr("Save chart"), error);
}

} // namespace js
