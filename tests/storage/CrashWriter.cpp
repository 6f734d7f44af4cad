// A child process for the crash test: edits a project and flushes after every
// edit, printing the number of each edit once it is in the file, until killed.
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    js::OpenResult result;
    auto session = js::ProjectSession::open(QString::fromLocal8Bit(argv[1]), &result);
    if (!session || session->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return 1;
    }
    js::ProjectDocument* document = session->document();
    const js::Project& project = document->project();
    for (long edit = 1;; ++edit) {
        document->set(js::NoId, &js::Project::name, QStringLiteral("edit %1").arg(edit));
        // Some heavier work in the same transaction: renumber ratings and stages.
        const js::Journey& journey = project.journeys.front();
        document->moveStage(journey.stages.back().id, int(edit % 5));
        for (const auto& [key, rating] : project.ratings) {
            if ((key.touchpoint + edit) % 7 == 0) {
                document->setRatingScore(key, int(edit % 5) + 1);
            }
        }
        document->undoStack()->clear();
        if (!session->flushNow())
            return 1;
        std::printf("%ld\n", edit);
        std::fflush(stdout);
    }
}
