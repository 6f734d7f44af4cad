// Screenshots of the phone page for docs/screenshots: the join page, a
// question of the demo's workshop in paced mode, and the same question with
// a score stored, as headless chromium shows them on a 360 x 740 phone.
//
//   live_phone_shots <folder>      (writes live-phone-*.png into the folder)
//
// Not a test: ctest does not run it.
#include "WebDriver.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "live/LiveServer.h"
#include "live/LiveSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace js;
using namespace js::test;
using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "live_phone_shots: %s\n", qPrintable(message));
    return 1;
}

bool save(WebDriver& driver, const QDir& folder, const QString& name)
{
    WebDriver::pause(400); // let a transition or a font settle
    const QByteArray png = driver.screenshot();
    QFile file(folder.filePath(name));
    if (png.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
        return false;
    std::printf("%s\n", qPrintable(file.fileName()));
    return true;
}

// The first touchpoint of the journey and criterion of the round with these names.
std::pair<Id, Id> cellNamed(const Project& project, const Round& round, const QString& touchpoint,
                            const QString& criterion)
{
    std::pair<Id, Id> cell{NoId, NoId};
    if (const Journey* journey = findJourney(project, round.journeyId)) {
        for (Id id : touchpointIds(*journey)) {
            if (findTouchpoint(project, id)->name == touchpoint)
                cell.first = id;
        }
    }
    for (const RoundCriterion& rc : round.criteria) {
        if (findCriterion(project, rc.criterionId)->name == criterion)
            cell.second = rc.criterionId;
    }
    return cell;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2)
        return fail(u"usage: live_phone_shots <folder>"_s);
    const QDir folder(args[1]);
    if (!folder.exists())
        return fail(u"no folder %1"_s.arg(args[1]));

    ProjectDocument document(demoProject());
    const Round* round = nullptr;
    for (const Round& r : document.project().rounds) {
        if (!r.locked)
            round = &r;
    }
    if (!round)
        return fail(u"the demo has no open round"_s);
    const auto [touchpoint, criterion] =
        cellNamed(document.project(), *round, u"Delivery tracking page"_s, u"Trust"_s);
    if (touchpoint == NoId || criterion == NoId)
        return fail(u"the demo has no Delivery tracking page rated on Trust"_s);

    live::LiveSession session(&document, round->id);
    session.setPosition(touchpoint, criterion);
    live::LiveServer server(&session);
    QString error;
    if (!server.start(QHostAddress::LocalHost, 0, &error))
        return fail(error);
    std::unique_ptr<WebDriver> driver = WebDriver::start(PhoneScreen{360, 740, 2}, &error);
    if (!driver)
        return fail(error);

    if (!driver->navigate(server.joinUrl().toString()) ||
        driver->waitForVisible(u"#raters .rater"_s).isEmpty())
        return fail(u"the join page did not show"_s);
    const QString name = driver->find(u"#name"_s);
    driver->type(name, u"Jordan Lee"_s);
    driver->execute(u"document.activeElement.blur();"_s);
    if (!save(*driver, folder, u"live-phone-join.png"_s))
        return fail(u"no screenshot of the join page"_s);

    driver->click(driver->find(u"#join-button"_s));
    if (driver->waitForVisible(u"#scores button"_s).isEmpty())
        return fail(u"the question did not show"_s);
    if (!save(*driver, folder, u"live-phone-rate.png"_s))
        return fail(u"no screenshot of the question"_s);

    driver->click(driver->find(u"[data-score=\"4\"]"_s));
    if (driver->waitForVisible(u"#confirmation.is-stored"_s).isEmpty())
        return fail(u"the score was not confirmed"_s);
    if (!save(*driver, folder, u"live-phone-stored.png"_s))
        return fail(u"no screenshot of the stored score"_s);
    return 0;
}
