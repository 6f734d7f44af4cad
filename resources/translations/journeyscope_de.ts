<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>HeatmapChart</name>
    <message>
        <source>Heatmap of scores against targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raters disagree: discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable, target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet, target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 against a target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raters disagree: worth a discussion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightChart</name>
    <message>
        <source>No round to show yet. Start one with Assess &gt; New round, rate the touchpoints, and this chart fills in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters leave nothing to show. Choose at least one framework, rater and stage above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has rated this round yet. Type scores in the Assess tab (Ctrl+Shift+G), and this chart fills in as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target, negative emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Emotion %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, from %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean emotion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target where the customer feels bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantsChart</name>
    <message>
        <source>Performance (mean score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance %1, performance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar of one touchpoint or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar: %1 (stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A radar needs at least three criteria, and there are only %n here. Choose more frameworks above, or read the heatmap.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stage above to see its radar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has rated the touchpoints of %1 in this round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touchpoint on the map or in the heatmap to see its radar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scores in this round yet. Select a touchpoint on the map or in the heatmap to see its radar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 against a target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable, target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet, target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (change %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomVsCustomersChart</name>
    <message>
        <source>The room&apos;s scores and the customers&apos; NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s scores and the customers&apos; CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer figures yet: import survey responses (File &gt; Import survey responses…) or add them in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these touchpoints has an NPS figure yet. Choose CSAT above, or add NPS figures in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these touchpoints has a CSAT figure yet. Choose NPS above, or add CSAT figures in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoints with an NPS figure have no scores from the room yet. Rate them in the Assess tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoints with a CSAT figure have no scores from the room yet. Rate them in the Assess tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s score (weighted mean, 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers&apos; NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers&apos; CSAT (share satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room rates higher than customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers rate higher than the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room rates higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers rate higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Under %n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room: %1 of 5 (%2 on the agreement line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers: NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers: CSAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, n=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rests on few answers (fewer than %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The room and the customers agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The room rates it %n point(s) higher than its customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customers rate it %n point(s) higher than the room</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>This is the journey&apos;s only round. Rate a second one (Assess &gt; New round) and this chart shows what moved between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a round in “Compare with” above, and this chart shows what moved between the two rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have no scores in common among what the filters let through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · like for like: the %2 cells rated in both rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated in both rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not rated in both rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5
Change %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeakSpotsChart</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rated cell meets its target: no weak spot in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ranked by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the top %2 of %3, by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (importance × weight × gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 against a target of %2: a gap of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 = importance %2 × weight %3 × gap %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top weak spots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer journey maps and customer experience assessment: map the journey, rate every touchpoint against TRIXIE and the 5 Cs with the whole room, find the weak spots and plan what to fix.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one project file. Journeyscope never sends your clients&apos; data anywhere.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;br&gt;© 2026 the Journeyscope authors · &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ActionList</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ActionStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::AssessGridModel</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 of %n scores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1, spread %2, %n scores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Discuss:&lt;/b&gt; the raters disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::AssessGridView</name>
    <message>
        <source>This round is locked. Unlock it to change its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a rater first (Ctrl+1 to Ctrl+9): the scores of all raters together cannot be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this touchpoint&apos;s target (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target for this touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the criterion&apos;s target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for this touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of %1 on %2 (1 to 5):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::AssessTab</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Ctrl+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is typing: Ctrl+1 to Ctrl+9 pick a rater, Ctrl+0 shows all raters together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cursor goes after a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate one touchpoint at a time in large type, for the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ater:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is locked: a finished workshop reads only. Unlock it to change its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: evidence or a quote for this score (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No assessment round yet&lt;/h2&gt;&lt;p&gt;A round rates the touchpoints of one journey on the criteria you choose, by one person or a whole room.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess it yourself, step by step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided walk for one person: a score for each touchpoint, then the weakest spots with suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This round has %n raters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All raters: mean and spread · Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes to this round&apos;s scores again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the round finished: its scores become read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a rater to write a note; hover a cell to read every rater&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is locked. Unlock it to change its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scores given (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::AssessmentReport</name>
    <message>
        <source>Assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey as mapped, each touchpoint coloured by its score in %1. The pages after this one show it at a size that reads; the map poster export prints it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey as mapped. The pages after this one show it at a size that reads; the map poster export prints it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map in detail, part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; lanes %2 to %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has rated the round %1 yet. Rate the touchpoints in the Assess tab, and this section fills in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey has not been assessed yet: no round of ratings exists for it. Create a round in the Assess tab and rate the touchpoints, and this section fills in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts of the Insights tab for %1, without filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is the raters&apos; mean score on a criterion. Orange falls short of the target, blue exceeds it; a mark flags a cell where the raters disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weak spots with the highest priority, each bar the gap between the score and its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each touchpoint by how much it matters to the customer and how well it scores: important touchpoints that score low come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each touchpoint by the room&apos;s score and its customers&apos; figure. Below the agreement line the room rates a touchpoint higher than its customers do; a hollow point rests on fewer than %n answers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mean score of each stage beside the customer&apos;s emotion along the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage and criterion before and after, with the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page for each stage of the journey: its touchpoints and their scores, the raters&apos; notes, and the scores the raters disagreed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page for each stage of the journey and its touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores the raters disagreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage has no touchpoints yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores by touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were recorded for this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint and criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the raters disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raters broadly agreed on every score in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores with a standard deviation of 1 or more among at least three raters: worth a conversation before acting on the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are planned yet. Add them on the Actions tab for the weak spots above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Impact and effort are the team&apos;s estimates, from 1 (least) to 5 (most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact / effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score each rater gave in %1, framework by framework. N/A: the rater judged the criterion not to apply; a dash: not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no journey yet: draw one on the Map tab, and the report describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report describes the journey %1 as it is mapped: %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report sets out how the journey %1 scored in the round %2: %3 rated %4 against %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are compared with the round before, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has rated this round yet, so there are no scores to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey score, on a scale of 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed round of this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next round shows what moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak spots: scores below their target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them, the raters disagree on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the cells rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every touchpoint meets its targets on every criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores that fall furthest short of their targets where it matters most: ranked by priority, the touchpoint&apos;s importance × the criterion&apos;s weight × the gap to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ranks here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first assessed round of the journey: the next round shows what moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest movements since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared like for like, over the %1 rated in both rounds, %2 rose and %3 fell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoints that moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touchpoint moved by 0.1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::BuiltInFrameworks</name>
    <message>
        <source>TRIXIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIXIE looks at customer experience as a relationship rather than a string of transactions. Each touchpoint is judged on whether it earns the customer&apos;s trust, speaks to what they actually need, makes them feel known, is easy to get through, and adds up to results the business can measure. Use it when the question is how well the business keeps customers, not only how well it sells to them. Reliability and Interaction, which another version of the model names, are included switched off: switch them on if your team works with that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers believe the business is honest, knows what it is doing and keeps its word. At a touchpoint this shows in promises that hold (prices, delivery dates, refund times), in plain information with nothing hidden in the small print, and in careful handling of personal data. Trust builds slowly over many small promises kept and can be lost in one broken one. A low score here usually points to a gap between what the business says and what the customer then experiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the customer get exactly what this touchpoint promised them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anything important left out, hidden or only explained after the fact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the customer feel comfortable with how their personal data is used here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something goes wrong at this point, do we own it openly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer and the message fit the problem the customer is really trying to solve. A relevant touchpoint is based on knowing who the customer is and why they came, not on what the business would like to push that week. It treats different customer groups differently where their needs differ. Low relevance feels like noise: generic mailings, off-target recommendations, content that answers a question nobody asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we know what the customer is trying to get done when they reach this touchpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does what we show or say here match that need, or our own sales agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we treat our main customer groups differently where their needs differ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of what the customer sees here would they call useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer feels recognized and valued as a person, not handled as a case number. At a touchpoint this means the business remembers what it already knows about them, the service goes beyond the minimum, and loyalty is noticed and rewarded. It is the difference between a shop the customer uses and one they feel attached to. Intimacy does not require a human at every step, but it does require that the customer never has to start from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the customer have to repeat information we already have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this touchpoint treat a ten-year customer differently from a first-time visitor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a moment here where we could exceed what the customer expects?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the customer describe this interaction as personal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every interaction is easy, quick and free of friction. The customer can reach the business on the channel they prefer, finds the content they need, and gets fast answers to questions and complaints. A good experience is mostly invisible: nothing gets in the way. Low scores come from extra steps, waiting, dead ends and hand-offs between channels that lose the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many steps does the customer need here, and which ones could go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the customer use the channel they prefer for this, or are they pushed elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long does the customer wait for an answer or a result at this point?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does the customer get stuck, and what do they do then?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the move to the next touchpoint smooth, or does the customer have to start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship produces results the business can see and measure. For a touchpoint this means knowing how satisfied customers are with it, whether it helps keep them, and what improving it is worth. A touchpoint nobody measures cannot score well here, however pleasant it feels. This pillar keeps CX work tied to retention, repeat purchases and revenue rather than good intentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we measure how customers rate this touchpoint, and how often do we look at the figures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we tell whether this touchpoint helps or hurts repeat purchases?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we know what a better score here would be worth to the business?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has anything changed here in the last year because of what we measured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business does what it said it would, every time: promises are met, service is the same on a good day and a busy one, and problems are fixed quickly. Where Trust asks whether the customer believes the business, Reliability asks whether the operation actually delivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often does this touchpoint fail to deliver what was promised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the service here as good in peak season as in a quiet week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a problem occurs here, how quickly is it fixed for the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the contact itself feels: responsive, helpful and personal. It suits touchpoints where customers deal with people or with conversational channels such as chat, phone and social media replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How quickly does the customer get a response at this touchpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the customer leave the interaction with their question actually answered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the exchange sound like a person talking to a person, or like a script?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Cs of customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5 Cs check how a touchpoint comes across to the customer in the moment: whether it is easy to understand, the same as everywhere else, fitted to the person, genuinely engaging, and caring when things go wrong. It is a practical lens for workshops because each C maps to something the team can see and change at the touchpoint itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer understands straight away what is on offer, what it costs and what to do next. Clear touchpoints use plain language, simple navigation and prices with no surprises added later. Confusion costs twice: customers give up, or they contact the business to ask what the page should have told them. A low score often shows up as a spike in questions to customer service about the same topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can a first-time customer tell within a few seconds what this touchpoint is for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the full price, including delivery and any fees, visible before the customer commits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the next step obvious, or does the customer have to search for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which questions do customers ask us that this touchpoint should already answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gets the same experience, information and tone whichever channel they use and whenever they use it. Prices, policies and promises match between the website, the app, emails and the people on the phone. Consistency is what lets customers build habits and rely on the business. Inconsistency makes even good touchpoints feel unreliable, because the customer never knows which version they will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the customer hear the same thing here as on our other channels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would two customers with the same question get the same answer at this touchpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the look and tone here fit the rest of the brand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the quality here the same at peak times as in quiet periods?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction fits the individual customer&apos;s preferences, history and behavior. That can be as simple as remembering a delivery address or as rich as recommendations based on past purchases and the season. Good customization saves the customer effort and feels helpful rather than intrusive. A low score means everyone is treated the same, whether they are new or have bought from the business for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we already know about this customer that we could use here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the customer choose how, when and on which channel they hear from us at this point?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a returning customer see anything different from a first-time visitor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the customer find our personalization here helpful or a bit creepy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint helps build a real and lasting relationship between the customer and the business. This comes from honest, human communication, stories the customer can relate to, and content worth their time. Connection is what turns a satisfied buyer into someone who comes back and recommends the business to others. Touchpoints that are purely functional can still score well if they sound like the brand and leave a good impression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this touchpoint sound like people who care about what they sell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there anything here the customer would want to share or talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this moment make the customer more or less likely to come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we invite the customer to respond, or is the communication one way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compassion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business shows empathy: it listens to the customer&apos;s needs and responds well when something goes wrong. Some sources call this element Concern. It matters most at stressful moments such as a late delivery, a damaged item or a refund that has not arrived. A compassionate touchpoint acknowledges the problem, takes responsibility and gives front-line staff the freedom to put things right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the customer feel when they arrive at this touchpoint, and do we take that into account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer complains here, do we listen first or defend first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can our staff at this touchpoint solve the problem without asking for permission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we follow up after a complaint to check that it was actually resolved?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::Channel</name>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ChartView</name>
    <message>
        <source>Copy as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::CommandLine</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: journeyscope [options] [FILE.journey]
       journeyscope VERB [arguments]

Customer journey maps and CX assessment. Without a verb, opens the main
window on FILE, on the last project, or on the demo project the first time.

Verbs (no window; exit 0 done, 1 bad file or input, 2 wrong usage):
  demo OUT.journey                          write the demo project
  check FILE                                validate a project file
  export FILE --out PATH [--format F] [--report] [--journey NAME] [--round NAME]
         [--chart NAME] [--table T] [--page A3] [--landscape|--portrait]
         [--fit auto|page|tile] [--margin MM] [--dpi N] [--bom]
         [--consultant NAME]
                                            export as pdf (the map poster, or the
                                            report with --report), png or svg (the
                                            map, or --chart heatmap, weakspots,
                                            radar, quadrants, roomvscustomers,
                                            profile, trend), csv
                                            (--table ratings, weakspots, actions,
                                            metrics), xlsx, mermaid or json; the
                                            format defaults to PATH&apos;s extension
  import IN.json --out NEW.journey          make a project file from JSON
  import IN.mmd --out NEW.journey           make a project file from a Mermaid
                                            journey diagram (.mmd, .mermaid)
  weakspots FILE [--journey NAME] [--round NAME] [--top N] [--json]
                                            the ranked weak spots of a round
                                            (default: the first journey&apos;s latest
                                            round, the top 10, as a table)
  survey SURVEY.csv [--touchpoint COLUMN | --whole-file TOUCHPOINT]
         [--nps COLUMN] [--csat COLUMN] [--ces COLUMN] [--ces-scale 5|7]
         [--delimiter C] [--encoding NAME] [--header-rows N] [--json]
         [--into PROJECT.journey [--journey NAME]]
                                            NPS, CSAT and CES per touchpoint from
                                            a survey export (Qualtrics,
                                            SurveyMonkey, Google Forms, any CSV);
                                            COLUMN is a header text or a number,
                                            detected when not given; --whole-file
                                            when every response is about one
                                            touchpoint; --into stores the figures
                                            as metrics of the journey&apos;s touchpoints
                                            of the same names (default: the first
                                            journey), replacing an earlier import
                                            of the same file
  serve FILE --round NAME [--journey NAME] [--port N] [--bind ADDRESS]
                                            live rating without a window: serves
                                            the round to the participants&apos; phones
                                            on the local network (default: its
                                            best address; port 8137, else any free
                                            one; --port 0 for any) in free mode,
                                            where each participant rates every
                                            touchpoint against every criterion at
                                            their own pace; prints the join address
                                            first, then who joins and the progress;
                                            the ratings go into FILE as they come;
                                            Ctrl+C (or SIGTERM) stops
  (demo and import never replace an existing file unless given --force)

Options:
  --demo           open the bundled demo project
  --new            start with a new, empty project
  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: unknown verb %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::CriterionForm</name>
    <message>
        <source>What the criterion means at a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line, for raters to ask themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this criterion counts against the others of the framework, from %L1 to %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score a touchpoint should reach, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rated in new rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off a criterion your team does not assess: new rounds leave it out, and it stays here to switch on later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes here apply to new rounds only: past rounds keep the criteria, weights and targets they were created with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::CriterionTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated in new rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated in new rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this criterion counts against the others of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score a touchpoint should reach on this criterion, from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: switched off, not rated in new rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether new rounds rate the criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export would replace the project itself: choose another name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map poster (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map image (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map drawing (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart (PNG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook (Excel .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journey diagram (.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiled across pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On one page if the text stays at 6 pt or larger, else tiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map on one page, if its text stays at 6 pt or larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At print size on as many pages as it takes, with overlap and crop marks for taping together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel reads accented letters right only in a file that starts with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name (on the report&apos;s cover):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journeys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ExportPreview</name>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no journey to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing that stays sharp at any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with a byte-order mark for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook with a sheet each for the ratings, the scores, the weak spots, the actions and the metrics, ready to filter and sort in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole round, without the Insights tab&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing that stays sharp at any size; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ExportVerb</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”; the formats are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart “%1”; the charts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table “%1”; the tables are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size “%1”; the sizes are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 72 to 1200, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fit is auto, page or tile, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin needs millimetres from 0 to 50, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which project file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one project file at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to? Name the file with --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which format? Add --format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--landscape or --portrait, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image: --format png or svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF: --format pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map poster: --format pdf without --report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: journeyscope export FILE --format pdf|png|svg|csv|xlsx|mermaid|json --out PATH [--report] [--journey NAME] [--round NAME] [--chart NAME] [--table ratings|weakspots|actions|metrics] [--page A3] [--landscape|--portrait] [--fit auto|page|tile] [--margin MM] [--dpi N] [--bom] [--consultant NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: the output would replace the project being exported; choose another name for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (1 page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::FileProbe</name>
    <message>
        <source>the file ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size is not a whole number of database pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header names an unknown storage format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::FilterButton</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::FocusView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment round yet.
Create one with “New round…” to start rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey of this round has no touchpoints yet.
Add some on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round rates no criteria.
Choose some in “Round settings…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 of %2 · touchpoint %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled touchpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the round in “Round settings…” to change scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who rates to enter scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–5 score · N not applicable · 0 clear · R reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss: the room disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least three scores, a standard deviation of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the scores (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the scores (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 · 1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 · %n scores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n N/A</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is locked: its scores can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rater in turn, then the next criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous criterion (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next criterion (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous touchpoint (↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next touchpoint (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this score (0 or Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate one touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::FrameworkEditor</name>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a framework on the left, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a framework, or press Alt+Up or Alt+Down, to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a framework of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the framework to change as your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the framework with its criteria and their ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the framework looks at, and when to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set to original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the framework as it comes with Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a criterion, or press Alt+Up or Alt+Down, to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the criterion with its ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This framework has no criteria yet.
Add one to rate touchpoints on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a criterion to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into Journeyscope, with your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into Journeyscope, as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated in a locked round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked round %1 holds scores on this, so it stays as the round rated it. Unlock the round first (Assess &gt; Lock round) to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the framework %1? It has no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the framework %1 with its criterion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the framework %1 with its %2 criteria?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been rated on it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 rating given on it is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 ratings given on it are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to the framework as it comes with Journeyscope?

Its name and description, and the names, descriptions, guiding questions, weights, targets, on/off settings and order of its built-in criteria come back; built-in criteria you deleted are added again. Criteria you added yourself stay, after the built-in ones. Ratings are kept, and past rounds keep the weights and targets they were created with.

You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the criterion %1? The 1 rating given on it is deleted with it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the criterion %1? The %2 ratings given on it are deleted with it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::FrameworkListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your own framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: built into Journeyscope; you can change it and reset it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::FrameworkReset</name>
    <message>
        <source>Reset framework %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ImprovementStrategies</name>
    <message>
        <source>Personalize the experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empower front-line employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use technology for self-service and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure and track results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be proactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be empathetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go the extra mile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rudeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every promise this touchpoint makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is promised here (prices, delivery dates, refund times, how data is used) and check how often each promise is kept. Fix the process, or change the promise, wherever the two differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell customers about problems before they find them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a delivery slips or a condition changes, say so first and say what you will do about it. Customers forgive a problem more easily than a surprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for promises that are not kept: one broken promise undoes many kept ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask customers what they came here to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to five recent customers, or add a one-question survey, about what they wanted to get done at this point, and compare it with what the touchpoint offers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailor the offer to your main customer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the two or three groups that matter most and give each a message or offer of its own here, instead of one message for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for decisions made on what the business wants to sell rather than on what customers say they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what you already know about the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the people and systems at this touchpoint see the customer&apos;s history, so that nobody has to repeat themselves and returning customers are treated as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward loyalty in a way customers notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one small, unexpected gesture for regular customers at this point: a personal thank-you, an upgrade, a call to check all went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for cold, scripted or curt replies: they tell customers they are only a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove steps and let customers serve themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through this touchpoint as a customer, count the steps and the waiting, and cut or automate what adds nothing. Let customers do simple things themselves, on the channel they prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let front-line staff solve problems on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the people at this touchpoint the authority and the tools to fix common problems without a hand-off or a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for slow answers to questions and complaints: waiting is the friction customers remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start measuring this touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one figure for it (satisfaction, likelihood to recommend or customer effort), collect it every month and review it with the team that owns the touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the touchpoint to repeat business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare customers who had a good experience here with those who did not: do they buy again, stay longer or spend more? That tells you what improving it is worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for figures that are collected but never acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a service standard and check it every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree what done right means here (time, accuracy, completeness), measure it weekly and follow up every miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the causes of repeat problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read last month&apos;s complaints about this touchpoint, find the two most common causes and fix them at the source rather than case by case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for promises that hold on a quiet day but not on a busy one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and trust the people customers talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give front-line staff the training, the information and the freedom to help customers personally instead of reading from a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer faster on the customer&apos;s own channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a response time for every channel used here (phone, chat, email, social media), staff for it and tell customers what to expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for rude or dismissive replies, above all when the customer is already upset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch real customers use the touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a few customers to use it while you watch, without helping. Rewrite every message, label or price that makes them hesitate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full price and conditions up front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the whole price, delivery terms and conditions where the customer decides, not in the small print or after the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for hidden costs and small print: customers read them as a promise not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this touchpoint across your channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through it on the website, in the app, by phone and in the store, and note where prices, answers or tone differ. Agree one version and share it with every team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every channel the same information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one shared source of answers, prices and policies that front-line staff and self-service channels all work from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for one channel promising what another cannot deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember customers&apos; preferences and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the choices customers have already made (sizes, delivery options, channels) and offer them first the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let customers choose how they are served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a choice of channel, timing and amount of contact at this touchpoint, and respect the choice once it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for preferences that customers state but never see used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up personally after the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, genuine message after a purchase or a support case, from a named person, builds a relationship that no automated newsletter can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite customers&apos; stories and answer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask customers how they use what they bought, answer every comment in your own voice, and show what you changed because of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for comments and reviews that go unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle complaints with empathy and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train staff to acknowledge how the customer feels first, apologize where it is due, and agree the next step and when it will happen before the conversation ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the loop on every complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell each customer who complained what you did about it, and review complaints every month to remove what causes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for defensive or rude answers to complaints: they turn an unhappy customer into a lost one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask customers what would make this better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a few comments from recent customers about this touchpoint and act on the request you hear most often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree how you will see it improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one figure or observation that shows progress on this point, note it now and check it again in three months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for feedback that is collected but never acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak spot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also consider: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::InsightsDashboard</name>
    <message>
        <source>All weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chart is switched off. Choose the ones to show with Charts, at the top right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle of the scale (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The means of the touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the customers&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room and its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touchpoint selected: the weakest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected touchpoint is not in this round or the filters: the weakest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::InsightsTab</name>
    <message>
        <source>Go to the Assess tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round to show yet. Start an assessment with Assess &gt; New round, and the charts fill in as the room rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters leave nothing to show: choose at least one framework, rater and stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing that the filters let through has been rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no raters yet. Add the people who rate in Assess &gt; Round settings, then rate the touchpoints in the Assess tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has rated “%1” yet. Rate the touchpoints in the Assess tab and the charts fill in as you go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::InspectorForm</name>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane holds cards, so it stays a card lane. Move or delete its cards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey already has a touchpoint lane; a map shows its touchpoints in one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey already has an emotion lane; a map draws one emotion curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey already has a lane of scores; a map shows the scores once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane cannot become that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lane, %2 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this touchpoint matters to the customer, from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer feels here, from -3 (very negative) to +3 (very positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated in new rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: finished, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::JoinScreen</name>
    <message>
        <source>Start rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the focus view: moving on there moves every phone on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the scores arriving in the Assess tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate live on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone’s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or type this address in its browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone needs to be on the same Wi-Fi as this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network found: only this computer can join. Connect to the room’s Wi-Fi and start the session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is locked: the live session can’t take ratings until it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead the room cell by cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone at their own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::JourneyState</name>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::JourneyTemplate</name>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer notices a need and first hears of us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer compares options and weighs us up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer decides, buys and receives the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer uses what they bought, gets help and comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer recommends us to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything before the decision to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing, paying and receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using, getting help, returning and recommending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness to advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before, during and after purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five stages from first notice to recommendation, with lanes for customer actions, touchpoints, thoughts, emotions, pain points, opportunities and backstage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three broad phases around the purchase, for a first, quick map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer sees and does, and what the business does front and back stage to deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::JsonFormat</name>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object in braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date like 2026-06-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of the documented keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Journeyscope project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Journeyscope (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a format version of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with the project&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an image in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of questions in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the list of criteria the round rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to 5, &quot;n/a&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating with neither a score nor a note holds nothing; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same rating appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column 1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::KeyboardShortcuts</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type into the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While typing: add the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While typing a card: a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While typing: the next or previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop typing, or clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the neighbouring touchpoint or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag around them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card or touchpoint in an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: next or previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right or Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::LaneKind</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::LiveController</name>
    <message>
        <source>Chosen for this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only: 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MainWindow</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Save the project somewhere else, or close and lose the changes since the last successful write?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the &amp;insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;one touchpoint at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-&amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add r&amp;ater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is a %1 with every stage, lane, touchpoint and card. Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”; Edit &gt; Undo brings it back with everything it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd *.mermaid);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are written on their own; this writes them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import journey from &amp;Mermaid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a journey from the text of a Mermaid user-journey diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import s&amp;urvey responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, CSAT and CES per touchpoint of the journey on show, from a survey export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map as a poster, image or drawing, the report, a chart, a table, a workbook or a diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save imported project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project would replace the JSON file it is made from: choose another name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import journey from Mermaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the journey from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 customer figure from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 customer figures from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file would replace the project itself: choose another name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;live session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the join screen of the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is locked: the live session can’t take ratings until it is unlocked. Phones are told so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: round locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: 1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live: %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This project is open read-only, so it can’t take ratings. Open a copy you can write to and start the session there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment round yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room rates on their phones · R reveals the scores · → moves everyone on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the project panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MapCanvas</name>
    <message>
        <source>&amp;Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage after the selected one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane below the selected one (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a touchpoint to the selected stage (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card to the selected lane and stage (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide lanes of this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map to the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>js::MapLayout</name>
    <message>
        <source>How the customer feels, −3 to +3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a round on the Assess tab to see its scores here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane for touchpoints, thoughts or pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MapLegend</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raters disagree: discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer feels, −3 to +3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest NPS, CSAT or CES of a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rests on fewer than %n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MapPainter</name>
    <message>
        <source>The curve appears as touchpoints are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MapPoster</name>
    <message>
        <source>On one %1 page the map&apos;s smallest text would be %2 pt; text is kept at 6 pt or larger. Choose %3 %4, or tile the map across pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even on an A0 page the map&apos;s smallest text would be under 6 pt. Tile the map across pages instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 of %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To join the pages, cut along the black crop marks and lay each page over its neighbour up to the blue dashed marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MapView</name>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — rests on only %n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change emotion at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::Metric</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MetricKind</name>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::MetricList</name>
    <message>
        <source>Survey figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey figures yet: add the NPS, CSAT or customer effort measured at this touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the figure picked in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many answers the figure rests on; 0 when not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answers of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer scale, lowest to highest, such as 1-7; empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scale of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rests on only %n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rests on only %n answers: read it with care. From %1 answers on, a figure is firm enough to compare.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>js::Migrations</name>
    <message>
        <source>this version cannot update files of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the updated file would hold broken references</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::Navigator</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: switched off, not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::NewProject</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::OpenResult</name>
    <message>
        <source>“%1” does not exist: check the name, or whether the drive it was on is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it; ask its owner, or copy it to a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a project file: choose a .journey file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no project, so there is nothing to open; use a backup copy if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Journeyscope project: choose a .journey file, or bring in a JSON export with File &gt; Import JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database from another application, not a Journeyscope project: open it with the application that made it, or choose a .journey file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2): open a backup copy, such as a .bak file next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer Journeyscope (file version %2): install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer Journeyscope: it is open read-only so that nothing in it is lost; update Journeyscope to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another Journeyscope window or on another computer: it is open read-only here; close it there to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written to: it is open read-only; use File &gt; Save as to keep your changes elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains triggers, views or table links that Journeyscope did not create, so it was not opened: open a backup copy, or have whoever changed it remove them with the sqlite3 tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was switched to write-ahead logging by another tool, which Journeyscope files never use: switch it back with sqlite3 (PRAGMA journal_mode = DELETE) and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds an unfinished change left by a program that stopped suddenly: open it for editing in Journeyscope, where the file can be written, to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older Journeyscope and needs updating, which cannot happen while it is read-only or open elsewhere: copy it to a folder of yours and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked by another program that is reading or changing it: close that program, then open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older Journeyscope (file version %2) that this version cannot update: open it in an earlier version, export it as JSON and import that here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written (%2): check that the disk has space and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::PersonaPhoto</name>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture Journeyscope can read. Choose a PNG, JPEG or other image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be prepared for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ProjectCounts</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ProjectDocument</name>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate journey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rating note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the target of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add touchpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ProjectFile</name>
    <message>
        <source>the file is open in a Journeyscope window; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its internal structure is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room for a temporary copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open in another Journeyscope window; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file has taken its place, which is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the file the project is in already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ProjectReader</name>
    <message>
        <source>unknown journey state “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lane belongs to no journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown lane kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage belongs to no journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touchpoint belongs to no stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touchpoint&apos;s importance or emotion is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card belongs to no stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion belongs to no framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1” has a date that is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion of a round belongs to no round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rater belongs to no round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric has a date that is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action “%1” has a due date that is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ProjectSession</name>
    <message>
        <source>Your changes could not be written to “%1” (%2), so they are kept in memory and written as soon as that works again: check that the drive is there and has space, or use File &gt; Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer Journeyscope, so a copy made here would leave out what this version does not know: update Journeyscope to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ProjectValidation</name>
    <message>
        <source>%1 has the id %2, which is not a whole number from 1 to 2^53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the id %2, which something else has too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey “%1” names a persona that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey “%1” has more than one touchpoint lane, emotion lane or lane of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint “%1” has an importance outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint “%1” has an emotion outside -3 to +3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card in stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card in stage “%1” is not in a text lane of its journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion “%1” has a weight outside 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion “%1” has a target outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1” names no journey that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1” rates a criterion that does not exist, or one twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1” gives a criterion a weight outside 0 to 100 or a target outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rater “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric of kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric of kind “%1” names a touchpoint that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric of kind “%1” has a negative count or an impossible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target of touchpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target names a round, touchpoint or criterion that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint “%1” has two targets for one criterion in one round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target of touchpoint “%1” is outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action “%1” names a touchpoint that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action “%1” names a criterion that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action “%1” has an impact or effort outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating names a round, rater, touchpoint or criterion that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1” holds a rating of a touchpoint on another journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round “%1” holds a rating on a criterion it does not rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating has a score outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating holds neither a score nor a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::RoundCriteriaTree</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round holds 1 rating on %1, so it stays in the round. Clear that rating to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round holds %2 ratings on %1, so it stays in the round. Clear those ratings to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::RoundDialog</name>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is locked: its ratings and settings cannot change. Clear “Locked” below to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey yet: add one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locked: no more ratings or changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock a round when it is finished, so that its results stay as they were. It can be unlocked later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round holds ratings of this journey&apos;s touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy raters and criteria from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy raters and criteria from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-assessment: the same people rate the same criteria, with the same weights and targets, so that the rounds compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates, the agenda, what to look out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one criterion to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 criterion chosen; the round keeps its weight and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria chosen; the round keeps each one&apos;s weight and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::RoundRatersEditor</name>
    <message>
        <source>&amp;Add rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one rater for each line on the clipboard, for example a list of names copied from a spreadsheet. A tab or comma after the name starts the role or department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has given 1 rating in this round. Removing %1 deletes it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has given %2 ratings in this round. Removing %1 deletes them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rater and ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ScoreDistribution</name>
    <message>
        <source>1: %1, 2: %2, 3: %3, 4: %4, 5: %5, N/A: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SelfAssessmentWizard</name>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved as you go: close at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one touchpoint to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This self-assessment already has answers for another journey. Close it and start a new one to assess this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some criteria you cleared already have answers. Tick them again to go on, or start a new self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::ServeVerb</name>
    <message>
        <source>usage: journeyscope serve FILE --round NAME [--journey NAME] [--port N] [--bind ADDRESS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a whole number from 0 (any free port) to 65535, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address of this computer, such as 192.168.1.23 or 127.0.0.1, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which project file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one project file at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which round? Name the round to rate with --round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>journeyscope: this computer is on no network that phones can reach, so only it can join; connect to the room&apos;s Wi-Fi, or name an address with --bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: choose another port with --port, or --port 0 for any free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: “%1” is open in another Journeyscope window or on another computer; close it there to rate it live here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: the ratings cannot be written to “%1”, so no session is started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating round “%1” of journey “%2” in free mode: each participant rates every touchpoint (%3) against every criterion (%4) at their own pace. Open the address above on a phone on the same network; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: the ratings are in the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: stopped without writing the last %1 to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 from %2, all in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyColumnsPage</name>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what? The suggestions come from the questions&apos; texts and answers; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One touchpoint for the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every response is about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPS question (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSAT question (1–5 or labels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ES question (1–7 or agree labels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven points (1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five points (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope suggests this column from its question and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one question: NPS, CSAT or CES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the touchpoint every response is about, or the column that names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no touchpoints yet: add them on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen twice: each column holds one thing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualtrics writes three header rows, SurveyMonkey two, most other tools one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file. If the preview looks wrong (all answers in one column, odd characters instead of accents, questions among the answers), correct it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first responses as the file reads; the row headers are the file&apos;s line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyImportDialog</name>
    <message>
        <source>How the file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which columns hold the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers off the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which touchpoint each name is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey responses into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there are no survey responses to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CSV file: it does not hold text. Export the survey&apos;s responses as CSV (comma or semicolon separated values) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip these responses &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read this way: correct the format, or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name goes to a touchpoint: pick one for at least one name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyMatchingPage</name>
    <message>
        <source>The touchpoints the file names, and the journey&apos;s touchpoint each one&apos;s answers go to. Check the close matches; pick a touchpoint for a name the journey does not know, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint in the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close match — check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the journey — not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names differ a little; check this is the same touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the file, all matched to a touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the file: %2 not imported (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyProblemsPage</name>
    <message>
        <source>Skip them to import the other responses, or cancel the import, correct the file and import it again: nothing changes until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 an answer off its question&apos;s scale, or no touchpoint. If you skip them, each is left out whole and the other %2 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyResultPage</name>
    <message>
        <source>1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on few answers (%1, fewer than %2): read it as a hint, not a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (−100 to +100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES (ease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on fewer than %1 answers: a hint, not a measurement. NPS shows its margin of error at 95% confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mean %2 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3% agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 of %3, from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response with answers off the scale is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses with answers off the scale are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import replaces 1 figure from an earlier import of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import replaces %1 figures from an earlier import of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import adds them to the touchpoints&apos; customer figures; Undo takes them out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::SurveyVerb</name>
    <message>
        <source>%1: none found (name its column with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ±%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint: every response is about %1 (--whole-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (--ces-scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: column %1 %2 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS ±margin (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT % (mean, n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES mean (% agree, n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response names a touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rests on fewer than %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped 1 response, left out of every figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n responses, left out of every figure:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: journeyscope survey SURVEY.csv [--touchpoint COLUMN | --whole-file TOUCHPOINT] [--nps COLUMN] [--csat COLUMN] [--ces COLUMN] [--ces-scale 5|7] [--delimiter C] [--encoding NAME] [--header-rows N] [--json] [--into PROJECT.journey [--journey NAME]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ces-scale is 5 or 7, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is , ; | or tab, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding “%1”; the encodings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-rows needs a whole number from 0 to %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which survey export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one survey export at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--touchpoint or --whole-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--journey is for --into: name the project to store in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey has no column “%1” (%2); its columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which touchpoint are the responses about? No column names one: give the column with --touchpoint COLUMN, or, when every response is about one touchpoint, name it with --whole-file TOUCHPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NPS, CSAT or CES question was found: name its column with --nps, --csat or --ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ces-scale is for a CES question, and none was found: name its column with --ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touchpoint of journey %1 is named %2; its figures are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touchpoint of journey %1 is named %2 (close: %3); its figures are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the touchpoints the survey names is on journey %1, so nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the touchpoints the survey names have no answers, so nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: “%1” can only be read, so nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: “%1” changed while the survey was read; run the command again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 for %2 of journey %3 in “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metrics</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; they replace %1 from an earlier import of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey and the project are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CSV file (it holds binary data): export the responses as CSV and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no journeys, so no touchpoints to store metrics for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has %1 journeys; the metrics go to the first, %2 (name another with --journey)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::Verbs</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: “%1” already exists; choose another name, or add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: journeyscope demo OUT.journey [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: journeyscope check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its internal structure is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: journeyscope import IN.json|IN.mmd --out NEW.journey [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: the new project would replace the file it is made from; choose another name for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: the project has no journeys, so nothing is rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: no journey is named “%1”; the journeys are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: journey “%1” has no assessment rounds yet; add a round to rate its touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: no round is named “%1”; journey “%2” has no rounds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: no round is named “%1”; the project has no rounds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: no round of journey “%1” is named “%2”; its rounds are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: no round is named “%1”; the rounds are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope: round “%1” rates a journey that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::WeakSpotReport</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::WeakSpotTable</name>
    <message>
        <source>discuss, few ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rated cell meets its target: no weak spot to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weak spots yet: nobody has rated this round. Type scores in the Assess tab, and the cells below their targets are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weak spots to list. Choose a round, and at least one framework, rater and stage above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::WeakSpotTableModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the mean falls short of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint&apos;s importance, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion&apos;s weight in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance × weight × gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of scores the mean rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::WeakSpotsVerb</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a whole number from 1 up, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which project file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one project file at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of journey “%2” rates no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of journey “%2”: no scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of journey “%2”: no weak spots, every rated cell meets its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 weak spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weak spots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The top %1 of %2 in round %3 of journey “%4”, highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in round %2 of journey “%3”, highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: journeyscope weakspots FILE [--journey NAME] [--round NAME] [--top N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::Workspace</name>
    <message>
        <source>Untitled %1.journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project.journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::analysis::Insights</name>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::analysis::Quadrants</name>
    <message>
        <source>Concentrate here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::analysis::WeakSpots</name>
    <message>
        <source>discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 against a target of %3, importance %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::exporting::Exporter</name>
    <message>
        <source>The export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart “%1”; the charts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no assessment round yet, so there is no chart to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage with the lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart “%1” has nothing to show for the round “%2”%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: it compares a round with an earlier one, and this is the journey&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no assessment round yet, so it has no weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 dpi the image would be %2 × %3 pixels, too large to make; choose %4 dpi or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey to export no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no journey to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::live::LiveAddresses</name>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::live::LivePage</name>
    <message>
        <source>Rate with Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the facilitator’s laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name if it is on the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the facilitator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A – does not apply here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change it until the facilitator moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator has moved on: here is the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop is busy. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have rated everything. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is locked: no more ratings are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has ended. If the facilitator has started a new one, scan the new code on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the facilitator’s laptop. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::live::LiveRequests</name>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds characters that cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint and the criterion must be given as the ids the state lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score must be 1 to 5 or “na”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note holds characters that cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::live::LiveServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::live::LiveSession</name>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round “%1” is locked. Unlock it to rate it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round “%1” rates no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey of the round “%1” has no touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended: the round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is locked: no more ratings are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has already joined as “%1”. Add an initial to your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round does not take new raters now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only rate as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer a rater of this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That touchpoint or criterion is not part of this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator has moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live rating by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::mermaid::MermaidJourney</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import journey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accessible description opened here is never closed with “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no diagram: the text is empty or only comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey has no sections and no tasks to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter opened here is never closed with “---”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram: it starts with “%1” where “journey” belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“;” is not allowed in a journey diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a name before its score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task “%1” has no score; write a task as “name: score: actors”, with a score from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of the task “%1” is “%2”; a score is a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::report::ReportFlow</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment</name>
    <message>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::CriterionStrip</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this touchpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::FrameworksPage</name>
    <message>
        <source>Tick what you want to judge each touchpoint on. Fewer criteria make a quicker walk; you can assess the others another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework and criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no frameworks with criteria yet. Add one in the framework editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one criterion to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3, about %4. Your answers are saved as you go, so you can stop and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::JourneyPage</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are recorded under this name. It is remembered for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a journey of this &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new journey from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which journey do you want to assess?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 touchpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 touchpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new journey a name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::ResultPage</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Create actions for the weakest spots.&lt;/li&gt;&lt;li&gt;On the Actions tab, give each an owner and a due date.&lt;/li&gt;&lt;li&gt;Assess the journey again in three to six months to see what moved.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your three weakest spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by how much the touchpoint matters to customers, the criterion&apos;s weight and how far the score falls short of its target. Start with the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scored · %3 not applicable · %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first self-assessment of this journey. Assess it again in a few months to see what moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scored in both rounds, so there is nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weak spots: every score meets its target. Well done; consider raising the targets next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scored, so there are no weak spots to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create all three actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create both actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create actions for the weakest spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create 1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find them on the Actions tab, where you can give each an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::SelfAssessmentRounds</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How the self-assessment writes a day, as a QDate format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-assessment by %1, made with the guided walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::StartPage</name>
    <message>
        <source>You stopped half-way last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers so far are saved. Carry on where you stopped, or start a new self-assessment from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the self-assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered on “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::TouchpointsPage</name>
    <message>
        <source>New: added when you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the moments where your customer meets your business, stage by stage. You will rate each of them. Add any that are missing and give each a name your team would recognize: double-click a name to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the touchpoint (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::WalkPage</name>
    <message>
        <source>Ask yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, %2 (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion does not apply to this touchpoint (key N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this one unanswered and go on (key S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–5 score · N not applicable · S skip · Backspace back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey has no touchpoints or the round no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint %1 of %2 · criterion %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::selfassessment::WeakSpotCard</name>
    <message>
        <source>(removed criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” for this touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Action created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyAnswers</name>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to 5 or a label such as “Very satisfied”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 or a label such as “Somewhat agree”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no responses, only its header rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyImport</name>
    <message numerus="yes">
        <source>Rests on few answers (%n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>±%1 at 95% confidence; promoters %2, passives %3, detractors %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 of 5; satisfied (4 or 5): %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% agree it was easy (4 or 5 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% agree it was easy (5 to 7 of 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyMetrics</name>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no touchpoint is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no touchpoint is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>js::xlsx</name>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey assessment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: the folder “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: the folder is not writable, or the file is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”: no temporary file could be made in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to write the workbook “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”: a sheet has more rows than Excel can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round to export is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>open one project at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
