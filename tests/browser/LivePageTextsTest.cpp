// The page's words: every {{name}} of index.html and every text app.js reads
// from the page is one of LivePage::texts(), so none shows up empty.
#include "live/LivePage.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace js::test {
namespace {
using namespace Qt::Literals::StringLiterals;

// "readMore" is written data-read-more in HTML.
QString dataAttribute(const QString& name)
{
    QString attribute = u"data-"_s;
    for (const QChar c : name)
        attribute += c.isUpper() ? u"-"_s + c.toLower() : QString(c);
    return attribute;
}

QString resource(const QString& name)
{
    QFile file(u":/live/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

TEST(LivePageTextsTest, EveryMarkerOfThePageHasAText)
{
    const QString page = resource(u"index.html"_s);
    ASSERT_FALSE(page.isEmpty());
    const QHash<QString, QString> texts = live::LivePage::texts();
    static const QRegularExpression marker(u"\\{\\{([a-zA-Z0-9]+)\\}\\}"_s);
    int markers = 0;
    for (auto it = marker.globalMatch(page); it.hasNext(); ++markers) {
        const QString name = it.next().captured(1);
        if (name == "token"_L1 || name == "lang"_L1)
            continue;
        EXPECT_FALSE(texts.value(name).isEmpty()) << name.toStdString();
    }
    EXPECT_GT(markers, 20);
}

TEST(LivePageTextsTest, EveryTextTheScriptShowsIsOnThePage)
{
    const QString page = resource(u"index.html"_s);
    const QString script = resource(u"app.js"_s);
    ASSERT_FALSE(script.isEmpty());
    static const QRegularExpression use(u"\\btexts\\.([a-zA-Z0-9]+)"_s);
    int uses = 0;
    for (auto it = use.globalMatch(script); it.hasNext(); ++uses) {
        const QString name = it.next().captured(1);
        EXPECT_TRUE(page.contains(dataAttribute(name) + u"=\"{{"_s)) << name.toStdString();
    }
    EXPECT_GT(uses, 10);
    for (int score = 1; score <= 5; ++score) // texts['score' + n]
        EXPECT_TRUE(page.contains(u"data-score%1=\"{{score%1}}\""_s.arg(score)));
}

TEST(LivePageTextsTest, TextsAreMarkupFreeOnceServed)
{
    const QString html = QString::fromUtf8(live::LivePage::html("0123abcd"));
    EXPECT_FALSE(html.contains(u"{{"_s));
    EXPECT_TRUE(html.contains(u"/s/0123abcd/app.js"_s));
    EXPECT_FALSE(html.contains(u" style="_s));  // the policy allows no inline style
    EXPECT_FALSE(html.contains(u"<script>"_s)); // nor inline script
}

} // namespace
} // namespace js::test
