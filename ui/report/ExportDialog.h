#pragma once

#include "core/model/Id.h"
#include "ui/report/ExportSettings.h"
#include "ui/report/Exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace js {

class ExportPreview;
class ProjectDocument;

// File > Export…: what to export (the map as a poster, image or drawing, the
// report, a chart, a table, the workbook, the Mermaid diagram, the project's
// data), the options that apply to it, and a preview of the result. The
// choices are remembered per project. Export… asks for the file and writes
// it with a progress bar that can cancel; a cancelled or failed export leaves
// nothing behind.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // What can be exported, in the order of the list.
    enum class Kind { Poster, Report, MapImage, MapDrawing, Chart, Table, Workbook, Mermaid, Json };

    // `journey` and `round` are the window's, used unless the project's
    // remembered ones still exist; NoId: the first journey, its latest round.
    ExportDialog(ProjectDocument* document, const QString& projectKey, Id journey, Id round,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The export as the options now describe it.
    exporting::ExportRequest request() const;
    Kind kind() const;
    ExportPreview* preview() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }

    // Asks for the file and writes it; closes the dialog when it is written.
    void exportFile();

    // Whether the preview waits for its timer; updatePreviewNow() runs it.
    bool isPreviewPending() const;
    void updatePreviewNow();

    // Tests: the export's progress is cancelled as soon as this many pages
    // are written (0: never), as if the user pressed Cancel.
    void setCancelAfterPagesForTesting(int pages) { m_cancelAfterPages = pages; }

    // Remembers the choices for the next export of the project.
    void done(int result) override;

Q_SIGNALS:
    // A file was written.
    void exported(const QString& path);

private:
    void buildForm(QFormLayout* form);
    void fillJourneys();
    void fillRounds();
    void applySettings(const ExportSettings& settings, Id journey, Id round);
    ExportSettings currentSettings() const;
    // Shows the options that apply to the chosen export and hides the rest.
    void updateRows();
    // The poster and the report each keep their own paper: switching between
    // them swaps what the page, orientation and margin fields show.
    struct Paper {
        int page = -1;
        bool landscape = true;
        double marginMm = 10.0;
    };
    Paper shownPaper() const;
    void showPaper(const Paper& paper);
    void followPaperToKind();
    void schedulePreview();
    void previewUpdated();
    QString suggestedName() const;
    QString fileFilter() const;

    ProjectDocument* m_document;
    QString m_projectKey;
    QString m_folder;
    int m_cancelAfterPages = 0;

    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    bool m_paperForReport = false; // whose paper the fields show
    Paper m_otherPaper;            // the paper of the other one
    QWidget* m_chartRow = nullptr;
    QComboBox* m_chart = nullptr;
    QComboBox* m_chartFormat = nullptr;
    QComboBox* m_table = nullptr;
    QComboBox* m_journey = nullptr;
    QComboBox* m_round = nullptr;
    QWidget* m_separator = nullptr;
    QComboBox* m_page = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_fit = nullptr;
    QWidget* m_fitRow = nullptr; // the box and what its choice means
    QLabel* m_fitHint = nullptr;
    QDoubleSpinBox* m_margins = nullptr;
    QSpinBox* m_dpi = nullptr;
    QCheckBox* m_byteOrderMark = nullptr;
    QWidget* m_consultantRow = nullptr;
    QLineEdit* m_consultant = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    ExportPreview* m_preview = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace js
