#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Text files as spreadsheets and survey tools write them: UTF-8 with or
// without a byte order mark, UTF-16 (Excel's "Unicode text"), or a Western
// European code page from a spreadsheet saved on Windows.
namespace js::text {

enum class Encoding {
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252, // Latin-1 with the printable characters Windows puts in 0x80..0x9F
};

// The canonical name ("UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252").
QString encodingName(Encoding encoding);
// Reads a name as a user types it: "utf8", "UTF-8", "utf-16", "cp1252",
// "windows-1252", "latin1", "ISO-8859-1" (read as Windows-1252, its superset).
std::optional<Encoding> encodingFromName(QStringView name);
// The names encodingFromName accepts, canonical ones first, for messages.
QStringList encodingNames();

// The encoding a file's bytes are in: a byte order mark decides; without one,
// UTF-16 is recognised by its zero bytes, valid UTF-8 is UTF-8, and anything
// else is Windows-1252 (which decodes every byte).
Encoding detectEncoding(const QByteArray& bytes);
// The length of the byte order mark at the start of the bytes for that
// encoding (3 for UTF-8, 2 for UTF-16), 0 when there is none.
int byteOrderMarkLength(const QByteArray& bytes, Encoding encoding);

// The text, without its byte order mark. Bytes that are not valid in the
// encoding become U+FFFD.
QString decode(const QByteArray& bytes, Encoding encoding);

} // namespace js::text
