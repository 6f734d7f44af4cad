#pragma once

#include <QFont>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace js {

// Fonts on paper take no ligatures: a PDF reader then finds and copies
// "first" as typed, not with an "ﬁ" glyph in it.
inline void preferPlainGlyphs(QFont& font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
}

// The application's font for a page painted in points (see PagedDocument):
// a pixel size there is a size in points.
inline QFont paperFont(double points, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(std::max(1, int(std::lround(points))));
    font.setBold(bold);
    preferPlainGlyphs(font);
    return font;
}

} // namespace js
