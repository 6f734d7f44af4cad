#pragma once

#include "live/QrCode.h"

#include <QString>
#include <QWidget>

namespace js {

// A QR code of a text, as large as the widget allows and square, dark
// modules on white inside a quiet zone of four modules (whatever the
// palette: a reader needs the contrast). Each module is a whole number of
// pixels so that the code stays sharp on a projector.
class QrCodeWidget : public QWidget {
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    bool isNull() const { return m_code.isNull(); }

    // The code with its quiet zone, `modulePixels` a module, for a test or a file.
    QImage image(int modulePixels) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    live::QrCode m_code;
};

} // namespace js
