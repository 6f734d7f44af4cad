#include "core/render/MapLayout.h"

#include <algorithm>
#include <cmath>

namespace js {

namespace {

template <typename Box> const Box* findBox(const std::vector<Box>& boxes, Id id)
{
    auto it =
        std::find_if(boxes.begin(), boxes.end(), [id](const Box& box) { return box.id == id; });
    return it == boxes.end() ? nullptr : &*it;
}

} // namespace

double EmotionCurve::yOf(int value) const
{
    const double step = band.height() / double(Touchpoint::MaxEmotion - Touchpoint::MinEmotion);
    return band.top() + (Touchpoint::MaxEmotion - value) * step;
}

int EmotionCurve::valueAt(double y) const
{
    const double step = band.height() / double(Touchpoint::MaxEmotion - Touchpoint::MinEmotion);
    if (step <= 0)
        return 0;
    const int value = Touchpoint::MaxEmotion - int(std::lround((y - band.top()) / step));
    return std::clamp(value, Touchpoint::MinEmotion, Touchpoint::MaxEmotion);
}

const StageBox* MapLayout::stage(Id id) const
{
    return findBox(stages, id);
}

const LaneBox* MapLayout::lane(Id id) const
{
    return findBox(lanes, id);
}

const TouchpointBox* MapLayout::touchpoint(Id id) const
{
    return findBox(touchpoints, id);
}

const CardBox* MapLayout::card(Id id) const
{
    return findBox(cards, id);
}

const StageBox* MapLayout::stageAt(double x) const
{
    for (const StageBox& box : stages) {
        if (x >= box.header.left() && x < box.header.right())
            return &box;
    }
    return nullptr;
}

const LaneBox* MapLayout::laneAt(double y) const
{
    for (const LaneBox& box : lanes) {
        if (y >= box.row.top() && y < box.row.bottom())
            return &box;
    }
    return nullptr;
}

} // namespace js
