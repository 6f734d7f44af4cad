#pragma once

#include <QStringList>
#include <QTextStream>

namespace js {

// The headless verbs. Each returns the process exit code: 0 done, 1 the file
// or input is bad (with the same message the window would show), 2 usage.
int runDemoVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runCheckVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runExportVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runImportVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);
// The ranked weak spots of a round (WeakSpotsVerb.cpp).
int runWeakSpotsVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);
// NPS, CSAT and CES per touchpoint from a survey export (SurveyVerb.cpp).
int runSurveyVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);
// A live rating session without a window, until SIGINT, SIGTERM or SIGHUP
// (ServeVerb.cpp). Runs the event loop.
int runServeVerb(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace js
