#pragma once

#include "core/model/Round.h"
#include "ui/assess/RoundRatersEditor.h"

#include <QDialog>

#include <functional>
#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace js {

class ProjectDocument;
class RoundCriteriaTree;

// "New round…" and "Round settings…": a round's journey, name, date,
// facilitator notes, criteria and raters; for an existing round also its
// lock. OK applies everything in one undo step.
//
// A new round may copy the raters and criteria of the journey's latest round
// (a re-assessment). In an existing round, criteria it holds ratings on
// cannot be left out, removing a rater who has rated asks first, and while
// the round is locked everything but the lock is read-only.
class RoundDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    // For Create, `id` is the journey suggested (NoId: the first); for Edit,
    // the round.
    RoundDialog(ProjectDocument* document, Mode mode, Id id, QWidget* parent = nullptr);

    // Runs the dialog for a new round of a journey; returns the new round's
    // id, or NoId when cancelled.
    static Id createRound(ProjectDocument* document, Id journey, QWidget* parent);
    // Runs the settings of a round; true when the user pressed OK (whether or
    // not anything changed).
    static bool editRound(ProjectDocument* document, Id round, QWidget* parent);

    // Tests: createRound() and editRound() hand their dialog to this function
    // instead of running it; it fills the widgets (found by object name) and
    // calls accept() or reject(). Pass {} to run dialogs again.
    using Filler = std::function<void(RoundDialog&)>;
    static void setTestFiller(Filler filler);

    Mode mode() const { return m_mode; }
    // The round created (after OK) or edited.
    Id round() const { return m_round; }
    // The journey's latest round that a new one may copy; NoId if none.
    Id previousRound() const { return m_previous; }

    // Applies the dialog to the document in one undo step and closes it; stays
    // open when there is nothing valid to apply.
    void accept() override;

private:
    static int run(RoundDialog& dialog);

    void buildForm();
    void loadRound(const Round& round);
    void journeyChosen();
    void copyToggled(bool on);
    void lockToggled();
    void updateState();
    QString suggestedName() const;
    Id chosenJourney() const;
    bool applyNew();
    bool applyEdit();
    bool applyFields(const Round& round);

    ProjectDocument* m_document;
    Mode m_mode;
    Id m_round = NoId;
    Id m_previous = NoId;
    bool m_nameEdited = false;
    bool m_dateEdited = false;
    bool m_journeyFixed = false; // the round holds ratings of its journey
    std::map<Id, int> m_criterionRatings;

    QLabel* m_banner = nullptr;
    QComboBox* m_journey = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_copy = nullptr;
    QCheckBox* m_locked = nullptr;
    RoundCriteriaTree* m_criteria = nullptr;
    QLabel* m_criteriaCount = nullptr;
    RoundRatersEditor* m_raters = nullptr;
    QWidget* m_editable = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    // The rows the user had before copying a previous round's raters.
    std::optional<std::vector<RoundRatersEditor::Row>> m_ratersBeforeCopy;
};

} // namespace js
