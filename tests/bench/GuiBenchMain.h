#pragma once

#include <QApplication>

#include <benchmark/benchmark.h>

namespace js::bench {

// The main of a benchmark of widgets or scenes: a QApplication on the
// offscreen platform unless told otherwise, then every benchmark.
inline int runGuiBenchmarks(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace js::bench
