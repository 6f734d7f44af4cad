#include "core/io/TextDecoding.h"

#include <QStringDecoder>

#include <array>

namespace js::text {

namespace {

// What Windows-1252 puts at 0x80..0x9F; 0 where it leaves a byte undefined
// (those read as the C1 control of the same number, as Latin-1 does).
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        char16_t unit = byte;
        if (byte >= 0x80 && byte < 0xA0 && windows1252High[byte - 0x80] != 0)
            unit = windows1252High[byte - 0x80];
        *out++ = QChar(unit);
    }
    return text;
}

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char byte : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != byte)
            return false;
    }
    return true;
}

bool isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int follow = 0;
        if (lead >= 0xC2 && lead <= 0xDF)
            follow = 1;
        else if (lead >= 0xE0 && lead <= 0xEF)
            follow = 2;
        else if (lead >= 0xF0 && lead <= 0xF4)
            follow = 3;
        else
            return false;
        if (end - p <= follow)
            return false;
        for (int i = 1; i <= follow; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += follow + 1;
    }
    return true;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LittleEndian:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BigEndian:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf16" || key == u"utf16le" || key == u"unicode")
        return Encoding::Utf16LittleEndian;
    if (key == u"utf16be")
        return Encoding::Utf16BigEndian;
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591" ||
        key == u"ansi")
        return Encoding::Windows1252;
    return std::nullopt;
}

QStringList encodingNames()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("Windows-1252"), QStringLiteral("UTF-16"),   QStringLiteral("cp1252"),
            QStringLiteral("ISO-8859-1")};
}

Encoding detectEncoding(const QByteArray& bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return Encoding::Utf8;
    if (startsWith(bytes, {0xFF, 0xFE}))
        return Encoding::Utf16LittleEndian;
    if (startsWith(bytes, {0xFE, 0xFF}))
        return Encoding::Utf16BigEndian;
    // Without a mark, text in UTF-16 has a zero byte beside nearly every
    // ASCII character: on the odd side in little endian, the even in big.
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    if (probe >= 4 && oddZeros > probe / 4 && evenZeros == 0)
        return Encoding::Utf16LittleEndian;
    if (probe >= 4 && evenZeros > probe / 4 && oddZeros == 0)
        return Encoding::Utf16BigEndian;
    return isValidUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

int byteOrderMarkLength(const QByteArray& bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return startsWith(bytes, {0xEF, 0xBB, 0xBF}) ? 3 : 0;
    case Encoding::Utf16LittleEndian:
        return startsWith(bytes, {0xFF, 0xFE}) ? 2 : 0;
    case Encoding::Utf16BigEndian:
        return startsWith(bytes, {0xFE, 0xFF}) ? 2 : 0;
    case Encoding::Windows1252:
        return 0;
    }
    return 0;
}

QString decode(const QByteArray& bytes, Encoding encoding)
{
    const QByteArray body = bytes.mid(byteOrderMarkLength(bytes, encoding));
    switch (encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(body);
    case Encoding::Utf16LittleEndian: {
        QStringDecoder decoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
        return decoder.decode(body);
    }
    case Encoding::Utf16BigEndian: {
        QStringDecoder decoder(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
        return decoder.decode(body);
    }
    case Encoding::Windows1252:
        return decodeWindows1252(body);
    }
    return {};
}

} // namespace js::text
