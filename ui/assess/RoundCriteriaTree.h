#pragma once

#include "core/model/Project.h"

#include <QTreeWidget>

#include <map>
#include <vector>

namespace js {

// The criteria a round rates: the project's frameworks, each with its criteria
// as checkboxes. A framework's box ticks or clears all of its criteria. A
// criterion the round holds ratings on stays ticked and cannot be cleared
// (the document would refuse to drop it), and says so in its tooltip.
//
// A ticked criterion carries the weight and target the round rates it with:
// those it was given (an existing round's, or a copied round's), otherwise
// the criterion's of now.
class RoundCriteriaTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit RoundCriteriaTree(QWidget* parent = nullptr);

    // Lists the frameworks; `rated` counts the round's ratings per criterion.
    void populate(const Project& project, const std::map<Id, int>& rated = {});
    // Ticks exactly these criteria (and the rated ones), with their weights
    // and targets.
    void setChosen(const std::vector<RoundCriterion>& criteria);
    // Ticks the criteria switched on in their frameworks, at their weights and
    // targets of now.
    void chooseDefaults();
    void setCriterionChosen(Id criterion, bool chosen);

    // The ticked criteria in framework order.
    std::vector<RoundCriterion> chosen() const;
    int chosenCount() const;
    bool isChosen(Id criterion) const;
    QTreeWidgetItem* itemFor(Id criterion) const;

Q_SIGNALS:
    void chosenChanged();

private:
    void onItemChanged(QTreeWidgetItem* item, int column);
    void updateFramework(QTreeWidgetItem* framework);
    void updateFrameworks();
    void showValues(QTreeWidgetItem* item);

    const Project* m_project = nullptr;
    std::map<Id, RoundCriterion> m_values; // what a ticked criterion is rated with
    bool m_updating = false;
};

} // namespace js
