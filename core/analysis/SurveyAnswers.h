#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// One answer of a survey response read as a number on its question's scale:
// a digit ("9", "9,0", "10 - Extremely likely") or a label as SurveyMonkey
// and Qualtrics write them ("Very satisfied", "Somewhat agree").
namespace js::survey {

enum class Question {
    Nps,  // "How likely are you to recommend …": 0..10
    Csat, // "How satisfied …": 1..5
    Ces,  // "… made it easy": 1..7, or 1..5 on a five-point agree scale
};

// "NPS", "CSAT", "CES", in the user's language.
QString questionName(Question question);

struct Answer {
    enum class State { Blank, Value, Invalid };
    State state = State::Blank;
    int value = 0; // on the question's scale, when State::Value
};

// The scale of a CES question: seven points (1..7) unless told five.
inline constexpr int CesPoints = 7;

// Reads one answer. Blank (empty or only spaces) is not an answer; a whole
// number in the scale, written with a decimal point or comma ("4,0") or
// followed by its label ("5 - Very satisfied"), is one; so is a known label,
// case and spacing ignored. Anything else, a number out of the scale or a
// fraction ("8.5" on the NPS question) is invalid.
Answer readAnswer(Question question, QStringView text, int cesPoints = CesPoints);

// The lowest and highest value of the question's scale.
int scaleLow(Question question);
int scaleHigh(Question question, int cesPoints = CesPoints);
// What a valid answer is, for a message: "a whole number from 0 to 10"; for
// CSAT and CES "… or a label such as “Very satisfied”".
QString expectedText(Question question, int cesPoints = CesPoints);

// Which agree scale a label belongs to: "Somewhat agree" only to the seven
// points; "Agree", "Strongly disagree", "Neither agree nor disagree" to both,
// reported as FivePoint; any other text is Unknown.
enum class AgreeScale { Unknown, FivePoint, SevenPoint };
AgreeScale agreeScaleOf(QStringView text);

// The day a response was given, from a time as survey tools write it:
// "2026-03-05 10:15:22" (Qualtrics), "03/05/2026 10:15:22 AM" (SurveyMonkey,
// month first unless that cannot be), "2026/03/05 10:15:22 AM GMT+1" (Google
// Forms), "05.03.2026 10:15". Invalid when it is none of those.
QDate readResponseDate(QStringView text);

} // namespace js::survey
