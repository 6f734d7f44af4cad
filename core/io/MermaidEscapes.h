#pragma once

#include <QString>

// Shared by the writer and the reader of Mermaid journey text; not an API.
namespace js::mermaid::detail {

// Mermaid's journey lexer (user-journey/parser/journey.jison) ends a task or
// section name at ':' (the score follows), at '#' (a comment runs to the end
// of the line), at ';' (an error) and at a line break; it splits actors at
// ',' and reads "%%" at the start of a task as a comment. The grammar has no
// escape: an entity code such as "#58;" would itself start a comment. So these
// characters are written as their small form variants (U+FE50..U+FE6B): they
// look alike, NFKC maps them back to the plain ones, and they are rare in real
// text, so the reader can map them back too and names survive a round trip.
struct Escape {
    char16_t plain;
    char16_t written;
};
inline constexpr Escape escapes[] = {
    {u':', u'\uFE55'}, {u'#', u'\uFE5F'}, {u';', u'\uFE54'}, {u',', u'\uFE50'}, {u'%', u'\uFE6A'},
};

// A task whose name starts with a keyword ("Title search", "Section 8 form",
// "Journey planner") would be read as that statement. A zero-width space in
// front, which Mermaid's lexer does not skip as white space, keeps it a task;
// the reader drops it again.
inline constexpr char16_t keywordGuard = u'\u200B';

inline QString unescaped(QString text)
{
    for (const Escape& escape : escapes)
        text.replace(QChar(escape.written), QChar(escape.plain));
    return text;
}

} // namespace js::mermaid::detail
