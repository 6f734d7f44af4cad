#pragma once

// What every fuzz target shares: a Qt application object (the SQL driver
// plugin, translators and QTemporaryDir expect one), created once in
// LLVMFuzzerInitialize, and the fuzzer's bytes as Qt types.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace js::fuzz {

inline void startQt(int* argc, char*** argv)
{
    // Qt keeps references to argc and argv for the life of the application.
    static QCoreApplication* application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
}

// The input without a copy; valid only during the call.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace js::fuzz

#define JOURNEYSCOPE_FUZZ_STARTS_QT                                                                \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)                                   \
    {                                                                                              \
        js::fuzz::startQt(argc, argv);                                                             \
        return 0;                                                                                  \
    }
