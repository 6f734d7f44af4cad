#include "ui/selfassessment/JourneyPage.h"

#include "core/document/ProjectDocument.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace js::selfassessment {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

int touchpointCount(const Journey& journey)
{
    int count = 0;
    for (const Stage& stage : journey.stages)
        count += int(stage.touchpoints.size());
    return count;
}

} // namespace

JourneyPage::JourneyPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("journeyPage"));

    m_rater = new QLineEdit;
    m_rater->setObjectName(QStringLiteral("raterName"));
    m_rater->setPlaceholderText(tr("Your name"));
    setScaledWidth(m_rater, 360, true);
    auto* raterNote = makeLabel(tr("Your answers are recorded under this name. It is remembered "
                                   "for the next time."));
    setMuted(raterNote);

    m_useExisting = new QRadioButton(tr("Assess a journey of this &project"));
    m_useExisting->setObjectName(QStringLiteral("useExistingJourney"));
    m_journeys = new QComboBox;
    m_journeys->setObjectName(QStringLiteral("journeyList"));

    m_useTemplate = new QRadioButton(tr("Start a &new journey from a template"));
    m_useTemplate->setObjectName(QStringLiteral("useTemplateJourney"));
    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("templateList"));
    for (JourneyTemplate kind : journeyTemplates())
        m_templates->addItem(journeyTemplateName(kind), int(kind));
    m_templateAbout = makeLabel({});
    setMuted(m_templateAbout);
    m_name = new QLineEdit(tr("Customer journey"));
    m_name->setObjectName(QStringLiteral("journeyName"));

    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useExisting);
    choice->addButton(m_useTemplate);

    // Label and field in two columns, each choice's fields indented under it.
    auto* who = new QGridLayout;
    who->setColumnMinimumWidth(0, 100);
    who->setColumnStretch(1, 1);
    who->addWidget(buddyLabel(tr("&Your name:"), m_rater), 0, 0);
    who->addWidget(m_rater, 0, 1, Qt::AlignLeft);
    who->addWidget(raterNote, 1, 1);

    auto* existingForm = new QGridLayout;
    existingForm->setContentsMargins(28, 0, 0, 6);
    existingForm->setColumnMinimumWidth(0, 100);
    existingForm->setColumnStretch(1, 1);
    existingForm->addWidget(buddyLabel(tr("&Journey:"), m_journeys), 0, 0);
    existingForm->addWidget(m_journeys, 0, 1);

    auto* newForm = new QGridLayout;
    newForm->setContentsMargins(28, 0, 0, 0);
    newForm->setColumnMinimumWidth(0, 100);
    newForm->setColumnStretch(1, 1);
    newForm->setVerticalSpacing(8);
    newForm->addWidget(buddyLabel(tr("&Template:"), m_templates), 0, 0);
    newForm->addWidget(m_templates, 0, 1);
    newForm->addWidget(m_templateAbout, 1, 1);
    newForm->addWidget(buddyLabel(tr("N&ame:"), m_name), 2, 0);
    newForm->addWidget(m_name, 2, 1);

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Who is rating?"), 1.25, true));
    layout->addLayout(who);
    layout->addSpacing(18);
    layout->addWidget(makeLabel(tr("Which journey do you want to assess?"), 1.25, true));
    layout->addWidget(m_useExisting);
    layout->addLayout(existingForm);
    layout->addWidget(m_useTemplate);
    layout->addLayout(newForm);
    layout->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(centred(column, 820));

    auto describe = [this] {
        m_templateAbout->setText(
            journeyTemplateDescription(JourneyTemplate(m_templates->currentData().toInt())));
    };
    connect(m_templates, &QComboBox::currentIndexChanged, this, describe);
    describe();
    connect(m_useExisting, &QRadioButton::toggled, this, &JourneyPage::updateEnabled);
    connect(m_rater, &QLineEdit::textChanged, this, &JourneyPage::changed);
    connect(m_name, &QLineEdit::textChanged, this, &JourneyPage::changed);

    refresh();
    (m_journeys->count() > 0 ? m_useExisting : m_useTemplate)->setChecked(true);
    updateEnabled();
}

void JourneyPage::refresh()
{
    const Id chosen = existingJourney();
    m_journeys->clear();
    for (const Journey& journey : m_document->project().journeys) {
        const int count = touchpointCount(journey);
        const QString name = journey.name.isEmpty() ? tr("(untitled)") : journey.name;
        m_journeys->addItem(count == 1
                                ? tr("%1 (1 touchpoint)").arg(name)
                                : tr("%1 (%2 touchpoints)").arg(name, QString::number(count)),
                            QVariant::fromValue(journey.id));
    }
    const int index = m_journeys->findData(QVariant::fromValue(chosen));
    if (index >= 0)
        m_journeys->setCurrentIndex(index);
    m_useExisting->setEnabled(m_journeys->count() > 0);
    if (m_journeys->count() == 0)
        m_useTemplate->setChecked(true);
}

QString JourneyPage::raterName() const
{
    return m_rater->text().trimmed();
}

void JourneyPage::setRaterName(const QString& name)
{
    m_rater->setText(name);
}

bool JourneyPage::usesExistingJourney() const
{
    return m_useExisting->isChecked() && m_journeys->count() > 0;
}

Id JourneyPage::existingJourney() const
{
    return m_journeys->currentIndex() >= 0 ? m_journeys->currentData().value<Id>() : NoId;
}

void JourneyPage::selectJourney(Id journeyId)
{
    refresh();
    const int index = m_journeys->findData(QVariant::fromValue(journeyId));
    if (index < 0)
        return;
    m_journeys->setCurrentIndex(index);
    m_useExisting->setChecked(true);
}

Journey JourneyPage::newJourney() const
{
    Journey journey = journeyFromTemplate(JourneyTemplate(m_templates->currentData().toInt()));
    journey.name = m_name->text().trimmed();
    const std::vector<Persona>& personas = m_document->project().personas;
    journey.personaId = personas.empty() ? NoId : personas.front().id;
    return journey;
}

QString JourneyPage::problem() const
{
    if (raterName().isEmpty())
        return tr("Enter your name to go on.");
    if (!usesExistingJourney() && m_name->text().trimmed().isEmpty())
        return tr("Give the new journey a name to go on.");
    return {};
}

void JourneyPage::updateEnabled()
{
    const bool existing = m_useExisting->isChecked();
    m_journeys->setEnabled(existing);
    m_templates->setEnabled(!existing);
    m_name->setEnabled(!existing);
    m_templateAbout->setEnabled(!existing);
    Q_EMIT changed();
}

} // namespace js::selfassessment
