#include "core/analysis/SurveyAnswers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace js::survey {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(js::survey::SurveyAnswers)
};

struct Label {
    const char16_t* text;
    int value;
};

// Labels as the survey tools write them, in English and German; lowercase.
constexpr Label npsLabels[] = {
    {u"not at all likely", 0},
    {u"extremely likely", 10},
    {u"überhaupt nicht wahrscheinlich", 0},
    {u"äußerst wahrscheinlich", 10},
};

constexpr Label csatLabels[] = {
    {u"very dissatisfied", 1},
    {u"extremely dissatisfied", 1},
    {u"very unsatisfied", 1},
    {u"sehr unzufrieden", 1},
    {u"dissatisfied", 2},
    {u"somewhat dissatisfied", 2},
    {u"unsatisfied", 2},
    {u"unzufrieden", 2},
    {u"eher unzufrieden", 2},
    {u"neither satisfied nor dissatisfied", 3},
    {u"neither satisfied or dissatisfied", 3},
    {u"neutral", 3},
    {u"weder zufrieden noch unzufrieden", 3},
    {u"satisfied", 4},
    {u"somewhat satisfied", 4},
    {u"zufrieden", 4},
    {u"eher zufrieden", 4},
    {u"very satisfied", 5},
    {u"extremely satisfied", 5},
    {u"sehr zufrieden", 5},
};

constexpr Label agreeSeven[] = {
    {u"strongly disagree", 1},
    {u"stimme überhaupt nicht zu", 1},
    {u"disagree", 2},
    {u"stimme nicht zu", 2},
    {u"somewhat disagree", 3},
    {u"slightly disagree", 3},
    {u"stimme eher nicht zu", 3},
    {u"neither agree nor disagree", 4},
    {u"neither agree or disagree", 4},
    {u"neutral", 4},
    {u"weder noch", 4},
    {u"somewhat agree", 5},
    {u"slightly agree", 5},
    {u"stimme eher zu", 5},
    {u"agree", 6},
    {u"stimme zu", 6},
    {u"strongly agree", 7},
    {u"stimme voll und ganz zu", 7},
};

constexpr Label agreeFive[] = {
    {u"strongly disagree", 1},
    {u"stimme überhaupt nicht zu", 1},
    {u"disagree", 2},
    {u"stimme nicht zu", 2},
    {u"neither agree nor disagree", 3},
    {u"neither agree or disagree", 3},
    {u"neutral", 3},
    {u"weder noch", 3},
    {u"agree", 4},
    {u"stimme zu", 4},
    {u"strongly agree", 5},
    {u"stimme voll und ganz zu", 5},
};

template <size_t N> QHash<QString, int> table(const Label (&labels)[N])
{
    QHash<QString, int> hash;
    for (const Label& label : labels)
        hash.insert(QString::fromUtf16(label.text), label.value);
    return hash;
}

const QHash<QString, int>& labelsFor(Question question, int cesPoints)
{
    static const QHash<QString, int> nps = table(npsLabels);
    static const QHash<QString, int> csat = table(csatLabels);
    static const QHash<QString, int> seven = table(agreeSeven);
    static const QHash<QString, int> five = table(agreeFive);
    switch (question) {
    case Question::Nps:
        return nps;
    case Question::Csat:
        return csat;
    case Question::Ces:
        break;
    }
    return cesPoints == 5 ? five : seven;
}

QString labelKey(QStringView text)
{
    QString key = text.toString().simplified().toLower();
    while (key.endsWith(u'.') || key.endsWith(u'!'))
        key.chop(1);
    return key;
}

// A whole number at the start of the text, alone ("9"), with zero decimals
// ("9,0"), or followed by its label ("10 - Extremely likely", "5 Very satisfied").
std::optional<int> leadingNumber(QStringView text)
{
    bool allDigits = !text.isEmpty() && text.size() <= 3;
    for (const QChar c : text)
        allDigits = allDigits && c.isDigit() && c.unicode() < 128;
    if (allDigits)
        return text.toInt();
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,3})(?:[.,]0+)?(?:\\s*[-\u2013\u2014:=)]\\s*\\D.*|\\s+\\D.*)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.capturedView(1).toInt();
}

} // namespace

QString questionName(Question question)
{
    switch (question) {
    case Question::Nps:
        return Text::tr("NPS");
    case Question::Csat:
        return Text::tr("CSAT");
    case Question::Ces:
        return Text::tr("CES");
    }
    return {};
}

int scaleLow(Question question)
{
    return question == Question::Nps ? 0 : 1;
}

int scaleHigh(Question question, int cesPoints)
{
    switch (question) {
    case Question::Nps:
        return 10;
    case Question::Csat:
        return 5;
    case Question::Ces:
        break;
    }
    return cesPoints == 5 ? 5 : 7;
}

QString expectedText(Question question, int cesPoints)
{
    switch (question) {
    case Question::Nps:
        break;
    case Question::Csat:
        return Text::tr("a whole number from 1 to 5 or a label such as \u201cVery satisfied\u201d");
    case Question::Ces:
        return Text::tr("a whole number from 1 to %1 or a label such as \u201cSomewhat agree\u201d")
            .arg(scaleHigh(question, cesPoints));
    }
    return Text::tr("a whole number from %1 to %2")
        .arg(scaleLow(question))
        .arg(scaleHigh(question, cesPoints));
}

Answer readAnswer(Question question, QStringView text, int cesPoints)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const std::optional<int> number = leadingNumber(trimmed)) {
        if (*number >= scaleLow(question) && *number <= scaleHigh(question, cesPoints))
            return {Answer::State::Value, *number};
        return {Answer::State::Invalid, 0};
    }
    const QHash<QString, int>& labels = labelsFor(question, cesPoints);
    const auto it = labels.constFind(labelKey(trimmed));
    if (it != labels.constEnd())
        return {Answer::State::Value, it.value()};
    return {Answer::State::Invalid, 0};
}

AgreeScale agreeScaleOf(QStringView text)
{
    const QString key = labelKey(text);
    static const QHash<QString, int> five = table(agreeFive);
    static const QHash<QString, int> seven = table(agreeSeven);
    if (five.contains(key))
        return AgreeScale::FivePoint;
    if (seven.contains(key))
        return AgreeScale::SevenPoint;
    return AgreeScale::Unknown;
}

QDate readResponseDate(QStringView text)
{
    // The day is the first word: "2026-03-05", "03/05/2026", "05.03.2026".
    QStringView day = text.trimmed();
    for (qsizetype i = 0; i < day.size(); ++i) {
        if (day[i] == u' ' || day[i] == u'T') {
            day = day.first(i);
            break;
        }
    }
    if (day.size() < 8 || day.size() > 10)
        return {};
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    QChar separators[2];
    int part = 0;
    for (const QChar c : day) {
        if (c.isDigit() && c.unicode() < 128) {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            ++digits[part];
        } else if ((c == u'-' || c == u'/' || c == u'.') && part < 2 && digits[part] > 0) {
            separators[part++] = c;
        } else {
            return {};
        }
    }
    if (part != 2 || digits[2] == 0 || separators[0] != separators[1])
        return {};
    const QChar sep = separators[0];
    if (digits[0] == 4 && sep != u'.')
        return QDate(parts[0], parts[1], parts[2]); // year first
    if (digits[2] != 4)
        return {};
    if (sep == u'.')
        return QDate(parts[2], parts[1], parts[0]); // day first
    if (sep == u'/') {
        // Month first, as the US tools write it, unless the month cannot be.
        const QDate monthFirst(parts[2], parts[0], parts[1]);
        return monthFirst.isValid() ? monthFirst : QDate(parts[2], parts[1], parts[0]);
    }
    return {};
}

} // namespace js::survey
