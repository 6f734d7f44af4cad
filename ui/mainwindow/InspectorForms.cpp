#include "ui/mainwindow/InspectorForms.h"

#include "core/document/ProjectDocument.h"
#include "core/model/ValueRanges.h"
#include "ui/mainwindow/MetricList.h"
#include "ui/mainwindow/PersonaPhoto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace js {

namespace {

// Builds the rows of a form for one entity of type E.
template <typename E> class FormBuilder {
public:
    FormBuilder(ProjectDocument* document, Id id, QFormLayout* layout,
                std::vector<std::function<void()>>& refreshers)
        : m_document(document)
        , m_id(id)
        , m_layout(layout)
        , m_refreshers(refreshers)
    {}

    // The editors outlive the builder: their lambdas hold the document and id.
    static const E* find(ProjectDocument* document, Id id)
    {
        return EntityTraits<E>::find(const_cast<Project&>(document->project()), id);
    }

    void heading(const QString& text)
    {
        auto* label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        label->setFont(font);
        m_layout->addRow(label);
    }

    void line(const QString& label, QString E::*member, const QString& objectName)
    {
        auto* edit = new QLineEdit;
        edit->setObjectName(objectName);
        QObject::connect(edit, &QLineEdit::textEdited, edit,
                         [doc = m_document, id = m_id, member](const QString& text) {
                             doc->set(id, member, text);
                         });
        m_refreshers.push_back([doc = m_document, id = m_id, edit, member] {
            if (const E* e = find(doc, id); e && edit->text() != e->*member) {
                edit->setText(e->*member);
                if (!edit->hasFocus())
                    edit->setCursorPosition(0);
            }
        });
        m_layout->addRow(label, edit);
    }

    void text(const QString& label, QString E::*member, const QString& objectName)
    {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(objectName);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(110);
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit,
                         [doc = m_document, id = m_id, edit, member] {
                             doc->set(id, member, edit->toPlainText());
                         });
        m_refreshers.push_back([doc = m_document, id = m_id, edit, member] {
            if (const E* e = find(doc, id); e && edit->toPlainText() != e->*member) {
                const QSignalBlocker blocker(edit);
                edit->setPlainText(e->*member);
            }
        });
        m_layout->addRow(label, edit);
    }

    void lines(const QString& label, QStringList E::*member, const QString& objectName)
    {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(objectName);
        edit->setTabChangesFocus(true);
        edit->setToolTip(InspectorForm::tr("One per line"));
        edit->setFixedHeight(130);
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit,
                         [doc = m_document, id = m_id, edit, member] {
                             doc->set(id, member, edit->toPlainText().split(u'\n'));
                         });
        m_refreshers.push_back([doc = m_document, id = m_id, edit, member] {
            if (const E* e = find(doc, id); e && edit->toPlainText().split(u'\n') != e->*member) {
                const QSignalBlocker blocker(edit);
                edit->setPlainText((e->*member).join(u'\n'));
            }
        });
        m_layout->addRow(label, edit);
    }

    // A choice among options. The document may refuse a value (a lane that
    // holds cards stays a card lane): then the combo shows the model's value
    // again and, when `whyRefused` is given, a note under it says why.
    template <typename T>
    void choice(const QString& label, T E::*member,
                const std::vector<std::pair<T, QString>>& options, const QString& objectName,
                std::function<QString(const T&)> whyRefused = {})
    {
        auto* combo = new QComboBox;
        combo->setObjectName(objectName);
        for (const auto& [value, name] : options)
            combo->addItem(name, QVariant::fromValue(value));
        QLabel* note = whyRefused ? refusalNote(objectName + QStringLiteral("Note")) : nullptr;
        QObject::connect(
            combo, &QComboBox::activated, combo,
            [doc = m_document, id = m_id, combo, member, note, whyRefused](int index) {
                const E* e = find(doc, id);
                if (!e)
                    return;
                const T value = combo->itemData(index).template value<T>();
                const bool refused = e->*member != value && !doc->set(id, member, value);
                if (refused) {
                    e = find(doc, id);
                    combo->setCurrentIndex(combo->findData(QVariant::fromValue(e->*member)));
                }
                if (note) {
                    note->setText(refused ? whyRefused(value) : QString());
                    note->parentWidget()->setVisible(refused);
                }
            });
        m_refreshers.push_back([doc = m_document, id = m_id, combo, member, note] {
            if (const E* e = find(doc, id)) {
                const int index = combo->findData(QVariant::fromValue(e->*member));
                if (index != combo->currentIndex()) {
                    combo->setCurrentIndex(index);
                    if (note)
                        note->parentWidget()->hide(); // about a value no longer in question
                }
            }
        });
        m_layout->addRow(label, combo);
        if (note)
            m_layout->addRow(static_cast<QWidget*>(nullptr), note->parentWidget());
    }

    void number(const QString& label, int E::*member, int min, int max, const QString& objectName,
                const QString& tip = {})
    {
        auto* spin = new QSpinBox;
        spin->setObjectName(objectName);
        spin->setRange(min, max);
        spin->setToolTip(tip);
        QObject::connect(
            spin, &QSpinBox::valueChanged, spin,
            [doc = m_document, id = m_id, member](int value) { doc->set(id, member, value); });
        m_refreshers.push_back([doc = m_document, id = m_id, spin, member] {
            if (const E* e = find(doc, id); e && spin->value() != e->*member) {
                const QSignalBlocker blocker(spin);
                spin->setValue(e->*member);
            }
        });
        m_layout->addRow(label, spin);
    }

    void decimal(const QString& label, double E::*member, double min, double max,
                 const QString& objectName)
    {
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(objectName);
        spin->setRange(min, max);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        QObject::connect(
            spin, &QDoubleSpinBox::valueChanged, spin,
            [doc = m_document, id = m_id, member](double value) { doc->set(id, member, value); });
        m_refreshers.push_back([doc = m_document, id = m_id, spin, member] {
            if (const E* e = find(doc, id); e && spin->value() != e->*member) {
                const QSignalBlocker blocker(spin);
                spin->setValue(e->*member);
            }
        });
        m_layout->addRow(label, spin);
    }

    void date(const QString& label, QDate E::*member, const QString& objectName)
    {
        auto* edit = new QDateEdit;
        edit->setObjectName(objectName);
        edit->setCalendarPopup(true);
        QObject::connect(
            edit, &QDateEdit::userDateChanged, edit,
            [doc = m_document, id = m_id, member](QDate value) { doc->set(id, member, value); });
        m_refreshers.push_back([doc = m_document, id = m_id, edit, member] {
            if (const E* e = find(doc, id); e && edit->date() != e->*member) {
                const QSignalBlocker blocker(edit);
                edit->setDate(e->*member);
            }
        });
        m_layout->addRow(label, edit);
    }

    void check(const QString& label, bool E::*member, const QString& objectName)
    {
        auto* box = new QCheckBox(label);
        box->setObjectName(objectName);
        QObject::connect(
            box, &QCheckBox::toggled, box,
            [doc = m_document, id = m_id, member](bool value) { doc->set(id, member, value); });
        m_refreshers.push_back([doc = m_document, id = m_id, box, member] {
            if (const E* e = find(doc, id); e && box->isChecked() != e->*member) {
                const QSignalBlocker blocker(box);
                box->setChecked(e->*member);
            }
        });
        m_layout->addRow(box);
    }

    void info(const QString& label, std::function<QString()> value)
    {
        auto* text = new QLabel;
        text->setWordWrap(true);
        m_refreshers.push_back([text, value] { text->setText(value()); });
        m_layout->addRow(label, text);
    }

    // The persona's photo with its buttons, across the form.
    void photo()
    {
        auto* photo = new PersonaPhoto(m_document, m_id);
        m_refreshers.push_back([photo] { photo->refresh(); });
        m_layout->addRow(photo);
    }

private:
    // A short explanation under a field, shown when the document refuses an
    // edit of it: an information icon beside the text label returned (whose
    // parent is the row to show and hide).
    static QLabel* refusalNote(const QString& objectName)
    {
        auto* row = new QWidget;
        row->setObjectName(objectName + QStringLiteral("Row"));
        auto* icon = new QLabel;
        const int side = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(row->style()
                            ->standardIcon(QStyle::SP_MessageBoxInformation)
                            .pixmap(QSize(side, side), row->devicePixelRatioF()));
        icon->setAlignment(Qt::AlignTop);
        auto* note = new QLabel;
        note->setObjectName(objectName);
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 4);
        layout->setSpacing(6);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(note, 1);
        row->hide();
        return note;
    }

    ProjectDocument* m_document;
    Id m_id;
    QFormLayout* m_layout;
    std::vector<std::function<void()>>& m_refreshers;
};

std::vector<std::pair<Channel, QString>> channelOptions()
{
    std::vector<std::pair<Channel, QString>> options;
    for (int i = 0; i < ChannelCount; ++i)
        options.emplace_back(Channel(i), channelName(Channel(i)));
    return options;
}

// The kinds of lane by the names the inspector offers.
QString laneKindName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Text:
        return InspectorForm::tr("Cards");
    case LaneKind::Touchpoints:
        return InspectorForm::tr("Touchpoints");
    case LaneKind::Emotion:
        return InspectorForm::tr("Emotion curve");
    case LaneKind::Heat:
        return InspectorForm::tr("Scores by criterion");
    }
    return {};
}

std::vector<std::pair<LaneKind, QString>> laneKindOptions()
{
    std::vector<std::pair<LaneKind, QString>> options;
    for (int i = 0; i < LaneKindCount; ++i)
        options.emplace_back(LaneKind(i), laneKindName(LaneKind(i)));
    return options;
}

// Why the document will not make the lane this kind (see ProjectDocument::set).
QString whyLaneKindRefused(const Project& project, Id laneId, LaneKind kind)
{
    if (kind != LaneKind::Text && laneHasCards(project, laneId)) {
        return InspectorForm::tr(
            "This lane holds cards, so it stays a card lane. Move or delete its cards first.");
    }
    switch (kind) {
    case LaneKind::Touchpoints:
        return InspectorForm::tr(
            "This journey already has a touchpoint lane; a map shows its touchpoints in one row.");
    case LaneKind::Emotion:
        return InspectorForm::tr(
            "This journey already has an emotion lane; a map draws one emotion curve.");
    case LaneKind::Heat:
        return InspectorForm::tr(
            "This journey already has a lane of scores; a map shows the scores once.");
    case LaneKind::Text:
        break;
    }
    return InspectorForm::tr("This lane cannot become that kind.");
}

// Where a card sits on the map: its lane and its stage.
QString cardPlace(const Project& project, Id cardId)
{
    const LaneCard* card = findCard(project, cardId);
    const Lane* lane = card ? findLane(project, card->laneId) : nullptr;
    const Stage* stage = findStage(project, ownerOf(project, EntityKind::Card, cardId));
    if (!lane || !stage)
        return {};
    return InspectorForm::tr("%1 lane, %2 stage").arg(quoted(lane->name), quoted(stage->name));
}

std::vector<std::pair<Id, QString>> personaOptions(const Project& project)
{
    std::vector<std::pair<Id, QString>> options{{NoId, InspectorForm::tr("(none)")}};
    for (const Persona& persona : project.personas)
        options.emplace_back(persona.id, persona.name);
    return options;
}

} // namespace

InspectorForm::InspectorForm(ProjectDocument* document, const Selection& selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("inspectorForm"));
    auto* outer = new QVBoxLayout(this);
    auto* layout = new QFormLayout;
    outer->addLayout(layout);
    outer->addStretch(1);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const Id id = selection.id;

    switch (selection.kind) {
    case EntityKind::Project: {
        FormBuilder<Project> form(document, id, layout, m_refreshers);
        form.heading(tr("Project"));
        form.line(tr("Name"), &Project::name, QStringLiteral("projectName"));
        form.line(tr("Client"), &Project::client, QStringLiteral("projectClient"));
        form.text(tr("Description"), &Project::description, QStringLiteral("projectDescription"));
        form.info(tr("Contents"),
                  [document] { return describeCounts(countProject(document->project())); });
        break;
    }
    case EntityKind::Persona: {
        FormBuilder<Persona> form(document, id, layout, m_refreshers);
        form.heading(tr("Persona"));
        form.photo();
        form.line(tr("Name"), &Persona::name, QStringLiteral("personaName"));
        form.line(tr("Role"), &Persona::role, QStringLiteral("personaRole"));
        form.text(tr("Description"), &Persona::description, QStringLiteral("personaDescription"));
        form.text(tr("Goals"), &Persona::goals, QStringLiteral("personaGoals"));
        form.text(tr("Frustrations"), &Persona::frustrations,
                  QStringLiteral("personaFrustrations"));
        form.text(tr("Quote"), &Persona::quote, QStringLiteral("personaQuote"));
        break;
    }
    case EntityKind::Journey: {
        FormBuilder<Journey> form(document, id, layout, m_refreshers);
        form.heading(tr("Journey"));
        form.line(tr("Name"), &Journey::name, QStringLiteral("journeyName"));
        form.choice(tr("State"), &Journey::state,
                    {{JourneyState::Current, journeyStateName(JourneyState::Current)},
                     {JourneyState::Future, journeyStateName(JourneyState::Future)}},
                    QStringLiteral("journeyState"));
        form.choice(tr("Persona"), &Journey::personaId, personaOptions(document->project()),
                    QStringLiteral("journeyPersona"));
        form.text(tr("Description"), &Journey::description, QStringLiteral("journeyDescription"));
        break;
    }
    case EntityKind::Stage: {
        FormBuilder<Stage> form(document, id, layout, m_refreshers);
        form.heading(tr("Stage"));
        form.line(tr("Name"), &Stage::name, QStringLiteral("stageName"));
        form.text(tr("Description"), &Stage::description, QStringLiteral("stageDescription"));
        break;
    }
    case EntityKind::Touchpoint: {
        FormBuilder<Touchpoint> form(document, id, layout, m_refreshers);
        form.heading(tr("Touchpoint"));
        form.line(tr("Name"), &Touchpoint::name, QStringLiteral("touchpointName"));
        form.choice(tr("Channel"), &Touchpoint::channel, channelOptions(),
                    QStringLiteral("touchpointChannel"));
        form.line(tr("Owner"), &Touchpoint::owner, QStringLiteral("touchpointOwner"));
        form.number(tr("Importance"), &Touchpoint::importance, Touchpoint::MinImportance,
                    Touchpoint::MaxImportance, QStringLiteral("touchpointImportance"),
                    tr("How much this touchpoint matters to the customer, from 1 to 5"));
        form.number(
            tr("Emotion"), &Touchpoint::emotion, Touchpoint::MinEmotion, Touchpoint::MaxEmotion,
            QStringLiteral("touchpointEmotion"),
            tr("How the customer feels here, from -3 (very negative) to +3 (very positive)"));
        form.text(tr("Description"), &Touchpoint::description,
                  QStringLiteral("touchpointDescription"));
        layout->addRow(new MetricList(document, id)); // follows the document itself
        break;
    }
    case EntityKind::Framework: {
        FormBuilder<Framework> form(document, id, layout, m_refreshers);
        form.heading(tr("Framework"));
        form.line(tr("Name"), &Framework::name, QStringLiteral("frameworkName"));
        form.text(tr("Description"), &Framework::description,
                  QStringLiteral("frameworkDescription"));
        break;
    }
    case EntityKind::Criterion: {
        FormBuilder<Criterion> form(document, id, layout, m_refreshers);
        form.heading(tr("Criterion"));
        form.line(tr("Name"), &Criterion::name, QStringLiteral("criterionName"));
        form.check(tr("Rated in new rounds"), &Criterion::enabled,
                   QStringLiteral("criterionEnabled"));
        form.decimal(tr("Weight"), &Criterion::weight, ranges::weight.min, ranges::weight.max,
                     QStringLiteral("criterionWeight"));
        form.decimal(tr("Target score"), &Criterion::target, ranges::target.min, ranges::target.max,
                     QStringLiteral("criterionTarget"));
        form.text(tr("Description"), &Criterion::description,
                  QStringLiteral("criterionDescription"));
        form.lines(tr("Guiding questions"), &Criterion::questions,
                   QStringLiteral("criterionQuestions"));
        break;
    }
    case EntityKind::Round: {
        FormBuilder<Round> form(document, id, layout, m_refreshers);
        form.heading(tr("Assessment round"));
        form.line(tr("Name"), &Round::name, QStringLiteral("roundName"));
        form.info(tr("Journey"), [document, id] {
            const Round* round = findRound(document->project(), id);
            return round ? displayName(document->project(), EntityKind::Journey, round->journeyId)
                         : QString();
        });
        form.date(tr("Date"), &Round::date, QStringLiteral("roundDate"));
        form.text(tr("Facilitator notes"), &Round::description, QStringLiteral("roundDescription"));
        form.check(tr("Locked: finished, read-only"), &Round::locked,
                   QStringLiteral("roundLocked"));
        break;
    }
    case EntityKind::Rater: {
        FormBuilder<Rater> form(document, id, layout, m_refreshers);
        form.heading(tr("Rater"));
        form.line(tr("Name"), &Rater::name, QStringLiteral("raterName"));
        form.line(tr("Role or department"), &Rater::role, QStringLiteral("raterRole"));
        break;
    }
    case EntityKind::Lane: {
        FormBuilder<Lane> form(document, id, layout, m_refreshers);
        form.heading(tr("Lane"));
        form.line(tr("Name"), &Lane::name, QStringLiteral("laneName"));
        form.choice<LaneKind>(tr("Kind"), &Lane::kind, laneKindOptions(),
                              QStringLiteral("laneKind"), [document, id](const LaneKind& kind) {
                                  return whyLaneKindRefused(document->project(), id, kind);
                              });
        form.check(tr("Hidden from the map"), &Lane::hidden, QStringLiteral("laneHidden"));
        break;
    }
    case EntityKind::Card: {
        FormBuilder<LaneCard> form(document, id, layout, m_refreshers);
        form.heading(tr("Card"));
        form.text(tr("Text"), &LaneCard::text, QStringLiteral("cardText"));
        form.info(tr("Place"), [document, id] { return cardPlace(document->project(), id); });
        break;
    }
    case EntityKind::Target:
    case EntityKind::Metric:
    case EntityKind::Action:
        break;
    }
    refresh();
}

void InspectorForm::refresh()
{
    for (const auto& refresher : m_refreshers)
        refresher();
}

} // namespace js
