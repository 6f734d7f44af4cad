// The round dialog ("New round…", "Round settings…") filled through its
// widgets, offscreen, without exec().
#include "ui/assess/RoundDialog.h"

#include "SampleProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/assess/RoundCriteriaTree.h"
#include "ui/dialogs/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace js {
namespace {

class RoundDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        sample = test::buildSample(document);
    }
    void TearDown() override
    {
        RoundDialog::setTestFiller({});
        dialogs::testing::reset();
    }

    const Project& project() const { return document.project(); }
    const Framework& trixie() const { return project().frameworks[0]; }
    const Framework& fiveCs() const { return project().frameworks[1]; }

    template <typename W> static W* field(const RoundDialog& dialog, const char* name)
    {
        auto* widget = dialog.findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    static QPushButton* ok(const RoundDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    static void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    // The framework's row in the tree, as a user toggles it: current, Space.
    static void toggleFramework(RoundCriteriaTree* tree, int index)
    {
        tree->setCurrentItem(tree->topLevelItem(index));
        QTest::keyClick(tree, Qt::Key_Space);
    }
    static void toggleCriterion(RoundCriteriaTree* tree, Id criterion)
    {
        tree->setCurrentItem(tree->itemFor(criterion));
        QTest::keyClick(tree, Qt::Key_Space);
    }
    static std::vector<Id> ids(const std::vector<RoundCriterion>& criteria)
    {
        std::vector<Id> result;
        for (const RoundCriterion& c : criteria)
            result.push_back(c.criterionId);
        return result;
    }
    // A round of the sample journey with the default criteria, one rater and
    // a single rating, on Trust.
    Id roundRatedOnTrustOnly()
    {
        Round round = test::makeRound(QStringLiteral("Check"), sample.journey, QDate(2026, 7, 1));
        round.raters.push_back(Rater{NoId, QStringLiteral("Mia"), {}});
        const Id id = document.addRound(round);
        const Id rater = findRound(project(), id)->raters[0].id;
        document.setRatingScore(RatingKey{id, rater, sample.touchpoint, sample.criterion}, 2);
        document.undoStack()->clear();
        return id;
    }

    ProjectDocument document;
    test::Sample sample;
};

TEST_F(RoundDialogTest, CreatesARoundWithTwoRatersAndSomeCriteriaInOneUndoStep)
{
    RoundDialog dialog(&document, RoundDialog::Mode::Create, sample.journey);
    auto* journey = field<QComboBox>(dialog, "roundJourney");
    auto* name = field<QLineEdit>(dialog, "roundName");
    auto* date = field<QDateEdit>(dialog, "roundDate");
    auto* notes = field<QPlainTextEdit>(dialog, "roundNotes");
    auto* tree = field<RoundCriteriaTree>(dialog, "roundCriteria");
    auto* raters = field<QTableWidget>(dialog, "roundRaters");
    ASSERT_TRUE(journey && name && date && notes && tree && raters);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New round"));
    EXPECT_EQ(journey->currentData().value<Id>(), sample.journey);
    EXPECT_EQ(name->text(), QStringLiteral("Workshop 2")) << "the journey has one round";
    EXPECT_EQ(date->date(), QDate::currentDate());
    EXPECT_EQ(ids(tree->chosen()), ids(defaultRoundCriteria(project().frameworks)));
    EXPECT_FALSE(field<QCheckBox>(dialog, "roundLocked")->isVisibleTo(&dialog));
    EXPECT_TRUE(ok(dialog)->isEnabled());
    EXPECT_EQ(ok(dialog)->text(), QStringLiteral("Create round"));

    typeInto(name, QStringLiteral("Spring workshop"));
    date->setDate(QDate(2026, 9, 14));
    notes->setPlainText(QStringLiteral("Bring sticky notes"));
    toggleCriterion(tree, sample.criterion); // Trust off
    toggleFramework(tree, 1);                // all of the 5 Cs off
    EXPECT_EQ(tree->topLevelItem(1)->checkState(0), Qt::Unchecked);
    EXPECT_EQ(tree->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);
    QTest::mouseClick(field<QPushButton>(dialog, "roundAddRater"), Qt::LeftButton);
    ASSERT_EQ(raters->rowCount(), 1);
    raters->item(0, 0)->setText(QStringLiteral("Rita"));
    raters->item(0, 1)->setText(QStringLiteral("Sales"));
    QTest::mouseClick(field<QPushButton>(dialog, "roundAddRater"), Qt::LeftButton);
    raters->item(1, 0)->setText(QStringLiteral("Omar"));
    raters->item(1, 1)->setText(QStringLiteral("Customer service"));
    dialog.accept();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Round* round = findRound(project(), dialog.round());
    ASSERT_NE(round, nullptr);
    EXPECT_EQ(round->name, QStringLiteral("Spring workshop"));
    EXPECT_EQ(round->journeyId, sample.journey);
    EXPECT_EQ(round->date, QDate(2026, 9, 14));
    EXPECT_EQ(round->description, QStringLiteral("Bring sticky notes"));
    EXPECT_FALSE(round->locked);
    std::vector<Id> expected;
    for (const Criterion& c : trixie().criteria) {
        if (c.enabled && c.id != sample.criterion)
            expected.push_back(c.id);
    }
    EXPECT_EQ(ids(round->criteria), expected);
    ASSERT_EQ(round->raters.size(), 2u);
    EXPECT_EQ(round->raters[0].name, QStringLiteral("Rita"));
    EXPECT_EQ(round->raters[0].role, QStringLiteral("Sales"));
    EXPECT_EQ(round->raters[1].name, QStringLiteral("Omar"));
    EXPECT_EQ(round->raters[1].role, QStringLiteral("Customer service"));
    EXPECT_NE(round->raters[0].id, NoId);

    ASSERT_EQ(document.undoStack()->count(), 1) << "the round and its raters are one step";
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Add round “Spring workshop”"));
    const Round created = *round;
    document.undoStack()->undo();
    EXPECT_EQ(findRound(project(), created.id), nullptr);
    document.undoStack()->redo();
    ASSERT_NE(findRound(project(), created.id), nullptr);
    EXPECT_EQ(*findRound(project(), created.id), created);
}

TEST_F(RoundDialogTest, PastesSeveralRatersAtOnce)
{
    RoundDialog dialog(&document, RoundDialog::Mode::Create, sample.journey);
    auto* raters = field<QTableWidget>(dialog, "roundRaters");
    dialog.findChild<RoundRatersEditor*>()->pasteNames(
        QStringLiteral("Ana\tMarketing\nBen, Logistics\n\n  Cleo  \n"));
    ASSERT_EQ(raters->rowCount(), 3);
    dialog.accept();
    const Round* round = findRound(project(), dialog.round());
    ASSERT_NE(round, nullptr);
    ASSERT_EQ(round->raters.size(), 3u);
    EXPECT_EQ(round->raters[0].role, QStringLiteral("Marketing"));
    EXPECT_EQ(round->raters[1].name, QStringLiteral("Ben"));
    EXPECT_EQ(round->raters[1].role, QStringLiteral("Logistics"));
    EXPECT_EQ(round->raters[2].name, QStringLiteral("Cleo"));
    EXPECT_TRUE(round->raters[2].role.isEmpty());
}

TEST_F(RoundDialogTest, OkNeedsAJourneyAndACriterion)
{
    RoundDialog dialog(&document, RoundDialog::Mode::Create, sample.journey);
    auto* tree = field<RoundCriteriaTree>(dialog, "roundCriteria");
    // TRIXIE's optional criteria start off: a click ticks all, the next none.
    EXPECT_EQ(tree->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);
    toggleFramework(tree, 0);
    EXPECT_EQ(tree->topLevelItem(0)->checkState(0), Qt::Checked);
    EXPECT_EQ(tree->chosenCount(), int(test::allCriteria(project()).size()));
    toggleFramework(tree, 0);
    toggleFramework(tree, 1);
    EXPECT_EQ(tree->chosenCount(), 0);
    EXPECT_FALSE(ok(dialog)->isEnabled());
    EXPECT_EQ(field<QLabel>(dialog, "roundCriteriaCount")->text(),
              QStringLiteral("Choose at least one criterion to rate."));
    const int rounds = int(project().rounds.size());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "nothing to create";
    EXPECT_EQ(int(project().rounds.size()), rounds);
    toggleFramework(tree, 1);
    EXPECT_TRUE(ok(dialog)->isEnabled());

    ProjectDocument empty;
    RoundDialog none(&empty, RoundDialog::Mode::Create, NoId);
    EXPECT_FALSE(field<QComboBox>(none, "roundJourney")->isEnabled());
    EXPECT_FALSE(ok(none)->isEnabled());
}

TEST_F(RoundDialogTest, CopiesTheRatersAndCriteriaOfTheJourneysLatestRound)
{
    // A later round than the sample's, on three criteria at weights of its own.
    Round spring =
        test::makeRound(QStringLiteral("Spring check"), sample.journey, QDate(2026, 9, 1),
                        {{trixie().criteria[1].id, 2.0, 3.5},
                         {trixie().criteria[2].id, 1.0, 4.0},
                         {fiveCs().criteria[0].id, 1.5, 4.5}});
    spring.raters = {Rater{NoId, QStringLiteral("Lena"), QStringLiteral("Sales")},
                     Rater{NoId, QStringLiteral("Kofi"), QStringLiteral("Stores")}};
    const Id springId = document.addRound(spring, 0); // first in the list, latest by date
    document.undoStack()->clear();

    RoundDialog dialog(&document, RoundDialog::Mode::Create, sample.journey);
    EXPECT_EQ(dialog.previousRound(), springId);
    auto* copy = field<QCheckBox>(dialog, "roundCopyPrevious");
    auto* name = field<QLineEdit>(dialog, "roundName");
    auto* tree = field<RoundCriteriaTree>(dialog, "roundCriteria");
    auto* raters = field<QTableWidget>(dialog, "roundRaters");
    ASSERT_TRUE(copy->isVisibleTo(&dialog));
    EXPECT_TRUE(copy->text().startsWith(QStringLiteral("Copy raters and criteria from “Spring "
                                                       "check”")))
        << copy->text().toStdString();
    EXPECT_FALSE(copy->isChecked());

    copy->click();
    EXPECT_EQ(name->text(), QStringLiteral("Re-assessment of Spring check"));
    EXPECT_EQ(tree->chosen(), findRound(project(), springId)->criteria);
    ASSERT_EQ(raters->rowCount(), 2);
    EXPECT_EQ(raters->item(1, 0)->text(), QStringLiteral("Kofi"));

    copy->click(); // and back
    EXPECT_EQ(raters->rowCount(), 0);
    EXPECT_EQ(ids(tree->chosen()), ids(defaultRoundCriteria(project().frameworks)));
    EXPECT_EQ(name->text(), QStringLiteral("Workshop 3"));

    copy->click();
    dialog.accept();
    const Round* round = findRound(project(), dialog.round());
    const Round* previous = findRound(project(), springId);
    ASSERT_TRUE(round && previous);
    EXPECT_EQ(round->name, QStringLiteral("Re-assessment of Spring check"));
    EXPECT_EQ(round->criteria, previous->criteria) << "weights and targets too";
    ASSERT_EQ(round->raters.size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(round->raters[i].name, previous->raters[i].name);
        EXPECT_EQ(round->raters[i].role, previous->raters[i].role);
        EXPECT_NE(round->raters[i].id, previous->raters[i].id);
    }
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST_F(RoundDialogTest, ARatedCriterionStaysTickedAndSaysWhy)
{
    const Id id = roundRatedOnTrustOnly();
    RoundDialog dialog(&document, RoundDialog::Mode::Edit, id);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Round settings"));
    auto* tree = field<RoundCriteriaTree>(dialog, "roundCriteria");
    QTreeWidgetItem* trust = tree->itemFor(sample.criterion);
    ASSERT_NE(trust, nullptr);
    EXPECT_EQ(trust->checkState(0), Qt::Checked);
    EXPECT_FALSE(trust->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(trust->toolTip(0).contains(QStringLiteral("1 rating on Trust")))
        << trust->toolTip(0).toStdString();
    EXPECT_FALSE(field<QComboBox>(dialog, "roundJourney")->isEnabled())
        << "its ratings are of this journey's touchpoints";

    toggleCriterion(tree, sample.criterion);
    EXPECT_TRUE(tree->isChosen(sample.criterion));
    toggleFramework(tree, 0); // TRIXIE all on (the optional ones were off)
    toggleFramework(tree, 0); // and off, but Trust stays
    toggleFramework(tree, 1); // the 5 Cs off
    EXPECT_TRUE(tree->isChosen(sample.criterion));
    EXPECT_EQ(tree->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);
    EXPECT_EQ(tree->chosenCount(), 1);
    dialog.accept();
    EXPECT_EQ(ids(findRound(project(), id)->criteria), std::vector<Id>{sample.criterion});
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Edit round “Check”"));
}

TEST_F(RoundDialogTest, EditsRatersAndAsksBeforeRemovingOneWithRatings)
{
    const Round before = *findRound(project(), sample.round);
    const int ritaRatings =
        int(std::count_if(project().ratings.begin(), project().ratings.end(),
                          [&](const auto& entry) { return entry.first.rater == sample.rater; }));
    RoundDialog dialog(&document, RoundDialog::Mode::Edit, sample.round);
    auto* raters = field<QTableWidget>(dialog, "roundRaters");
    auto* remove = field<QPushButton>(dialog, "roundRemoveRater");
    ASSERT_EQ(raters->rowCount(), 2);
    EXPECT_EQ(raters->item(0, 0)->text(), QStringLiteral("Rita"));

    raters->setCurrentCell(0, 0);
    dialogs::testing::queueAnswer(QStringLiteral("no"));
    remove->click();
    EXPECT_EQ(raters->rowCount(), 2) << "kept";
    const QStringList asked = dialogs::testing::takeMessages();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].contains(QStringLiteral("%1 ratings").arg(ritaRatings)))
        << asked[0].toStdString();

    dialogs::testing::queueAnswer(QStringLiteral("yes"));
    remove->click();
    ASSERT_EQ(raters->rowCount(), 1);
    raters->item(0, 0)->setText(QStringLiteral("Omar B."));
    dialog.findChild<RoundRatersEditor*>()->addRow(QStringLiteral("Zoe"), QStringLiteral("IT"));
    field<QPlainTextEdit>(dialog, "roundNotes")->setPlainText(QStringLiteral("Second day"));
    dialog.accept();

    const Round* round = findRound(project(), sample.round);
    ASSERT_EQ(round->raters.size(), 2u);
    EXPECT_EQ(round->raters[0].id, sample.otherRater);
    EXPECT_EQ(round->raters[0].name, QStringLiteral("Omar B."));
    EXPECT_EQ(round->raters[1].name, QStringLiteral("Zoe"));
    EXPECT_EQ(round->description, QStringLiteral("Second day"));
    EXPECT_EQ(round->date, before.date) << "untouched";
    for (const auto& [key, rating] : project().ratings)
        EXPECT_NE(key.rater, sample.rater);
    ASSERT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(*findRound(project(), sample.round), before);
    EXPECT_NE(
        document.rating(RatingKey{sample.round, sample.rater, sample.touchpoint, sample.criterion}),
        nullptr);
}

TEST_F(RoundDialogTest, LocksFromTheDialogAndALockedRoundIsReadOnly)
{
    {
        RoundDialog dialog(&document, RoundDialog::Mode::Edit, sample.round);
        auto* banner = field<QLabel>(dialog, "roundLockedBanner");
        auto* locked = field<QCheckBox>(dialog, "roundLocked");
        EXPECT_FALSE(banner->isVisibleTo(&dialog));
        locked->click();
        EXPECT_TRUE(banner->isVisibleTo(&dialog));
        EXPECT_FALSE(field<QLineEdit>(dialog, "roundName")->isEnabled());
        EXPECT_TRUE(ok(dialog)->isEnabled());
        dialog.accept();
    }
    EXPECT_TRUE(document.isLocked(sample.round));
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Lock round “Baseline”"));

    RoundDialog dialog(&document, RoundDialog::Mode::Edit, sample.round);
    auto* banner = field<QLabel>(dialog, "roundLockedBanner");
    auto* name = field<QLineEdit>(dialog, "roundName");
    auto* locked = field<QCheckBox>(dialog, "roundLocked");
    EXPECT_TRUE(banner->isVisibleTo(&dialog));
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("This round is locked")));
    EXPECT_TRUE(locked->isChecked());
    EXPECT_TRUE(locked->isEnabled());
    for (const char* editable : {"roundName", "roundDate", "roundNotes", "roundCriteria",
                                 "roundRaters", "roundAddRater", "roundPasteRaters"})
        EXPECT_FALSE(dialog.findChild<QWidget*>(QString::fromLatin1(editable))->isEnabled())
            << editable;

    // Unlocked, it edits again: the unlock and the rename are one step.
    locked->click();
    EXPECT_FALSE(banner->isVisibleTo(&dialog));
    EXPECT_TRUE(name->isEnabled());
    typeInto(name, QStringLiteral("Baseline (final)"));
    dialog.accept();
    EXPECT_FALSE(document.isLocked(sample.round));
    EXPECT_EQ(findRound(project(), sample.round)->name, QStringLiteral("Baseline (final)"));
    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST_F(RoundDialogTest, EntryPointsRunTheDialogThroughTheTestFiller)
{
    RoundDialog::setTestFiller([](RoundDialog& dialog) {
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("roundName"));
        name->setText(QStringLiteral("From the menu"));
        dialog.accept();
    });
    const Id id = RoundDialog::createRound(&document, sample.journey, nullptr);
    ASSERT_NE(findRound(project(), id), nullptr);
    EXPECT_EQ(findRound(project(), id)->name, QStringLiteral("From the menu"));
    EXPECT_TRUE(RoundDialog::editRound(&document, id, nullptr));

    RoundDialog::setTestFiller([](RoundDialog& dialog) { dialog.reject(); });
    const size_t rounds = project().rounds.size();
    EXPECT_EQ(RoundDialog::createRound(&document, sample.journey, nullptr), NoId);
    EXPECT_EQ(project().rounds.size(), rounds);
    EXPECT_FALSE(RoundDialog::editRound(&document, id, nullptr));
    EXPECT_FALSE(RoundDialog::editRound(&document, 999999, nullptr));
}

TEST_F(RoundDialogTest, Screenshots)
{
    Round spring =
        test::makeRound(QStringLiteral("Spring check"), sample.journey, QDate(2026, 9, 1));
    spring.raters = {Rater{NoId, QStringLiteral("Lena Park"), QStringLiteral("Sales")},
                     Rater{NoId, QStringLiteral("Kofi Mensah"), QStringLiteral("Stores")}};
    document.addRound(spring);
    {
        RoundDialog dialog(&document, RoundDialog::Mode::Create, sample.journey);
        field<QCheckBox>(dialog, "roundCopyPrevious")->click();
        dialog.show();
        QApplication::processEvents();
        EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/round-dialog-new.png")));
    }
    const Id id = roundRatedOnTrustOnly();
    document.set(id, &Round::locked, true);
    RoundDialog dialog(&document, RoundDialog::Mode::Edit, id);
    dialog.show();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/round-dialog-locked.png")));
    field<QCheckBox>(dialog, "roundLocked")->click();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/round-dialog-settings.png")));
}

} // namespace
} // namespace js
