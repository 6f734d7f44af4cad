#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace js {

// One row of the table that maps an enum value to its stable file key and its
// user-visible name (marked with QT_TRANSLATE_NOOP in the given context).
template <typename E> struct KeyEntry {
    E value;
    const char16_t* key;
    const char* name;
};

template <typename E> QString keyOf(std::span<const KeyEntry<E>> table, E value)
{
    for (const KeyEntry<E>& entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

template <typename E> std::optional<E> valueOf(std::span<const KeyEntry<E>> table, QStringView key)
{
    for (const KeyEntry<E>& entry : table) {
        if (key == QStringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QString nameOf(std::span<const KeyEntry<E>> table, E value, const char* context)
{
    for (const KeyEntry<E>& entry : table) {
        if (entry.value == value)
            return QCoreApplication::translate(context, entry.name);
    }
    return {};
}

} // namespace js
