// Speed of the map canvas on the large journey (12 stages, 300 touchpoints):
// building the scene from the document, the update after one edit (a rename,
// a move), and the memory the scene takes. Targets are in the canvas issue;
// figures in docs/benchmarks.md.
#include "BenchSupport.h"
#include "GuiBenchMain.h"
#include "LargeProject.h"
#include "core/document/ProjectDocument.h"
#include "core/render/MapPainter.h"
#include "ui/map/MapScene.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

using js::bench::residentMegabytes;

js::ProjectDocument& largeDocument()
{
    static js::ProjectDocument document(js::bench::largeProject());
    return document;
}

js::Id largeJourney()
{
    return largeDocument().project().journeys.front().id;
}

// From nothing to a scene with every item: layout with all text measured
// for the first time (a new layouter), then the items.
void BuildScene(benchmark::State& state)
{
    js::ProjectDocument& document = largeDocument();
    for (auto _ : state) {
        js::MapScene scene(&document);
        scene.setJourney(largeJourney());
        benchmark::DoNotOptimize(scene.items().size());
    }
    js::MapScene scene(&document);
    scene.setJourney(largeJourney());
    state.counters["items"] = double(scene.items().size());
}
BENCHMARK(BuildScene)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void MemoryAfterBuildingScene(benchmark::State& state)
{
    js::ProjectDocument& document = largeDocument();
    std::unique_ptr<js::MapScene> scene;
    const double before = residentMegabytes();
    for (auto _ : state) {
        scene = std::make_unique<js::MapScene>(&document);
        scene->setJourney(largeJourney());
    }
    state.counters["rss_MB"] = residentMegabytes();
    state.counters["scene_MB"] = residentMegabytes() - before;
}
BENCHMARK(MemoryAfterBuildingScene)->Iterations(1)->Unit(benchmark::kMillisecond);

// One edit through the document and the scene's update after it (layout
// again, refresh of the items whose box changed), as a keystroke causes.
void UpdateAfterRename(benchmark::State& state)
{
    js::ProjectDocument& document = largeDocument();
    js::MapScene scene(&document);
    scene.setJourney(largeJourney());
    const js::Id touchpoint = document.project().journeys.front().stages[5].touchpoints[10].id;
    std::vector<double> samples;
    int n = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        document.set(touchpoint, &js::Touchpoint::name, QStringLiteral("Renamed %1").arg(n++));
        scene.flush();
        samples.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    js::bench::reportSamples(state, samples);
}
BENCHMARK(UpdateAfterRename)->Unit(benchmark::kMillisecond)->Iterations(500);

void UpdateAfterMove(benchmark::State& state)
{
    js::ProjectDocument& document = largeDocument();
    js::MapScene scene(&document);
    scene.setJourney(largeJourney());
    const js::Journey& journey = document.project().journeys.front();
    const js::Id touchpoint = journey.stages[3].touchpoints[4].id;
    const js::Id stages[] = {journey.stages[8].id, journey.stages[3].id};
    std::vector<double> samples;
    int n = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        document.moveTouchpoint(touchpoint, stages[n++ % 2], 2);
        scene.flush();
        samples.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    js::bench::reportSamples(state, samples);
}
BENCHMARK(UpdateAfterMove)->Unit(benchmark::kMillisecond)->Iterations(500);

// For reference: painting the whole map once into an image, as an export
// would (a 4000 px wide PNG).
void PaintWholeMap(benchmark::State& state)
{
    js::ProjectDocument& document = largeDocument();
    js::MapLayouter layouter;
    const js::MapLayout layout = layouter.layout(document.project(), largeJourney());
    const js::MapPainter painter(js::MapTheme::lightTheme());
    QImage image(4000, int(4000 * layout.bounds.height() / layout.bounds.width()),
                 QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, layout, QRectF(image.rect()));
    }
}
BENCHMARK(PaintWholeMap)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    return js::bench::runGuiBenchmarks(argc, argv);
}
