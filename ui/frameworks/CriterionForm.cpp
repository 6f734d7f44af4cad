#include "ui/frameworks/CriterionForm.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace js {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A short explanation with an information icon beside it.
QWidget* hint(const QString& text, const QString& objectName)
{
    auto* row = new QWidget;
    auto* icon = new QLabel;
    const int side = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(row->style()
                        ->standardIcon(QStyle::SP_MessageBoxInformation)
                        .pixmap(QSize(side, side), row->devicePixelRatioF()));
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

} // namespace

CriterionForm::CriterionForm(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_fields(document, [this] { return m_criterion; })
{
    setObjectName(QStringLiteral("criterionForm"));
    m_pages = new QStackedWidget;
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("criterionPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_pages->addWidget(m_placeholder);

    auto* page = new QWidget;
    m_name = m_fields.line(&Criterion::name, QStringLiteral("criterionName"));
    auto* description =
        m_fields.text(&Criterion::description, QStringLiteral("criterionDescription"));
    description->setPlaceholderText(tr("What the criterion means at a touchpoint"));
    description->setMinimumHeight(90);
    m_questions = m_fields.lines(&Criterion::questions, QStringLiteral("criterionQuestions"));
    m_questions->setPlaceholderText(tr("One question per line, for raters to ask themselves"));
    m_questions->setToolTip(tr("One question per line"));
    m_questions->setMinimumHeight(110);
    auto* questionsNote = new QLabel(tr("One question per line."));
    questionsNote->setForegroundRole(QPalette::PlaceholderText);
    m_questions->installEventFilter(this);
    auto* weight = m_fields.decimal(&Criterion::weight, ranges::weight, 0.5,
                                    QStringLiteral("criterionWeight"));
    weight->setToolTip(tr("How much this criterion counts against the others of the framework, "
                          "from %L1 to %L2")
                           .arg(ranges::weight.min)
                           .arg(ranges::weight.max));
    auto* target = m_fields.decimal(&Criterion::target, ranges::target, 0.1,
                                    QStringLiteral("criterionTarget"));
    target->setToolTip(tr("The score a touchpoint should reach, from %1 to %2")
                           .arg(ranges::target.min)
                           .arg(ranges::target.max));
    m_enabled = m_fields.check(tr("&Rated in new rounds"), &Criterion::enabled,
                               QStringLiteral("criterionEnabled"));
    m_enabled->setToolTip(tr("Switch off a criterion your team does not assess: new rounds leave "
                             "it out, and it stays here to switch on later"));

    auto* heading = new QLabel(tr("Criterion"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(buddyLabel(tr("Na&me"), m_name), m_name);
    form->addRow(buddyLabel(tr("Descr&iption"), description), description);
    form->addRow(buddyLabel(tr("&Guiding questions"), m_questions), m_questions);
    form->addRow(QString(), questionsNote);
    form->addRow(buddyLabel(tr("&Weight"), weight), weight);
    form->addRow(buddyLabel(tr("&Target"), target), target);
    form->addRow(QString(), m_enabled);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form, 1);
    layout->addSpacing(6);
    layout->addWidget(hint(tr("Changes here apply to new rounds only: past rounds keep the "
                              "criteria, weights and targets they were created with."),
                           QStringLiteral("newRoundsHint")));
    m_pages->addWidget(page);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    show(NoId);
}

void CriterionForm::show(Id criterionId)
{
    if (criterionId != m_criterion)
        m_fields.commit(); // to the criterion typed for
    if (!m_document || !findCriterion(m_document->project(), criterionId))
        criterionId = NoId;
    m_criterion = criterionId;
    m_pages->setCurrentIndex(criterionId == NoId ? 0 : 1);
    m_fields.refresh();
}

void CriterionForm::setPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
}

void CriterionForm::editName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

QWidget* CriterionForm::firstField() const
{
    return m_name;
}

QWidget* CriterionForm::lastField() const
{
    return m_enabled;
}

bool CriterionForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_questions && event->type() == QEvent::FocusOut)
        m_fields.commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace js
