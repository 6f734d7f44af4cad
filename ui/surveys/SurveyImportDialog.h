#pragma once

#include "core/analysis/SurveyMetrics.h"
#include "core/io/SurveyCsv.h"
#include "core/io/SurveyImport.h"
#include "core/model/Id.h"
#include "ui/surveys/SurveyColumnsPage.h"

#include <QByteArray>
#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace js {

class ProjectDocument;
class SurveyFormatPage;
class SurveyMatchingPage;
class SurveyProblemsPage;
class SurveyResultPage;

// File > Import survey responses: a survey export (CSV) read into NPS, CSAT
// and CES metrics of one journey's touchpoints, step by step: how the file is
// written, which columns hold what, the answers off the scale, which
// touchpoint each name is, and the figures. Nothing changes until Import;
// then the metrics go in as one undo step, replacing those of an earlier
// import of the same file.
class SurveyImportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Step { Format, Columns, Problems, Matching, Result };

    SurveyImportDialog(ProjectDocument* document, Id journey, QWidget* parent = nullptr);
    ~SurveyImportDialog() override;

    // Reads the file. False, with why in `error`, when it cannot be read or
    // is no text at all (empty, binary): then the dialog is not to be shown.
    bool load(const QString& path, QString* error);
    bool loadBytes(const QByteArray& bytes, const QString& fileName, QString* error);

    Step step() const { return m_step; }
    // Whether Next (or Import, on the last step) can be pressed.
    bool canGoOn() const;
    void next();
    void back();
    // Imports (on the last step) and closes.
    void finish();

    const survey::SurveyTable& table() const { return m_table; }
    const survey::SurveyFigures& figures() const { return m_figures; }
    QString source() const { return m_source; }
    survey::ImportOutcome outcome() const { return m_outcome; }
    SurveyFormatPage* formatPage() const { return m_formatPage; }
    SurveyColumnsPage* columnsPage() const { return m_columnsPage; }
    SurveyProblemsPage* problemsPage() const { return m_problemsPage; }
    SurveyMatchingPage* matchingPage() const { return m_matchingPage; }
    SurveyResultPage* resultPage() const { return m_resultPage; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* importButton() const { return m_import; }

signals:
    void imported(const survey::ImportOutcome& outcome, const QString& source);

private:
    void readTable(const survey::CsvFormat& format);
    void showStep(Step step);
    void prepareColumns();
    void prepareFigures();
    void prepareMatching();
    void prepareResult();
    void updateButtons();
    int earlierFigures() const;

    ProjectDocument* m_document = nullptr;
    Id m_journey = NoId;
    TouchpointList m_touchpoints;
    QByteArray m_bytes;
    QString m_fileName;
    QString m_source;
    survey::SurveyTable m_table;
    survey::SurveyFigures m_figures;
    std::vector<Metric> m_metrics;
    survey::ImportOutcome m_outcome;
    Step m_step = Step::Format;
    // What a later step was last made from: redone when it changed.
    bool m_tableChanged = true;
    bool m_figuresChanged = true;
    survey::ColumnChoice m_figuresFor;

    QLabel* m_steps = nullptr;
    QLabel* m_title = nullptr;
    QStackedWidget* m_pages = nullptr;
    SurveyFormatPage* m_formatPage = nullptr;
    SurveyColumnsPage* m_columnsPage = nullptr;
    SurveyProblemsPage* m_problemsPage = nullptr;
    SurveyMatchingPage* m_matchingPage = nullptr;
    SurveyResultPage* m_resultPage = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace js
