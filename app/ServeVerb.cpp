// `journeyscope serve`: a live rating session without a window. The
// participants' phones rate the round's whole grid at their own pace (free
// mode); every rating goes through the document, so the project session
// writes it to the file within its flush window, and once more on the way
// out. The file is locked like the window locks it.
//
// What it prints: the join address alone on the first line of stdout (for a
// script or a QR code generator), a line saying what is served, a line per
// participant who joins, at most one line of progress every ten seconds
// while ratings arrive, and a last line when it stops. Problems go to stderr.
#include "app/QuitOnSignal.h"
#include "app/VerbSupport.h"
#include "app/Verbs.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"
#include "live/LiveAddresses.h"
#include "live/LiveServer.h"
#include "live/LiveSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <csignal>
#include <optional>
#include <set>

namespace js {

namespace {

struct ServeVerb {
    Q_DECLARE_TR_FUNCTIONS(js::ServeVerb)
};

// Tried first when no port is given; taken by something else, any free one.
constexpr quint16 DefaultPort = 8137;
constexpr int ProgressEveryMs = 10000;

QString usage()
{
    return ServeVerb::tr("usage: journeyscope serve FILE --round NAME [--journey NAME] [--port N] "
                         "[--bind ADDRESS]");
}

struct ServeArguments {
    QString file;
    QString round;
    QString journey;
    std::optional<quint16> port;      // none: DefaultPort, or any free one
    std::optional<QHostAddress> bind; // none: the local network's best address
    QString error;                    // a usage error
};

ServeArguments parse(const QStringList& arguments)
{
    ServeArguments result;
    QStringList positional;
    const QStringList valued = {QStringLiteral("--round"), QStringLiteral("--journey"),
                                QStringLiteral("--port"), QStringLiteral("--bind")};
    for (qsizetype i = 0; i < arguments.size() && result.error.isEmpty(); ++i) {
        const QString& argument = arguments[i];
        if (!argument.startsWith(u"--")) {
            positional << argument;
            continue;
        }
        if (!valued.contains(argument)) {
            result.error = ServeVerb::tr("unknown option %1").arg(argument);
        } else if (i + 1 >= arguments.size() || arguments[i + 1].trimmed().isEmpty()) {
            result.error = ServeVerb::tr("%1 needs a value").arg(argument);
        } else if (argument == u"--port") {
            bool ok = false;
            const uint port = arguments[++i].toUInt(&ok);
            if (!ok || port > 65535)
                result.error =
                    ServeVerb::tr("--port needs a whole number from 0 (any free port) to 65535, "
                                  "not “%1”")
                        .arg(arguments[i]);
            result.port = quint16(port);
        } else if (argument == u"--bind") {
            const QString value = arguments[++i].trimmed();
            QHostAddress address;
            if (value.compare(u"localhost", Qt::CaseInsensitive) == 0)
                address = QHostAddress(QHostAddress::LocalHost);
            else if (!address.setAddress(value))
                result.error = ServeVerb::tr("--bind needs an IP address of this computer, such "
                                             "as 192.168.1.23 or 127.0.0.1, not “%1”")
                                   .arg(value);
            result.bind = address;
        } else {
            (argument == u"--round" ? result.round : result.journey) = arguments[++i];
        }
    }
    if (!result.error.isEmpty())
        return result;
    if (positional.size() != 1)
        result.error = positional.isEmpty() ? ServeVerb::tr("which project file?")
                                            : ServeVerb::tr("one project file at a time");
    else if (result.round.trimmed().isEmpty())
        result.error = ServeVerb::tr("which round? Name the round to rate with --round");
    result.file = positional.value(0);
    return result;
}

void say(QTextStream& stream, const QString& line)
{
    stream << line << '\n';
    stream.flush();
}

// Counts what the session's participants rated, and says so now and then.
class Progress {
public:
    explicit Progress(const live::LiveSession& live)
        : m_live(live)
    {}
    void rated(const RatingKey& key) { m_rated.insert(key); }
    int rated() const { return int(m_rated.size()); }
    int participants() const { return int(m_live.participants().size()); }
    // A line when something was rated since the last one; empty otherwise.
    QString line()
    {
        if (rated() == m_said)
            return {};
        m_said = rated();
        return ServeVerb::tr("%1 so far from %2").arg(ratings(rated()), people(participants()));
    }
    static QString ratings(int n)
    {
        return n == 1 ? ServeVerb::tr("1 rating") : ServeVerb::tr("%n ratings", nullptr, n);
    }
    static QString people(int n)
    {
        return n == 1 ? ServeVerb::tr("1 participant")
                      : ServeVerb::tr("%n participants", nullptr, n);
    }

private:
    const live::LiveSession& m_live;
    std::set<RatingKey> m_rated; // rater, touchpoint and criterion: a change of mind counts once
    int m_said = 0;
};

QString participantName(const live::LiveSession& live, Id rater)
{
    for (const live::LiveSession::Participant& participant : live.participants()) {
        if (participant.rater == rater)
            return participant.name;
    }
    return {};
}

// Listens where the arguments say; false after saying why not.
bool listen(live::LiveServer& server, const ServeArguments& args, QTextStream& err)
{
    const QHostAddress address = args.bind.value_or(live::LiveAddresses::preferred());
    if (!args.bind && address.isLoopback())
        say(err, ServeVerb::tr("journeyscope: this computer is on no network that phones can "
                               "reach, so only it can join; connect to the room's Wi-Fi, or "
                               "name an address with --bind"));
    QString error;
    if (server.start(address, args.port.value_or(DefaultPort), &error))
        return true;
    if (!args.port && server.start(address, 0, nullptr))
        return true;
    say(err, QStringLiteral("journeyscope: ") + error);
    if (args.port)
        say(err, ServeVerb::tr("journeyscope: choose another port with --port, or --port 0 for "
                               "any free one"));
    return false;
}

} // namespace

int runServeVerb(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const ServeArguments args = parse(arguments);
    if (!args.error.isEmpty()) {
        err << "journeyscope: " << args.error << '\n' << usage() << '\n';
        return 2;
    }

    OpenResult opened;
    std::unique_ptr<ProjectSession> session = ProjectSession::open(args.file, &opened);
    if (!session) {
        say(err, opened.message);
        return 1;
    }
    if (opened.problem == OpenProblem::Locked) {
        say(err, ServeVerb::tr("journeyscope: “%1” is open in another Journeyscope window or on "
                               "another computer; close it there to rate it live here")
                     .arg(QDir::toNativeSeparators(args.file)));
        return 1;
    }
    if (session->isReadOnly()) {
        say(err, opened.message);
        say(err, ServeVerb::tr("journeyscope: the ratings cannot be written to “%1”, so no "
                               "session is started")
                     .arg(QDir::toNativeSeparators(args.file)));
        return 1;
    }
    ProjectDocument* document = session->document();
    const std::optional<Choice> choice =
        choose(document->project(), args.journey, args.round, true, err);
    if (!choice)
        return 1;
    const Id round = choice->round->id;
    const QString roundName = choice->round->name;
    const QString journeyName = choice->journey->name;
    const int touchpoints = int(touchpointIds(*choice->journey).size());
    const int criteria = int(choice->round->criteria.size());
    if (const QString refusal = live::LiveSession::refusal(*document, round); !refusal.isEmpty()) {
        say(err, QStringLiteral("journeyscope: ") + refusal);
        return 1;
    }

    live::LiveSession live(document, round);
    live.setMode(live::LiveSession::Mode::Free);
    live::LiveServer server(&live);
    if (!listen(server, args, err))
        return 1;
    // A reader that goes away must not end the session before the last flush.
    ::signal(SIGPIPE, SIG_IGN);

    say(out, server.joinUrl().toString());
    say(out, ServeVerb::tr("Rating round “%1” of journey “%2” in free mode: each participant "
                           "rates every touchpoint (%3) against every criterion (%4) at their "
                           "own pace. Open the address above on a phone on the same network; "
                           "Ctrl+C stops.")
                 .arg(roundName, journeyName)
                 .arg(touchpoints)
                 .arg(criteria));

    Progress progress(live);
    QObject::connect(&live, &live::LiveSession::participantJoined, &live, [&](Id rater) {
        say(out, ServeVerb::tr("%1 joined").arg(participantName(live, rater)));
    });
    int waiting = 0; // ratings not yet in the file
    QObject::connect(&live, &live::LiveSession::ratingReceived, &live, [&](const RatingKey& key) {
        progress.rated(key);
        ++waiting;
    });
    QTimer progressTimer;
    QObject::connect(&progressTimer, &QTimer::timeout, &live, [&] {
        if (const QString line = progress.line(); !line.isEmpty())
            say(out, line);
    });
    progressTimer.start(ProgressEveryMs);

    // A failing disk is said once, not at every retry, and again once it works.
    bool failing = false;
    QObject::connect(session.get(), &ProjectSession::flushFailed, &live,
                     [&](const QString& message) {
                         if (!failing)
                             say(err, QStringLiteral("journeyscope: ") + message);
                         failing = true;
                     });
    QObject::connect(session.get(), &ProjectSession::flushed, &live, [&] {
        waiting = 0;
        if (failing)
            say(err, ServeVerb::tr("journeyscope: the ratings are in the file again"));
        failing = false;
    });

    quitOnSignals();
    QCoreApplication::exec();

    server.stop();
    progressTimer.stop();
    QObject::disconnect(session.get(), nullptr, &live, nullptr);
    if (!session->flushNow()) {
        say(err, QStringLiteral("journeyscope: ") + session->lastError());
        say(err, ServeVerb::tr("journeyscope: stopped without writing the last %1 to the file")
                     .arg(Progress::ratings(waiting)));
        return 1;
    }
    say(out,
        ServeVerb::tr("Stopped: %1 from %2, all in “%3”.")
            .arg(Progress::ratings(progress.rated()), Progress::people(progress.participants()),
                 QDir::toNativeSeparators(session->path())));
    return 0;
}

} // namespace js
