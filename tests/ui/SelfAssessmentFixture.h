#pragma once

#include "SampleProject.h"
#include "core/analysis/RoundResults.h"
#include "core/document/ProjectDocument.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/selfassessment/FrameworksPage.h"
#include "ui/selfassessment/JourneyPage.h"
#include "ui/selfassessment/ResultPage.h"
#include "ui/selfassessment/SelfAssessmentWizard.h"
#include "ui/selfassessment/TouchpointsPage.h"
#include "ui/selfassessment/WalkPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace js::test {

// A wizard over the sample project (one journey of three touchpoints in two
// stages, TRIXIE and the 5 Cs, a workshop round of two raters), shown and
// driven by its widgets' object names.
class SelfAssessmentFixture : public ::testing::Test {
protected:
    using Step = SelfAssessmentWizard::Step;

    void SetUp() override
    {
        dialogs::testing::reset();
        QSettings().remove(QStringLiteral("selfAssessment"));
        sample = buildSample(document);
    }

    std::unique_ptr<SelfAssessmentWizard> open(QSize size = {1280, 720})
    {
        auto wizard = std::make_unique<SelfAssessmentWizard>(&document, projectKey);
        wizard->resize(size);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        settle();
        return wizard;
    }

    template <typename T> static T* child(QWidget* wizard, const QString& name)
    {
        T* found = wizard->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    template <typename T> static T* child(QWidget* wizard, const char* name)
    {
        return child<T>(wizard, QString::fromLatin1(name));
    }
    static QString text(QWidget* wizard, const char* name)
    {
        QLabel* label = child<QLabel>(wizard, name);
        return label ? label->text() : QString();
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    // The journey and touchpoint pages with the defaults (the sample's
    // journey), the name given, up to the frameworks.
    void toFrameworks(SelfAssessmentWizard* wizard, const QString& name = QStringLiteral("Maria"))
    {
        ASSERT_EQ(wizard->step(), Step::Journey);
        auto* rater = child<QLineEdit>(wizard, "raterName");
        rater->clear();
        QTest::keyClicks(rater, name);
        wizard->next();
        ASSERT_EQ(wizard->step(), Step::Touchpoints) << wizard->problem().toStdString();
        wizard->next();
        ASSERT_EQ(wizard->step(), Step::Frameworks) << wizard->problem().toStdString();
    }
    // TRIXIE alone, then the walk starts.
    void startWithTrixie(SelfAssessmentWizard* wizard)
    {
        const Id fiveCs = document.project().frameworks[1].id;
        wizard->frameworksPage()->setFrameworkChecked(fiveCs, false);
        wizard->next();
        ASSERT_EQ(wizard->step(), Step::Walk) << wizard->problem().toStdString();
    }
    // Types the keys into the walk page, one after the other.
    static void type(SelfAssessmentWizard* wizard, const QString& keys)
    {
        for (QChar key : keys) {
            QTest::keyClick(wizard->walkPage(), key.toLatin1());
            settle();
        }
    }

    const Project& project() const { return document.project(); }
    std::vector<Id> trixieEnabled() const
    {
        std::vector<Id> ids;
        for (const Criterion& criterion : project().frameworks[0].criteria) {
            if (criterion.enabled)
                ids.push_back(criterion.id);
        }
        return ids;
    }

    ProjectDocument document;
    Sample sample;
    const QString projectKey = QStringLiteral("/home/maria/Shop.journey");
};

} // namespace js::test
