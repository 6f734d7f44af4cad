#pragma once

#include <QAbstractButton>
#include <QColor>

namespace js {

// One big answer of the focus view: a score (or N/A) in large type with its
// anchor below ("very poor"). The chosen one is filled with its heat colour;
// the others show that colour as a strip along their bottom edge, so that the
// row reads as the scale. Sized by the view through setUnit().
class ScoreButton : public QAbstractButton {
    Q_OBJECT

public:
    ScoreButton(const QString& label, const QString& anchor, QWidget* parent = nullptr);

    // The fill when chosen, and the text colour that reads on it.
    void setColours(const QColor& fill, const QColor& text);
    void setChosen(bool chosen);
    bool isChosen() const { return m_chosen; }
    // The view's type size in pixels: the label is 2.4 of it, the anchor 0.9.
    void setUnit(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QString m_anchor;
    QColor m_fill;
    QColor m_text;
    bool m_chosen = false;
    bool m_hover = false;
    int m_unit = 16;
};

} // namespace js
