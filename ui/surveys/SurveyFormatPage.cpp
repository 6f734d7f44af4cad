#include "ui/surveys/SurveyFormatPage.h"

#include "ui/surveys/SurveyPreviewModel.h"
#include "ui/surveys/SurveyStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace js {

namespace {

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return SurveyFormatPage::tr("Comma ( , )");
    case u';':
        return SurveyFormatPage::tr("Semicolon ( ; )");
    case u'\t':
        return SurveyFormatPage::tr("Tab");
    case u'|':
        return SurveyFormatPage::tr("Pipe ( | )");
    default:
        return SurveyFormatPage::tr("“%1”").arg(delimiter);
    }
}

constexpr text::Encoding Encodings[] = {text::Encoding::Utf8, text::Encoding::Utf16LittleEndian,
                                        text::Encoding::Utf16BigEndian,
                                        text::Encoding::Windows1252};

} // namespace

SurveyFormatPage::SurveyFormatPage(QWidget* parent)
    : QWidget(parent)
{
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("surveyDelimiter"));
    for (const QChar delimiter : survey::candidateDelimiters())
        m_delimiter->addItem(delimiterName(delimiter), QString(delimiter));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("surveyEncoding"));
    for (const text::Encoding encoding : Encodings)
        m_encoding->addItem(text::encodingName(encoding), static_cast<int>(encoding));
    m_headerRows = new QSpinBox;
    m_headerRows->setObjectName(QStringLiteral("surveyHeaderRows"));
    m_headerRows->setRange(0, survey::MaxHeaderRows);
    m_headerRows->setToolTip(tr("Qualtrics writes three header rows, SurveyMonkey two, most "
                                "other tools one"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Header rows:"), m_headerRows);
    auto* note = new QLabel(tr("Detected from the file. If the preview looks wrong (all answers "
                               "in one column, odd characters instead of accents, questions "
                               "among the answers), correct it here."));
    note->setWordWrap(true);
    surveystyle::makeQuiet(note);
    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addSpacing(24);
    top->addWidget(note, 1, Qt::AlignTop);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("surveyProblem"));
    m_problem->setWordWrap(true);
    surveystyle::makeProblem(m_problem);
    m_problem->hide();
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("surveySummary"));
    m_summary->setWordWrap(true);

    m_model = new SurveyPreviewModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("surveyPreview"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    m_preview->horizontalHeader()->setMinimumSectionSize(60);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->setToolTip(tr("The first responses as the file reads; the row headers are the "
                             "file's line numbers"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &SurveyFormatPage::changed);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SurveyFormatPage::changed);
    connect(m_headerRows, &QSpinBox::valueChanged, this, &SurveyFormatPage::changed);
}

void SurveyFormatPage::setFormat(const survey::CsvFormat& format)
{
    m_setting = true;
    int index = m_delimiter->findData(QString(format.delimiter));
    if (index < 0) {
        m_delimiter->addItem(delimiterName(format.delimiter), QString(format.delimiter));
        index = m_delimiter->count() - 1;
    }
    m_delimiter->setCurrentIndex(index);
    m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(format.encoding)));
    m_headerRows->setValue(format.headerRows);
    m_setting = false;
}

survey::CsvFormat SurveyFormatPage::format() const
{
    survey::CsvFormat format;
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        format.delimiter = delimiter.front();
    format.encoding = static_cast<text::Encoding>(m_encoding->currentData().toInt());
    format.headerRows = m_headerRows->value();
    return format;
}

void SurveyFormatPage::showTable(const survey::SurveyTable& table, const QString& fileName)
{
    m_model->setTable(table);
    m_problem->setText(table.problem);
    m_problem->setVisible(!table.problem.isEmpty());
    const QLocale locale;
    const int responses = static_cast<int>(table.rows.size());
    QString summary =
        tr("%1: %2 in %3.")
            .arg(fileName, surveystyle::counted(responses, tr("1 response"), tr("%1 responses")),
                 surveystyle::counted(table.columnCount, tr("1 column"), tr("%1 columns")));
    if (responses > SurveyPreviewModel::MaxRows)
        summary += u' ' + tr("The preview shows the first %1.").arg(SurveyPreviewModel::MaxRows);
    m_summary->setText(summary);
    m_summary->setVisible(table.problem.isEmpty());
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < table.columnCount; ++column)
        m_preview->setColumnWidth(column, std::clamp(m_preview->columnWidth(column), 60, 250));
}

QString SurveyFormatPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString SurveyFormatPage::summaryText() const
{
    return m_summary->text();
}

void SurveyFormatPage::changed()
{
    if (!m_setting)
        emit formatChanged(format());
}

} // namespace js
