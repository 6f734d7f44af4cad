#include "ui/dialogs/NewJourneyDialog.h"

#include "core/content/JourneyTemplates.h"
#include "core/model/ProjectQueries.h"
#include "ui/dialogs/Dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace js::dialogs {

namespace {

struct NewJourneyDialogText {
    Q_DECLARE_TR_FUNCTIONS(js::NewJourneyDialog)
};

Journey fromTemplate(JourneyTemplate kind, const QString& name, Id persona, JourneyState state)
{
    Journey journey = journeyFromTemplate(kind);
    journey.name = name;
    journey.personaId = persona;
    journey.state = state;
    return journey;
}

} // namespace

std::optional<Journey> askNewJourney(QWidget* parent, const Project& project, Id suggestedPersona)
{
    const Id persona = findPersona(project, suggestedPersona)
                           ? suggestedPersona
                           : (project.personas.empty() ? NoId : project.personas.front().id);
    QString answer;
    if (testing::answered(&answer)) {
        for (JourneyTemplate kind : journeyTemplates()) {
            if (journeyTemplateName(kind) == answer)
                return fromTemplate(kind, NewJourneyDialogText::tr("New journey"), persona,
                                    JourneyState::Current);
        }
        return std::nullopt;
    }

    QDialog dialog(parent);
    dialog.setWindowTitle(NewJourneyDialogText::tr("New journey"));
    dialog.setMinimumWidth(460);
    auto* name = new QLineEdit(NewJourneyDialogText::tr("New journey"));
    name->selectAll();
    auto* templates = new QComboBox;
    for (JourneyTemplate kind : journeyTemplates())
        templates->addItem(journeyTemplateName(kind), int(kind));
    auto* about = new QLabel;
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);
    auto describe = [templates, about] {
        about->setText(
            journeyTemplateDescription(JourneyTemplate(templates->currentData().toInt())));
    };
    QObject::connect(templates, &QComboBox::currentIndexChanged, about, describe);
    describe();
    auto* personas = new QComboBox;
    personas->addItem(NewJourneyDialogText::tr("No persona yet"), QVariant::fromValue(NoId));
    for (const Persona& p : project.personas)
        personas->addItem(p.name.isEmpty() ? NewJourneyDialogText::tr("(untitled)") : p.name,
                          QVariant::fromValue(p.id));
    personas->setCurrentIndex(std::max(0, personas->findData(QVariant::fromValue(persona))));
    auto* state = new QComboBox;
    state->addItem(journeyStateName(JourneyState::Current), int(JourneyState::Current));
    state->addItem(journeyStateName(JourneyState::Future), int(JourneyState::Future));

    auto* form = new QFormLayout;
    form->addRow(NewJourneyDialogText::tr("&Name"), name);
    form->addRow(NewJourneyDialogText::tr("&Template"), templates);
    form->addRow(QString(), about);
    form->addRow(NewJourneyDialogText::tr("&Persona"), personas);
    form->addRow(NewJourneyDialogText::tr("&State"), state);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(NewJourneyDialogText::tr("Add journey"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return fromTemplate(JourneyTemplate(templates->currentData().toInt()), name->text().trimmed(),
                        personas->currentData().value<Id>(),
                        JourneyState(state->currentData().toInt()));
}

} // namespace js::dialogs
