// ExportDialog: the options' widgets, and the journeys and rounds to choose from.
#include "core/document/ProjectDocument.h"
#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "ui/insights/ChartCatalog.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/report/ExportDialog.h"
#include "ui/report/ExportSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace js {

namespace {

constexpr QPageSize::PageSizeId PageSizes[] = {QPageSize::A4,     QPageSize::A3, QPageSize::A2,
                                               QPageSize::A1,     QPageSize::A0, QPageSize::Letter,
                                               QPageSize::Tabloid};

} // namespace

void ExportDialog::buildForm(QFormLayout* form)
{
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    auto combo = [](const char* name) {
        auto* box = new QComboBox;
        box->setObjectName(QString::fromLatin1(name));
        return box;
    };

    m_kind = combo("exportKind");
    const QString kinds[] = {tr("Journey map poster (PDF)"), tr("Assessment report (PDF)"),
                             tr("Map image (PNG)"),          tr("Map drawing (SVG)"),
                             tr("Chart (PNG or SVG)"),       tr("Table (CSV)"),
                             tr("Workbook (Excel .xlsx)"),   tr("Mermaid journey diagram (.mmd)"),
                             tr("Project data (JSON)")};
    for (const QString& text : kinds)
        m_kind->addItem(text);
    form->addRow(tr("&Export:"), m_kind);

    m_chart = combo("exportChart");
    for (const QString& key : chartCatalog())
        m_chart->addItem(InsightsDashboard::chartTitle(key), key);
    m_chartFormat = combo("exportChartFormat");
    m_chartFormat->addItem(tr("PNG image"), false);
    m_chartFormat->addItem(tr("SVG drawing"), true);
    m_chartRow = new QWidget;
    auto* chartLayout = new QHBoxLayout(m_chartRow);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartFormat);
    form->addRow(tr("C&hart:"), m_chartRow);

    m_table = combo("exportTable");
    m_table->addItem(tr("Ratings"), int(exporting::Table::Ratings));
    m_table->addItem(tr("Weak spots"), int(exporting::Table::WeakSpots));
    m_table->addItem(tr("Actions"), int(exporting::Table::Actions));
    m_table->addItem(tr("Metrics"), int(exporting::Table::Metrics));
    form->addRow(tr("&Table:"), m_table);

    m_journey = combo("exportJourney");
    form->addRow(tr("&Journey:"), m_journey);
    m_round = combo("exportRound");
    form->addRow(tr("&Round:"), m_round);

    // What is exported above the line, how below it.
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_separator = line;
    form->addRow(m_separator);

    m_page = combo("exportPage");
    for (QPageSize::PageSizeId id : PageSizes)
        m_page->addItem(QPageSize::name(id), int(id));
    form->addRow(tr("&Page size:"), m_page);
    m_orientation = combo("exportOrientation");
    m_orientation->addItem(tr("Landscape"), true);
    m_orientation->addItem(tr("Portrait"), false);
    form->addRow(tr("&Orientation:"), m_orientation);
    m_fit = combo("exportFit");
    m_fit->addItem(tr("Automatic"), int(PosterFit::Auto));
    m_fit->addItem(tr("One page"), int(PosterFit::OnePage));
    m_fit->addItem(tr("Tiled across pages"), int(PosterFit::Tile));
    const QString fitHints[] = {
        tr("On one page if the text stays at 6 pt or larger, else tiled."),
        tr("The whole map on one page, if its text stays at 6 pt or larger."),
        tr("At print size on as many pages as it takes, with overlap and crop marks for "
           "taping together.")};
    for (int i = 0; i < m_fit->count(); ++i)
        m_fit->setItemData(i, fitHints[i], Qt::ToolTipRole);
    // What the choice means, under it: a tooltip alone is easily missed.
    m_fitHint = new QLabel;
    m_fitHint->setObjectName(QStringLiteral("exportFitHint"));
    m_fitHint->setWordWrap(true);
    m_fitHint->setForegroundRole(QPalette::PlaceholderText);
    m_fitHint->setContentsMargins(2, 0, 0, 0);
    auto updateHint = [this] {
        m_fitHint->setText(m_fit->currentData(Qt::ToolTipRole).toString());
    };
    connect(m_fit, &QComboBox::currentIndexChanged, this, updateHint);
    updateHint();
    m_fitRow = new QWidget;
    auto* fitLayout = new QVBoxLayout(m_fitRow);
    fitLayout->setContentsMargins(0, 0, 0, 0);
    fitLayout->setSpacing(3);
    fitLayout->addWidget(m_fit);
    fitLayout->addWidget(m_fitHint);
    form->addRow(tr("&Fit:"), m_fitRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_fitRow)))
        label->setBuddy(m_fit);
    m_margins = new QDoubleSpinBox;
    m_margins->setObjectName(QStringLiteral("exportMargins"));
    m_margins->setRange(0, 50);
    m_margins->setDecimals(0);
    m_margins->setSuffix(tr(" mm"));
    form->addRow(tr("&Margins:"), m_margins);
    m_dpi = new QSpinBox;
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(72, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    form->addRow(tr("Re&solution:"), m_dpi);
    m_byteOrderMark = new QCheckBox(tr("Add a &byte-order mark for Excel"));
    m_byteOrderMark->setObjectName(QStringLiteral("exportByteOrderMark"));
    m_byteOrderMark->setToolTip(
        tr("Excel reads accented letters right only in a file that starts with one"));
    form->addRow(QString(), m_byteOrderMark);

    // The longest label goes above its field, so the column stays narrow.
    m_consultant = new QLineEdit;
    m_consultant->setObjectName(QStringLiteral("exportConsultant"));
    m_consultant->setText(exporting::consultantName());
    m_consultantRow = new QWidget;
    auto* consultant = new QVBoxLayout(m_consultantRow);
    consultant->setContentsMargins(0, 4, 0, 0);
    consultant->setSpacing(4);
    auto* consultantLabel = new QLabel(tr("&Your name (on the report's cover):"));
    consultantLabel->setBuddy(m_consultant);
    consultant->addWidget(consultantLabel);
    consultant->addWidget(m_consultant);
    form->addRow(m_consultantRow);

    for (QComboBox* box :
         {m_kind, m_chart, m_chartFormat, m_table, m_round, m_page, m_orientation, m_fit})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::followPaperToKind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::updateRows);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ExportDialog::updateRows);
    connect(m_chartFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::updateRows);
    connect(m_journey, &QComboBox::currentIndexChanged, this, [this] {
        fillRounds();
        schedulePreview();
    });
    connect(m_margins, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_byteOrderMark, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_consultant, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
}

void ExportDialog::fillJourneys()
{
    const QSignalBlocker blocker(m_journey);
    m_journey->clear();
    for (const Journey& journey : m_document->project().journeys)
        m_journey->addItem(journey.name, QVariant::fromValue(journey.id));
    if (m_journey->count() == 0)
        m_journey->addItem(tr("No journeys yet"), QVariant::fromValue(NoId));
    m_journey->setEnabled(m_journey->count() > 1);
    fillRounds();
}

void ExportDialog::fillRounds()
{
    const Project& project = m_document->project();
    const Id journey = m_journey->currentData().value<Id>();
    const QSignalBlocker blocker(m_round);
    m_round->clear();
    for (const Round& round : project.rounds) {
        if (round.journeyId != journey)
            continue;
        const QString date = QLocale().toString(round.date, QLocale::ShortFormat);
        m_round->addItem(round.date.isValid() ? tr("%1 (%2)").arg(round.name, date) : round.name,
                         QVariant::fromValue(round.id));
    }
    if (m_round->count() == 0)
        m_round->addItem(tr("No rounds yet"), QVariant::fromValue(NoId));
    m_round->setEnabled(m_round->count() > 1);
    if (const Round* latest = latestRound(project, journey))
        m_round->setCurrentIndex(std::max(0, m_round->findData(QVariant::fromValue(latest->id))));
}

} // namespace js
