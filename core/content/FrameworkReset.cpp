#include "core/content/FrameworkReset.h"

#include "core/content/BuiltInFrameworks.h"
#include "core/document/ProjectDocument.h"

#include <QCoreApplication>

namespace js {

const Framework* bundledFramework(const QString& key)
{
    if (key.isEmpty())
        return nullptr;
    // Read once: the bundled resources never change while the program runs.
    static const std::vector<Framework> bundled = builtInFrameworks();
    for (const Framework& framework : bundled) {
        if (framework.key == key)
            return &framework;
    }
    return nullptr;
}

Framework resetFramework(const Framework& framework, const Framework& bundled)
{
    Framework result = framework;
    result.name = bundled.name;
    result.description = bundled.description;
    result.criteria.clear();
    std::vector<bool> matched(framework.criteria.size(), false);
    for (const Criterion& original : bundled.criteria) {
        Criterion restored = original;
        restored.id = NoId;
        // The first criterion with the key that is not matched yet: a second
        // one with the same key (from an import) counts as the user's own.
        for (size_t i = 0; i < framework.criteria.size(); ++i) {
            if (!matched[i] && !original.key.isEmpty() &&
                framework.criteria[i].key == original.key) {
                matched[i] = true;
                restored.id = framework.criteria[i].id;
                break;
            }
        }
        result.criteria.push_back(std::move(restored));
    }
    for (size_t i = 0; i < framework.criteria.size(); ++i) {
        if (!matched[i])
            result.criteria.push_back(framework.criteria[i]);
    }
    return result;
}

bool differsFromBuiltIn(const Framework& framework)
{
    const Framework* bundled = bundledFramework(framework.key);
    return bundled && resetFramework(framework, *bundled) != framework;
}

bool resetToBuiltIn(ProjectDocument& document, Id frameworkId)
{
    const Framework* framework = findFramework(document.project(), frameworkId);
    const Framework* bundled = framework ? bundledFramework(framework->key) : nullptr;
    if (!bundled)
        return false;
    const Framework target = resetFramework(*framework, *bundled);
    if (target == *framework)
        return false;

    ProjectDocument::Batch batch(
        &document, QCoreApplication::translate("js::FrameworkReset", "Reset framework %1")
                       .arg(quoted(framework->name)));
    document.set(frameworkId, &Framework::name, target.name);
    document.set(frameworkId, &Framework::description, target.description);
    // Criterion by criterion in the order they end in: the first i are in
    // place when the i-th is put after them, and the user's own criteria
    // slide down behind the built-in ones.
    for (size_t i = 0; i < target.criteria.size(); ++i) {
        const Criterion& wanted = target.criteria[i];
        const int index = static_cast<int>(i);
        if (wanted.id == NoId) {
            document.addCriterion(frameworkId, index, wanted);
            continue;
        }
        document.moveCriterion(wanted.id, index);
        document.set(wanted.id, &Criterion::name, wanted.name);
        document.set(wanted.id, &Criterion::description, wanted.description);
        document.set(wanted.id, &Criterion::questions, wanted.questions);
        document.set(wanted.id, &Criterion::weight, wanted.weight);
        document.set(wanted.id, &Criterion::target, wanted.target);
        document.set(wanted.id, &Criterion::enabled, wanted.enabled);
    }
    return true;
}

} // namespace js
