#include "ui/selfassessment/JourneyPage.h"

#include "core/document/ProjectDocument.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace js::selfassessment {

namespace {

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
    m_rater->setMaximumWidth(360);
    auto* raterNote = makeLabel(tr("Your answers are recorded under this name. It is remembered "
                                   "for the next time."));
    setMuted(raterNote);

    m_useExisting = new QRadioButton(tr("Assess a journey of this &project"));
    m_useExisting->setObjectName(QStringLiteral("useExistingJourney"));
    m_journeys = new QComboBox;
    m_journeys->setObjectName(QStringLiteral("journeyList"));
    m_journeys->setMinimumWidth(360);

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
    m_name->setMinimumWidth(360);

    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useExisting);
    choice->addButton(m_useTemplate);

    auto* who = new QFormLayout;
    who->addRow(tr("&Your name:"), m_rater);
    who->addRow(QString(), raterNote);

    auto* newForm = new QFormLayout;
    newForm->addRow(tr("&Template:"), m_templates);
    newForm->addRow(QString(), m_templateAbout);
    newForm->addRow(tr("N&ame:"), m_name);
    auto* existingForm = new QFormLayout;
    existingForm->addRow(tr("&Journey:"), m_journeys);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Who is rating?"), 1.25, true));
    layout->addLayout(who);
    layout->addSpacing(16);
    layout->addWidget(makeLabel(tr("Which journey do you want to assess?"), 1.25, true));
    layout->addWidget(m_useExisting);
    auto* existingIndent = new QGridLayout;
    existingIndent->setColumnMinimumWidth(0, 24);
    existingIndent->addLayout(existingForm, 0, 1);
    layout->addLayout(existingIndent);
    layout->addWidget(m_useTemplate);
    auto* newIndent = new QGridLayout;
    newIndent->setColumnMinimumWidth(0, 24);
    newIndent->addLayout(newForm, 0, 1);
    layout->addLayout(newIndent);
    layout->addStretch(1);

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
