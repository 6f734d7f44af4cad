#pragma once

#include "ui/frameworks/IdListModel.h"

#include <QStyledItemDelegate>

namespace js {

// The project's frameworks, in their order; built-in ones (with a key) are
// marked. Dragging a row reorders the frameworks.
class FrameworkListModel : public IdListModel {
    Q_OBJECT

public:
    // True for a built-in framework.
    static constexpr int BuiltInRole = IdRole + 1;

    explicit FrameworkListModel(ProjectDocument* document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    std::vector<Id> idsNow() const override;
    bool concerns(const ChangeEvent& event) const override;
    bool moveTo(Id id, int index) override;
};

// Draws a framework's name with a quiet "Built in" on the right for the
// frameworks that come with the application.
class FrameworkItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace js
