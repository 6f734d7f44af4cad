#pragma once

#include "core/model/Project.h"

namespace js::test {

// A small project built by hand for the analysis tests, with no ratings yet:
//
//   journey "Online shop" (1)
//     stage "Awareness" (10): "Instagram ad" (11, importance 5),
//                             "Search result" (12, importance 2)
//     stage "Purchase" (20):  "Checkout" (21, importance 4),
//                             "Receipt email" (22, importance 1)
//   framework TRIXIE (100): Trust (101), Relevance (102)
//   framework 5 Cs (200):   Clarity (201)
//   round "Baseline" (300, 2026-03-01) rates Trust (weight 2, target 4),
//     Relevance (weight 1, target 4) and Clarity (weight 1, target 3.5),
//     by Rita (301), Omar (302) and Lea (303).
//
// The frameworks' own weights and targets differ from the round's (weight 1,
// target 3 everywhere) so that a test sees which ones are used.
struct AnalysisProject {
    static constexpr Id Journey = 1;
    static constexpr Id Awareness = 10;
    static constexpr Id Ad = 11;
    static constexpr Id Search = 12;
    static constexpr Id Purchase = 20;
    static constexpr Id Checkout = 21;
    static constexpr Id Receipt = 22;
    static constexpr Id Trixie = 100;
    static constexpr Id Trust = 101;
    static constexpr Id Relevance = 102;
    static constexpr Id FiveCs = 200;
    static constexpr Id Clarity = 201;
    static constexpr Id Round = 300;
    static constexpr Id Rita = 301;
    static constexpr Id Omar = 302;
    static constexpr Id Lea = 303;

    Project project;

    AnalysisProject()
    {
        project.name = QStringLiteral("Shop CX");
        js::Journey journey;
        journey.id = Journey;
        journey.name = QStringLiteral("Online shop");
        Stage awareness{Awareness, QStringLiteral("Awareness"), {}, {}, {}};
        awareness.touchpoints = {touchpoint(Ad, "Instagram ad", 5),
                                 touchpoint(Search, "Search result", 2)};
        Stage purchase{Purchase, QStringLiteral("Purchase"), {}, {}, {}};
        purchase.touchpoints = {touchpoint(Checkout, "Checkout", 4),
                                touchpoint(Receipt, "Receipt email", 1)};
        journey.stages = {awareness, purchase};
        project.journeys.push_back(journey);

        Framework trixie{Trixie, QStringLiteral("trixie"), QStringLiteral("TRIXIE"), {}, {}};
        trixie.criteria = {criterion(Trust, "Trust"), criterion(Relevance, "Relevance")};
        Framework fiveCs{FiveCs, QStringLiteral("five-cs"), QStringLiteral("5 Cs"), {}, {}};
        fiveCs.criteria = {criterion(Clarity, "Clarity")};
        project.frameworks = {trixie, fiveCs};

        js::Round round;
        round.id = Round;
        round.name = QStringLiteral("Baseline");
        round.date = QDate(2026, 3, 1);
        round.journeyId = Journey;
        round.criteria = {{Trust, 2.0, 4.0}, {Relevance, 1.0, 4.0}, {Clarity, 1.0, 3.5}};
        round.raters = {{Rita, QStringLiteral("Rita"), {}},
                        {Omar, QStringLiteral("Omar"), {}},
                        {Lea, QStringLiteral("Lea"), {}}};
        project.rounds.push_back(round);
    }

    // Gives one rating (a score, Rating::NotApplicable, or Rating::NotRated
    // with a note).
    void rate(Id rater, Id touchpoint, Id criterion, int score, Id round = Round)
    {
        project.ratings[RatingKey{round, rater, touchpoint, criterion}] =
            Rating{score, score == Rating::NotRated ? QStringLiteral("a note") : QString()};
    }
    // Rita, Omar and Lea in turn; 0 (Rating::NotRated) leaves one out.
    void rateAll(Id touchpoint, Id criterion, std::initializer_list<int> scores)
    {
        const Id raters[] = {Rita, Omar, Lea};
        int i = 0;
        for (int score : scores) {
            if (score != Rating::NotRated)
                rate(raters[i], touchpoint, criterion, score);
            ++i;
        }
    }

    // The project with the ratings most tests use (Rita, Omar, Lea in turn;
    // "-" none given, N/A not applicable):
    //            Trust (w 2)   Relevance (w 1)   Clarity (w 1)
    //   Ad       1 3 5 → 3     4 4 5 → 13/3      2 3 N/A → 5/2
    //   Search   2 2 2 → 2     -                 4 - - → 4
    //   Checkout 3 4 5 → 4     1 2 - → 3/2       N/A N/A N/A → no mean
    //   Receipt  -             -                 -
    static AnalysisProject rated()
    {
        AnalysisProject p;
        p.rateAll(Ad, Trust, {1, 3, 5});
        p.rateAll(Ad, Relevance, {4, 4, 5});
        p.rateAll(Ad, Clarity, {2, 3, Rating::NotApplicable});
        p.rateAll(Search, Trust, {2, 2, 2});
        p.rateAll(Search, Clarity, {4});
        p.rateAll(Checkout, Trust, {3, 4, 5});
        p.rateAll(Checkout, Relevance, {1, 2});
        p.rateAll(Checkout, Clarity,
                  {Rating::NotApplicable, Rating::NotApplicable, Rating::NotApplicable});
        return p;
    }

private:
    static Touchpoint touchpoint(Id id, const char* name, int importance)
    {
        return Touchpoint{id, QString::fromUtf8(name), Channel::Website, {}, {}, importance, 0};
    }
    static Criterion criterion(Id id, const char* name)
    {
        Criterion c;
        c.id = id;
        c.name = QString::fromUtf8(name);
        c.weight = 1.0;
        c.target = 3.0;
        return c;
    }
};

} // namespace js::test
