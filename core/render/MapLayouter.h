#pragma once

#include "core/analysis/RoundResults.h"
#include "core/render/MapLayout.h"

#include <QHash>
#include <QHashFunctions>

namespace js {

// Computes a journey's MapLayout. Keeps the text it wrapped, so that laying
// the map out again after one edit measures only the text that changed.
class MapLayouter {
public:
    explicit MapLayouter(MapStyle style = {});

    const MapStyle& style() const { return m_style; }
    void setStyle(const MapStyle& style);

    // With the results of a round of this journey, the touchpoints carry
    // their scores and the lane of scores fills.
    MapLayout layout(const Project& project, Id journeyId,
                     const analysis::RoundResults* results = nullptr);

    // Wraps text into lines of at most `width`, at most `maxLines` of them;
    // the last ends in an ellipsis when the text does not fit.
    TextBlock wrap(const QString& text, const QFont& font, double width, int maxLines);

private:
    struct Key {
        QString text;
        QString font;
        int width;
        int maxLines;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.maxLines);
    }

    // A persona's photo decoded once, until its bytes change.
    QImage photo(const QByteArray& bytes);

    MapStyle m_style;
    QHash<Key, TextBlock> m_wrapped;
    QByteArray m_photoBytes;
    QImage m_photo;
};

} // namespace js
