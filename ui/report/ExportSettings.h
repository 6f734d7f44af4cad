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
    // The report's paper, kept apart from the poster's: A4 upright suits it.
    int reportPage = -1; // -1: A4
    bool reportLandscape = false;
    double reportMarginMm = 15.0;
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

    // Not per project: the folder of the last export of any project (the
    // consultant's name is exporting::consultantName()).
    static QString lastFolder();

    bool operator==(const ExportSettings&) const = default;
};

} // namespace js
