#include "live/QrCode.h"

#include <qrencode.h>

namespace js::live {

QrCode QrCode::encode(const QByteArray& text)
{
    QrCode code;
    QRcode* encoded = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_modules.resize(std::size_t(encoded->width) * std::size_t(encoded->width));
    for (std::size_t i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (encoded->data[i] & 1) != 0;
    QRcode_free(encoded);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

} // namespace js::live
