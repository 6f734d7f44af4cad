#pragma once

#include <QAbstractButton>

namespace js::selfassessment {

// A large, checkable button for one answer of the walk: a figure ("3") over
// its anchor ("Fair"), or a word alone ("Not applicable"). Checked shows the
// answer the cell holds.
class ScoreButton : public QAbstractButton {
    Q_OBJECT

public:
    ScoreButton(const QString& figure, const QString& caption, QWidget* parent = nullptr);

    QString caption() const { return m_caption; }
    // A colour for the stripe along the bottom edge (the heat scale's colour
    // of the score); none when invalid.
    void setAccent(const QColor& color);

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
    QColor m_accent;
    bool m_hovered = false;
};

} // namespace js::selfassessment
