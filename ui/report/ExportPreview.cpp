#include "ui/report/ExportPreview.h"

#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "core/render/MapPainter.h"
#include "ui/insights/ChartLook.h"
#include "ui/insights/InsightChart.h"

#include <QFontDatabase>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace js {

using exporting::ExportRequest;
using exporting::Format;

namespace {

constexpr double ScreenDpi = 96.0;
// The exporter refuses larger images (see Exporter.cpp); saying so here
// spares the user a failed export.
constexpr int Padding = 18;

bool sameRequest(const ExportRequest& a, const ExportRequest& b)
{
    return a.format == b.format && a.report == b.report && a.journeyId == b.journeyId &&
           a.roundId == b.roundId && a.chart == b.chart && a.table == b.table &&
           a.byteOrderMark == b.byteOrderMark && a.page == b.page && a.landscape == b.landscape &&
           a.marginMm == b.marginMm && a.fit == b.fit && a.dpi == b.dpi &&
           a.consultant == b.consultant;
}

QString pagesText(int pages)
{
    return pages == 1 ? ExportPreview::tr("1 page") : ExportPreview::tr("%1 pages").arg(pages);
}

} // namespace

// The paper on the desk: a page or picture centred on a grey ground with a
// soft shadow, or a message where it would be.
class PreviewCanvas : public QWidget {
public:
    explicit PreviewCanvas(QWidget* parent = nullptr)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("exportPreviewCanvas"));
        setMinimumSize(320, 260);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    void setImage(const QImage& image)
    {
        m_image = image;
        m_message.clear();
        update();
    }
    // A problem comes with a warning sign; a description without.
    void setMessage(const QString& message, bool problem)
    {
        m_image = QImage();
        m_message = message;
        m_problem = problem;
        update();
    }
    // The room for the picture, in device-independent pixels.
    QSize room() const { return size() - QSize(2 * Padding, 2 * Padding); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0xe4, 0xe6, 0xea));
        if (!m_image.isNull()) {
            const QSizeF size = m_image.deviceIndependentSize();
            const QRectF paper(
                QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
            painter.setRenderHint(QPainter::Antialiasing);
            for (int i = 1; i <= 4; ++i) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0, 0, 0, 14));
                painter.drawRoundedRect(paper.adjusted(-i + 1, -i + 2, i, i + 1), i, i);
            }
            painter.drawImage(paper.topLeft(), m_image);
            painter.setPen(QColor(0, 0, 0, 40));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(paper.adjusted(-0.5, -0.5, 0.5, 0.5));
            return;
        }
        if (m_message.isEmpty())
            return;
        QRect box = rect().adjusted(Padding * 3, Padding * 2, -Padding * 3, -Padding * 2);
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        painter.setFont(font);
        const QRect text = painter.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        if (m_problem) {
            constexpr int Icon = 40;
            const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            const int top = text.top() - (Icon + 12) / 2;
            icon.paint(&painter, QRect(width() / 2 - Icon / 2, top, Icon, Icon));
            box.translate(0, (Icon + 12) / 2);
        }
        painter.setPen(QColor(0x3c, 0x40, 0x48));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }

private:
    QImage m_image;
    QString m_message;
    bool m_problem = false;
};

ExportPreview::ExportPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exportPreview"));
    m_canvas = new PreviewCanvas;
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("exportPreviewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_text);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("exportPreviewCaption"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);

    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(100);
    connect(m_resizeTimer, &QTimer::timeout, this, &ExportPreview::paintPicture);
}

ExportPreview::~ExportPreview() = default;

QString ExportPreview::caption() const
{
    return m_caption->text();
}

QString ExportPreview::text() const
{
    return m_stack->currentWidget() == m_text ? m_text->toPlainText() : QString();
}

void ExportPreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_document || m_map || m_chart)
        m_resizeTimer->start();
}

void ExportPreview::clear()
{
    m_document.reset();
    m_map.reset();
    m_chart.reset();
    m_image = QImage();
    m_problem.clear();
    m_pages = 0;
    m_caption->clear();
    m_text->clear();
}

void ExportPreview::showProblem(const QString& problem)
{
    m_problem = problem;
    m_stack->setCurrentWidget(m_canvas);
    m_canvas->setMessage(problem, true);
}

void ExportPreview::showText(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('\n'))) // the end of the last line, not a line
        text.chop(1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList shown = lines.mid(0, TextLines);
    for (QString& line : shown) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (lines.size() > TextLines)
        shown << QStringLiteral("…");
    m_text->setPlainText(shown.join(QLatin1Char('\n')));
    m_stack->setCurrentWidget(m_text);
    m_caption->setText(lines.size() > TextLines
                           ? tr("The first %1 of %2 lines").arg(TextLines).arg(lines.size())
                           : (lines.size() == 1 ? tr("1 line") : tr("%1 lines").arg(lines.size())));
}

void ExportPreview::setRequest(const Project& project, const ExportRequest& request)
{
    if (m_last && sameRequest(*m_last, request))
        return;
    m_last = request;
    clear();
    const bool needsJourney = request.format == Format::Pdf || request.format == Format::Png ||
                              request.format == Format::Svg || request.format == Format::Mermaid;
    if (needsJourney && request.journeyId == NoId) {
        showProblem(tr("The project has no journey to export"));
        Q_EMIT updated();
        return;
    }
    switch (request.format) {
    case Format::Pdf:
        preparePdf(project, request);
        break;
    case Format::Png:
    case Format::Svg:
        if (!request.chart.isEmpty()) {
            prepareChart(project, request);
            break;
        }
        m_map = exporting::exportLayout(project, request);
        if (request.format == Format::Png) {
            const QSizeF size = m_map->bounds.size() * (request.dpi / ScreenDpi);
            if (const QString problem = exporting::imageProblem(m_map->bounds.size(), request.dpi);
                !problem.isEmpty()) {
                m_map.reset();
                showProblem(problem);
                break;
            }
            m_caption->setText(tr("%1 × %2 pixels at %3 dpi")
                                   .arg(qRound(size.width()))
                                   .arg(qRound(size.height()))
                                   .arg(request.dpi));
        } else {
            m_caption->setText(tr("A drawing that stays sharp at any size"));
        }
        paintPicture();
        break;
    case Format::Csv:
    case Format::Mermaid:
    case Format::Json: {
        QString message;
        if (const std::optional<QByteArray> bytes =
                exporting::textExport(project, request, &message)) {
            showText(*bytes);
            if (request.format == Format::Csv && request.byteOrderMark)
                m_caption->setText(tr("%1, with a byte-order mark for Excel").arg(caption()));
        } else {
            showProblem(message);
        }
        break;
    }
    case Format::Xlsx:
        m_stack->setCurrentWidget(m_canvas);
        m_canvas->setMessage(tr("One workbook with a sheet each for the ratings, the scores, the "
                                "weak spots, the actions and the metrics, ready to filter and "
                                "sort in Excel"),
                             false);
        break;
    }
    Q_EMIT updated();
}

void ExportPreview::preparePdf(const Project& project, const ExportRequest& request)
{
    QString message;
    m_document = exporting::pdfDocument(project, request, &message);
    if (!m_document) {
        showProblem(message.isEmpty() ? tr("There is nothing to export") : message);
        return;
    }
    m_pages = m_document->pageCount();
    const auto* poster = dynamic_cast<const MapPoster*>(m_document.get());
    if (poster && m_pages > 1) {
        const QString rows = poster->rows() == 1 ? tr("1 row") : tr("%1 rows").arg(poster->rows());
        const QString columns =
            poster->columns() == 1 ? tr("1 column") : tr("%1 columns").arg(poster->columns());
        m_caption->setText(tr("%1: %2 × %3").arg(pagesText(m_pages), rows, columns));
    } else {
        m_caption->setText(pagesText(m_pages));
    }
    paintPicture();
}

void ExportPreview::prepareChart(const Project& project, const ExportRequest& request)
{
    QString message;
    m_chart = exporting::exportChart(project, request, m_insights, &message);
    if (!m_chart) {
        showProblem(message);
        return;
    }
    // In whole pixels first, as the export sizes it.
    const QSize size = m_chart->preferredSize(ChartLook::light()).toSize();
    const QString filters = tr("the whole round, without the Insights tab's filters");
    if (request.format == Format::Png) {
        const double factor = request.dpi / ScreenDpi;
        m_caption->setText(tr("%1 × %2 pixels at %3 dpi; %4")
                               .arg(qRound(size.width() * factor))
                               .arg(qRound(size.height() * factor))
                               .arg(request.dpi)
                               .arg(filters));
    } else {
        m_caption->setText(tr("A drawing that stays sharp at any size; %1").arg(filters));
    }
    paintPicture();
}

void ExportPreview::paintPicture()
{
    const QSize room = m_canvas->room();
    if (room.isEmpty())
        return;
    const double ratio = devicePixelRatioF();
    m_stack->setCurrentWidget(m_canvas);
    if (m_document) {
        const QSizeF paper = m_document->pageLayout().fullRect(QPageLayout::Point).size();
        const double scale = std::min(room.width() / paper.width(), room.height() / paper.height());
        m_image = renderPage(*m_document, 0, 72.0 * scale * ratio);
    } else if (m_map || m_chart) {
        const QSizeF natural =
            m_map ? m_map->bounds.size() : m_chart->preferredSize(ChartLook::light());
        if (natural.isEmpty())
            return;
        const double scale =
            std::min(room.width() / natural.width(), room.height() / natural.height());
        const QSize pixels = (natural * scale * ratio).toSize().expandedTo(QSize(1, 1));
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_image.fill(Qt::white);
        QPainter painter(&m_image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        if (m_map) {
            MapPainter(MapTheme::lightTheme()).paint(painter, *m_map, QRectF(QPointF(), pixels));
        } else {
            painter.scale(scale * ratio, scale * ratio);
            m_chart->paint(painter, QRectF(QPointF(), natural), ChartLook::light());
        }
    } else {
        return;
    }
    m_image.setDevicePixelRatio(ratio);
    m_canvas->setImage(m_image);
}

} // namespace js
