#include "ui/surveys/SurveyProblemsPage.h"

#include "core/analysis/SurveyMetrics.h"
#include "ui/surveys/SurveyStyle.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace js {

SurveyProblemsPage::SurveyProblemsPage(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("surveyProblemsSummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("surveyProblems"));
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    auto* note = new QLabel(tr("Skip them to import the other responses, or cancel the import, "
                               "correct the file and import it again: nothing changes until "
                               "the last step."));
    note->setWordWrap(true);
    surveystyle::makeQuiet(note);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
}

void SurveyProblemsPage::setFigures(const survey::SurveyFigures& figures)
{
    const QLocale locale;
    const int skipped = static_cast<int>(figures.skippedLines.size());
    m_summary->setText(
        tr("%1 an answer off its question's scale, or no touchpoint. If you skip them, each "
           "is left out whole and the other %2 are used.")
            .arg(surveystyle::counted(skipped, tr("1 response holds"), tr("%1 responses hold")),
                 surveystyle::counted(figures.responses - skipped, tr("1 response"),
                                      tr("%1 responses"))));
    m_list->clear();
    const QIcon icon = surveystyle::cautionIcon(this);
    int listed = 0;
    for (const survey::AnswerProblem& problem : figures.problems) {
        if (listed++ == MaxListed) {
            m_list->addItem(tr("… and %1 more")
                                .arg(locale.toString(
                                    static_cast<qlonglong>(figures.problems.size() - MaxListed))));
            break;
        }
        m_list->addItem(new QListWidgetItem(icon, problem.message));
    }
}

QStringList SurveyProblemsPage::messages() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->text();
    return result;
}

QString SurveyProblemsPage::summaryText() const
{
    return m_summary->text();
}

} // namespace js
