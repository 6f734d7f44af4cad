// A child process for the crash test, editing a project until it is killed.
//   crash_writer FILE          flushes after every edit and prints the number
//                              of each edit once it is in the file;
//   crash_writer FILE --timer  edits every 20 ms and leaves flushing to the
//                              session's own timer, printing "N T" as edit N
//                              is made, T being the monotonic clock in ms.
#include "CrashEdits.h"
#include "core/storage/ProjectSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.size() > 3)
        return 2;
    js::OpenResult result;
    auto session = js::ProjectSession::open(arguments[1], &result);
    if (!session || session->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return 1;
    }
    js::ProjectDocument* document = session->document();
    if (arguments.size() == 3 && arguments[2] == u"--timer") {
        long edit = 0;
        QElapsedTimer clock;
        clock.start();
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            js::test::applyCrashEdit(*document, ++edit);
            const qint64 now = clock.msecsSinceReference() + clock.elapsed();
            std::printf("%ld %lld\n", edit, static_cast<long long>(now));
            std::fflush(stdout);
        });
        QObject::connect(session.get(), &js::ProjectSession::flushFailed,
                         [](const QString& message) {
                             std::fprintf(stderr, "%s\n", qPrintable(message));
                             QCoreApplication::exit(1);
                         });
        ticker.start(20);
        return app.exec();
    }
    for (long edit = 1;; ++edit) {
        js::test::applyCrashEdit(*document, edit);
        // Heavier transactions, so that many kills land inside one.
        for (const auto& [key, rating] : document->project().ratings) {
            if ((key.touchpoint + edit) % 7 == 0)
                document->setRatingScore(key, int(edit % 5) + 1);
        }
        document->undoStack()->clear();
        if (!session->flushNow())
            return 1;
        std::printf("%ld\n", edit);
        std::fflush(stdout);
    }
}
