#pragma once

#include "core/model/Id.h"

#include <QByteArray>
#include <QString>

namespace js {

// The customer a journey is drawn for.
struct Persona {
    Id id = NoId;
    QString name;
    QString role;
    QString description;
    QString goals;
    QString frustrations;
    QString quote;
    QByteArray photo; // encoded image (PNG or JPEG), may be empty

    bool operator==(const Persona&) const = default;
};

} // namespace js
