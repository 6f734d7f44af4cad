#pragma once

#include <QByteArray>

#include <vector>

namespace js::live {

// A QR code as a square of modules (libqrencode, error correction level M,
// so that a projector's glare or a finger on the screen still scans).
class QrCode {
public:
    // An empty code when the text does not fit in a QR code.
    static QrCode encode(const QByteArray& text);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone a reader needs around it.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace js::live
