#pragma once

#include "core/model/Id.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace js {

// Text columns are NOT NULL: a null QString would bind as NULL, so it is
// written as the empty string.
inline QVariant sqlValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant sqlValue(const QVariant& value)
{
    return value;
}

// The ids of a list of entities, in order.
template <typename T> std::vector<Id> idsOf(const std::vector<T>& items)
{
    std::vector<Id> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids.push_back(item.id);
    return ids;
}

} // namespace js
