#pragma once

#include "core/model/Id.h"

#include <QString>

namespace js {

// What the export dialog remembers per project (in the user's settings,
// keyed by the project's file, as InsightsSettings does): everything chosen
// the last time, so that the next export of the same project starts there.
struct ExportSettings {
    QString kind;  // ExportDialog's untranslated key ("poster", "csv"); empty: the default
    QString chart; // a chart key of chartCatalog()
    bool chartSvg = false;
    int table = 0; // exporting::Table
    int page = -1; // QPageSize::PageSizeId; -1: the default
    bool landscape = true;
    double marginMm = 10.0;
    int fit = 0; // PosterFit
    int dpi = 150;
    bool byteOrderMark = false;
    Id journey = NoId;
    Id round = NoId;
    QString folder; // where the last export of this project went

    static ExportSettings load(const QString& projectKey);
    void save(const QString& projectKey) const;
    // After Save as: the copy starts with what the original remembered.
    static void copyProjectKey(const QString& from, const QString& to);

    // Not per project: the consultant's name on every report's cover, and
    // the folder of the last export of any project.
    static QString consultant();
    static void setConsultant(const QString& name);
    static QString lastFolder();

    bool operator==(const ExportSettings&) const = default;
};

} // namespace js
