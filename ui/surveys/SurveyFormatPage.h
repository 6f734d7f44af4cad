#pragma once

#include "core/io/SurveyCsv.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace js {

class SurveyPreviewModel;

// The first step of a survey import: how the file is written (delimiter,
// encoding, header rows), as detected and as the user corrects it, with the
// first responses as they read that way, and the file's problem if it has one.
class SurveyFormatPage : public QWidget {
    Q_OBJECT

public:
    explicit SurveyFormatPage(QWidget* parent = nullptr);

    // Shows the format without announcing it.
    void setFormat(const survey::CsvFormat& format);
    survey::CsvFormat format() const;
    // Shows the table as read: its first rows, and its problem plainly.
    void showTable(const survey::SurveyTable& table, const QString& fileName);

    QComboBox* delimiterBox() const { return m_delimiter; }
    QComboBox* encodingBox() const { return m_encoding; }
    QSpinBox* headerRowsBox() const { return m_headerRows; }
    QTableView* preview() const { return m_preview; }
    SurveyPreviewModel* previewModel() const { return m_model; }
    QString problemText() const;
    QString summaryText() const;

signals:
    // The user changed the format; the preview follows once it is read again.
    void formatChanged(const survey::CsvFormat& format);

private:
    void changed();

    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QSpinBox* m_headerRows = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QTableView* m_preview = nullptr;
    SurveyPreviewModel* m_model = nullptr;
    bool m_setting = false;
};

} // namespace js
