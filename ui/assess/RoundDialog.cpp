#include "ui/assess/RoundDialog.h"

#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/RoundCriteriaTree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace js {

namespace {

RoundDialog::Filler& testFiller()
{
    static RoundDialog::Filler filler;
    return filler;
}

// The same criteria with the same weights and targets, in any order.
bool sameCriteria(std::vector<RoundCriterion> a, std::vector<RoundCriterion> b)
{
    auto byId = [](const RoundCriterion& x, const RoundCriterion& y) {
        return x.criterionId < y.criterionId;
    };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    return a == b;
}

} // namespace

RoundDialog::RoundDialog(ProjectDocument* document, Mode mode, Id id, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("roundDialog"));
    buildForm();
    const Project& project = document->project();
    if (mode == Mode::Edit) {
        if (const Round* round = findRound(project, id)) {
            m_round = id;
            loadRound(*round);
        }
    } else {
        const Id journey = findJourney(project, id)
                               ? id
                               : (project.journeys.empty() ? NoId : project.journeys[0].id);
        m_journey->setCurrentIndex(std::max(0, m_journey->findData(QVariant::fromValue(journey))));
        m_criteria->populate(project);
        journeyChosen();
    }
    updateState();
}

Id RoundDialog::createRound(ProjectDocument* document, Id journey, QWidget* parent)
{
    RoundDialog dialog(document, Mode::Create, journey, parent);
    return run(dialog) == QDialog::Accepted ? dialog.round() : NoId;
}

bool RoundDialog::editRound(ProjectDocument* document, Id round, QWidget* parent)
{
    if (!findRound(document->project(), round))
        return false;
    RoundDialog dialog(document, Mode::Edit, round, parent);
    return run(dialog) == QDialog::Accepted;
}

void RoundDialog::setTestFiller(Filler filler)
{
    testFiller() = std::move(filler);
}

int RoundDialog::run(RoundDialog& dialog)
{
    if (testFiller()) {
        testFiller()(dialog);
        return dialog.result();
    }
    return dialog.exec();
}

void RoundDialog::buildForm()
{
    setWindowTitle(m_mode == Mode::Create ? tr("New round") : tr("Round settings"));

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("roundLockedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setText(tr("This round is locked: its ratings and settings cannot change. Clear "
                         "“Locked” below to edit it."));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c96a; "
                       "border-radius: 4px; padding: 8px 12px; }"));
    m_banner->hide();

    m_journey = new QComboBox;
    m_journey->setObjectName(QStringLiteral("roundJourney"));
    for (const Journey& journey : m_document->project().journeys)
        m_journey->addItem(journey.name.isEmpty() ? tr("(untitled)") : journey.name,
                           QVariant::fromValue(journey.id));
    if (m_journey->count() == 0) {
        m_journey->addItem(tr("No journey yet: add one first"), QVariant::fromValue(NoId));
        m_journey->setEnabled(false);
    }
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("roundName"));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("roundDate"));
    m_date->setCalendarPopup(true);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_date->setMinimumWidth(m_date->sizeHint().width() + 24);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("roundNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_copy = new QCheckBox;
    m_copy->setObjectName(QStringLiteral("roundCopyPrevious"));
    m_copy->hide();

    m_criteria = new RoundCriteriaTree;
    m_criteria->setObjectName(QStringLiteral("roundCriteria"));
    m_criteriaCount = new QLabel;
    m_criteriaCount->setObjectName(QStringLiteral("roundCriteriaCount"));
    m_raters = new RoundRatersEditor;

    auto* form = new QFormLayout;
    form->addRow(tr("&Journey"), m_journey);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("Facilitator &notes"), m_notes);
    form->addRow(QString(), m_copy);

    auto* criteriaBox = new QGroupBox(tr("Criteria"));
    auto* criteriaLayout = new QVBoxLayout(criteriaBox);
    criteriaLayout->addWidget(m_criteria);
    criteriaLayout->addWidget(m_criteriaCount);
    auto* ratersBox = new QGroupBox(tr("Raters"));
    auto* ratersLayout = new QVBoxLayout(ratersBox);
    ratersLayout->addWidget(m_raters);
    auto* lists = new QHBoxLayout;
    lists->addWidget(criteriaBox, 1);
    lists->addWidget(ratersBox, 1);

    m_editable = new QWidget;
    auto* editable = new QVBoxLayout(m_editable);
    editable->setContentsMargins(0, 0, 0, 0);
    editable->addLayout(form);
    editable->addLayout(lists, 1);

    m_locked = new QCheckBox(tr("&Locked: no more ratings or changes"));
    m_locked->setObjectName(QStringLiteral("roundLocked"));
    m_locked->setToolTip(tr("Lock a round when it is finished, so that its results stay as "
                            "they were. It can be unlocked later."));
    m_locked->setVisible(m_mode == Mode::Edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (m_mode == Mode::Create)
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create round"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_locked);
    bottom->addWidget(m_buttons, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_editable, 1);
    layout->addLayout(bottom);
    resize(860, 640);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoundDialog::reject);
    connect(m_journey, &QComboBox::currentIndexChanged, this, &RoundDialog::journeyChosen);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dateEdited = true; });
    connect(m_copy, &QCheckBox::toggled, this, &RoundDialog::copyToggled);
    connect(m_locked, &QCheckBox::toggled, this, &RoundDialog::updateState);
    connect(m_criteria, &RoundCriteriaTree::chosenChanged, this, &RoundDialog::updateState);
}

void RoundDialog::loadRound(const Round& round)
{
    const Project& project = m_document->project();
    std::map<Id, int> raterRatings;
    for (const auto& [key, rating] : project.ratings) {
        if (key.round != round.id)
            continue;
        ++m_criterionRatings[key.criterion];
        ++raterRatings[key.rater];
    }
    {
        const QSignalBlocker blocker(m_journey);
        m_journey->setCurrentIndex(
            std::max(0, m_journey->findData(QVariant::fromValue(round.journeyId))));
    }
    if (roundHasRatings(project, round.id)) {
        m_journeyFixed = true;
        m_journey->setEnabled(false);
        m_journey->setToolTip(tr("The round holds ratings of this journey's touchpoints."));
    }
    m_name->setText(round.name);
    m_notes->setPlainText(round.description);
    if (round.date.isValid())
        m_date->setDate(round.date);
    m_dateEdited = false;
    m_criteria->populate(project, m_criterionRatings);
    m_criteria->setChosen(round.criteria);
    m_raters->setRaters(round.raters, raterRatings);
    m_locked->setChecked(round.locked);
}

void RoundDialog::journeyChosen()
{
    if (m_mode != Mode::Create)
        return;
    const Id journey = chosenJourney();
    m_previous = journey == NoId ? NoId : AssessmentContext::latestRound(*m_document, journey);
    const Round* previous = findRound(m_document->project(), m_previous);
    if (previous) {
        m_copy->setText(tr("Copy raters and criteria from %1").arg(quoted(previous->name)));
        if (previous->date.isValid())
            m_copy->setText(tr("Copy raters and criteria from %1 (%2)")
                                .arg(quoted(previous->name),
                                     QLocale().toString(previous->date, QLocale::ShortFormat)));
        m_copy->setToolTip(tr("A re-assessment: the same people rate the same criteria, with "
                              "the same weights and targets, so that the rounds compare."));
    }
    m_copy->setVisible(previous != nullptr);
    if (m_copy->isChecked()) {
        if (previous) // the other journey's latest round
            copyToggled(true);
        else
            m_copy->setChecked(false);
    }
    if (!m_nameEdited)
        m_name->setText(suggestedName());
    m_name->setPlaceholderText(suggestedName());
    updateState();
}

void RoundDialog::copyToggled(bool on)
{
    const Round* previous = findRound(m_document->project(), m_previous);
    if (on && previous) {
        if (!m_ratersBeforeCopy)
            m_ratersBeforeCopy = m_raters->rows();
        std::vector<RoundRatersEditor::Row> rows;
        for (const Rater& rater : previous->raters)
            rows.push_back({NoId, rater.name, rater.role});
        m_raters->setRows(rows);
        m_criteria->setChosen(previous->criteria);
    } else {
        m_raters->setRows(m_ratersBeforeCopy.value_or(std::vector<RoundRatersEditor::Row>{}));
        m_ratersBeforeCopy.reset();
        m_criteria->chooseDefaults();
    }
    if (!m_nameEdited)
        m_name->setText(suggestedName());
    m_name->setPlaceholderText(suggestedName());
}

QString RoundDialog::suggestedName() const
{
    const Project& project = m_document->project();
    if (m_mode == Mode::Edit) {
        const Round* round = findRound(project, m_round);
        return round ? round->name : QString();
    }
    const Round* previous = findRound(project, m_previous);
    if (previous && m_copy->isChecked())
        return tr("Re-assessment of %1").arg(previous->name);
    const Id journey = chosenJourney();
    const auto count = std::count_if(project.rounds.begin(), project.rounds.end(),
                                     [journey](const Round& r) { return r.journeyId == journey; });
    return tr("Workshop %1").arg(count + 1);
}

Id RoundDialog::chosenJourney() const
{
    return m_journey->currentData().value<Id>();
}

void RoundDialog::updateState()
{
    const bool locked = m_mode == Mode::Edit && m_locked->isChecked();
    m_banner->setVisible(locked);
    // A greyed placeholder would read as notes of a locked round.
    m_notes->setPlaceholderText(locked ? QString()
                                       : tr("Who facilitates, the agenda, what to look out for"));
    m_editable->setEnabled(!locked);
    m_raters->setReadOnly(locked);
    const int chosen = m_criteria->chosenCount();
    m_criteriaCount->setText(
        chosen == 0
            ? tr("Choose at least one criterion to rate.")
            : (chosen == 1 ? tr("1 criterion chosen; the round keeps its weight and target.")
                           : tr("%1 criteria chosen; the round keeps each one's weight "
                                "and target.")
                                 .arg(chosen)));
    const bool valid = chosenJourney() != NoId && chosen > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid || (locked && m_round != NoId));
}

void RoundDialog::accept()
{
    const bool applied = m_mode == Mode::Create ? applyNew() : applyEdit();
    if (applied)
        QDialog::accept();
}

bool RoundDialog::applyNew()
{
    Round round;
    round.journeyId = chosenJourney();
    round.criteria = m_criteria->chosen();
    if (round.journeyId == NoId || round.criteria.empty())
        return false;
    round.name = m_name->text().trimmed();
    if (round.name.isEmpty())
        round.name = suggestedName();
    round.description = m_notes->toPlainText();
    round.date = m_date->date();
    for (const RoundRatersEditor::Row& row : m_raters->rows())
        round.raters.push_back(Rater{NoId, row.name, row.role});
    const ProjectDocument::Batch batch(m_document, tr("Add round %1").arg(quoted(round.name)));
    m_round = m_document->addRound(std::move(round));
    return m_round != NoId;
}

bool RoundDialog::applyEdit()
{
    const Round* round = findRound(m_document->project(), m_round);
    if (!round)
        return false;
    const bool wasLocked = round->locked;
    const bool lock = m_locked->isChecked();
    const QString name = round->name;
    const bool editing = !(wasLocked && lock);
    if (editing && m_criteria->chosenCount() == 0)
        return false;
    ProjectDocument::Batch batch(m_document, tr("Edit round %1").arg(quoted(name)));
    if (wasLocked && !lock)
        m_document->set(m_round, &Round::locked, false);
    bool edited = false;
    if (editing)
        edited = applyFields(*findRound(m_document->project(), m_round));
    if (lock && !wasLocked)
        m_document->set(m_round, &Round::locked, true);
    if (!edited && lock != wasLocked)
        batch.setText(lock ? tr("Lock round %1").arg(quoted(name))
                           : tr("Unlock round %1").arg(quoted(name)));
    return true;
}

bool RoundDialog::applyFields(const Round& current)
{
    const Round before = current; // the edits below change the round
    bool edited = false;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        edited |= m_document->set(m_round, &Round::name, name);
    edited |= m_document->set(m_round, &Round::description, m_notes->toPlainText());
    if (m_dateEdited || before.date.isValid())
        edited |= m_document->set(m_round, &Round::date, m_date->date());
    if (!m_journeyFixed)
        edited |= m_document->set(m_round, &Round::journeyId, chosenJourney());
    const std::vector<RoundCriterion> criteria = m_criteria->chosen();
    if (!sameCriteria(criteria, before.criteria))
        edited |= m_document->set(m_round, &Round::criteria, criteria);
    for (Id rater : m_raters->removed())
        edited |= m_document->removeRater(rater);
    for (const RoundRatersEditor::Row& row : m_raters->rows()) {
        if (row.id == NoId) {
            edited |= m_document->addRater(m_round, -1, Rater{NoId, row.name, row.role}) != NoId;
        } else {
            edited |= m_document->set(row.id, &Rater::name, row.name);
            edited |= m_document->set(row.id, &Rater::role, row.role);
        }
    }
    return edited;
}

} // namespace js
