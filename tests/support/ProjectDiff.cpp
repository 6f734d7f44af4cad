#include "ProjectDiff.h"

#include <sstream>

namespace js::test {

namespace {

template <typename T>
std::string diffList(const char* what, const std::vector<T>& a, const std::vector<T>& b)
{
    std::ostringstream out;
    if (a.size() != b.size()) {
        out << what << ": " << a.size() << " vs " << b.size() << " items";
        return out.str();
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i])) {
            out << what << "[" << i << "] (id " << a[i].id << " vs " << b[i].id << ") differs";
            return out.str();
        }
    }
    return {};
}

} // namespace

std::string firstDifference(const Project& a, const Project& b)
{
    if (a.name != b.name || a.client != b.client || a.description != b.description)
        return "project fields differ";
    for (std::string d :
         {diffList("personas", a.personas, b.personas),
          diffList("frameworks", a.frameworks, b.frameworks),
          diffList("rounds", a.rounds, b.rounds), diffList("metrics", a.metrics, b.metrics),
          diffList("actions", a.actions, b.actions)}) {
        if (!d.empty())
            return d;
    }
    if (a.journeys.size() != b.journeys.size())
        return diffList("journeys", a.journeys, b.journeys);
    for (size_t j = 0; j < a.journeys.size(); ++j) {
        const Journey& x = a.journeys[j];
        const Journey& y = b.journeys[j];
        for (std::string d :
             {diffList("lanes", x.lanes, y.lanes), diffList("stages", x.stages, y.stages)}) {
            if (!d.empty())
                return "journey " + std::to_string(j) + ": " + d;
        }
        if (!(x == y))
            return "journey " + std::to_string(j) + " fields differ";
    }
    if (a.ratings != b.ratings) {
        std::ostringstream out;
        out << "ratings: " << a.ratings.size() << " vs " << b.ratings.size() << " entries";
        return out.str();
    }
    return a == b ? std::string() : std::string("projects differ");
}

} // namespace js::test
