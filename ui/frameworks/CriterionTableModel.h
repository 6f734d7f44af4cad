#pragma once

#include "ui/frameworks/IdListModel.h"

namespace js {

// The criteria of one framework, in order: name, weight, target and whether
// new rounds rate it (a check box that switches it on and off through the
// document). Dragging a row reorders the criteria.
class CriterionTableModel : public IdListModel {
    Q_OBJECT

public:
    enum Column { NameColumn, WeightColumn, TargetColumn, EnabledColumn, ColumnCount };

    explicit CriterionTableModel(ProjectDocument* document, QObject* parent = nullptr);

    // The framework whose criteria the table shows; NoId for none. Follows
    // the framework away when it is deleted.
    Id framework() const { return m_framework; }
    void setFramework(Id frameworkId);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    std::vector<Id> idsNow() const override;
    bool concerns(const ChangeEvent& event) const override;
    bool moveTo(Id id, int index) override;

private:
    Id m_framework = NoId;
};

} // namespace js
