// JSON import (File > Import JSON…, `journeyscope import`): parsing, both
// format versions, and the model's validation. A refused input must say why.

#include "FuzzSupport.h"
#include "core/io/JsonFormat.h"

#include <cstdlib>

JOURNEYSCOPE_FUZZ_STARTS_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const std::optional<js::Project> project =
        js::projectFromJson(js::fuzz::bytes(data, size), &error);
    if (!project && error.isEmpty())
        std::abort(); // a refusal without a message
    if (project) {
        // What was accepted must survive the way back: exported and read
        // again, it is the same project.
        QString again;
        const std::optional<js::Project> reread =
            js::projectFromJson(js::projectToJson(*project), &again);
        if (!reread || js::projectToJson(*reread) != js::projectToJson(*project))
            std::abort();
    }
    return 0;
}
