#include "core/analysis/SurveyMetrics.h"

#include "core/analysis/NameMatching.h"
#include "core/model/Metric.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <cmath>

namespace js::survey {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(js::survey::SurveyMetrics)
};

QString shortTitle(const SurveyTable& table, int column)
{
    QString title = table.titles.value(column).simplified();
    if (title.size() > 40)
        title = title.left(39) + QChar(0x2026);
    return title;
}

QString where(const SurveyTable& table, int line, int column)
{
    return Text::tr("Line %1, column %2 (%3)")
        .arg(line)
        .arg(column + 1)
        .arg(shortTitle(table, column));
}

struct Tally {
    int answers = 0;
    long long sum = 0;
    std::array<int, 11> counts{};

    void add(int value)
    {
        ++answers;
        sum += value;
        ++counts[value];
    }
    int between(int low, int high) const
    {
        int n = 0;
        for (int v = low; v <= high; ++v)
            n += counts[v];
        return n;
    }
    double mean() const { return answers ? double(sum) / answers : 0.0; }
    double percent(int n) const { return answers ? 100.0 * n / answers : 0.0; }
};

struct Touchpoint {
    QString name;
    int responses = 0;
    Tally nps;
    Tally csat;
    Tally ces;
};

NpsFigure npsOf(const Tally& tally)
{
    NpsFigure figure;
    figure.answers = tally.answers;
    figure.promoters = tally.between(9, 10);
    figure.passives = tally.between(7, 8);
    figure.detractors = tally.between(0, 6);
    if (tally.answers > 0) {
        figure.score = 100.0 * (figure.promoters - figure.detractors) / tally.answers;
        const double n = tally.answers + 3.0;
        const double p = (figure.promoters + 0.75) / n;
        const double d = (figure.detractors + 0.75) / n;
        const double variance = p + d - (p - d) * (p - d);
        figure.margin = 1.96 * std::sqrt(std::max(0.0, variance) / n) * 100.0;
    }
    return figure;
}

CsatFigure csatOf(const Tally& tally)
{
    CsatFigure figure;
    figure.answers = tally.answers;
    figure.satisfied = tally.between(4, 5);
    figure.percent = tally.percent(figure.satisfied);
    figure.mean = tally.mean();
    return figure;
}

CesFigure cesOf(const Tally& tally, int points)
{
    CesFigure figure;
    figure.answers = tally.answers;
    figure.points = points;
    figure.agree = points == 5 ? tally.between(4, 5) : tally.between(5, 7);
    figure.mean = tally.mean();
    figure.agreePercent = tally.percent(figure.agree);
    return figure;
}

NpsFigure npsFrom(int promoters, int passives, int detractors)
{
    Tally tally;
    tally.answers = promoters + passives + detractors;
    tally.counts[10] = promoters;
    tally.counts[7] = passives;
    tally.counts[0] = detractors;
    return npsOf(tally);
}

double weightedMean(double a, int n, double b, int m)
{
    return n + m > 0 ? (a * n + b * m) / (n + m) : 0.0;
}

} // namespace

TouchpointFigures combined(const TouchpointFigures& a, const TouchpointFigures& b)
{
    TouchpointFigures out;
    out.name = a.name;
    out.responses = a.responses + b.responses;
    out.nps = npsFrom(a.nps.promoters + b.nps.promoters, a.nps.passives + b.nps.passives,
                      a.nps.detractors + b.nps.detractors);
    out.csat.answers = a.csat.answers + b.csat.answers;
    out.csat.satisfied = a.csat.satisfied + b.csat.satisfied;
    out.csat.percent = out.csat.answers ? 100.0 * out.csat.satisfied / out.csat.answers : 0.0;
    out.csat.mean = weightedMean(a.csat.mean, a.csat.answers, b.csat.mean, b.csat.answers);
    out.ces.points = a.ces.points;
    out.ces.answers = a.ces.answers + b.ces.answers;
    out.ces.agree = a.ces.agree + b.ces.agree;
    out.ces.agreePercent = out.ces.answers ? 100.0 * out.ces.agree / out.ces.answers : 0.0;
    out.ces.mean = weightedMean(a.ces.mean, a.ces.answers, b.ces.mean, b.ces.answers);
    return out;
}

bool fewAnswers(int answers)
{
    return answers < FewAnswers;
}

SurveyFigures computeFigures(const SurveyTable& table, const ColumnChoice& columns,
                             const ProgressFn& progress)
{
    SurveyFigures figures;
    figures.responses = static_cast<int>(table.rows.size());
    std::vector<Touchpoint> touchpoints;
    QHash<QString, int> indexOf;         // by normalized name
    QHash<QString, int> indexOfSpelling; // by the name as written

    struct Asked {
        Question question;
        int column;
        Tally Touchpoint::*tally;
    };
    std::vector<Asked> asked;
    if (columns.nps >= 0)
        asked.push_back({Question::Nps, columns.nps, &Touchpoint::nps});
    if (columns.csat >= 0)
        asked.push_back({Question::Csat, columns.csat, &Touchpoint::csat});
    if (columns.ces >= 0)
        asked.push_back({Question::Ces, columns.ces, &Touchpoint::ces});
    const int cesPoints = columns.cesPoints == 5 ? 5 : 7;

    std::vector<int> values(asked.size());
    for (int r = 0; r < figures.responses; ++r) {
        if (progress && r % 8192 == 0 && !progress(r, figures.responses)) {
            figures.cancelled = true;
            return figures;
        }
        const int line = r < static_cast<int>(table.lines.size()) ? table.lines[r] : r + 1;
        bool usable = true;
        const QString name = columns.touchpoint >= 0 ? table.cell(r, columns.touchpoint).trimmed()
                                                     : columns.wholeFile.trimmed();
        if (name.isEmpty()) {
            usable = false;
            AnswerProblem problem;
            problem.line = line;
            problem.column = columns.touchpoint;
            problem.message = columns.touchpoint >= 0
                                  ? Text::tr("%1: no touchpoint is named.")
                                        .arg(where(table, line, columns.touchpoint))
                                  : Text::tr("Line %1: no touchpoint is chosen.").arg(line);
            figures.problems.push_back(problem);
        }
        for (size_t q = 0; q < asked.size(); ++q) {
            const QString cell = table.cell(r, asked[q].column);
            const Answer answer = readAnswer(asked[q].question, cell, cesPoints);
            values[q] = answer.state == Answer::State::Value ? answer.value : -1;
            if (answer.state != Answer::State::Invalid)
                continue;
            usable = false;
            AnswerProblem problem;
            problem.line = line;
            problem.column = asked[q].column;
            problem.value = cell;
            problem.message = Text::tr("%1: \u201c%2\u201d is not %3.")
                                  .arg(where(table, line, asked[q].column), cell.simplified(),
                                       expectedText(asked[q].question, cesPoints));
            figures.problems.push_back(problem);
        }
        if (!usable) {
            figures.skippedLines.push_back(line);
            continue;
        }
        // Most responses spell a name as others did: look it up as written
        // first, and normalize only a spelling not seen before.
        auto it = indexOfSpelling.constFind(name);
        if (it == indexOfSpelling.constEnd()) {
            const QString key = normalizedName(name);
            auto known = indexOf.constFind(key);
            if (known == indexOf.constEnd()) {
                known = indexOf.insert(key, static_cast<int>(touchpoints.size()));
                touchpoints.push_back({name, 0, {}, {}, {}});
            }
            it = indexOfSpelling.insert(name, known.value());
        }
        Touchpoint& touchpoint = touchpoints[it.value()];
        ++touchpoint.responses;
        for (size_t q = 0; q < asked.size(); ++q) {
            if (values[q] >= 0)
                (touchpoint.*(asked[q].tally)).add(values[q]);
        }
        if (columns.date >= 0) {
            const QDate date = readResponseDate(table.cell(r, columns.date));
            if (date.isValid() && (!figures.latest.isValid() || date > figures.latest))
                figures.latest = date;
        }
    }

    figures.touchpoints.reserve(touchpoints.size());
    for (const Touchpoint& touchpoint : touchpoints) {
        TouchpointFigures out;
        out.name = touchpoint.name;
        out.responses = touchpoint.responses;
        out.nps = npsOf(touchpoint.nps);
        out.csat = csatOf(touchpoint.csat);
        out.ces = cesOf(touchpoint.ces, cesPoints);
        figures.touchpoints.push_back(out);
    }
    return figures;
}

} // namespace js::survey
