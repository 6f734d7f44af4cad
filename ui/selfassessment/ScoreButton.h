#pragma once

#include <QAbstractButton>

namespace js::selfassessment {

// A large button for one answer of the walk: a figure ("3") over its anchor
// ("Fair"), or a word alone ("Not applicable"). Checkable ones show checked
// the answer the cell holds. Sized by its font.
class ScoreButton : public QAbstractButton {
    Q_OBJECT

public:
    ScoreButton(const QString& figure, const QString& caption, QWidget* parent = nullptr);

    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QFont figureFont() const;
    QFont captionFont() const;

    QString m_caption;
    bool m_hovered = false;
};

} // namespace js::selfassessment
