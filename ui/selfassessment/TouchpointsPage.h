#pragma once

#include "core/model/Journey.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace js::selfassessment {

// Step 2: the touchpoints to rate, as a short list per stage. Names are
// renamed in place (double-click or F2) and new ones added at the bottom of
// a stage; nothing reaches the document until the wizard applies the edits.
// Emptying the name of a new touchpoint takes it out again.
class TouchpointsPage : public QWidget {
    Q_OBJECT

public:
    explicit TouchpointsPage(QWidget* parent = nullptr);

    // Shows the journey's stages and touchpoints (a new journey's stages
    // have no ids yet).
    void load(const Journey& journey);

    struct DraftTouchpoint {
        Id id = NoId; // NoId for one added here
        QString name;
    };
    struct DraftStage {
        Id id = NoId;
        std::vector<DraftTouchpoint> touchpoints;
    };
    // The touchpoints as the user left them, stage by stage.
    std::vector<DraftStage> draft() const;
    int touchpointCount() const;

    // Adds a touchpoint to the stage at this position, as typing it does.
    void addTouchpoint(int stageIndex, const QString& name);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Column {
        Id stageId = NoId;
        QListWidget* list = nullptr;
        QLineEdit* add = nullptr;
    };
    void clearColumns();
    void markNew(QListWidgetItem* item) const;

    QHBoxLayout* m_columnsLayout;
    std::vector<Column> m_columns;
};

} // namespace js::selfassessment
