// The framework editor's commands: adding, duplicating, deleting and
// resetting frameworks, adding, deleting and moving criteria, each asking
// first where the edit takes ratings with it.

#include "core/content/FrameworkReset.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/frameworks/CriterionForm.h"
#include "ui/frameworks/CriterionTableModel.h"
#include "ui/frameworks/FrameworkEditor.h"
#include "ui/frameworks/FrameworkListModel.h"

#include <QLocale>
#include <QPushButton>
#include <QTableView>

#include <set>

namespace js {

namespace {

int ratingsOn(const Project& project, const std::set<Id>& criteria)
{
    int count = 0;
    for (const auto& [key, rating] : project.ratings)
        count += criteria.contains(key.criterion) ? 1 : 0;
    return count;
}

} // namespace

// ---- commands

void FrameworkEditor::addFramework()
{
    const std::optional<QString> name = dialogs::askText(
        this, tr("Add framework"), tr("Name of the new framework:"), tr("New framework"));
    if (!name)
        return;
    Framework framework;
    framework.name = name->trimmed().isEmpty() ? tr("New framework") : name->trimmed();
    selectFramework(m_document->addFramework(framework));
    m_addCriterion->setFocus(Qt::OtherFocusReason);
}

void FrameworkEditor::duplicateFramework()
{
    const Framework* original = findFramework(m_document->project(), currentFramework());
    if (!original)
        return;
    // The copy is the user's own: no keys, nothing to reset.
    Framework copy = *original;
    copy.key.clear();
    for (Criterion& criterion : copy.criteria)
        criterion.key.clear();
    copy.name = tr("%1 (copy)").arg(original->name);
    const int index = m_frameworks->rowOf(original->id) + 1;
    Id id = NoId;
    {
        ProjectDocument::Batch batch(m_document,
                                     tr("Duplicate framework %1").arg(quoted(original->name)));
        id = m_document->addFramework(copy, index);
    }
    selectFramework(id);
    m_frameworkName->setFocus(Qt::OtherFocusReason);
    m_frameworkName->selectAll();
}

bool FrameworkEditor::refuseForLockedRound(const std::set<Id>& criteria)
{
    const Round* round = lockedRoundRating(m_document->project(), criteria);
    if (!round)
        return false;
    dialogs::inform(this, tr("Rated in a locked round"),
                    tr("The locked round %1 holds scores on this, so it stays as the round "
                       "rated it. Unlock the round first (Assess > Lock round) to delete it.")
                        .arg(quoted(round->name)));
    return true;
}

void FrameworkEditor::removeFramework()
{
    const Framework* framework = findFramework(m_document->project(), currentFramework());
    if (!framework)
        return;
    std::set<Id> criteria;
    for (const Criterion& criterion : framework->criteria)
        criteria.insert(criterion.id);
    if (refuseForLockedRound(criteria))
        return;
    const int ratings = ratingsOn(m_document->project(), criteria);
    const int count = static_cast<int>(criteria.size());
    const QString name = quoted(framework->name);
    const QLocale locale;
    const QString what =
        count == 0 ? tr("Delete the framework %1? It has no criteria.").arg(name)
        : count == 1
            ? tr("Delete the framework %1 with its criterion?").arg(name)
            : tr("Delete the framework %1 with its %2 criteria?").arg(name, locale.toString(count));
    const QString rated =
        ratings == 0 ? tr("Nothing has been rated on it yet.")
        : ratings == 1
            ? tr("The 1 rating given on it is deleted with it.")
            : tr("The %1 ratings given on it are deleted with it.").arg(locale.toString(ratings));
    const QString text = tr("%1 %2 You can undo this.").arg(what, rated);
    if (!dialogs::ask(this, tr("Delete framework"), text, tr("Delete")))
        return;
    const int row = m_frameworks->rowOf(framework->id);
    m_document->removeFramework(framework->id);
    selectFramework(m_frameworks->idAt(std::min(row, m_frameworks->rowCount() - 1)));
}

void FrameworkEditor::resetFramework()
{
    const Framework* framework = findFramework(m_document->project(), currentFramework());
    if (!framework || !differsFromBuiltIn(*framework))
        return;
    const QString text =
        tr("Reset %1 to the framework as it comes with Journeyscope?\n\n"
           "Its name and description, and the names, descriptions, guiding questions, weights, "
           "targets, on/off settings and order of its built-in criteria come back; built-in "
           "criteria you deleted are added again. Criteria you added yourself stay, after the "
           "built-in ones. Ratings are kept, and past rounds keep the weights and targets they "
           "were created with.\n\nYou can undo this.")
            .arg(quoted(framework->name));
    if (!dialogs::ask(this, tr("Reset framework"), text, tr("Reset")))
        return;
    const Id criterion = currentCriterion();
    resetToBuiltIn(*m_document, framework->id);
    selectCriterion(criterion);
}

void FrameworkEditor::addCriterion()
{
    const Id framework = currentFramework();
    if (framework == NoId)
        return;
    Criterion criterion;
    criterion.name = tr("New criterion");
    selectCriterion(m_document->addCriterion(framework, -1, criterion));
    m_criterionForm->editName();
}

void FrameworkEditor::removeCriterion()
{
    const Criterion* criterion = findCriterion(m_document->project(), currentCriterion());
    if (!criterion || refuseForLockedRound({criterion->id}))
        return;
    const int ratings = ratingsOn(m_document->project(), {criterion->id});
    if (ratings > 0) {
        const QString name = quoted(criterion->name);
        const QString text =
            ratings == 1 ? tr("Delete the criterion %1? The 1 rating given on it is deleted "
                              "with it. You can undo this.")
                               .arg(name)
                         : tr("Delete the criterion %1? The %2 ratings given on it are deleted "
                              "with it. You can undo this.")
                               .arg(name, QLocale().toString(ratings));
        if (!dialogs::ask(this, tr("Delete criterion"), text, tr("Delete")))
            return;
    }
    const int row = m_criteria->rowOf(criterion->id);
    m_document->removeCriterion(criterion->id);
    selectCriterion(m_criteria->idAt(std::min(row, m_criteria->rowCount() - 1)));
}

void FrameworkEditor::moveCriterion(int by)
{
    const Id id = currentCriterion();
    const int row = m_criteria->rowOf(id);
    if (row < 0 || row + by < 0 || row + by >= m_criteria->rowCount())
        return;
    m_document->moveCriterion(id, row + by);
    m_criterionTable->scrollTo(m_criterionTable->currentIndex());
}

void FrameworkEditor::moveFramework(int by)
{
    const Id id = currentFramework();
    const int row = m_frameworks->rowOf(id);
    if (row < 0 || row + by < 0 || row + by >= m_frameworks->rowCount())
        return;
    m_document->moveFramework(id, row + by);
}

FrameworkEditor* showFrameworkEditor(ProjectDocument* document, QWidget* parent, Id frameworkToShow)
{
    FrameworkEditor* editor = nullptr;
    if (parent) {
        for (auto* open : parent->findChildren<FrameworkEditor*>(Qt::FindDirectChildrenOnly)) {
            if (open->document() == document)
                editor = open;
        }
    }
    if (!editor) {
        editor = new FrameworkEditor(document, parent);
        editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (frameworkToShow != NoId)
        editor->showEntity(frameworkToShow);
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

} // namespace js
