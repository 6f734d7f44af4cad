#pragma once

#include "core/analysis/Insights.h"
#include "core/render/MapLayout.h"
#include "ui/report/Exporter.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;

namespace js {

class InsightChart;
class PreviewCanvas;

// The right half of File > Export: what the chosen export will hold. The
// first page of a PDF with its page count and tiles, the map or chart of an
// image, the first lines of a text file; or why it cannot be exported.
// Computes only when given a request that differs from the last one in
// something the export depends on; a resize only paints again.
class ExportPreview : public QWidget {
    Q_OBJECT

public:
    explicit ExportPreview(QWidget* parent = nullptr);
    ~ExportPreview() override;

    void setRequest(const Project& project, const exporting::ExportRequest& request);

    // Why the request cannot be exported, in the user's words; empty when
    // it can.
    const QString& problem() const { return m_problem; }
    int pageCount() const { return m_pages; }
    QString caption() const;
    // What the canvas shows, for the tests: the page or picture painted last.
    const QImage& image() const { return m_image; }
    QString text() const;

    // The lines of a text export shown at most.
    static constexpr int TextLines = 60;

Q_SIGNALS:
    // New contents, or a new problem.
    void updated();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clear();
    void showProblem(const QString& problem);
    void showText(const QByteArray& bytes);
    void preparePdf(const Project& project, const exporting::ExportRequest& request);
    void prepareChart(const Project& project, const exporting::ExportRequest& request);
    // Paints the page, map or chart at the canvas's size.
    void paintPicture();

    QStackedWidget* m_stack = nullptr;
    PreviewCanvas* m_canvas = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_caption = nullptr;
    QTimer* m_resizeTimer = nullptr;

    std::optional<exporting::ExportRequest> m_last; // what is shown, for skipping repeats
    std::unique_ptr<PagedDocument> m_document;
    std::optional<MapLayout> m_map;
    analysis::Insights m_insights;
    std::unique_ptr<InsightChart> m_chart;
    QImage m_image;
    QString m_problem;
    int m_pages = 0;
};

} // namespace js
