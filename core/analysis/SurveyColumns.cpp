#include "core/analysis/SurveyColumns.h"

#include "core/analysis/NameMatching.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace js::survey {

namespace {

// How many responses a suggestion looks at.
constexpr int SampleRows = 500;

const QRegularExpression& keywords(Question question)
{
    static const QRegularExpression nps(
        QStringLiteral("recommend|empfehl|recommand|aanbevel|aanraden|\\bnps\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression csat(QStringLiteral("satisf|zufrieden|tevreden|\\bcsat\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ces(
        QStringLiteral("\\beas(y|ier|e)\\b|effort|einfach|aufwand|facile|makkelijk|gemakkelijk|"
                       "\\bces\\b"),
        QRegularExpression::CaseInsensitiveOption);
    switch (question) {
    case Question::Nps:
        return nps;
    case Question::Csat:
        return csat;
    case Question::Ces:
        break;
    }
    return ces;
}

// Whether most of a column's answers read on the question's scale.
bool answersFit(const SurveyTable& table, int column, Question question, int cesPoints)
{
    int valid = 0;
    int given = 0;
    const int rows = std::min<int>(static_cast<int>(table.rows.size()), SampleRows);
    for (int r = 0; r < rows; ++r) {
        const Answer answer = readAnswer(question, table.cell(r, column), cesPoints);
        if (answer.state == Answer::State::Blank)
            continue;
        ++given;
        valid += answer.state == Answer::State::Value;
    }
    return given == 0 || valid * 2 >= given;
}

int touchpointColumn(const SurveyTable& table, const QStringList& touchpointNames,
                     const QSet<int>& taken)
{
    QSet<QString> names;
    for (const QString& name : touchpointNames)
        names.insert(normalizedName(name));
    int best = -1;
    int bestCount = 0;
    const int rows = std::min<int>(static_cast<int>(table.rows.size()), SampleRows);
    for (int c = 0; c < table.columnCount && !names.isEmpty(); ++c) {
        if (taken.contains(c))
            continue;
        int count = 0;
        for (int r = 0; r < rows; ++r)
            count += names.contains(normalizedName(table.cell(r, c)));
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    if (best >= 0)
        return best;
    static const QRegularExpression heading(
        QStringLiteral("touch ?point|kontaktpunkt|ber\u00fchrungspunkt|point de contact"),
        QRegularExpression::CaseInsensitiveOption);
    for (int c = 0; c < table.columnCount; ++c) {
        if (!taken.contains(c) && heading.match(table.titles.value(c)).hasMatch())
            return c;
    }
    // Else the column that reads like names of a few things, repeated: text
    // in nearly every response, at least two names, each used about twice.
    for (int c = 0; c < table.columnCount && rows > 0; ++c) {
        if (taken.contains(c))
            continue;
        QSet<QString> distinct;
        int filled = 0;
        bool textOnly = true;
        for (int r = 0; r < rows && textOnly; ++r) {
            const QString cell = table.cell(r, c).trimmed();
            if (cell.isEmpty())
                continue;
            ++filled;
            bool number = false;
            cell.toDouble(&number);
            textOnly = !number && !readResponseDate(cell).isValid();
            distinct.insert(normalizedName(cell));
        }
        if (textOnly && filled * 5 >= rows * 4 && distinct.size() >= 2 &&
            distinct.size() * 2 <= filled)
            return c;
    }
    return -1;
}

int dateColumn(const SurveyTable& table)
{
    static const QStringList headings = {
        QStringLiteral("end ?date"),
        QStringLiteral("recorded ?date"),
        QStringLiteral("timestamp|zeitstempel|horodateur|tijdstempel"),
        QStringLiteral("date|datum"),
    };
    for (const QString& heading : headings) {
        const QRegularExpression pattern(heading, QRegularExpression::CaseInsensitiveOption);
        for (int c = 0; c < table.columnCount; ++c) {
            if (pattern.match(table.titles.value(c)).hasMatch() &&
                readResponseDate(table.cell(0, c)).isValid())
                return c;
        }
    }
    return -1;
}

} // namespace

int cesPointsOf(const SurveyTable& table, int column)
{
    bool fivePointLabels = false;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const QString cell = table.cell(static_cast<int>(r), column);
        const AgreeScale scale = agreeScaleOf(cell);
        if (scale == AgreeScale::SevenPoint)
            return 7;
        if (scale == AgreeScale::FivePoint) {
            fivePointLabels = true;
            continue;
        }
        const Answer answer = readAnswer(Question::Ces, cell, 7);
        if (answer.state == Answer::State::Value && answer.value > 5)
            return 7;
    }
    return fivePointLabels ? 5 : 7;
}

ColumnChoice suggestColumns(const SurveyTable& table, const QStringList& touchpointNames)
{
    ColumnChoice choice;
    QSet<int> taken;
    const auto pick = [&](Question question, int cesPoints) {
        for (int c = 0; c < table.columnCount; ++c) {
            if (taken.contains(c) || !keywords(question).match(table.titles.value(c)).hasMatch())
                continue;
            const int points = question == Question::Ces ? cesPointsOf(table, c) : cesPoints;
            if (!answersFit(table, c, question, points))
                continue;
            taken.insert(c);
            return c;
        }
        return -1;
    };
    choice.nps = pick(Question::Nps, CesPoints);
    choice.csat = pick(Question::Csat, CesPoints);
    choice.ces = pick(Question::Ces, CesPoints);
    if (choice.ces >= 0)
        choice.cesPoints = cesPointsOf(table, choice.ces);
    choice.date = dateColumn(table);
    if (choice.date >= 0)
        taken.insert(choice.date);
    choice.touchpoint = touchpointColumn(table, touchpointNames, taken);
    return choice;
}

} // namespace js::survey
