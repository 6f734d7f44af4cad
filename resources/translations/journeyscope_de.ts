<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>HeatmapChart</name>
    <message>
        <source>Heatmap of scores against targets</source>
        <translation>Heatmap der Werte im Vergleich zu den Zielwerten</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>unter Zielwert</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Zielbereich</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <source>raters disagree: discuss</source>
        <translation>Bewerter uneinig: diskutieren</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not applicable, target %1</source>
        <translation>Nicht zutreffend, Zielwert %1</translation>
    </message>
    <message>
        <source>Not rated yet, target %1</source>
        <translation>Noch nicht bewertet, Zielwert %1</translation>
    </message>
    <message>
        <source>Mean %1 against a target of %2</source>
        <translation>Mittelwert %1 bei einem Zielwert von %2</translation>
    </message>
    <message>
        <source>One score: %1</source>
        <translation>Ein Wert: %1</translation>
    </message>
    <message>
        <source>%1 scores, from %2 to %3</source>
        <translation>%1 Werte, von %2 bis %3</translation>
    </message>
    <message>
        <source>The raters disagree: worth a discussion</source>
        <translation>Die Bewerter sind sich uneinig: Eine Diskussion lohnt sich</translation>
    </message>
</context>
<context>
    <name>InsightChart</name>
    <message>
        <source>No round to show yet. Start one with Assess &gt; New round, rate the touchpoints, and this chart fills in.</source>
        <translation>Noch keine Runde zum Anzeigen. Beginnen Sie eine mit Bewerten &gt; Neue Runde und bewerten Sie die Touchpoints, dann füllt sich dieses Diagramm.</translation>
    </message>
    <message>
        <source>The filters leave nothing to show. Choose at least one framework, rater and stage above.</source>
        <translation>Nach dem Filtern bleibt nichts anzuzeigen. Wählen Sie oben mindestens ein Framework, einen Bewerter und eine Phase.</translation>
    </message>
    <message>
        <source>Nobody has rated this round yet. Type scores in the Assess tab (Ctrl+Shift+G), and this chart fills in as you go.</source>
        <translation>In dieser Runde hat noch niemand bewertet. Geben Sie Werte auf der Registerkarte „Bewerten“ ein (Strg+Umschalt+G), dann füllt sich dieses Diagramm nach und nach.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, verglichen mit %2</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>Mean score</source>
        <translation>Durchschnittswert</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>Below target, negative emotion</source>
        <translation>Unter Zielwert, negative Emotion</translation>
    </message>
    <message>
        <source>%1 · %2
Emotion %3</source>
        <translation>%1 · %2
Emotion %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, from %n rating(s)</source>
        <translation>
            <numerusform>%1: %2, aus %n Bewertung</numerusform>
            <numerusform>%1: %2, aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no score yet</source>
        <translation>%1: noch kein Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no score</source>
        <translation>%1: kein Wert</translation>
    </message>
    <message>
        <source>Mean target %1</source>
        <translation>Mittlerer Zielwert %1</translation>
    </message>
    <message>
        <source>Mean emotion %1</source>
        <translation>Mittlere Emotion %1</translation>
    </message>
    <message>
        <source>Below target where the customer feels bad</source>
        <translation>Unter Zielwert, wo sich der Kunde schlecht fühlt</translation>
    </message>
    <message>
        <source>Journey profile</source>
        <translation>Journey-Profil</translation>
    </message>
</context>
<context>
    <name>QuadrantsChart</name>
    <message>
        <source>Performance (mean score)</source>
        <translation>Leistung (Durchschnittswert)</translation>
    </message>
    <message>
        <source>Importance to the customer</source>
        <translation>Wichtigkeit für den Kunden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Importance %1, performance %2</source>
        <translation>Wichtigkeit %1, Leistung %2</translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation>Wichtigkeit und Leistung</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Radar of one touchpoint or stage</source>
        <translation>Radar eines Touchpoints oder einer Phase</translation>
    </message>
    <message>
        <source>Radar: %1</source>
        <translation>Radar: %1</translation>
    </message>
    <message>
        <source>Radar: %1 (stage)</source>
        <translation>Radar: %1 (Phase)</translation>
    </message>
    <message numerus="yes">
        <source>A radar needs at least three criteria, and there are only %n here. Choose more frameworks above, or read the heatmap.</source>
        <translation>
            <numerusform>Ein Radar braucht mindestens drei Kriterien, hier ist nur %n vorhanden. Wählen Sie oben weitere Frameworks oder nutzen Sie die Heatmap.</numerusform>
            <numerusform>Ein Radar braucht mindestens drei Kriterien, hier sind nur %n vorhanden. Wählen Sie oben weitere Frameworks oder nutzen Sie die Heatmap.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stage above to see its radar.</source>
        <translation>Wählen Sie oben eine Phase, um ihr Radar zu sehen.</translation>
    </message>
    <message>
        <source>Nobody has rated the touchpoints of %1 in this round yet.</source>
        <translation>In dieser Runde hat noch niemand die Touchpoints von %1 bewertet.</translation>
    </message>
    <message>
        <source>Select a touchpoint on the map or in the heatmap to see its radar.</source>
        <translation>Wählen Sie einen Touchpoint auf der Karte oder in der Heatmap aus, um sein Radar zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no scores in this round yet. Select a touchpoint on the map or in the heatmap to see its radar.</source>
        <translation>%1 hat in dieser Runde noch keine Werte. Wählen Sie einen Touchpoint auf der Karte oder in der Heatmap aus, um sein Radar zu sehen.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Mean %1 against a target of %2</source>
        <translation>Durchschnitt %1 bei einem Zielwert von %2</translation>
    </message>
    <message>
        <source>Not applicable, target %1</source>
        <translation>Nicht zutreffend, Zielwert %1</translation>
    </message>
    <message>
        <source>Not rated yet, target %1</source>
        <translation>Noch nicht bewertet, Zielwert %1</translation>
    </message>
    <message>
        <source>%1: not rated</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <source>%1: %2 (change %3)</source>
        <translation>%1: %2 (Veränderung %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomVsCustomersChart</name>
    <message>
        <source>The room&apos;s scores and the customers&apos; NPS</source>
        <translation>Werte des Teams und NPS der Kunden</translation>
    </message>
    <message>
        <source>The room&apos;s scores and the customers&apos; CSAT</source>
        <translation>Werte des Teams und CSAT der Kunden</translation>
    </message>
    <message>
        <source>No customer figures yet: import survey responses (File &gt; Import survey responses…) or add them in the inspector.</source>
        <translation>Noch keine Kundenkennzahlen: Importieren Sie Umfrageantworten (Datei &gt; Umfrageantworten importieren…) oder fügen Sie sie im Inspektor hinzu.</translation>
    </message>
    <message>
        <source>None of these touchpoints has an NPS figure yet. Choose CSAT above, or add NPS figures in the inspector.</source>
        <translation>Keiner dieser Touchpoints hat bisher einen NPS-Wert. Wählen Sie oben CSAT, oder fügen Sie im Inspektor NPS-Werte hinzu.</translation>
    </message>
    <message>
        <source>None of these touchpoints has a CSAT figure yet. Choose NPS above, or add CSAT figures in the inspector.</source>
        <translation>Keiner dieser Touchpoints hat bisher einen CSAT-Wert. Wählen Sie oben NPS, oder fügen Sie im Inspektor CSAT-Werte hinzu.</translation>
    </message>
    <message>
        <source>The touchpoints with an NPS figure have no scores from the room yet. Rate them in the Assess tab.</source>
        <translation>Die Touchpoints mit NPS-Wert haben noch keine Werte vom Team. Bewerten Sie sie im Reiter „Bewerten“.</translation>
    </message>
    <message>
        <source>The touchpoints with a CSAT figure have no scores from the room yet. Rate them in the Assess tab.</source>
        <translation>Die Touchpoints mit CSAT-Wert haben noch keine Werte vom Team. Bewerten Sie sie im Reiter „Bewerten“.</translation>
    </message>
    <message>
        <source>The room&apos;s score (weighted mean, 1 to 5)</source>
        <translation>Wert des Teams (gewichteter Mittelwert, 1 bis 5)</translation>
    </message>
    <message>
        <source>The customers&apos; NPS</source>
        <translation>NPS der Kunden</translation>
    </message>
    <message>
        <source>The customers&apos; CSAT (share satisfied)</source>
        <translation>CSAT der Kunden (Anteil Zufriedener)</translation>
    </message>
    <message>
        <source>Room rates higher than customers</source>
        <translation>Team bewertet höher als Kunden</translation>
    </message>
    <message>
        <source>Customers rate higher than the room</source>
        <translation>Kunden bewerten höher als das Team</translation>
    </message>
    <message>
        <source>Agreement line</source>
        <translation>Übereinstimmungslinie</translation>
    </message>
    <message>
        <source>Room rates higher</source>
        <translation>Team bewertet höher</translation>
    </message>
    <message>
        <source>Customers rate higher</source>
        <translation>Kunden bewerten höher</translation>
    </message>
    <message numerus="yes">
        <source>Under %n answers</source>
        <translation>
            <numerusform>Weniger als %n Antwort</numerusform>
            <numerusform>Weniger als %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room: %1 of 5 (%2 on the agreement line)</source>
        <translation>Team: %1 von 5 (%2 auf der Übereinstimmungslinie)</translation>
    </message>
    <message>
        <source>The customers: NPS %1</source>
        <translation>Kunden: NPS %1</translation>
    </message>
    <message>
        <source>The customers: CSAT %1</source>
        <translation>Kunden: CSAT %1</translation>
    </message>
    <message>
        <source>%1, n=%2</source>
        <translation>%1, n=%2</translation>
    </message>
    <message numerus="yes">
        <source>Rests on few answers (fewer than %n)</source>
        <translation>
            <numerusform>Beruht auf wenigen Antworten (weniger als %n)</numerusform>
            <numerusform>Beruht auf wenigen Antworten (weniger als %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The room and the customers agree</source>
        <translation>Team und Kunden sind sich einig</translation>
    </message>
    <message numerus="yes">
        <source>The room rates it %n point(s) higher than its customers</source>
        <translation>
            <numerusform>Das Team bewertet ihn %n Punkt höher als die Kunden</numerusform>
            <numerusform>Das Team bewertet ihn %n Punkte höher als die Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customers rate it %n point(s) higher than the room</source>
        <translation>
            <numerusform>Die Kunden bewerten ihn %n Punkt höher als das Team</numerusform>
            <numerusform>Die Kunden bewerten ihn %n Punkte höher als das Team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>This is the journey&apos;s only round. Rate a second one (Assess &gt; New round) and this chart shows what moved between the two.</source>
        <translation>Dies ist die einzige Runde dieser Journey. Bewerten Sie eine zweite (Bewerten &gt; Neue Runde), dann zeigt dieses Diagramm, was sich zwischen beiden verändert hat.</translation>
    </message>
    <message>
        <source>Pick a round in “Compare with” above, and this chart shows what moved between the two rounds.</source>
        <translation>Wählen Sie oben unter „Vergleichen mit“ eine Runde, dann zeigt dieses Diagramm, was sich zwischen den beiden Runden verändert hat.</translation>
    </message>
    <message>
        <source>%1 and %2 have no scores in common among what the filters let through.</source>
        <translation>%1 und %2 haben unter den aktuellen Filtern keine gemeinsamen Werte.</translation>
    </message>
    <message>
        <source>%1 · like for like: the %2 cells rated in both rounds</source>
        <translation>%1 · direkt vergleichbar: die %2 in beiden Runden bewerteten Zellen</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Durchschnittswert</translation>
    </message>
    <message>
        <source>not rated in both rounds</source>
        <translation>nicht in beiden Runden bewertet</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (nachher)</translation>
    </message>
    <message>
        <source>a rise</source>
        <translation>ein Anstieg</translation>
    </message>
    <message>
        <source>a fall</source>
        <translation>ein Rückgang</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>By criterion</source>
        <translation>Nach Kriterium</translation>
    </message>
    <message>
        <source>%1
Not rated in both rounds</source>
        <translation>%1
Nicht in beiden Runden bewertet</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5
Change %6</source>
        <translation>%1
%2: %3
%4: %5
Veränderung %6</translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation>Runden im Vergleich</translation>
    </message>
</context>
<context>
    <name>WeakSpotsChart</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Every rated cell meets its target: no weak spot in this round.</source>
        <translation>Jede bewertete Zelle erreicht ihren Zielwert: keine Schwachstelle in dieser Runde.</translation>
    </message>
    <message>
        <source>%1 · ranked by priority</source>
        <translation>%1 · nach Priorität geordnet</translation>
    </message>
    <message>
        <source>%1 · the top %2 of %3, by priority</source>
        <translation>%1 · die obersten %2 von %3, nach Priorität</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Priority (importance × weight × gap)</source>
        <translation>Priorität (Wichtigkeit × Gewichtung × Lücke)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Mean %1 against a target of %2: a gap of %3</source>
        <translation>Mittelwert %1 bei einem Zielwert von %2: eine Lücke von %3</translation>
    </message>
    <message>
        <source>Priority %1 = importance %2 × weight %3 × gap %4</source>
        <translation>Priorität %1 = Wichtigkeit %2 × Gewichtung %3 × Lücke %4</translation>
    </message>
    <message>
        <source>One score</source>
        <translation>Ein Wert</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>Top weak spots</source>
        <translation>Größte Schwachstellen</translation>
    </message>
</context>
<context>
    <name>js::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer journey maps and customer experience assessment: map the journey, rate every touchpoint against TRIXIE and the 5 Cs with the whole room, find the weak spots and plan what to fix.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one project file. Journeyscope never sends your clients&apos; data anywhere.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;br&gt;© 2026 the Journeyscope authors · &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer Journey Maps und Bewertung der Customer Experience: Bilden Sie die Journey ab, bewerten Sie jeden Touchpoint gemeinsam mit allen Anwesenden nach TRIXIE und den 5 Cs, finden Sie die Schwachstellen und planen Sie, was verbessert werden soll.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, in einer einzigen Projektdatei. Journeyscope sendet die Daten Ihrer Auftraggeber niemals irgendwohin.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und SQLite.&lt;br&gt;© 2026 die Journeyscope-Autoren · &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Journeyscope</source>
        <translation>Über Journeyscope</translation>
    </message>
</context>
<context>
    <name>js::ActionList</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
</context>
<context>
    <name>js::ActionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>js::AssessGridModel</name>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 of %n scores</source>
        <translation>
            <numerusform>Durchschnitt %1 aus %n Wert</numerusform>
            <numerusform>Durchschnitt %1 aus %n Werten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1, spread %2, %n scores</source>
        <translation>
            <numerusform>Durchschnitt %1, Streuung %2, %n Wert</numerusform>
            <numerusform>Durchschnitt %1, Streuung %2, %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Discuss:&lt;/b&gt; the raters disagree</source>
        <translation>&lt;b&gt;Besprechen:&lt;/b&gt; Die Bewerter sind uneinig</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>js::AssessGridView</name>
    <message>
        <source>This round is locked. Unlock it to change its scores.</source>
        <translation>Diese Runde ist gesperrt. Entsperren Sie sie, um ihre Werte zu ändern.</translation>
    </message>
    <message>
        <source>Pick a rater first (Ctrl+1 to Ctrl+9): the scores of all raters together cannot be typed.</source>
        <translation>Wählen Sie zuerst einen Bewerter (Strg+1 bis Strg+9): Für alle Bewerter zusammen lassen sich keine Werte eingeben.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Mit %1 bewerten</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Change this touchpoint&apos;s target (%1)…</source>
        <translation>Zielwert dieses Touchpoints ändern (%1)…</translation>
    </message>
    <message>
        <source>Set a target for this touchpoint…</source>
        <translation>Zielwert für diesen Touchpoint festlegen…</translation>
    </message>
    <message>
        <source>Use the criterion&apos;s target (%1)</source>
        <translation>Zielwert des Kriteriums verwenden (%1)</translation>
    </message>
    <message>
        <source>Target for this touchpoint</source>
        <translation>Zielwert für diesen Touchpoint</translation>
    </message>
    <message>
        <source>Target of %1 on %2 (1 to 5):</source>
        <translation>Zielwert für %1 bei %2 (1 bis 5):</translation>
    </message>
</context>
<context>
    <name>js::AssessTab</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · Ctrl+%2</source>
        <translation>%1 · Strg+%2</translation>
    </message>
    <message>
        <source>Who is typing: Ctrl+1 to Ctrl+9 pick a rater, Ctrl+0 shows all raters together</source>
        <translation>Wer gerade eingibt: Strg+1 bis Strg+9 wählen einen Bewerter, Strg+0 zeigt alle Bewerter zusammen</translation>
    </message>
    <message>
        <source>Then move right</source>
        <translation>Dann nach rechts</translation>
    </message>
    <message>
        <source>Then move down</source>
        <translation>Dann nach unten</translation>
    </message>
    <message>
        <source>Where the cursor goes after a score</source>
        <translation>Wohin der Cursor nach einem Wert springt</translation>
    </message>
    <message>
        <source>Focus view</source>
        <translation>Fokusansicht</translation>
    </message>
    <message>
        <source>Rate one touchpoint at a time in large type, for the projector</source>
        <translation>Jeweils einen Touchpoint in großer Schrift bewerten, für den Projektor</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Neue Runde…</translation>
    </message>
    <message>
        <source>Round settings…</source>
        <translation>Rundeneinstellungen…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>R&amp;ater:</source>
        <translation>&amp;Bewerter:</translation>
    </message>
    <message>
        <source>This round is locked: a finished workshop reads only. Unlock it to change its scores.</source>
        <translation>Diese Runde ist gesperrt: Ein abgeschlossener Workshop ist schreibgeschützt. Entsperren Sie die Runde, um ihre Werte zu ändern.</translation>
    </message>
    <message>
        <source>Note: evidence or a quote for this score (F2)</source>
        <translation>Notiz: Beleg oder Zitat zu diesem Wert (F2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No assessment round yet&lt;/h2&gt;&lt;p&gt;A round rates the touchpoints of one journey on the criteria you choose, by one person or a whole room.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Bewertungsrunde&lt;/h2&gt;&lt;p&gt;Eine Runde bewertet die Touchpoints einer Journey nach den von Ihnen gewählten Kriterien – durch eine einzelne Person oder eine ganze Gruppe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assess it yourself, step by step…</source>
        <translation>Selbst bewerten, Schritt für Schritt…</translation>
    </message>
    <message>
        <source>A guided walk for one person: a score for each touchpoint, then the weakest spots with suggested actions</source>
        <translation>Ein geführter Durchgang für eine Person: ein Wert für jeden Touchpoint, dann die größten Schwachstellen mit vorgeschlagenen Maßnahmen</translation>
    </message>
    <message numerus="yes">
        <source>This round has %n raters.</source>
        <translation>
            <numerusform>Diese Runde hat %n Bewerter.</numerusform>
            <numerusform>Diese Runde hat %n Bewerter.</numerusform>
        </translation>
    </message>
    <message>
        <source>All raters: mean and spread · Ctrl+0</source>
        <translation>Alle Bewerter: Mittelwert und Streuung · Strg+0</translation>
    </message>
    <message>
        <source>Unlock round</source>
        <translation>Runde entsperren</translation>
    </message>
    <message>
        <source>Lock round</source>
        <translation>Runde sperren</translation>
    </message>
    <message>
        <source>Allow changes to this round&apos;s scores again</source>
        <translation>Änderungen an den Werten dieser Runde wieder zulassen</translation>
    </message>
    <message>
        <source>Mark the round finished: its scores become read-only</source>
        <translation>Die Runde als abgeschlossen markieren: Ihre Werte werden schreibgeschützt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Pick a rater to write a note; hover a cell to read every rater&apos;s</source>
        <translation>Wählen Sie einen Bewerter, um eine Notiz zu schreiben; zeigen Sie auf eine Zelle, um die Notizen aller Bewerter zu lesen</translation>
    </message>
    <message>
        <source>This round is locked. Unlock it to change its scores.</source>
        <translation>Diese Runde ist gesperrt. Entsperren Sie sie, um ihre Werte zu ändern.</translation>
    </message>
    <message>
        <source>%1 of %2 scores given (%3%)</source>
        <translation>%1 von %2 Werten abgegeben (%3 %)</translation>
    </message>
</context>
<context>
    <name>js::AssessmentReport</name>
    <message>
        <source>Assessment report</source>
        <translation>Bewertungsbericht</translation>
    </message>
    <message>
        <source>%1: assessment report</source>
        <translation>%1: Bewertungsbericht</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>The journey as mapped, each touchpoint coloured by its score in %1. The pages after this one show it at a size that reads; the map poster export prints it whole.</source>
        <translation>Die Journey, wie sie kartiert ist; jeder Touchpoint ist nach seinem Wert in %1 eingefärbt. Die folgenden Seiten zeigen sie in lesbarer Größe; der Export als Kartenposter druckt sie vollständig.</translation>
    </message>
    <message>
        <source>The journey as mapped. The pages after this one show it at a size that reads; the map poster export prints it whole.</source>
        <translation>Die Journey, wie sie kartiert ist. Die folgenden Seiten zeigen sie in lesbarer Größe; der Export als Kartenposter druckt sie vollständig.</translation>
    </message>
    <message>
        <source>The map in detail</source>
        <translation>Die Karte im Detail</translation>
    </message>
    <message>
        <source>The map in detail, part %1 of %2</source>
        <translation>Die Karte im Detail, Teil %1 von %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1; lanes %2 to %3 of %4</source>
        <translation>%1; Bahnen %2 bis %3 von %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Nobody has rated the round %1 yet. Rate the touchpoints in the Assess tab, and this section fills in.</source>
        <translation>In der Runde %1 hat noch niemand bewertet. Bewerten Sie die Touchpoints auf der Registerkarte „Bewerten“, dann füllt sich dieser Abschnitt.</translation>
    </message>
    <message>
        <source>This journey has not been assessed yet: no round of ratings exists for it. Create a round in the Assess tab and rate the touchpoints, and this section fills in.</source>
        <translation>Diese Journey wurde noch nicht bewertet: Es gibt keine Bewertungsrunde für sie. Legen Sie auf der Registerkarte „Bewerten“ eine Runde an und bewerten Sie die Touchpoints, dann füllt sich dieser Abschnitt.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Bewertungsrunde</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation>%1 Teilnehmer</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 Teilnehmer</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer experience assessment</source>
        <translation>Bewertung der Customer Experience</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Prepared with Journeyscope</source>
        <translation>Erstellt mit Journeyscope</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>The charts of the Insights tab for %1, without filters.</source>
        <translation>Die Diagramme der Registerkarte „Erkenntnisse“ für %1, ohne Filter.</translation>
    </message>
    <message>
        <source>Each cell is the raters&apos; mean score on a criterion. Orange falls short of the target, blue exceeds it; a mark flags a cell where the raters disagree.</source>
        <translation>Jede Zelle zeigt den Durchschnittswert der Bewerter für ein Kriterium. Orange liegt unter dem Zielwert, Blau darüber; eine Markierung kennzeichnet Zellen, bei denen die Bewerter uneinig sind.</translation>
    </message>
    <message>
        <source>The weak spots with the highest priority, each bar the gap between the score and its target.</source>
        <translation>Die Schwachstellen mit der höchsten Priorität; jeder Balken zeigt die Lücke zwischen Wert und Zielwert.</translation>
    </message>
    <message>
        <source>Each touchpoint by how much it matters to the customer and how well it scores: important touchpoints that score low come first.</source>
        <translation>Jeder Touchpoint danach, wie wichtig er für den Kunden ist und wie gut er bewertet wird: Wichtige Touchpoints mit niedrigem Wert haben Vorrang.</translation>
    </message>
    <message numerus="yes">
        <source>Each touchpoint by the room&apos;s score and its customers&apos; figure. Below the agreement line the room rates a touchpoint higher than its customers do; a hollow point rests on fewer than %n answers.</source>
        <translation>
            <numerusform>Jeder Touchpoint nach dem Wert des Teams im Raum und der Kennzahl seiner Kunden. Unterhalb der Übereinstimmungslinie bewertet das Team einen Touchpoint höher als seine Kunden; ein hohler Punkt beruht auf weniger als %n Antwort.</numerusform>
            <numerusform>Jeder Touchpoint nach dem Wert des Teams im Raum und der Kennzahl seiner Kunden. Unterhalb der Übereinstimmungslinie bewertet das Team einen Touchpoint höher als seine Kunden; ein hohler Punkt beruht auf weniger als %n Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mean score of each stage beside the customer&apos;s emotion along the journey.</source>
        <translation>Der Durchschnittswert jeder Phase neben der Emotion des Kunden entlang der Journey.</translation>
    </message>
    <message>
        <source>Each stage and criterion before and after, with the change.</source>
        <translation>Jede Phase und jedes Kriterium vorher und nachher, mit der Veränderung.</translation>
    </message>
    <message>
        <source>Stage by stage</source>
        <translation>Phase für Phase</translation>
    </message>
    <message>
        <source>A page for each stage of the journey: its touchpoints and their scores, the raters&apos; notes, and the scores the raters disagreed on.</source>
        <translation>Eine Seite für jede Phase der Journey: ihre Touchpoints und deren Werte, die Notizen der Bewerter und die Werte, bei denen die Bewerter uneinig waren.</translation>
    </message>
    <message>
        <source>A page for each stage of the journey and its touchpoints.</source>
        <translation>Eine Seite für jede Phase der Journey und ihre Touchpoints.</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>Stage score</source>
        <translation>Phasenwert</translation>
    </message>
    <message>
        <source>%1 score given</source>
        <translation>%1 Wert vergeben</translation>
    </message>
    <message>
        <source>%1 scores given</source>
        <translation>%1 Werte vergeben</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Veränderung seit %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vorher %1</translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Scores the raters disagreed on</source>
        <translation>Werte, bei denen die Bewerter uneinig waren</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Weakest criterion</source>
        <translation>Schwächstes Kriterium</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>This stage has no touchpoints yet.</source>
        <translation>Diese Phase hat noch keine Touchpoints.</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Werte nach Kriterium</translation>
    </message>
    <message>
        <source>%1 scores by touchpoint</source>
        <translation>%1: Werte nach Touchpoint</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Notes from the raters</source>
        <translation>Notizen der Bewerter</translation>
    </message>
    <message>
        <source>No notes were recorded for this stage.</source>
        <translation>Für diese Phase wurden keine Notizen erfasst.</translation>
    </message>
    <message>
        <source>Touchpoint and criterion</source>
        <translation>Touchpoint und Kriterium</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Where the raters disagree</source>
        <translation>Wo die Bewerter uneinig sind</translation>
    </message>
    <message>
        <source>The raters broadly agreed on every score in this stage.</source>
        <translation>Die Bewerter waren sich bei allen Werten dieser Phase weitgehend einig.</translation>
    </message>
    <message>
        <source>Scores with a standard deviation of 1 or more among at least three raters: worth a conversation before acting on the mean.</source>
        <translation>Werte mit einer Standardabweichung von 1 oder mehr bei mindestens drei Bewertern: Darüber lohnt sich ein Gespräch, bevor auf Grundlage des Mittelwerts gehandelt wird.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Scores by rater</source>
        <translation>Werte nach Bewerter</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>No actions are planned yet. Add them on the Actions tab for the weak spots above.</source>
        <translation>Noch sind keine Maßnahmen geplant. Legen Sie sie auf der Registerkarte „Maßnahmen“ für die obigen Schwachstellen an.</translation>
    </message>
    <message>
        <source>%1: %2. Impact and effort are the team&apos;s estimates, from 1 (least) to 5 (most).</source>
        <translation>%1: %2. Wirkung und Aufwand sind Schätzungen des Teams, von 1 (am geringsten) bis 5 (am höchsten).</translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation>%1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Die gesamte Journey</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact / effort</source>
        <translation>Wirkung / Aufwand</translation>
    </message>
    <message>
        <source>Appendix: every rating</source>
        <translation>Anhang: alle Bewertungen</translation>
    </message>
    <message>
        <source>Every score each rater gave in %1, framework by framework. N/A: the rater judged the criterion not to apply; a dash: not rated.</source>
        <translation>Alle Werte, die jeder Bewerter in %1 vergeben hat, Framework für Framework. k. A.: Der Bewerter hielt das Kriterium für nicht zutreffend; ein Strich: nicht bewertet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The project has no journey yet: draw one on the Map tab, and the report describes it.</source>
        <translation>Das Projekt hat noch keine Journey: Zeichnen Sie eine auf der Registerkarte „Karte“, dann beschreibt der Bericht sie.</translation>
    </message>
    <message>
        <source>This report describes the journey %1 as it is mapped: %2 in %3.</source>
        <translation>Dieser Bericht beschreibt die Journey %1, wie sie kartiert ist: %2 in %3.</translation>
    </message>
    <message>
        <source>%1 touchpoint</source>
        <translation>%1 Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation>%1 Phase</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Phasen</translation>
    </message>
    <message>
        <source>This report sets out how the journey %1 scored in the round %2: %3 rated %4 against %5.</source>
        <translation>Dieser Bericht zeigt, wie die Journey %1 in der Runde %2 abgeschnitten hat: %4, bewertet durch %3 anhand von %5.</translation>
    </message>
    <message>
        <source>The results are compared with the round before, %1.</source>
        <translation>Die Ergebnisse werden mit der vorherigen Runde %1 verglichen.</translation>
    </message>
    <message>
        <source>Nobody has rated this round yet, so there are no scores to report.</source>
        <translation>In dieser Runde hat noch niemand bewertet, daher gibt es keine Werte zu berichten.</translation>
    </message>
    <message>
        <source>Journey score, on a scale of 1 to 5</source>
        <translation>Journey-Wert auf einer Skala von 1 bis 5</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Assessed round of this journey</source>
        <translation>Bewertete Runde dieser Journey</translation>
    </message>
    <message>
        <source>The next round shows what moved</source>
        <translation>Die nächste Runde zeigt die Veränderungen</translation>
    </message>
    <message>
        <source>Weak spots: scores below their target</source>
        <translation>Schwachstellen: Werte unter ihrem Zielwert</translation>
    </message>
    <message>
        <source>Of them, the raters disagree on %1</source>
        <translation>Bei %1 davon sind sich die Bewerter uneinig</translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation>Vergebene Werte</translation>
    </message>
    <message>
        <source>%1 of the cells rated</source>
        <translation>%1 der Zellen bewertet</translation>
    </message>
    <message>
        <source>Scores at a glance</source>
        <translation>Werte im Überblick</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Gesamte Journey</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Other criteria</source>
        <translation>Weitere Kriterien</translation>
    </message>
    <message>
        <source>Top weak spots</source>
        <translation>Größte Schwachstellen</translation>
    </message>
    <message>
        <source>Every touchpoint meets its targets on every criterion.</source>
        <translation>Jeder Touchpoint erreicht bei jedem Kriterium seine Zielwerte.</translation>
    </message>
    <message>
        <source>The scores that fall furthest short of their targets where it matters most: ranked by priority, the touchpoint&apos;s importance × the criterion&apos;s weight × the gap to the target.</source>
        <translation>Die Werte, die dort am weitesten hinter ihren Zielwerten zurückbleiben, wo es am meisten zählt: geordnet nach Priorität, also Wichtigkeit des Touchpoints × Gewichtung des Kriteriums × Lücke zum Zielwert.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Why it ranks here</source>
        <translation>Begründung des Rangs</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Veränderungen</translation>
    </message>
    <message>
        <source>This is the first assessed round of the journey: the next round shows what moved.</source>
        <translation>Dies ist die erste bewertete Runde der Journey: Die nächste Runde zeigt die Veränderungen.</translation>
    </message>
    <message>
        <source>Biggest movements since %1</source>
        <translation>Größte Veränderungen seit %1</translation>
    </message>
    <message>
        <source>Compared like for like, over the %1 rated in both rounds, %2 rose and %3 fell.</source>
        <translation>Im direkten Vergleich (%1 in beiden Runden bewertet): %2 gestiegen, %3 gesunken.</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 Wert</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>The touchpoints that moved most</source>
        <translation>Die Touchpoints mit den größten Veränderungen</translation>
    </message>
    <message>
        <source>No touchpoint moved by 0.1 or more.</source>
        <translation>Kein Touchpoint hat sich um 0,1 oder mehr verändert.</translation>
    </message>
    <message>
        <source>Every criterion</source>
        <translation>Alle Kriterien</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>js::BuiltInFrameworks</name>
    <message>
        <source>TRIXIE</source>
        <translation>TRIXIE</translation>
    </message>
    <message>
        <source>TRIXIE looks at customer experience as a relationship rather than a string of transactions. Each touchpoint is judged on whether it earns the customer&apos;s trust, speaks to what they actually need, makes them feel known, is easy to get through, and adds up to results the business can measure. Use it when the question is how well the business keeps customers, not only how well it sells to them. Reliability and Interaction, which another version of the model names, are included switched off: switch them on if your team works with that version.</source>
        <translation>TRIXIE betrachtet Customer Experience als Beziehung statt als Abfolge einzelner Transaktionen. Jeder Touchpoint wird daran gemessen, ob er das Vertrauen des Kunden gewinnt, auf seine tatsächlichen Bedürfnisse eingeht, ihm das Gefühl gibt, gekannt zu werden, sich mühelos durchlaufen lässt und zu Ergebnissen beiträgt, die das Unternehmen messen kann. Setzen Sie es ein, wenn es darum geht, wie gut das Unternehmen seine Kunden hält – nicht nur, wie gut es ihnen etwas verkauft. Zuverlässigkeit und Interaktion, die eine andere Fassung des Modells nennt, sind enthalten, aber ausgeschaltet: Schalten Sie sie ein, wenn Ihr Team mit dieser Fassung arbeitet.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Customers believe the business is honest, knows what it is doing and keeps its word. At a touchpoint this shows in promises that hold (prices, delivery dates, refund times), in plain information with nothing hidden in the small print, and in careful handling of personal data. Trust builds slowly over many small promises kept and can be lost in one broken one. A low score here usually points to a gap between what the business says and what the customer then experiences.</source>
        <translation>Kunden glauben, dass das Unternehmen ehrlich ist, weiß, was es tut, und Wort hält. An einem Touchpoint zeigt sich das an Versprechen, die eingehalten werden (Preise, Liefertermine, Erstattungsfristen), an klaren Informationen, bei denen nichts im Kleingedruckten versteckt ist, und am sorgsamen Umgang mit persönlichen Daten. Vertrauen wächst langsam über viele kleine gehaltene Versprechen und kann durch ein einziges gebrochenes verloren gehen. Ein niedriger Wert deutet hier meist auf eine Lücke zwischen dem hin, was das Unternehmen sagt, und dem, was der Kunde dann erlebt.</translation>
    </message>
    <message>
        <source>Does the customer get exactly what this touchpoint promised them?</source>
        <translation>Bekommt der Kunde genau das, was ihm dieser Touchpoint versprochen hat?</translation>
    </message>
    <message>
        <source>Is anything important left out, hidden or only explained after the fact?</source>
        <translation>Wird etwas Wichtiges weggelassen, versteckt oder erst im Nachhinein erklärt?</translation>
    </message>
    <message>
        <source>Would the customer feel comfortable with how their personal data is used here?</source>
        <translation>Hätte der Kunde ein gutes Gefühl dabei, wie seine persönlichen Daten hier verwendet werden?</translation>
    </message>
    <message>
        <source>When something goes wrong at this point, do we own it openly?</source>
        <translation>Wenn an dieser Stelle etwas schiefgeht, stehen wir dann offen dazu?</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>The offer and the message fit the problem the customer is really trying to solve. A relevant touchpoint is based on knowing who the customer is and why they came, not on what the business would like to push that week. It treats different customer groups differently where their needs differ. Low relevance feels like noise: generic mailings, off-target recommendations, content that answers a question nobody asked.</source>
        <translation>Angebot und Botschaft passen zu dem Problem, das der Kunde tatsächlich lösen will. Ein relevanter Touchpoint beruht darauf, zu wissen, wer der Kunde ist und warum er gekommen ist – nicht darauf, was das Unternehmen in dieser Woche gern an den Mann bringen möchte. Er behandelt verschiedene Kundengruppen unterschiedlich, wo sich ihre Bedürfnisse unterscheiden. Geringe Relevanz wirkt wie Rauschen: allgemeine Massenmailings, unpassende Empfehlungen, Inhalte, die eine Frage beantworten, die niemand gestellt hat.</translation>
    </message>
    <message>
        <source>Do we know what the customer is trying to get done when they reach this touchpoint?</source>
        <translation>Wissen wir, was der Kunde erledigen möchte, wenn er an diesen Touchpoint kommt?</translation>
    </message>
    <message>
        <source>Does what we show or say here match that need, or our own sales agenda?</source>
        <translation>Passt das, was wir hier zeigen oder sagen, zu diesem Bedürfnis – oder zu unseren eigenen Verkaufszielen?</translation>
    </message>
    <message>
        <source>Do we treat our main customer groups differently where their needs differ?</source>
        <translation>Behandeln wir unsere wichtigsten Kundengruppen unterschiedlich, wo sich ihre Bedürfnisse unterscheiden?</translation>
    </message>
    <message>
        <source>How much of what the customer sees here would they call useful?</source>
        <translation>Wie viel von dem, was der Kunde hier sieht, würde er als nützlich bezeichnen?</translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>The customer feels recognized and valued as a person, not handled as a case number. At a touchpoint this means the business remembers what it already knows about them, the service goes beyond the minimum, and loyalty is noticed and rewarded. It is the difference between a shop the customer uses and one they feel attached to. Intimacy does not require a human at every step, but it does require that the customer never has to start from zero.</source>
        <translation>Der Kunde fühlt sich als Mensch wahrgenommen und wertgeschätzt, nicht als Fallnummer abgefertigt. An einem Touchpoint heißt das: Das Unternehmen erinnert sich an das, was es bereits über ihn weiß, der Service geht über das Nötigste hinaus, und Treue wird bemerkt und belohnt. Das ist der Unterschied zwischen einem Geschäft, bei dem der Kunde einkauft, und einem, mit dem er sich verbunden fühlt. Nähe setzt nicht an jeder Stelle einen Menschen voraus, wohl aber, dass der Kunde nie bei null anfangen muss.</translation>
    </message>
    <message>
        <source>Does the customer have to repeat information we already have?</source>
        <translation>Muss der Kunde Angaben wiederholen, die uns bereits vorliegen?</translation>
    </message>
    <message>
        <source>Does this touchpoint treat a ten-year customer differently from a first-time visitor?</source>
        <translation>Behandelt dieser Touchpoint einen Kunden, der seit zehn Jahren bei uns ist, anders als einen Erstbesucher?</translation>
    </message>
    <message>
        <source>Is there a moment here where we could exceed what the customer expects?</source>
        <translation>Gibt es hier einen Moment, in dem wir die Erwartungen des Kunden übertreffen könnten?</translation>
    </message>
    <message>
        <source>Would the customer describe this interaction as personal?</source>
        <translation>Würde der Kunde diese Interaktion als persönlich beschreiben?</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Every interaction is easy, quick and free of friction. The customer can reach the business on the channel they prefer, finds the content they need, and gets fast answers to questions and complaints. A good experience is mostly invisible: nothing gets in the way. Low scores come from extra steps, waiting, dead ends and hand-offs between channels that lose the thread.</source>
        <translation>Jede Interaktion ist einfach, schnell und reibungslos. Der Kunde erreicht das Unternehmen über den Kanal, den er bevorzugt, findet die Inhalte, die er braucht, und bekommt schnelle Antworten auf Fragen und Beschwerden. Ein gutes Erlebnis ist meist unsichtbar: Nichts steht im Weg. Niedrige Werte entstehen durch zusätzliche Schritte, Wartezeiten, Sackgassen und Übergaben zwischen Kanälen, bei denen der Faden verloren geht.</translation>
    </message>
    <message>
        <source>How many steps does the customer need here, and which ones could go?</source>
        <translation>Wie viele Schritte braucht der Kunde hier, und welche davon könnten wegfallen?</translation>
    </message>
    <message>
        <source>Can the customer use the channel they prefer for this, or are they pushed elsewhere?</source>
        <translation>Kann der Kunde dafür den Kanal nutzen, den er bevorzugt, oder wird er woandershin gedrängt?</translation>
    </message>
    <message>
        <source>How long does the customer wait for an answer or a result at this point?</source>
        <translation>Wie lange wartet der Kunde an dieser Stelle auf eine Antwort oder ein Ergebnis?</translation>
    </message>
    <message>
        <source>Where does the customer get stuck, and what do they do then?</source>
        <translation>Wo kommt der Kunde nicht weiter, und was tut er dann?</translation>
    </message>
    <message>
        <source>Is the move to the next touchpoint smooth, or does the customer have to start over?</source>
        <translation>Ist der Übergang zum nächsten Touchpoint reibungslos, oder muss der Kunde von vorn beginnen?</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>The relationship produces results the business can see and measure. For a touchpoint this means knowing how satisfied customers are with it, whether it helps keep them, and what improving it is worth. A touchpoint nobody measures cannot score well here, however pleasant it feels. This pillar keeps CX work tied to retention, repeat purchases and revenue rather than good intentions.</source>
        <translation>Die Beziehung bringt Ergebnisse, die das Unternehmen sehen und messen kann. Für einen Touchpoint heißt das: Man weiß, wie zufrieden die Kunden damit sind, ob er hilft, sie zu halten, und was eine Verbesserung wert ist. Ein Touchpoint, den niemand misst, kann hier nicht gut abschneiden, so angenehm er sich auch anfühlt. Diese Säule sorgt dafür, dass sich die CX-Arbeit an Kundenbindung, Wiederholungskäufen und Umsatz orientiert statt an guten Absichten.</translation>
    </message>
    <message>
        <source>Do we measure how customers rate this touchpoint, and how often do we look at the figures?</source>
        <translation>Messen wir, wie Kunden diesen Touchpoint bewerten, und wie oft sehen wir uns die Zahlen an?</translation>
    </message>
    <message>
        <source>Can we tell whether this touchpoint helps or hurts repeat purchases?</source>
        <translation>Können wir erkennen, ob dieser Touchpoint Wiederholungskäufe fördert oder ihnen schadet?</translation>
    </message>
    <message>
        <source>Do we know what a better score here would be worth to the business?</source>
        <translation>Wissen wir, was ein besserer Wert an dieser Stelle dem Unternehmen wert wäre?</translation>
    </message>
    <message>
        <source>Has anything changed here in the last year because of what we measured?</source>
        <translation>Hat sich hier im letzten Jahr aufgrund unserer Messungen etwas verändert?</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>The business does what it said it would, every time: promises are met, service is the same on a good day and a busy one, and problems are fixed quickly. Where Trust asks whether the customer believes the business, Reliability asks whether the operation actually delivers.</source>
        <translation>Das Unternehmen tut jedes Mal, was es angekündigt hat: Versprechen werden eingehalten, der Service ist an ruhigen wie an hektischen Tagen gleich gut, und Probleme werden schnell behoben. Während Vertrauen fragt, ob der Kunde dem Unternehmen glaubt, fragt Zuverlässigkeit, ob der Betrieb tatsächlich liefert.</translation>
    </message>
    <message>
        <source>How often does this touchpoint fail to deliver what was promised?</source>
        <translation>Wie oft liefert dieser Touchpoint nicht, was versprochen wurde?</translation>
    </message>
    <message>
        <source>Is the service here as good in peak season as in a quiet week?</source>
        <translation>Ist der Service hier in der Hochsaison genauso gut wie in einer ruhigen Woche?</translation>
    </message>
    <message>
        <source>When a problem occurs here, how quickly is it fixed for the customer?</source>
        <translation>Wenn hier ein Problem auftritt, wie schnell wird es für den Kunden behoben?</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>How the contact itself feels: responsive, helpful and personal. It suits touchpoints where customers deal with people or with conversational channels such as chat, phone and social media replies.</source>
        <translation>Wie sich der Kontakt selbst anfühlt: reaktionsschnell, hilfsbereit und persönlich. Das Kriterium eignet sich für Touchpoints, an denen Kunden mit Menschen zu tun haben oder dialogorientierte Kanäle nutzen, etwa Chat, Telefon und Antworten in sozialen Medien.</translation>
    </message>
    <message>
        <source>How quickly does the customer get a response at this touchpoint?</source>
        <translation>Wie schnell bekommt der Kunde an diesem Touchpoint eine Reaktion?</translation>
    </message>
    <message>
        <source>Does the customer leave the interaction with their question actually answered?</source>
        <translation>Ist die Frage des Kunden am Ende der Interaktion wirklich beantwortet?</translation>
    </message>
    <message>
        <source>Does the exchange sound like a person talking to a person, or like a script?</source>
        <translation>Klingt der Austausch wie ein Gespräch von Mensch zu Mensch oder wie ein Skript?</translation>
    </message>
    <message>
        <source>5 Cs of customer experience</source>
        <translation>Die 5 Cs der Customer Experience</translation>
    </message>
    <message>
        <source>The 5 Cs check how a touchpoint comes across to the customer in the moment: whether it is easy to understand, the same as everywhere else, fitted to the person, genuinely engaging, and caring when things go wrong. It is a practical lens for workshops because each C maps to something the team can see and change at the touchpoint itself.</source>
        <translation>Die 5 Cs prüfen, wie ein Touchpoint im jeweiligen Moment beim Kunden ankommt: ob er leicht verständlich ist, überall gleich auftritt, auf die Person zugeschnitten ist, wirklich anspricht und Fürsorge zeigt, wenn etwas schiefgeht. Für Workshops ist das ein praktischer Blickwinkel, denn jedes C steht für etwas, das das Team direkt am Touchpoint sehen und ändern kann.</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>The customer understands straight away what is on offer, what it costs and what to do next. Clear touchpoints use plain language, simple navigation and prices with no surprises added later. Confusion costs twice: customers give up, or they contact the business to ask what the page should have told them. A low score often shows up as a spike in questions to customer service about the same topic.</source>
        <translation>Der Kunde versteht sofort, was angeboten wird, was es kostet und was als Nächstes zu tun ist. Klare Touchpoints setzen auf einfache Sprache, eine übersichtliche Navigation und Preise, bei denen später keine Überraschungen hinzukommen. Unklarheit kostet doppelt: Kunden geben auf, oder sie wenden sich an das Unternehmen, um zu fragen, was ihnen die Seite hätte sagen sollen. Ein niedriger Wert zeigt sich oft daran, dass sich Anfragen beim Kundenservice zum selben Thema häufen.</translation>
    </message>
    <message>
        <source>Can a first-time customer tell within a few seconds what this touchpoint is for?</source>
        <translation>Kann ein Erstkunde innerhalb weniger Sekunden erkennen, wozu dieser Touchpoint dient?</translation>
    </message>
    <message>
        <source>Is the full price, including delivery and any fees, visible before the customer commits?</source>
        <translation>Ist der vollständige Preis einschließlich Versand und etwaiger Gebühren sichtbar, bevor sich der Kunde festlegt?</translation>
    </message>
    <message>
        <source>Is the next step obvious, or does the customer have to search for it?</source>
        <translation>Ist der nächste Schritt offensichtlich, oder muss der Kunde danach suchen?</translation>
    </message>
    <message>
        <source>Which questions do customers ask us that this touchpoint should already answer?</source>
        <translation>Welche Fragen stellen uns Kunden, die dieser Touchpoint bereits beantworten sollte?</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>The customer gets the same experience, information and tone whichever channel they use and whenever they use it. Prices, policies and promises match between the website, the app, emails and the people on the phone. Consistency is what lets customers build habits and rely on the business. Inconsistency makes even good touchpoints feel unreliable, because the customer never knows which version they will get.</source>
        <translation>Der Kunde erhält dasselbe Erlebnis, dieselben Informationen und denselben Ton – ganz gleich, welchen Kanal er nutzt und wann. Preise, Richtlinien und Versprechen stimmen auf der Website, in der App, in E-Mails und bei den Mitarbeitern am Telefon überein. Konsistenz ermöglicht es Kunden, Gewohnheiten zu entwickeln und sich auf das Unternehmen zu verlassen. Inkonsistenz lässt selbst gute Touchpoints unzuverlässig wirken, weil der Kunde nie weiß, welche Version er bekommt.</translation>
    </message>
    <message>
        <source>Does the customer hear the same thing here as on our other channels?</source>
        <translation>Hört der Kunde hier dasselbe wie auf unseren anderen Kanälen?</translation>
    </message>
    <message>
        <source>Would two customers with the same question get the same answer at this touchpoint?</source>
        <translation>Würden zwei Kunden mit derselben Frage an diesem Touchpoint dieselbe Antwort bekommen?</translation>
    </message>
    <message>
        <source>Does the look and tone here fit the rest of the brand?</source>
        <translation>Passen Erscheinungsbild und Tonfall hier zum Rest der Marke?</translation>
    </message>
    <message>
        <source>Is the quality here the same at peak times as in quiet periods?</source>
        <translation>Ist die Qualität hier zu Stoßzeiten genauso gut wie in ruhigen Zeiten?</translation>
    </message>
    <message>
        <source>Customization</source>
        <translation>Individualisierung</translation>
    </message>
    <message>
        <source>The interaction fits the individual customer&apos;s preferences, history and behavior. That can be as simple as remembering a delivery address or as rich as recommendations based on past purchases and the season. Good customization saves the customer effort and feels helpful rather than intrusive. A low score means everyone is treated the same, whether they are new or have bought from the business for years.</source>
        <translation>Die Interaktion passt zu den Vorlieben, der Vorgeschichte und dem Verhalten des einzelnen Kunden. Das kann so einfach sein wie das Speichern einer Lieferadresse oder so umfassend wie Empfehlungen, die auf früheren Käufen und der Jahreszeit beruhen. Gute Individualisierung erspart dem Kunden Aufwand und wirkt hilfreich statt aufdringlich. Ein niedriger Wert bedeutet, dass alle gleich behandelt werden – ob sie neu sind oder schon seit Jahren bei dem Unternehmen kaufen.</translation>
    </message>
    <message>
        <source>What do we already know about this customer that we could use here?</source>
        <translation>Was wissen wir bereits über diesen Kunden, das wir hier nutzen könnten?</translation>
    </message>
    <message>
        <source>Can the customer choose how, when and on which channel they hear from us at this point?</source>
        <translation>Kann der Kunde an dieser Stelle wählen, wie, wann und über welchen Kanal er von uns hört?</translation>
    </message>
    <message>
        <source>Does a returning customer see anything different from a first-time visitor?</source>
        <translation>Sieht ein wiederkehrender Kunde etwas anderes als ein Erstbesucher?</translation>
    </message>
    <message>
        <source>Would the customer find our personalization here helpful or a bit creepy?</source>
        <translation>Fände der Kunde unsere Personalisierung hier hilfreich oder eher unheimlich?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The touchpoint helps build a real and lasting relationship between the customer and the business. This comes from honest, human communication, stories the customer can relate to, and content worth their time. Connection is what turns a satisfied buyer into someone who comes back and recommends the business to others. Touchpoints that are purely functional can still score well if they sound like the brand and leave a good impression.</source>
        <translation>Der Touchpoint trägt dazu bei, eine echte und dauerhafte Beziehung zwischen Kunde und Unternehmen aufzubauen. Das gelingt durch ehrliche, menschliche Kommunikation, Geschichten, in denen sich der Kunde wiederfindet, und Inhalte, die seine Zeit wert sind. Verbindung macht aus einem zufriedenen Käufer jemanden, der wiederkommt und das Unternehmen weiterempfiehlt. Auch rein funktionale Touchpoints können hier gut abschneiden, wenn sie nach der Marke klingen und einen guten Eindruck hinterlassen.</translation>
    </message>
    <message>
        <source>Does this touchpoint sound like people who care about what they sell?</source>
        <translation>Klingt dieser Touchpoint nach Menschen, denen das, was sie verkaufen, am Herzen liegt?</translation>
    </message>
    <message>
        <source>Is there anything here the customer would want to share or talk about?</source>
        <translation>Gibt es hier etwas, das der Kunde teilen oder worüber er sprechen möchte?</translation>
    </message>
    <message>
        <source>Does this moment make the customer more or less likely to come back?</source>
        <translation>Macht dieser Moment es wahrscheinlicher oder unwahrscheinlicher, dass der Kunde wiederkommt?</translation>
    </message>
    <message>
        <source>Do we invite the customer to respond, or is the communication one way?</source>
        <translation>Laden wir den Kunden ein, zu reagieren, oder ist die Kommunikation einseitig?</translation>
    </message>
    <message>
        <source>Compassion</source>
        <translation>Mitgefühl</translation>
    </message>
    <message>
        <source>The business shows empathy: it listens to the customer&apos;s needs and responds well when something goes wrong. Some sources call this element Concern. It matters most at stressful moments such as a late delivery, a damaged item or a refund that has not arrived. A compassionate touchpoint acknowledges the problem, takes responsibility and gives front-line staff the freedom to put things right.</source>
        <translation>Das Unternehmen zeigt Empathie: Es hört auf die Bedürfnisse des Kunden und reagiert gut, wenn etwas schiefgeht. Manche Quellen nennen dieses Element Concern (Anteilnahme). Am meisten zählt es in belastenden Momenten, etwa bei einer verspäteten Lieferung, einem beschädigten Artikel oder einer Erstattung, die noch nicht eingegangen ist. Ein mitfühlender Touchpoint erkennt das Problem an, übernimmt Verantwortung und gibt den Mitarbeitern im direkten Kundenkontakt den Freiraum, die Sache in Ordnung zu bringen.</translation>
    </message>
    <message>
        <source>How does the customer feel when they arrive at this touchpoint, and do we take that into account?</source>
        <translation>Wie fühlt sich der Kunde, wenn er an diesen Touchpoint kommt, und berücksichtigen wir das?</translation>
    </message>
    <message>
        <source>When a customer complains here, do we listen first or defend first?</source>
        <translation>Wenn sich ein Kunde hier beschwert, hören wir dann zuerst zu, oder verteidigen wir uns zuerst?</translation>
    </message>
    <message>
        <source>Can our staff at this touchpoint solve the problem without asking for permission?</source>
        <translation>Können unsere Mitarbeiter an diesem Touchpoint das Problem lösen, ohne um Erlaubnis zu fragen?</translation>
    </message>
    <message>
        <source>Do we follow up after a complaint to check that it was actually resolved?</source>
        <translation>Fragen wir nach einer Beschwerde nach, ob sie tatsächlich gelöst wurde?</translation>
    </message>
</context>
<context>
    <name>js::Channel</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Im Geschäft</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mundpropaganda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>js::ChartView</name>
    <message>
        <source>Copy as image</source>
        <translation>Als Bild kopieren</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
</context>
<context>
    <name>js::CommandLine</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>journeyscope: unknown verb %1
</source>
        <translation>journeyscope: unbekannter Befehl %1
</translation>
    </message>
    <message>
        <source>Usage: journeyscope [options] [FILE.journey...]
       journeyscope VERB [arguments]

Customer journey maps and CX assessment. Without a verb, opens a main
window on each FILE, on the last project, or on the demo project the first
time. One Journeyscope holds all the windows: while it runs, a second launch
opens its files (or --demo, --new) in new windows there and exits.

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
        <translation>Aufruf: journeyscope [Optionen] [DATEI.journey...]
        journeyscope BEFEHL [Argumente]

Customer Journey Maps und CX-Bewertung. Ohne Befehl öffnet sich für jede
DATEI ein Hauptfenster, sonst das letzte Projekt oder beim ersten Mal das
Demoprojekt. Alle Fenster gehören zu einem laufenden Journeyscope: Solange es
läuft, öffnet ein zweiter Aufruf seine Dateien (oder --demo, --new) dort in neuen Fenstern und
endet.

Befehle (ohne Fenster; Exit-Code 0 erledigt, 1 fehlerhafte Datei oder
Eingabe, 2 falscher Aufruf):
  demo AUSGABE.journey                      das Demoprojekt schreiben
  check DATEI                               eine Projektdatei prüfen
  export DATEI --out PFAD [--format F] [--report] [--journey NAME] [--round NAME]
         [--chart NAME] [--table T] [--page A3] [--landscape|--portrait]
         [--fit auto|page|tile] [--margin MM] [--dpi N] [--bom]
         [--consultant NAME]
                                            als pdf exportieren (das Poster der
                                            Karte oder mit --report den Bericht),
                                            png oder svg (die Karte oder --chart
                                            heatmap, weakspots, radar, quadrants,
                                            roomvscustomers, profile, trend), csv
                                            (--table ratings, weakspots, actions,
                                            metrics), xlsx, mermaid oder json; das
                                            Format ergibt sich standardmäßig aus
                                            der Endung von PFAD
  import EINGABE.json --out NEU.journey     aus JSON eine Projektdatei erstellen
  import EINGABE.mmd --out NEU.journey      aus einem Mermaid-Journey-Diagramm
                                            (.mmd, .mermaid) eine Projektdatei
                                            erstellen
  weakspots DATEI [--journey NAME] [--round NAME] [--top N] [--json]
                                            die Schwachstellen einer Runde nach
                                            Rang (standardmäßig die neueste Runde
                                            der ersten Journey, die ersten 10, als
                                            Tabelle)
  survey UMFRAGE.csv [--touchpoint SPALTE | --whole-file TOUCHPOINT]
         [--nps SPALTE] [--csat SPALTE] [--ces SPALTE] [--ces-scale 5|7]
         [--delimiter C] [--encoding NAME] [--header-rows N] [--json]
         [--into PROJEKT.journey [--journey NAME]]
                                            NPS, CSAT und CES je Touchpoint aus
                                            einem Umfrageexport (Qualtrics,
                                            SurveyMonkey, Google Forms, beliebige
                                            CSV-Datei); SPALTE ist ein
                                            Spaltentitel oder eine Nummer und wird
                                            erkannt, wenn nicht angegeben;
                                            --whole-file, wenn sich jede Antwort
                                            auf einen Touchpoint bezieht; --into
                                            speichert die Werte als Kennzahlen der
                                            gleichnamigen Touchpoints der Journey
                                            (standardmäßig der ersten Journey) und
                                            ersetzt dabei einen früheren Import
                                            derselben Datei
  serve DATEI --round NAME [--journey NAME] [--port N] [--bind ADRESSE]
                                            Live-Bewertung ohne Fenster: stellt
                                            die Runde für die Smartphones der
                                            Teilnehmer im lokalen Netzwerk bereit
                                            (standardmäßig unter der besten
                                            Adresse; Port 8137, sonst ein
                                            beliebiger freier; --port 0 für einen
                                            beliebigen), im freien Modus, in dem
                                            jeder Teilnehmer jeden Touchpoint nach
                                            jedem Kriterium in seinem eigenen
                                            Tempo bewertet; gibt zuerst die
                                            Adresse zum Beitreten aus, dann, wer
                                            beitritt, und den Fortschritt; die
                                            Bewertungen gehen laufend in DATEI
                                            ein; Strg+C (oder SIGTERM) beendet
  (demo und import ersetzen nie eine vorhandene Datei, außer mit --force)

Optionen:
  --demo           das mitgelieferte Demoprojekt öffnen
  --new            mit einem neuen, leeren Projekt beginnen
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version anzeigen
</translation>
    </message>
</context>
<context>
    <name>js::CriterionForm</name>
    <message>
        <source>What the criterion means at a touchpoint</source>
        <translation>Was das Kriterium an einem Touchpoint bedeutet</translation>
    </message>
    <message>
        <source>One question per line, for raters to ask themselves</source>
        <translation>Eine Frage pro Zeile, die sich die Bewerter selbst stellen</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>One question per line.</source>
        <translation>Eine Frage pro Zeile.</translation>
    </message>
    <message>
        <source>How much this criterion counts against the others of the framework, from %L1 to %L2</source>
        <translation>Wie stark dieses Kriterium im Vergleich zu den anderen des Frameworks zählt, von %L1 bis %L2</translation>
    </message>
    <message>
        <source>The score a touchpoint should reach, from %1 to %2</source>
        <translation>Der Wert, den ein Touchpoint erreichen soll, von %1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Rated in new rounds</source>
        <translation>&amp;In neuen Runden bewertet</translation>
    </message>
    <message>
        <source>Switch off a criterion your team does not assess: new rounds leave it out, and it stays here to switch on later</source>
        <translation>Schalten Sie ein Kriterium ab, das Ihr Team nicht bewertet: Neue Runden lassen es aus, und es bleibt hier erhalten, damit Sie es später wieder einschalten können</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Guiding questions</source>
        <translation>&amp;Leitfragen</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Gewichtung</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <source>Changes here apply to new rounds only: past rounds keep the criteria, weights and targets they were created with.</source>
        <translation>Änderungen hier gelten nur für neue Runden: Frühere Runden behalten die Kriterien, Gewichtungen und Zielwerte, mit denen sie angelegt wurden.</translation>
    </message>
</context>
<context>
    <name>js::CriterionTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Rated in new rounds</source>
        <translation>In neuen Runden bewertet</translation>
    </message>
    <message>
        <source>Not rated in new rounds</source>
        <translation>In neuen Runden nicht bewertet</translation>
    </message>
    <message>
        <source>How much this criterion counts against the others of the framework</source>
        <translation>Wie stark dieses Kriterium gegenüber den anderen des Frameworks zählt</translation>
    </message>
    <message>
        <source>The score a touchpoint should reach on this criterion, from 1 to 5</source>
        <translation>Der Wert, den ein Touchpoint bei diesem Kriterium erreichen soll, von 1 bis 5</translation>
    </message>
    <message>
        <source>%1: switched off, not rated in new rounds</source>
        <translation>%1: ausgeschaltet, wird in neuen Runden nicht bewertet</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Whether new rounds rate the criterion</source>
        <translation>Ob neue Runden das Kriterium bewerten</translation>
    </message>
</context>
<context>
    <name>js::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Mermaid-Diagramme (*.mmd)</translation>
    </message>
    <message>
        <source>Journeyscope JSON (*.json)</source>
        <translation>Journeyscope-JSON (*.json)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this export?</source>
        <translation>„%1“ ist bereits vorhanden. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>The export would replace the project itself: choose another name for it.</source>
        <translation>Der Export würde das Projekt selbst ersetzen: Wählen Sie einen anderen Namen dafür.</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Export nach „%1“…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Journey map poster (PDF)</source>
        <translation>Journey-Map-Poster (PDF)</translation>
    </message>
    <message>
        <source>Assessment report (PDF)</source>
        <translation>Bewertungsbericht (PDF)</translation>
    </message>
    <message>
        <source>Map image (PNG)</source>
        <translation>Kartenbild (PNG)</translation>
    </message>
    <message>
        <source>Map drawing (SVG)</source>
        <translation>Kartenzeichnung (SVG)</translation>
    </message>
    <message>
        <source>Chart (PNG or SVG)</source>
        <translation>Diagramm (PNG oder SVG)</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Workbook (Excel .xlsx)</source>
        <translation>Arbeitsmappe (Excel .xlsx)</translation>
    </message>
    <message>
        <source>Mermaid journey diagram (.mmd)</source>
        <translation>Mermaid-Journey-Diagramm (.mmd)</translation>
    </message>
    <message>
        <source>Project data (JSON)</source>
        <translation>Projektdaten (JSON)</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Eine Seite</translation>
    </message>
    <message>
        <source>Tiled across pages</source>
        <translation>Auf mehrere Seiten verteilt</translation>
    </message>
    <message>
        <source>On one page if the text stays at 6 pt or larger, else tiled.</source>
        <translation>Auf einer Seite, wenn der Text mindestens 6 pt groß bleibt, sonst auf mehrere Seiten verteilt.</translation>
    </message>
    <message>
        <source>The whole map on one page, if its text stays at 6 pt or larger.</source>
        <translation>Die ganze Karte auf einer Seite, wenn ihr Text mindestens 6 pt groß bleibt.</translation>
    </message>
    <message>
        <source>At print size on as many pages as it takes, with overlap and crop marks for taping together.</source>
        <translation>In Druckgröße auf so vielen Seiten wie nötig, mit Überlappung und Schnittmarken zum Zusammenkleben.</translation>
    </message>
    <message>
        <source>&amp;Fit:</source>
        <translation>Ein&amp;passen:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>Rä&amp;nder:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark for Excel</source>
        <translation>&amp;Byte-Order-Mark für Excel hinzufügen</translation>
    </message>
    <message>
        <source>Excel reads accented letters right only in a file that starts with one</source>
        <translation>Excel liest Umlaute und Akzente nur dann richtig, wenn die Datei mit einer solchen Markierung beginnt</translation>
    </message>
    <message>
        <source>&amp;Your name (on the report&apos;s cover):</source>
        <translation>&amp;Ihr Name (auf dem Deckblatt des Berichts):</translation>
    </message>
    <message>
        <source>No journeys yet</source>
        <translation>Noch keine Journeys</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation>Noch keine Runden</translation>
    </message>
</context>
<context>
    <name>js::ExportPreview</name>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>The first %1 of %2 lines</source>
        <translation>Die ersten %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>The project has no journey to export</source>
        <translation>Das Projekt hat keine Journey, die exportiert werden kann</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 Pixel bei %3 dpi</translation>
    </message>
    <message>
        <source>A drawing that stays sharp at any size</source>
        <translation>Eine Zeichnung, die in jeder Größe scharf bleibt</translation>
    </message>
    <message>
        <source>%1, with a byte-order mark for Excel</source>
        <translation>%1, mit Byte-Order-Mark für Excel</translation>
    </message>
    <message>
        <source>One workbook with a sheet each for the ratings, the scores, the weak spots, the actions and the metrics, ready to filter and sort in Excel</source>
        <translation>Eine Arbeitsmappe mit je einem Tabellenblatt für die Bewertungen, die Werte, die Schwachstellen, die Maßnahmen und die Kennzahlen, bereit zum Filtern und Sortieren in Excel</translation>
    </message>
    <message>
        <source>There is nothing to export</source>
        <translation>Es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
    <message>
        <source>the whole round, without the Insights tab&apos;s filters</source>
        <translation>die gesamte Runde, ohne die Filter der Registerkarte „Erkenntnisse“</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi; %4</source>
        <translation>%1 × %2 Pixel bei %3 dpi; %4</translation>
    </message>
    <message>
        <source>A drawing that stays sharp at any size; %1</source>
        <translation>Eine Zeichnung, die in jeder Größe scharf bleibt; %1</translation>
    </message>
</context>
<context>
    <name>js::ExportVerb</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown format “%1”; the formats are: %2</source>
        <translation>unbekanntes Format „%1“; verfügbare Formate: %2</translation>
    </message>
    <message>
        <source>unknown chart “%1”; the charts are: %2</source>
        <translation>unbekanntes Diagramm „%1“; verfügbare Diagramme: %2</translation>
    </message>
    <message>
        <source>unknown table “%1”; the tables are: %2</source>
        <translation>unbekannte Tabelle „%1“; verfügbare Tabellen: %2</translation>
    </message>
    <message>
        <source>unknown page size “%1”; the sizes are: %2</source>
        <translation>unbekanntes Seitenformat „%1“; verfügbare Formate: %2</translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 72 to 1200, not “%1”</source>
        <translation>--dpi braucht eine ganze Zahl von 72 bis 1200, nicht „%1“</translation>
    </message>
    <message>
        <source>--fit is auto, page or tile, not “%1”</source>
        <translation>--fit ist auto, page oder tile, nicht „%1“</translation>
    </message>
    <message>
        <source>--margin needs millimetres from 0 to 50, not “%1”</source>
        <translation>--margin braucht Millimeter von 0 bis 50, nicht „%1“</translation>
    </message>
    <message>
        <source>which project file?</source>
        <translation>welche Projektdatei?</translation>
    </message>
    <message>
        <source>one project file at a time</source>
        <translation>nur eine Projektdatei auf einmal</translation>
    </message>
    <message>
        <source>where to? Name the file with --out</source>
        <translation>keine Zieldatei: Geben Sie sie mit --out an</translation>
    </message>
    <message>
        <source>which format? Add --format (%1)</source>
        <translation>welches Format? Ergänzen Sie --format (%1)</translation>
    </message>
    <message>
        <source>%1 is for %2</source>
        <translation>%1 gilt nur für %2</translation>
    </message>
    <message>
        <source>--landscape or --portrait, not both</source>
        <translation>--landscape oder --portrait, nicht beides</translation>
    </message>
    <message>
        <source>an image: --format png or svg</source>
        <translation>Bilder: --format png oder svg</translation>
    </message>
    <message>
        <source>--format csv</source>
        <translation>--format csv</translation>
    </message>
    <message>
        <source>--format png</source>
        <translation>--format png</translation>
    </message>
    <message>
        <source>--format pdf</source>
        <translation>--format pdf</translation>
    </message>
    <message>
        <source>a PDF: --format pdf</source>
        <translation>PDFs: --format pdf</translation>
    </message>
    <message>
        <source>the map poster: --format pdf without --report</source>
        <translation>das Kartenposter: --format pdf ohne --report</translation>
    </message>
    <message>
        <source>usage: journeyscope export FILE --format pdf|png|svg|csv|xlsx|mermaid|json --out PATH [--report] [--journey NAME] [--round NAME] [--chart NAME] [--table ratings|weakspots|actions|metrics] [--page A3] [--landscape|--portrait] [--fit auto|page|tile] [--margin MM] [--dpi N] [--bom] [--consultant NAME]</source>
        <translation>Aufruf: journeyscope export DATEI --format pdf|png|svg|csv|xlsx|mermaid|json --out PFAD [--report] [--journey NAME] [--round NAME] [--chart NAME] [--table ratings|weakspots|actions|metrics] [--page A3] [--landscape|--portrait] [--fit auto|page|tile] [--margin MM] [--dpi N] [--bom] [--consultant NAME]</translation>
    </message>
    <message>
        <source>journeyscope: the output would replace the project being exported; choose another name for it</source>
        <translation>journeyscope: die Ausgabe würde das exportierte Projekt ersetzen; wählen Sie einen anderen Namen dafür</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page)</source>
        <translation>%1 geschrieben (1 Seite)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation>%1 geschrieben (%2 Seiten)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>js::FileProbe</name>
    <message>
        <source>the file ends inside its header</source>
        <translation>die Datei endet mitten im Dateikopf</translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation>ihr Dateikopf ist ungültig</translation>
    </message>
    <message>
        <source>its size is not a whole number of database pages</source>
        <translation>ihre Größe ist kein ganzzahliges Vielfaches der Datenbankseitengröße</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>die Datei ist kürzer, als ihr Dateikopf angibt</translation>
    </message>
    <message>
        <source>its header names an unknown storage format</source>
        <translation>ihr Dateikopf nennt ein unbekanntes Speicherformat</translation>
    </message>
    <message>
        <source>unknown file version %1</source>
        <translation>unbekannte Dateiversion %1</translation>
    </message>
</context>
<context>
    <name>js::FilterButton</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>js::FocusView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no assessment round yet.
Create one with “New round…” to start rating.</source>
        <translation>Es gibt noch keine Bewertungsrunde.
Legen Sie mit „Neue Runde…“ eine an, um mit dem Bewerten zu beginnen.</translation>
    </message>
    <message>
        <source>The journey of this round has no touchpoints yet.
Add some on the map.</source>
        <translation>Die Journey dieser Runde hat noch keine Touchpoints.
Fügen Sie auf der Karte welche hinzu.</translation>
    </message>
    <message>
        <source>This round rates no criteria.
Choose some in “Round settings…”.</source>
        <translation>Diese Runde bewertet keine Kriterien.
Wählen Sie unter „Rundeneinstellungen…“ welche aus.</translation>
    </message>
    <message>
        <source>Criterion %1 of %2 · touchpoint %3 of %4</source>
        <translation>Kriterium %1 von %2 · Touchpoint %3 von %4</translation>
    </message>
    <message>
        <source>(untitled touchpoint)</source>
        <translation>(unbenannter Touchpoint)</translation>
    </message>
    <message>
        <source>%1 stage · %2</source>
        <translation>Phase %1 · %2</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · Zielwert %2</translation>
    </message>
    <message>
        <source>Unlock the round in “Round settings…” to change scores.</source>
        <translation>Entsperren Sie die Runde unter „Rundeneinstellungen…“, um Werte zu ändern.</translation>
    </message>
    <message>
        <source>Choose who rates to enter scores.</source>
        <translation>Wählen Sie aus, wer bewertet, um Werte einzugeben.</translation>
    </message>
    <message>
        <source>Keys: 1–5 score · N not applicable · 0 clear · R reveal</source>
        <translation>Tasten: 1–5 Wert · N nicht zutreffend · 0 löschen · R aufdecken</translation>
    </message>
    <message>
        <source>No raters yet</source>
        <translation>Noch keine Bewerter</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Namen anzeigen</translation>
    </message>
    <message>
        <source>Show only the count</source>
        <translation>Nur die Anzahl anzeigen</translation>
    </message>
    <message>
        <source>Discuss: the room disagrees</source>
        <translation>Diskutieren: Die Gruppe ist sich uneinig</translation>
    </message>
    <message>
        <source>At least three scores, a standard deviation of 1 or more</source>
        <translation>Mindestens drei Werte, Standardabweichung von 1 oder mehr</translation>
    </message>
    <message>
        <source>Hide the scores (R)</source>
        <translation>Werte verbergen (R)</translation>
    </message>
    <message>
        <source>Reveal the scores (R)</source>
        <translation>Werte aufdecken (R)</translation>
    </message>
    <message>
        <source>Mean %1 · 1 score</source>
        <translation>Mittelwert %1 · 1 Wert</translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 · %n scores</source>
        <translation>
            <numerusform>Mittelwert %1 · %n Wert</numerusform>
            <numerusform>Mittelwert %1 · %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n N/A</source>
        <translation>
            <numerusform>%1 · %n k. A.</numerusform>
            <numerusform>%1 · %n k. A.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who rates</source>
        <translation>Wählen Sie, wer bewertet</translation>
    </message>
    <message>
        <source>Rating as</source>
        <translation>Bewerten als</translation>
    </message>
    <message>
        <source>This round is locked: its scores can be read but not changed.</source>
        <translation>Diese Runde ist gesperrt: Ihre Werte können gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Who has rated</source>
        <translation>Wer hat bewertet</translation>
    </message>
    <message>
        <source>Each rater in turn, then the next criterion</source>
        <translation>Alle Bewerter reihum, dann weiter</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>← Criterion</source>
        <translation>← Kriterium</translation>
    </message>
    <message>
        <source>Previous criterion (←)</source>
        <translation>Vorheriges Kriterium (←)</translation>
    </message>
    <message>
        <source>Criterion →</source>
        <translation>Kriterium →</translation>
    </message>
    <message>
        <source>Next criterion (→)</source>
        <translation>Nächstes Kriterium (→)</translation>
    </message>
    <message>
        <source>↑ Touchpoint</source>
        <translation>↑ Touchpoint</translation>
    </message>
    <message>
        <source>Previous touchpoint (↑)</source>
        <translation>Vorheriger Touchpoint (↑)</translation>
    </message>
    <message>
        <source>Touchpoint ↓</source>
        <translation>Touchpoint ↓</translation>
    </message>
    <message>
        <source>Next touchpoint (↓)</source>
        <translation>Nächster Touchpoint (↓)</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Clear this score (0 or Delete)</source>
        <translation>Diesen Wert löschen (0 oder Entf)</translation>
    </message>
    <message>
        <source>Rate one touchpoint</source>
        <translation>Einen Touchpoint bewerten</translation>
    </message>
</context>
<context>
    <name>js::FrameworkEditor</name>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Select a framework on the left, or add one.</source>
        <translation>Wählen Sie links ein Framework aus oder fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>Drag a framework, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Ziehen Sie ein Framework oder drücken Sie Alt+Hoch bzw. Alt+Herunter, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Ne&amp;u…</translation>
    </message>
    <message>
        <source>Add a framework of your own</source>
        <translation>Ein eigenes Framework hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the framework to change as your own</source>
        <translation>Eine Kopie des Frameworks erstellen, die Sie als eigenes anpassen können</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the framework with its criteria and their ratings</source>
        <translation>Das Framework samt seinen Kriterien und deren Bewertungen löschen</translation>
    </message>
    <message>
        <source>&amp;Frameworks</source>
        <translation>&amp;Frameworks</translation>
    </message>
    <message>
        <source>What the framework looks at, and when to use it</source>
        <translation>Was das Framework betrachtet und wann es sich eignet</translation>
    </message>
    <message>
        <source>Re&amp;set to original…</source>
        <translation>Auf &amp;Original zurücksetzen…</translation>
    </message>
    <message>
        <source>Bring back the framework as it comes with Journeyscope</source>
        <translation>Das Framework so wiederherstellen, wie es mit Journeyscope ausgeliefert wird</translation>
    </message>
    <message>
        <source>Drag a criterion, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Ziehen Sie ein Kriterium oder drücken Sie Alt+Hoch bzw. Alt+Herunter, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a criterion at the end</source>
        <translation>Ein Kriterium am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the criterion with its ratings</source>
        <translation>Das Kriterium samt seinen Bewertungen löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Hoch</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Herunter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>This framework has no criteria yet.
Add one to rate touchpoints on it.</source>
        <translation>Dieses Framework hat noch keine Kriterien.
Fügen Sie eines hinzu, um Touchpoints danach zu bewerten.</translation>
    </message>
    <message>
        <source>Select a criterion to edit it.</source>
        <translation>Wählen Sie ein Kriterium aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Built into Journeyscope, with your changes.</source>
        <translation>In Journeyscope enthalten, mit Ihren Änderungen.</translation>
    </message>
    <message>
        <source>Built into Journeyscope, as it comes.</source>
        <translation>In Journeyscope enthalten, im Auslieferungszustand.</translation>
    </message>
    <message>
        <source>Add framework</source>
        <translation>Framework hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new framework:</source>
        <translation>Name des neuen Frameworks:</translation>
    </message>
    <message>
        <source>New framework</source>
        <translation>Neues Framework</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate framework %1</source>
        <translation>Framework %1 duplizieren</translation>
    </message>
    <message>
        <source>Rated in a locked round</source>
        <translation>In einer gesperrten Runde bewertet</translation>
    </message>
    <message>
        <source>The locked round %1 holds scores on this, so it stays as the round rated it. Unlock the round first (Assess &gt; Lock round) to delete it.</source>
        <translation>Die gesperrte Runde %1 enthält Werte dazu, daher bleibt es so, wie die Runde es bewertet hat. Entsperren Sie zuerst die Runde (Bewerten &gt; Runde sperren), um es zu löschen.</translation>
    </message>
    <message>
        <source>Delete the framework %1? It has no criteria.</source>
        <translation>Das Framework %1 löschen? Es hat keine Kriterien.</translation>
    </message>
    <message>
        <source>Delete the framework %1 with its criterion?</source>
        <translation>Das Framework %1 samt seinem Kriterium löschen?</translation>
    </message>
    <message>
        <source>Delete the framework %1 with its %2 criteria?</source>
        <translation>Das Framework %1 samt seinen %2 Kriterien löschen?</translation>
    </message>
    <message>
        <source>Nothing has been rated on it yet.</source>
        <translation>Danach wurde noch nichts bewertet.</translation>
    </message>
    <message>
        <source>The 1 rating given on it is deleted with it.</source>
        <translation>Die eine dazu abgegebene Bewertung wird mitgelöscht.</translation>
    </message>
    <message>
        <source>The %1 ratings given on it are deleted with it.</source>
        <translation>Die %1 dazu abgegebenen Bewertungen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>%1 %2 You can undo this.</source>
        <translation>%1 %2 Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>Framework löschen</translation>
    </message>
    <message>
        <source>Reset %1 to the framework as it comes with Journeyscope?

Its name and description, and the names, descriptions, guiding questions, weights, targets, on/off settings and order of its built-in criteria come back; built-in criteria you deleted are added again. Criteria you added yourself stay, after the built-in ones. Ratings are kept, and past rounds keep the weights and targets they were created with.

You can undo this.</source>
        <translation>%1 auf den Zustand zurücksetzen, in dem es mit Journeyscope ausgeliefert wird?

Name und Beschreibung sowie Namen, Beschreibungen, Leitfragen, Gewichtungen, Zielwerte, Ein/Aus-Einstellungen und Reihenfolge der integrierten Kriterien werden wiederhergestellt; gelöschte integrierte Kriterien werden wieder hinzugefügt. Selbst hinzugefügte Kriterien bleiben erhalten und folgen auf die integrierten. Bewertungen bleiben erhalten, und frühere Runden behalten die Gewichtungen und Zielwerte, mit denen sie erstellt wurden.

Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Reset framework</source>
        <translation>Framework zurücksetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Delete the criterion %1? The 1 rating given on it is deleted with it. You can undo this.</source>
        <translation>Das Kriterium %1 löschen? Die eine dazu abgegebene Bewertung wird mitgelöscht. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the criterion %1? The %2 ratings given on it are deleted with it. You can undo this.</source>
        <translation>Das Kriterium %1 löschen? Die %2 dazu abgegebenen Bewertungen werden mitgelöscht. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Kriterium löschen</translation>
    </message>
</context>
<context>
    <name>js::FrameworkListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1: your own framework</source>
        <translation>%1: Ihr eigenes Framework</translation>
    </message>
    <message>
        <source>%1: built into Journeyscope; you can change it and reset it later</source>
        <translation>%1: in Journeyscope enthalten; Sie können es ändern und später zurücksetzen</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integriert</translation>
    </message>
</context>
<context>
    <name>js::FrameworkReset</name>
    <message>
        <source>Reset framework %1</source>
        <translation>Framework %1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>js::ImprovementStrategies</name>
    <message>
        <source>Personalize the experience</source>
        <translation>Das Erlebnis personalisieren</translation>
    </message>
    <message>
        <source>Empower front-line employees</source>
        <translation>Mitarbeiter im Kundenkontakt stärken</translation>
    </message>
    <message>
        <source>Use technology for self-service and feedback</source>
        <translation>Technik für Self-Service und Feedback nutzen</translation>
    </message>
    <message>
        <source>Measure and track results</source>
        <translation>Ergebnisse messen und verfolgen</translation>
    </message>
    <message>
        <source>Be proactive</source>
        <translation>Proaktiv handeln</translation>
    </message>
    <message>
        <source>Listen to feedback</source>
        <translation>Auf Feedback hören</translation>
    </message>
    <message>
        <source>Be empathetic</source>
        <translation>Empathie zeigen</translation>
    </message>
    <message>
        <source>Go the extra mile</source>
        <translation>Mehr tun als erwartet</translation>
    </message>
    <message>
        <source>Ignoring feedback</source>
        <translation>Feedback ignorieren</translation>
    </message>
    <message>
        <source>Slow responses</source>
        <translation>Langsame Reaktionen</translation>
    </message>
    <message>
        <source>Promises not kept</source>
        <translation>Nicht gehaltene Versprechen</translation>
    </message>
    <message>
        <source>Rudeness</source>
        <translation>Unhöflichkeit</translation>
    </message>
    <message>
        <source>Check every promise this touchpoint makes</source>
        <translation>Jedes Versprechen dieses Touchpoints prüfen</translation>
    </message>
    <message>
        <source>List what is promised here (prices, delivery dates, refund times, how data is used) and check how often each promise is kept. Fix the process, or change the promise, wherever the two differ.</source>
        <translation>Listen Sie auf, was hier versprochen wird (Preise, Liefertermine, Erstattungsfristen, Umgang mit Daten), und prüfen Sie, wie oft jedes Versprechen eingehalten wird. Wo beides auseinanderfällt, verbessern Sie den Prozess oder ändern Sie das Versprechen.</translation>
    </message>
    <message>
        <source>Tell customers about problems before they find them</source>
        <translation>Kunden über Probleme informieren, bevor sie sie selbst bemerken</translation>
    </message>
    <message>
        <source>When a delivery slips or a condition changes, say so first and say what you will do about it. Customers forgive a problem more easily than a surprise.</source>
        <translation>Wenn sich eine Lieferung verzögert oder sich Bedingungen ändern, sprechen Sie es von sich aus an und sagen Sie, was Sie dagegen unternehmen. Kunden verzeihen ein Problem leichter als eine Überraschung.</translation>
    </message>
    <message>
        <source>Watch for promises that are not kept: one broken promise undoes many kept ones.</source>
        <translation>Achten Sie auf nicht gehaltene Versprechen: Ein gebrochenes Versprechen macht viele gehaltene zunichte.</translation>
    </message>
    <message>
        <source>Ask customers what they came here to do</source>
        <translation>Kunden fragen, was sie hier erreichen wollen</translation>
    </message>
    <message>
        <source>Talk to five recent customers, or add a one-question survey, about what they wanted to get done at this point, and compare it with what the touchpoint offers them.</source>
        <translation>Fragen Sie fünf aktuelle Kunden – im Gespräch oder mit einer Umfrage aus nur einer Frage –, was sie an dieser Stelle erledigen wollten, und vergleichen Sie das mit dem, was der Touchpoint ihnen bietet.</translation>
    </message>
    <message>
        <source>Tailor the offer to your main customer groups</source>
        <translation>Das Angebot auf die wichtigsten Kundengruppen zuschneiden</translation>
    </message>
    <message>
        <source>Pick the two or three groups that matter most and give each a message or offer of its own here, instead of one message for everyone.</source>
        <translation>Wählen Sie die zwei oder drei wichtigsten Gruppen aus und geben Sie jeder hier eine eigene Botschaft oder ein eigenes Angebot, statt einer Botschaft für alle.</translation>
    </message>
    <message>
        <source>Watch for decisions made on what the business wants to sell rather than on what customers say they need.</source>
        <translation>Achten Sie auf Entscheidungen, die sich danach richten, was das Unternehmen verkaufen will, statt danach, was Kunden nach eigener Aussage brauchen.</translation>
    </message>
    <message>
        <source>Use what you already know about the customer</source>
        <translation>Nutzen, was Sie schon über den Kunden wissen</translation>
    </message>
    <message>
        <source>Make sure the people and systems at this touchpoint see the customer&apos;s history, so that nobody has to repeat themselves and returning customers are treated as such.</source>
        <translation>Sorgen Sie dafür, dass Mitarbeiter und Systeme an diesem Touchpoint die Vorgeschichte des Kunden sehen, damit sich niemand wiederholen muss und wiederkehrende Kunden auch als solche behandelt werden.</translation>
    </message>
    <message>
        <source>Reward loyalty in a way customers notice</source>
        <translation>Treue so belohnen, dass Kunden es merken</translation>
    </message>
    <message>
        <source>Find one small, unexpected gesture for regular customers at this point: a personal thank-you, an upgrade, a call to check all went well.</source>
        <translation>Finden Sie an dieser Stelle eine kleine, unerwartete Geste für Stammkunden: ein persönliches Dankeschön, ein Upgrade, einen Anruf, um nachzufragen, ob alles gut gelaufen ist.</translation>
    </message>
    <message>
        <source>Watch for cold, scripted or curt replies: they tell customers they are only a case number.</source>
        <translation>Achten Sie auf kalte, schablonenhafte oder knappe Antworten: Kunden fühlen sich dadurch wie eine bloße Vorgangsnummer.</translation>
    </message>
    <message>
        <source>Remove steps and let customers serve themselves</source>
        <translation>Schritte streichen und Self-Service ermöglichen</translation>
    </message>
    <message>
        <source>Go through this touchpoint as a customer, count the steps and the waiting, and cut or automate what adds nothing. Let customers do simple things themselves, on the channel they prefer.</source>
        <translation>Durchlaufen Sie diesen Touchpoint selbst als Kunde, zählen Sie Schritte und Wartezeiten, und streichen oder automatisieren Sie alles, was keinen Mehrwert bringt. Lassen Sie Kunden einfache Dinge selbst erledigen, über den Kanal, den sie bevorzugen.</translation>
    </message>
    <message>
        <source>Let front-line staff solve problems on the spot</source>
        <translation>Mitarbeiter im Kundenkontakt Probleme sofort lösen lassen</translation>
    </message>
    <message>
        <source>Give the people at this touchpoint the authority and the tools to fix common problems without a hand-off or a manager&apos;s approval.</source>
        <translation>Geben Sie den Mitarbeitern an diesem Touchpoint die Befugnis und die Werkzeuge, häufige Probleme ohne Weitergabe und ohne Freigabe durch Vorgesetzte zu lösen.</translation>
    </message>
    <message>
        <source>Watch for slow answers to questions and complaints: waiting is the friction customers remember.</source>
        <translation>Achten Sie auf langsame Antworten auf Fragen und Beschwerden: Wartezeit ist das Ärgernis, das Kunden in Erinnerung bleibt.</translation>
    </message>
    <message>
        <source>Start measuring this touchpoint</source>
        <translation>Diesen Touchpoint messen</translation>
    </message>
    <message>
        <source>Pick one figure for it (satisfaction, likelihood to recommend or customer effort), collect it every month and review it with the team that owns the touchpoint.</source>
        <translation>Wählen Sie eine Kennzahl dafür (Zufriedenheit, Weiterempfehlungsbereitschaft oder Kundenaufwand), erheben Sie sie jeden Monat und besprechen Sie sie mit dem Team, das für den Touchpoint verantwortlich ist.</translation>
    </message>
    <message>
        <source>Link the touchpoint to repeat business</source>
        <translation>Den Touchpoint mit dem Folgegeschäft in Beziehung setzen</translation>
    </message>
    <message>
        <source>Compare customers who had a good experience here with those who did not: do they buy again, stay longer or spend more? That tells you what improving it is worth.</source>
        <translation>Vergleichen Sie Kunden, die hier eine gute Erfahrung gemacht haben, mit den anderen: Kaufen sie wieder, bleiben sie länger, geben sie mehr aus? Daran sehen Sie, was eine Verbesserung wert ist.</translation>
    </message>
    <message>
        <source>Watch for figures that are collected but never acted on.</source>
        <translation>Achten Sie auf Kennzahlen, die zwar erhoben werden, aus denen aber nie etwas folgt.</translation>
    </message>
    <message>
        <source>Set a service standard and check it every week</source>
        <translation>Einen Servicestandard festlegen und wöchentlich prüfen</translation>
    </message>
    <message>
        <source>Agree what done right means here (time, accuracy, completeness), measure it weekly and follow up every miss.</source>
        <translation>Legen Sie gemeinsam fest, was hier „richtig erledigt“ bedeutet (Zeit, Genauigkeit, Vollständigkeit), messen Sie es wöchentlich und gehen Sie jeder Abweichung nach.</translation>
    </message>
    <message>
        <source>Remove the causes of repeat problems</source>
        <translation>Ursachen wiederkehrender Probleme beseitigen</translation>
    </message>
    <message>
        <source>Read last month&apos;s complaints about this touchpoint, find the two most common causes and fix them at the source rather than case by case.</source>
        <translation>Lesen Sie die Beschwerden des letzten Monats zu diesem Touchpoint, ermitteln Sie die zwei häufigsten Ursachen und beheben Sie sie an der Wurzel statt Fall für Fall.</translation>
    </message>
    <message>
        <source>Watch for promises that hold on a quiet day but not on a busy one.</source>
        <translation>Achten Sie auf Versprechen, die an ruhigen Tagen halten, aber nicht bei hohem Andrang.</translation>
    </message>
    <message>
        <source>Train and trust the people customers talk to</source>
        <translation>Die Ansprechpartner der Kunden schulen und ihnen vertrauen</translation>
    </message>
    <message>
        <source>Give front-line staff the training, the information and the freedom to help customers personally instead of reading from a script.</source>
        <translation>Geben Sie den Mitarbeitern im Kundenkontakt die Schulung, die Informationen und den Freiraum, Kunden persönlich zu helfen, statt von einem Skript abzulesen.</translation>
    </message>
    <message>
        <source>Answer faster on the customer&apos;s own channel</source>
        <translation>Schneller auf dem Kanal des Kunden antworten</translation>
    </message>
    <message>
        <source>Set a response time for every channel used here (phone, chat, email, social media), staff for it and tell customers what to expect.</source>
        <translation>Legen Sie für jeden hier genutzten Kanal (Telefon, Chat, E-Mail, soziale Medien) eine Antwortzeit fest, planen Sie das Personal danach und sagen Sie Kunden, womit sie rechnen können.</translation>
    </message>
    <message>
        <source>Watch for rude or dismissive replies, above all when the customer is already upset.</source>
        <translation>Achten Sie auf unhöfliche oder abweisende Antworten, vor allem wenn der Kunde bereits verärgert ist.</translation>
    </message>
    <message>
        <source>Watch real customers use the touchpoint</source>
        <translation>Echte Kunden bei der Nutzung des Touchpoints beobachten</translation>
    </message>
    <message>
        <source>Ask a few customers to use it while you watch, without helping. Rewrite every message, label or price that makes them hesitate.</source>
        <translation>Bitten Sie einige Kunden, ihn zu nutzen, während Sie zusehen, ohne zu helfen. Formulieren Sie jede Meldung, Beschriftung oder Preisangabe neu, bei der sie zögern.</translation>
    </message>
    <message>
        <source>Show the full price and conditions up front</source>
        <translation>Den vollen Preis und die Bedingungen vorab zeigen</translation>
    </message>
    <message>
        <source>Put the whole price, delivery terms and conditions where the customer decides, not in the small print or after the order.</source>
        <translation>Nennen Sie den Gesamtpreis, die Lieferbedingungen und die Konditionen dort, wo der Kunde entscheidet, nicht im Kleingedruckten oder erst nach der Bestellung.</translation>
    </message>
    <message>
        <source>Watch for hidden costs and small print: customers read them as a promise not kept.</source>
        <translation>Achten Sie auf versteckte Kosten und Kleingedrucktes: Kunden empfinden sie als gebrochenes Versprechen.</translation>
    </message>
    <message>
        <source>Compare this touchpoint across your channels</source>
        <translation>Diesen Touchpoint über alle Kanäle vergleichen</translation>
    </message>
    <message>
        <source>Go through it on the website, in the app, by phone and in the store, and note where prices, answers or tone differ. Agree one version and share it with every team.</source>
        <translation>Durchlaufen Sie ihn auf der Website, in der App, am Telefon und im Geschäft und notieren Sie, wo Preise, Antworten oder Tonfall voneinander abweichen. Einigen Sie sich auf eine Fassung und teilen Sie sie mit allen Teams.</translation>
    </message>
    <message>
        <source>Give every channel the same information</source>
        <translation>Allen Kanälen dieselben Informationen geben</translation>
    </message>
    <message>
        <source>Keep one shared source of answers, prices and policies that front-line staff and self-service channels all work from.</source>
        <translation>Pflegen Sie eine gemeinsame Quelle für Antworten, Preise und Richtlinien, mit der die Mitarbeiter im Kundenkontakt und alle Self-Service-Kanäle arbeiten.</translation>
    </message>
    <message>
        <source>Watch for one channel promising what another cannot deliver.</source>
        <translation>Achten Sie darauf, dass kein Kanal verspricht, was ein anderer nicht halten kann.</translation>
    </message>
    <message>
        <source>Remember customers&apos; preferences and history</source>
        <translation>Sich Vorlieben und Vorgeschichte der Kunden merken</translation>
    </message>
    <message>
        <source>Keep the choices customers have already made (sizes, delivery options, channels) and offer them first the next time.</source>
        <translation>Speichern Sie, was Kunden bereits gewählt haben (Größen, Lieferoptionen, Kanäle), und bieten Sie es beim nächsten Mal zuerst an.</translation>
    </message>
    <message>
        <source>Let customers choose how they are served</source>
        <translation>Kunden wählen lassen, wie sie betreut werden</translation>
    </message>
    <message>
        <source>Offer a choice of channel, timing and amount of contact at this touchpoint, and respect the choice once it is made.</source>
        <translation>Lassen Sie Kunden an diesem Touchpoint Kanal, Zeitpunkt und Häufigkeit des Kontakts wählen, und halten Sie sich an ihre Wahl.</translation>
    </message>
    <message>
        <source>Watch for preferences that customers state but never see used.</source>
        <translation>Achten Sie auf Vorlieben, die Kunden angeben, ohne dass sie je berücksichtigt werden.</translation>
    </message>
    <message>
        <source>Follow up personally after the interaction</source>
        <translation>Nach dem Kontakt persönlich nachfassen</translation>
    </message>
    <message>
        <source>A short, genuine message after a purchase or a support case, from a named person, builds a relationship that no automated newsletter can.</source>
        <translation>Eine kurze, ehrlich gemeinte Nachricht einer namentlich genannten Person nach einem Kauf oder Supportfall baut eine Beziehung auf, wie es kein automatischer Newsletter kann.</translation>
    </message>
    <message>
        <source>Invite customers&apos; stories and answer them</source>
        <translation>Kundengeschichten einholen und darauf antworten</translation>
    </message>
    <message>
        <source>Ask customers how they use what they bought, answer every comment in your own voice, and show what you changed because of them.</source>
        <translation>Fragen Sie Kunden, wie sie nutzen, was sie gekauft haben, beantworten Sie jeden Kommentar persönlich und in Ihrem eigenen Ton, und zeigen Sie, was Sie ihretwegen geändert haben.</translation>
    </message>
    <message>
        <source>Watch for comments and reviews that go unanswered.</source>
        <translation>Achten Sie auf Kommentare und Rezensionen, die unbeantwortet bleiben.</translation>
    </message>
    <message>
        <source>Handle complaints with empathy and speed</source>
        <translation>Beschwerden einfühlsam und schnell bearbeiten</translation>
    </message>
    <message>
        <source>Train staff to acknowledge how the customer feels first, apologize where it is due, and agree the next step and when it will happen before the conversation ends.</source>
        <translation>Schulen Sie die Mitarbeiter darin, zuerst anzuerkennen, wie sich der Kunde fühlt, sich zu entschuldigen, wo es angebracht ist, und vor Ende des Gesprächs den nächsten Schritt samt Zeitpunkt zu vereinbaren.</translation>
    </message>
    <message>
        <source>Close the loop on every complaint</source>
        <translation>Jede Beschwerde mit einer Rückmeldung abschließen</translation>
    </message>
    <message>
        <source>Tell each customer who complained what you did about it, and review complaints every month to remove what causes them.</source>
        <translation>Sagen Sie jedem Kunden, der sich beschwert hat, was Sie unternommen haben, und werten Sie die Beschwerden monatlich aus, um ihre Ursachen zu beseitigen.</translation>
    </message>
    <message>
        <source>Watch for defensive or rude answers to complaints: they turn an unhappy customer into a lost one.</source>
        <translation>Achten Sie auf abwehrende oder unhöfliche Antworten auf Beschwerden: So wird aus einem unzufriedenen Kunden ein verlorener.</translation>
    </message>
    <message>
        <source>Ask customers what would make this better</source>
        <translation>Kunden nach Verbesserungsvorschlägen fragen</translation>
    </message>
    <message>
        <source>Collect a few comments from recent customers about this touchpoint and act on the request you hear most often.</source>
        <translation>Sammeln Sie einige Rückmeldungen aktueller Kunden zu diesem Touchpoint und setzen Sie den Wunsch um, den Sie am häufigsten hören.</translation>
    </message>
    <message>
        <source>Agree how you will see it improve</source>
        <translation>Festlegen, woran Sie die Verbesserung erkennen</translation>
    </message>
    <message>
        <source>Choose one figure or observation that shows progress on this point, note it now and check it again in three months.</source>
        <translation>Wählen Sie eine Kennzahl oder Beobachtung, die Fortschritte in diesem Punkt zeigt, halten Sie den aktuellen Stand fest und prüfen Sie ihn in drei Monaten erneut.</translation>
    </message>
    <message>
        <source>Watch for feedback that is collected but never acted on.</source>
        <translation>Achten Sie auf Feedback, das zwar gesammelt wird, aus dem aber nie etwas folgt.</translation>
    </message>
    <message>
        <source>Weak spot: %1.</source>
        <translation>Schwachstelle: %1.</translation>
    </message>
    <message>
        <source>Also consider: %1.</source>
        <translation>Erwägen Sie außerdem: %1.</translation>
    </message>
</context>
<context>
    <name>js::InsightsDashboard</name>
    <message>
        <source>All weak spots</source>
        <translation>Alle Schwachstellen</translation>
    </message>
    <message>
        <source>Every chart is switched off. Choose the ones to show with Charts, at the top right.</source>
        <translation>Alle Diagramme sind ausgeblendet. Wählen Sie oben rechts unter „Diagramme“ aus, welche angezeigt werden sollen.</translation>
    </message>
    <message>
        <source>The selected touchpoint</source>
        <translation>Den ausgewählten Touchpoint</translation>
    </message>
    <message>
        <source>A stage</source>
        <translation>Eine Phase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The middle of the scale (3)</source>
        <translation>Der Skalenmitte (3)</translation>
    </message>
    <message>
        <source>The targets</source>
        <translation>Den Zielwerten</translation>
    </message>
    <message>
        <source>The means of the touchpoints</source>
        <translation>Den Mittelwerten der Touchpoints</translation>
    </message>
    <message>
        <source>Split at</source>
        <translation>Teilen bei</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Compare with the customers&apos;</source>
        <translation>Vergleich mit dem Kundenwert</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Top weak spots</source>
        <translation>Größte Schwachstellen</translation>
    </message>
    <message>
        <source>Table of weak spots</source>
        <translation>Tabelle der Schwachstellen</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation>Wichtigkeit und Leistung</translation>
    </message>
    <message>
        <source>The room and its customers</source>
        <translation>Die Gruppe und ihre Kunden</translation>
    </message>
    <message>
        <source>Journey profile</source>
        <translation>Journey-Profil</translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation>Runden im Vergleich</translation>
    </message>
    <message>
        <source>No touchpoint selected: the weakest</source>
        <translation>Kein Touchpoint ausgewählt: der schwächste</translation>
    </message>
    <message>
        <source>The selected touchpoint is not in this round or the filters: the weakest</source>
        <translation>Der ausgewählte Touchpoint ist nicht in dieser Runde oder in den Filtern enthalten: der schwächste</translation>
    </message>
</context>
<context>
    <name>js::InsightsTab</name>
    <message>
        <source>Go to the Assess tab</source>
        <translation>Zur Registerkarte „Bewerten“ wechseln</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Runde</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Rates “%1”</source>
        <translation>Bewertet „%1“</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>There is no round to show yet. Start an assessment with Assess &gt; New round, and the charts fill in as the room rates.</source>
        <translation>Es gibt noch keine Runde zum Anzeigen. Starten Sie eine Bewertung mit Bewerten &gt; Neue Runde; die Diagramme füllen sich, während die Gruppe bewertet.</translation>
    </message>
    <message>
        <source>The filters leave nothing to show: choose at least one framework, rater and stage.</source>
        <translation>Nach dem Filtern bleibt nichts zum Anzeigen übrig: Wählen Sie mindestens ein Framework, einen Bewerter und eine Phase.</translation>
    </message>
    <message>
        <source>Nothing that the filters let through has been rated yet.</source>
        <translation>Von dem, was die Filter durchlassen, wurde noch nichts bewertet.</translation>
    </message>
    <message>
        <source>“%1” has no raters yet. Add the people who rate in Assess &gt; Round settings, then rate the touchpoints in the Assess tab.</source>
        <translation>„%1“ hat noch keine Bewerter. Fügen Sie die bewertenden Personen unter Bewerten &gt; Rundeneinstellungen hinzu und bewerten Sie dann die Touchpoints auf der Registerkarte „Bewerten“.</translation>
    </message>
    <message>
        <source>Nobody has rated “%1” yet. Rate the touchpoints in the Assess tab and the charts fill in as you go.</source>
        <translation>In „%1“ hat noch niemand bewertet. Bewerten Sie die Touchpoints auf der Registerkarte „Bewerten“; die Diagramme füllen sich dabei nach und nach.</translation>
    </message>
</context>
<context>
    <name>js::InspectorForm</name>
    <message>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Werte nach Kriterium</translation>
    </message>
    <message>
        <source>This lane holds cards, so it stays a card lane. Move or delete its cards first.</source>
        <translation>Diese Bahn enthält Karten und bleibt daher eine Kartenbahn. Verschieben oder löschen Sie zuerst ihre Karten.</translation>
    </message>
    <message>
        <source>This journey already has a touchpoint lane; a map shows its touchpoints in one row.</source>
        <translation>Diese Journey hat bereits eine Touchpoint-Bahn; eine Karte zeigt ihre Touchpoints in einer Zeile.</translation>
    </message>
    <message>
        <source>This journey already has an emotion lane; a map draws one emotion curve.</source>
        <translation>Diese Journey hat bereits eine Emotionsbahn; eine Karte zeichnet nur eine Emotionskurve.</translation>
    </message>
    <message>
        <source>This journey already has a lane of scores; a map shows the scores once.</source>
        <translation>Diese Journey hat bereits eine Wertebahn; eine Karte zeigt die Werte nur einmal.</translation>
    </message>
    <message>
        <source>This lane cannot become that kind.</source>
        <translation>Diese Bahn kann nicht zu dieser Art geändert werden.</translation>
    </message>
    <message>
        <source>%1 lane, %2 stage</source>
        <translation>Bahn %1, Phase %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>How much this touchpoint matters to the customer, from 1 to 5</source>
        <translation>Wie wichtig dieser Touchpoint für den Kunden ist, von 1 bis 5</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>How the customer feels here, from -3 (very negative) to +3 (very positive)</source>
        <translation>Wie sich der Kunde hier fühlt, von -3 (sehr negativ) bis +3 (sehr positiv)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Rated in new rounds</source>
        <translation>In neuen Runden bewertet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leitfragen</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Bewertungsrunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <source>Locked: finished, read-only</source>
        <translation>Gesperrt: abgeschlossen, schreibgeschützt</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Role or department</source>
        <translation>Rolle oder Abteilung</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hidden from the map</source>
        <translation>Auf der Karte ausgeblendet</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>js::JoinScreen</name>
    <message>
        <source>Start rating</source>
        <translation>Bewertung starten</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Raster anzeigen</translation>
    </message>
    <message>
        <source>Open the focus view: moving on there moves every phone on</source>
        <translation>Fokusansicht öffnen: Wenn Sie dort weiterschalten, schalten alle Smartphones mit weiter</translation>
    </message>
    <message>
        <source>Show the scores arriving in the Assess tab</source>
        <translation>Die eintreffenden Werte auf der Registerkarte „Bewerten“ anzeigen</translation>
    </message>
    <message>
        <source>The live session has ended</source>
        <translation>Die Live-Sitzung ist beendet</translation>
    </message>
    <message>
        <source>Waiting for the first participant…</source>
        <translation>Warten auf den ersten Teilnehmer…</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n Teilnehmer beigetreten</numerusform>
            <numerusform>%n Teilnehmer beigetreten</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 of %2</source>
        <translation> · %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>Rate live on your phone</source>
        <translation>Live auf dem Smartphone bewerten</translation>
    </message>
    <message>
        <source>Scan the code with your phone’s camera</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Smartphones</translation>
    </message>
    <message>
        <source>or type this address in its browser:</source>
        <translation>oder geben Sie diese Adresse im Browser des Smartphones ein:</translation>
    </message>
    <message>
        <source>Your phone needs to be on the same Wi-Fi as this computer.</source>
        <translation>Ihr Smartphone muss im selben WLAN sein wie dieser Computer.</translation>
    </message>
    <message>
        <source>No network found: only this computer can join. Connect to the room’s Wi-Fi and start the session again.</source>
        <translation>Kein Netzwerk gefunden: Nur dieser Computer kann beitreten. Verbinden Sie sich mit dem WLAN des Raums und starten Sie die Sitzung erneut.</translation>
    </message>
    <message>
        <source>The round is locked: the live session can’t take ratings until it is unlocked.</source>
        <translation>Die Runde ist gesperrt: Die Live-Sitzung kann erst Bewertungen annehmen, wenn sie entsperrt ist.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Lead the room cell by cell</source>
        <translation>Gemeinsam Feld für Feld bewerten</translation>
    </message>
    <message>
        <source>Everyone at their own pace</source>
        <translation>Alle im eigenen Tempo</translation>
    </message>
    <message>
        <source>Stop live session</source>
        <translation>Live-Sitzung beenden</translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation>Der Live-Sitzung beitreten</translation>
    </message>
</context>
<context>
    <name>js::JourneyState</name>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
</context>
<context>
    <name>js::JourneyTemplate</name>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The customer notices a need and first hears of us.</source>
        <translation>Der Kunde bemerkt einen Bedarf und hört zum ersten Mal von uns.</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>The customer compares options and weighs us up.</source>
        <translation>Der Kunde vergleicht Alternativen und wägt unser Angebot ab.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>The customer decides, buys and receives the order.</source>
        <translation>Der Kunde entscheidet sich, kauft und erhält die Bestellung.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>The customer uses what they bought, gets help and comes back.</source>
        <translation>Der Kunde nutzt das Gekaufte, erhält Hilfe und kommt wieder.</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>The customer recommends us to others.</source>
        <translation>Der Kunde empfiehlt uns weiter.</translation>
    </message>
    <message>
        <source>Pre-purchase</source>
        <translation>Vor dem Kauf</translation>
    </message>
    <message>
        <source>Everything before the decision to buy.</source>
        <translation>Alles vor der Kaufentscheidung.</translation>
    </message>
    <message>
        <source>Choosing, paying and receiving.</source>
        <translation>Auswählen, bezahlen und erhalten.</translation>
    </message>
    <message>
        <source>Post-purchase</source>
        <translation>Nach dem Kauf</translation>
    </message>
    <message>
        <source>Using, getting help, returning and recommending.</source>
        <translation>Nutzen, Hilfe erhalten, wiederkommen und weiterempfehlen.</translation>
    </message>
    <message>
        <source>Awareness to advocacy</source>
        <translation>Von der Aufmerksamkeit bis zur Empfehlung</translation>
    </message>
    <message>
        <source>Before, during and after purchase</source>
        <translation>Vor, während und nach dem Kauf</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>Five stages from first notice to recommendation, with lanes for customer actions, touchpoints, thoughts, emotions, pain points, opportunities and backstage.</source>
        <translation>Fünf Phasen vom ersten Kontakt bis zur Empfehlung, mit Bahnen für Kundenaktionen, Touchpoints, Gedanken, Emotionen, Schmerzpunkte, Chancen und Backstage.</translation>
    </message>
    <message>
        <source>Three broad phases around the purchase, for a first, quick map.</source>
        <translation>Drei grobe Phasen rund um den Kauf, für eine erste, schnelle Karte.</translation>
    </message>
    <message>
        <source>What the customer sees and does, and what the business does front and back stage to deliver it.</source>
        <translation>Was der Kunde sieht und tut und was das Unternehmen dafür auf der Vorder- und Hinterbühne leistet.</translation>
    </message>
</context>
<context>
    <name>js::JsonFormat</name>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected an object in braces</source>
        <translation>Objekt in geschweiften Klammern erwartet</translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation>Text in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a date like 2026-06-16</source>
        <translation>Datum wie 2026-06-16 erwartet</translation>
    </message>
    <message>
        <source>expected one of the documented keys</source>
        <translation>einer der dokumentierten Schlüssel erwartet</translation>
    </message>
    <message>
        <source>unknown value “%1”</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>this is not a Journeyscope project</source>
        <translation>dies ist kein Journeyscope-Projekt</translation>
    </message>
    <message>
        <source>made by a newer Journeyscope (format %1)</source>
        <translation>mit einer neueren Journeyscope-Version erstellt (Format %1)</translation>
    </message>
    <message>
        <source>expected a format version of 1 or more</source>
        <translation>Formatversion 1 oder höher erwartet</translation>
    </message>
    <message>
        <source>expected an object with the project&apos;s name</source>
        <translation>Objekt mit dem Namen des Projekts erwartet</translation>
    </message>
    <message>
        <source>expected an image in base64</source>
        <translation>Bild in Base64 erwartet</translation>
    </message>
    <message>
        <source>expected a list of questions in quotes</source>
        <translation>Liste von Fragen in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected the list of criteria the round rates</source>
        <translation>Liste der Kriterien erwartet, die die Runde bewertet</translation>
    </message>
    <message>
        <source>expected 1 to 5, &quot;n/a&quot; or null</source>
        <translation>1 bis 5, &quot;n/a&quot; oder null erwartet</translation>
    </message>
    <message>
        <source>a rating with neither a score nor a note holds nothing; remove it</source>
        <translation>eine Bewertung ohne Wert und ohne Notiz enthält nichts; entfernen Sie sie</translation>
    </message>
    <message>
        <source>the same rating appears twice</source>
        <translation>dieselbe Bewertung kommt zweimal vor</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line 1, column 1: expected a JSON object</source>
        <translation>Zeile 1, Spalte 1: JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>js::KeyboardShortcuts</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Type into the selected item</source>
        <translation>Ausgewähltes Element bearbeiten</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter oder F2</translation>
    </message>
    <message>
        <source>While typing: add the next item</source>
        <translation>Beim Schreiben: nächstes Element hinzufügen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>While typing a card: a new line</source>
        <translation>Beim Schreiben einer Karte: neue Zeile</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Enter</translation>
    </message>
    <message>
        <source>While typing: the next or previous item</source>
        <translation>Beim Tippen: nächstes/voriges Element</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab oder Umschalt+Tab</translation>
    </message>
    <message>
        <source>Stop typing, or clear the selection</source>
        <translation>Schreiben beenden oder Auswahl aufheben</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Select the neighbouring touchpoint or card</source>
        <translation>Benachbartes Element auswählen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Zur Auswahl hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click</source>
        <translation>Strg+Klick oder Umschalt+Klick</translation>
    </message>
    <message>
        <source>Select many</source>
        <translation>Mehrere auswählen</translation>
    </message>
    <message>
        <source>Drag around them</source>
        <translation>Rahmen darum ziehen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Add a card or touchpoint in an empty cell</source>
        <translation>In leerer Zelle neu anlegen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Presentation: next or previous stage</source>
        <translation>Präsentation: nächste oder vorherige Phase</translation>
    </message>
    <message>
        <source>Right or Left arrow</source>
        <translation>Pfeil nach rechts oder links</translation>
    </message>
    <message>
        <source>Presentation: leave</source>
        <translation>Präsentation: beenden</translation>
    </message>
</context>
<context>
    <name>js::LaneKind</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
</context>
<context>
    <name>js::Language</name>
    <message>
        <source>lower</source>
        <extracomment>&quot;lower&quot; if names of states and statuses (&quot;Current state&quot;, &quot;Planned&quot;) are written in lower case inside a sentence in your language, &quot;keep&quot; if they keep their capital letter (as German nouns do).</extracomment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>js::LiveController</name>
    <message>
        <source>Chosen for this run: %1</source>
        <translation>Für diesen Programmlauf festgelegt: %1</translation>
    </message>
    <message>
        <source>This computer only: 127.0.0.1</source>
        <translation>Nur dieser Computer: 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>js::MainWindow</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>This project is open read-only</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Journeyscope</source>
        <translation>Ü&amp;ber Journeyscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (read-only) — Journeyscope</source>
        <translation>%1 (schreibgeschützt) — Journeyscope</translation>
    </message>
    <message>
        <source>%1 — Journeyscope</source>
        <translation>%1 — Journeyscope</translation>
    </message>
    <message>
        <source>Changes not written</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 Save the project somewhere else, or close and lose the changes since the last successful write?</source>
        <translation>%1 Möchten Sie das Projekt an einem anderen Ort speichern oder schließen und die Änderungen seit dem letzten erfolgreichen Speichern verwerfen?</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Close and lose changes</source>
        <translation>Schließen und Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>Be&amp;werten</translation>
    </message>
    <message>
        <source>&amp;Rate touchpoints</source>
        <translation>Touchpoints &amp;bewerten</translation>
    </message>
    <message>
        <source>See the &amp;insights</source>
        <translation>&amp;Erkenntnisse ansehen</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Neue Runde…</translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation>Rundeneins&amp;tellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock round</source>
        <translation>Runde s&amp;perren</translation>
    </message>
    <message>
        <source>Rate &amp;one touchpoint at a time</source>
        <translation>Touchpoints ein&amp;zeln bewerten</translation>
    </message>
    <message>
        <source>Self-&amp;assessment…</source>
        <translation>&amp;Selbstbewertung…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>&amp;Frameworks…</translation>
    </message>
    <message>
        <source>&amp;Lock round %1</source>
        <translation>Runde %1 s&amp;perren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>To the &amp;left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>To the &amp;right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;journey…</source>
        <translation>&amp;Journey hinzufügen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate journey…</source>
        <translation>Journey &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;lane</source>
        <translation>&amp;Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;touchpoint</source>
        <translation>&amp;Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Add c&amp;ard</source>
        <translation>Kart&amp;e hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;persona</source>
        <translation>Per&amp;sona hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;framework</source>
        <translation>&amp;Framework hinzufügen</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Empty framework</source>
        <translation>Leeres Framework</translation>
    </message>
    <message>
        <source>New framework</source>
        <translation>Neues Framework</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Kriteri&amp;um hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;round</source>
        <translation>Ru&amp;nde hinzufügen</translation>
    </message>
    <message>
        <source>Add r&amp;ater</source>
        <translation>Bewerter hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation>Journey duplizieren</translation>
    </message>
    <message>
        <source>The copy is a %1 with every stage, lane, touchpoint and card. Name:</source>
        <translation>Die Kopie wird als %1 mit allen Phasen, Bahnen, Touchpoints und Karten angelegt. Name:</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>New rater</source>
        <translation>Neuer Bewerter</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>%1 Elemente löschen</translation>
    </message>
    <message>
        <source>Delete %1 cards</source>
        <translation>%1 Karten löschen</translation>
    </message>
    <message>
        <source>Delete %1 touchpoints</source>
        <translation>%1 Touchpoints löschen</translation>
    </message>
    <message>
        <source>Delete %1 stages</source>
        <translation>%1 Phasen löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”; Edit &gt; Undo brings it back with everything it held.</source>
        <translation>„%1“ gelöscht; mit Bearbeiten &gt; Rückgängig kommt es samt Inhalt zurück.</translation>
    </message>
    <message>
        <source>%1; Edit &gt; Undo brings them back.</source>
        <translation>%1; mit Bearbeiten &gt; Rückgängig kommen sie zurück.</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Journeyscope-Projekte (*.journey)</translation>
    </message>
    <message>
        <source>Journeyscope JSON (*.json)</source>
        <translation>Journeyscope-JSON (*.json)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd *.mermaid);;All files (*)</source>
        <translation>Mermaid-Diagramme (*.mmd *.mermaid);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Umfrage-Exporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Changes are written on their own; this writes them now</source>
        <translation>Änderungen werden automatisch gespeichert; hiermit sofort speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Import journey from &amp;Mermaid…</source>
        <translation>Journey aus &amp;Mermaid importieren…</translation>
    </message>
    <message>
        <source>Adds a journey from the text of a Mermaid user-journey diagram</source>
        <translation>Fügt eine Journey aus dem Text eines Mermaid-User-Journey-Diagramms hinzu</translation>
    </message>
    <message>
        <source>Import s&amp;urvey responses…</source>
        <translation>Umfr&amp;ageantworten importieren…</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES per touchpoint of the journey on show, from a survey export (CSV)</source>
        <translation>NPS, CSAT und CES je Touchpoint der angezeigten Journey, aus einem Umfrage-Export (CSV)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>The map as a poster, image or drawing, the report, a chart, a table, a workbook or a diagram</source>
        <translation>Die Karte als Poster, Bild oder Zeichnung, der Bericht, ein Diagramm, eine Tabelle, eine Arbeitsmappe oder ein Mermaid-Diagramm</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>All changes are written to %1</source>
        <translation>Alle Änderungen sind in %1 gespeichert</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation>„%1“ kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>Save imported project as</source>
        <translation>Importiertes Projekt speichern unter</translation>
    </message>
    <message>
        <source>The new project would replace the JSON file it is made from: choose another name for it.</source>
        <translation>Das neue Projekt würde die JSON-Datei ersetzen, aus der es erstellt wird: Wählen Sie einen anderen Namen dafür.</translation>
    </message>
    <message>
        <source>Import journey from Mermaid</source>
        <translation>Journey aus Mermaid importieren</translation>
    </message>
    <message>
        <source>Imported the journey from %1</source>
        <translation>Journey aus %1 importiert</translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation>Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>Imported 1 customer figure from %1</source>
        <translation>1 Kundenkennzahl aus %1 importiert</translation>
    </message>
    <message>
        <source>Imported %1 customer figures from %2</source>
        <translation>%1 Kundenkennzahlen aus %2 importiert</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>The JSON file would replace the project itself: choose another name for it.</source>
        <translation>Die JSON-Datei würde das Projekt selbst ersetzen: Wählen Sie einen anderen Namen dafür.</translation>
    </message>
    <message>
        <source>Start &amp;live session…</source>
        <translation>&amp;Live-Sitzung starten…</translation>
    </message>
    <message>
        <source>Start live session</source>
        <translation>Live-Sitzung starten</translation>
    </message>
    <message>
        <source>Show the join screen of the live session</source>
        <translation>Beitrittsbildschirm der Live-Sitzung anzeigen</translation>
    </message>
    <message>
        <source>The round is locked: the live session can’t take ratings until it is unlocked. Phones are told so.</source>
        <translation>Die Runde ist gesperrt: Die Live-Sitzung nimmt keine Bewertungen an, bis sie entsperrt wird. Die Smartphones erhalten einen entsprechenden Hinweis.</translation>
    </message>
    <message>
        <source>Stop &amp;live session</source>
        <translation>&amp;Live-Sitzung beenden</translation>
    </message>
    <message>
        <source>Live: round locked</source>
        <translation>Live: Runde gesperrt</translation>
    </message>
    <message>
        <source>Live: 1 participant</source>
        <translation>Live: 1 Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n participants</source>
        <translation>
            <numerusform>Live: %n Teilnehmer</numerusform>
            <numerusform>Live: %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is open read-only, so it can’t take ratings. Open a copy you can write to and start the session there.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet und kann daher keine Bewertungen aufnehmen. Öffnen Sie eine beschreibbare Kopie und starten Sie die Sitzung dort.</translation>
    </message>
    <message>
        <source>There is no assessment round yet. Create one first.</source>
        <translation>Es gibt noch keine Bewertungsrunde. Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>The room rates on their phones · R reveals the scores · → moves everyone on</source>
        <translation>Alle bewerten auf ihren Smartphones · R zeigt die Werte · → bringt alle zur nächsten Frage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the project panel</source>
        <translation>Projektbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the inspector</source>
        <translation>Inspektor ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Presentation ended</source>
        <translation>Präsentation beendet</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
</context>
<context>
    <name>js::MapCanvas</name>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Phase</translation>
    </message>
    <message>
        <source>Add a stage after the selected one (Ctrl+Shift+N)</source>
        <translation>Eine Phase nach der ausgewählten hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>+ Lane</source>
        <translation>+ Bahn</translation>
    </message>
    <message>
        <source>Add a lane below the selected one (Ctrl+Shift+L)</source>
        <translation>Eine Bahn unter der ausgewählten hinzufügen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>+ Touchpoint</source>
        <translation>+ Touchpoint</translation>
    </message>
    <message>
        <source>Add a touchpoint to the selected stage (Ctrl+T)</source>
        <translation>Einen Touchpoint zur ausgewählten Phase hinzufügen (Strg+T)</translation>
    </message>
    <message>
        <source>+ Card</source>
        <translation>+ Karte</translation>
    </message>
    <message>
        <source>Add a card to the selected lane and stage (Ctrl+K)</source>
        <translation>Eine Karte zur ausgewählten Bahn und Phase hinzufügen (Strg+K)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Show or hide lanes of this journey</source>
        <translation>Bahnen dieser Journey ein- oder ausblenden</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window (Ctrl+0)</source>
        <translation>Karte in das Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation>(unbenannte Bahn)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>%1 ausschneiden</translation>
    </message>
    <message>
        <source>Cut %1 cards</source>
        <translation>%1 Karten ausschneiden</translation>
    </message>
    <message>
        <source>Cut %1 touchpoints</source>
        <translation>%1 Touchpoints ausschneiden</translation>
    </message>
    <message>
        <source>Cut %1 items</source>
        <translation>%1 Elemente ausschneiden</translation>
    </message>
    <message>
        <source>Paste %1 items</source>
        <translation>%1 Elemente einfügen</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>js::MapLayout</name>
    <message>
        <source>How the customer feels, −3 to +3</source>
        <translation>Wie sich der Kunde fühlt, −3 bis +3</translation>
    </message>
    <message>
        <source>Pick a round on the Assess tab to see its scores here</source>
        <translation>Wählen Sie auf der Registerkarte „Bewerten“ eine Runde, um ihre Werte hier zu sehen</translation>
    </message>
    <message>
        <source>Add your first stage</source>
        <translation>Erste Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a lane for touchpoints, thoughts or pain points</source>
        <translation>Bahn für Touchpoints, Gedanken oder Schmerzpunkte hinzufügen</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>js::MapLegend</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Scores against target</source>
        <translation>Werte im Vergleich zum Zielwert</translation>
    </message>
    <message>
        <source>Far below</source>
        <translation>Weit darunter</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Darunter</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Im Zielbereich</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Darüber</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>The raters disagree: discuss</source>
        <translation>Die Bewerter sind uneinig: besprechen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>How the customer feels, −3 to +3</source>
        <translation>Wie sich der Kunde fühlt, −3 bis +3</translation>
    </message>
    <message>
        <source>The lowest point</source>
        <translation>Der Tiefpunkt</translation>
    </message>
    <message>
        <source>Survey figures</source>
        <translation>Umfragekennzahlen</translation>
    </message>
    <message>
        <source>The latest NPS, CSAT or CES of a touchpoint</source>
        <translation>Der neueste NPS-, CSAT- oder CES-Wert eines Touchpoints</translation>
    </message>
    <message numerus="yes">
        <source>Rests on fewer than %n answers</source>
        <translation>
            <numerusform>Beruht auf weniger als %n Antwort</numerusform>
            <numerusform>Beruht auf weniger als %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>js::MapPainter</name>
    <message>
        <source>The curve appears as touchpoints are added</source>
        <translation>Die Kurve erscheint mit den Touchpoints</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Tiefpunkt</translation>
    </message>
</context>
<context>
    <name>js::MapPoster</name>
    <message>
        <source>On one %1 page the map&apos;s smallest text would be %2 pt; text is kept at 6 pt or larger. Choose %3 %4, or tile the map across pages.</source>
        <translation>Auf einer einzelnen %1-Seite wäre die kleinste Schrift der Karte %2 pt groß; Text wird mindestens in 6 pt gesetzt. Wählen Sie %3 %4 oder verteilen Sie die Karte auf mehrere Seiten.</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>im Querformat</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>im Hochformat</translation>
    </message>
    <message>
        <source>Even on an A0 page the map&apos;s smallest text would be under 6 pt. Tile the map across pages instead.</source>
        <translation>Selbst auf einer A0-Seite wäre die kleinste Schrift der Karte kleiner als 6 pt. Verteilen Sie die Karte stattdessen auf mehrere Seiten.</translation>
    </message>
    <message>
        <source>Row %1, column %2 of %3 × %4</source>
        <translation>Zeile %1, Spalte %2 von %3 × %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Auftraggeber: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Made with Journeyscope</source>
        <translation>Erstellt mit Journeyscope</translation>
    </message>
    <message>
        <source>To join the pages, cut along the black crop marks and lay each page over its neighbour up to the blue dashed marks</source>
        <translation>Um die Seiten zusammenzusetzen, schneiden Sie entlang der schwarzen Schnittmarken und legen Sie jede Seite bis zu den blauen gestrichelten Marken über ihre Nachbarseite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>js::MapView</name>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message numerus="yes">
        <source>%1 — rests on only %n answers</source>
        <translation>
            <numerusform>%1 – beruht auf nur %n Antwort</numerusform>
            <numerusform>%1 – beruht auf nur %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n answers</source>
        <translation>
            <numerusform>%1 aus %n Antwort</numerusform>
            <numerusform>%1 aus %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change emotion at %1</source>
        <translation>Emotion bei %1 ändern</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>%1 %2 verschieben</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Move %1 touchpoints</source>
        <translation>%1 Touchpoints verschieben</translation>
    </message>
    <message>
        <source>Move %1 cards</source>
        <translation>%1 Karten verschieben</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>js::Metric</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation>CES %1</translation>
    </message>
    <message>
        <source>CES %1 of %2</source>
        <translation>CES %1 von %2</translation>
    </message>
</context>
<context>
    <name>js::MetricKind</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Customer effort</source>
        <translation>Kundenaufwand</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer Lifetime Value</translation>
    </message>
</context>
<context>
    <name>js::MetricList</name>
    <message>
        <source>Survey figures</source>
        <translation>Umfragekennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No survey figures yet: add the NPS, CSAT or customer effort measured at this touchpoint.</source>
        <translation>Noch keine Umfragekennzahlen: Fügen Sie den an diesem Touchpoint gemessenen NPS, CSAT oder Kundenaufwand hinzu.</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the figure picked in the list</source>
        <translation>Die in der Liste ausgewählte Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation>%1 bei %2 auf %3 ändern</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>How many answers the figure rests on; 0 when not known</source>
        <translation>Auf wie vielen Antworten die Kennzahl beruht; 0, wenn unbekannt</translation>
    </message>
    <message>
        <source>Change the answers of %1 of %2</source>
        <translation>Anzahl der Antworten für %1 bei %2 ändern</translation>
    </message>
    <message>
        <source>e.g. 1-7</source>
        <translation>z. B. 1-7</translation>
    </message>
    <message>
        <source>The answer scale, lowest to highest, such as 1-7; empty if none</source>
        <translation>Die Antwortskala vom niedrigsten zum höchsten Wert, etwa 1-7; leer, wenn es keine gibt</translation>
    </message>
    <message>
        <source>Change the scale of %1 of %2</source>
        <translation>Skala von %1 bei %2 ändern</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Change the date of %1 of %2</source>
        <translation>Datum von %1 bei %2 ändern</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Woher die Kennzahl stammt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customer effort</source>
        <translation>Kundenaufwand</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <source>customer lifetime value</source>
        <translation>Customer Lifetime Value</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1 of %2</source>
        <translation>%1 bei %2 löschen</translation>
    </message>
    <message>
        <source>Edit the note of %1 of %2</source>
        <translation>Notiz von %1 bei %2 bearbeiten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Rests on only %n answers</source>
        <translation>
            <numerusform>Beruht auf nur %n Antwort</numerusform>
            <numerusform>Beruht auf nur %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rests on only %n answers: read it with care. From %1 answers on, a figure is firm enough to compare.</source>
        <translation>
            <numerusform>Beruht auf nur %n Antwort: mit Vorsicht lesen. Ab %1 Antworten ist eine Kennzahl belastbar genug für Vergleiche.</numerusform>
            <numerusform>Beruht auf nur %n Antworten: mit Vorsicht lesen. Ab %1 Antworten ist eine Kennzahl belastbar genug für Vergleiche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>js::Migrations</name>
    <message>
        <source>this version cannot update files of version %1</source>
        <translation>diese Version kann Dateien der Version %1 nicht aktualisieren</translation>
    </message>
    <message>
        <source>the updated file would hold broken references</source>
        <translation>die aktualisierte Datei würde fehlerhafte Verweise enthalten</translation>
    </message>
</context>
<context>
    <name>js::Navigator</name>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Project navigator</source>
        <translation>Projektnavigator</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, for %3</source>
        <translation>%1, %2, für %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: switched off, not rated</source>
        <translation>%1: deaktiviert, nicht bewertet</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
</context>
<context>
    <name>js::NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>No persona yet</source>
        <translation>Noch keine Persona</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
</context>
<context>
    <name>js::NewProject</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
</context>
<context>
    <name>js::OpenResult</name>
    <message>
        <source>“%1” does not exist: check the name, or whether the drive it was on is connected.</source>
        <translation>„%1“ existiert nicht: Prüfen Sie den Namen oder ob das Laufwerk, auf dem die Datei lag, angeschlossen ist.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it; ask its owner, or copy it to a folder of yours.</source>
        <translation>„%1“ kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen; fragen Sie den Eigentümer oder kopieren Sie sie in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a project file: choose a .journey file inside it.</source>
        <translation>„%1“ ist ein Ordner, keine Projektdatei: Wählen Sie eine .journey-Datei darin aus.</translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no project, so there is nothing to open; use a backup copy if you have one.</source>
        <translation>„%1“ ist leer: Die Datei enthält kein Projekt, es gibt also nichts zu öffnen; verwenden Sie eine Sicherungskopie, falls vorhanden.</translation>
    </message>
    <message>
        <source>“%1” is not a Journeyscope project: choose a .journey file, or bring in a JSON export with File &gt; Import JSON.</source>
        <translation>„%1“ ist kein Journeyscope-Projekt: Wählen Sie eine .journey-Datei oder übernehmen Sie einen JSON-Export mit Datei &gt; JSON importieren.</translation>
    </message>
    <message>
        <source>“%1” is a database from another application, not a Journeyscope project: open it with the application that made it, or choose a .journey file.</source>
        <translation>„%1“ ist eine Datenbank einer anderen Anwendung, kein Journeyscope-Projekt: Öffnen Sie sie mit der Anwendung, die sie erstellt hat, oder wählen Sie eine .journey-Datei.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2): open a backup copy, such as a .bak file next to it.</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2): Öffnen Sie eine Sicherungskopie, etwa eine .bak-Datei im selben Ordner.</translation>
    </message>
    <message>
        <source>the database is corrupt</source>
        <translation>die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Journeyscope (file version %2): install the newer version to open it.</source>
        <translation>„%1“ wurde mit einer neueren Journeyscope-Version erstellt (Dateiversion %2): Installieren Sie die neuere Version, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Journeyscope: it is open read-only so that nothing in it is lost; update Journeyscope to edit it.</source>
        <translation>„%1“ wurde mit einer neueren Journeyscope-Version erstellt: Die Datei ist schreibgeschützt geöffnet, damit nichts darin verloren geht; aktualisieren Sie Journeyscope, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” is open in another Journeyscope window or on another computer: it is open read-only here; close it there to edit it.</source>
        <translation>„%1“ ist in einem anderen Journeyscope-Fenster oder auf einem anderen Computer geöffnet: Hier ist die Datei schreibgeschützt geöffnet; schließen Sie sie dort, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to: it is open read-only; use File &gt; Save as to keep your changes elsewhere.</source>
        <translation>„%1“ kann nicht beschrieben werden: Die Datei ist schreibgeschützt geöffnet; verwenden Sie Datei &gt; Speichern unter, um Ihre Änderungen an anderer Stelle zu sichern.</translation>
    </message>
    <message>
        <source>“%1” contains triggers, views or table links that Journeyscope did not create, so it was not opened: open a backup copy, or have whoever changed it remove them with the sqlite3 tool.</source>
        <translation>„%1“ enthält Trigger, Views oder Tabellenverknüpfungen, die nicht von Journeyscope stammen, und wurde daher nicht geöffnet: Öffnen Sie eine Sicherungskopie oder lassen Sie diese von der Person, die die Datei geändert hat, mit dem Werkzeug sqlite3 entfernen.</translation>
    </message>
    <message>
        <source>“%1” was switched to write-ahead logging by another tool, which Journeyscope files never use: switch it back with sqlite3 (PRAGMA journal_mode = DELETE) and open it again.</source>
        <translation>„%1“ wurde von einem anderen Werkzeug auf Write-Ahead-Logging umgestellt, das Journeyscope-Dateien nie verwenden: Stellen Sie die Datei mit sqlite3 zurück (PRAGMA journal_mode = DELETE) und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>“%1” holds an unfinished change left by a program that stopped suddenly: open it for editing in Journeyscope, where the file can be written, to repair it.</source>
        <translation>„%1“ enthält eine unvollständige Änderung eines Programms, das plötzlich beendet wurde: Öffnen Sie die Datei in Journeyscope zum Bearbeiten an einem Ort, an dem sie beschrieben werden kann, um sie zu reparieren.</translation>
    </message>
    <message>
        <source>“%1” was made by an older Journeyscope and needs updating, which cannot happen while it is read-only or open elsewhere: copy it to a folder of yours and open the copy.</source>
        <translation>„%1“ wurde mit einer älteren Journeyscope-Version erstellt und muss aktualisiert werden, was nicht möglich ist, solange die Datei schreibgeschützt oder anderswo geöffnet ist: Kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program that is reading or changing it: close that program, then open the file again.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt, das die Datei liest oder ändert: Schließen Sie dieses Programm und öffnen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>“%1” was made by an older Journeyscope (file version %2) that this version cannot update: open it in an earlier version, export it as JSON and import that here.</source>
        <translation>„%1“ wurde mit einer älteren Journeyscope-Version erstellt (Dateiversion %2), die diese Version nicht aktualisieren kann: Öffnen Sie die Datei in einer früheren Version, exportieren Sie sie als JSON und importieren Sie diese hier.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2): check that the disk has space and the folder is writable.</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2): Prüfen Sie, ob auf dem Datenträger genug Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>js::PersonaPhoto</name>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>No photo chosen</source>
        <translation>Kein Foto ausgewählt</translation>
    </message>
    <message>
        <source>%1 is not a picture Journeyscope can read. Choose a PNG, JPEG or other image file.</source>
        <translation>%1 ist kein Bild, das Journeyscope lesen kann. Wählen Sie eine PNG-, JPEG- oder andere Bilddatei.</translation>
    </message>
    <message>
        <source>The photo could not be prepared for the project.</source>
        <translation>Das Foto konnte nicht für das Projekt aufbereitet werden.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Cannot use this photo</source>
        <translation>Dieses Foto kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>js::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Numbers and dates follow the language and region.</source>
        <translation>Zahlen und Datumsangaben folgen der Sprache und Region.</translation>
    </message>
    <message>
        <source>Journeyscope shows the new language when you start it again.</source>
        <translation>Journeyscope zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>js::ProjectCounts</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 journey</source>
        <translation>%1 Journey</translation>
    </message>
    <message>
        <source>%1 journeys</source>
        <translation>%1 Journeys</translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation>%1 Phase</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Phasen</translation>
    </message>
    <message>
        <source>%1 touchpoint</source>
        <translation>%1 Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>%1 rating</source>
        <translation>%1 Bewertung</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 Bewertungen</translation>
    </message>
</context>
<context>
    <name>js::ProjectDocument</name>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>%1 %2 verschieben</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename %1 %2</source>
        <translation>%1 %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate journey %1</source>
        <translation>Journey %1 duplizieren</translation>
    </message>
    <message>
        <source>Hide lane %1</source>
        <translation>Bahn %1 ausblenden</translation>
    </message>
    <message>
        <source>Show lane %1</source>
        <translation>Bahn %1 einblenden</translation>
    </message>
    <message>
        <source>Lock round %1</source>
        <translation>Runde %1 sperren</translation>
    </message>
    <message>
        <source>Unlock round %1</source>
        <translation>Runde %1 entsperren</translation>
    </message>
    <message>
        <source>Rate touchpoint</source>
        <translation>Touchpoint bewerten</translation>
    </message>
    <message>
        <source>Edit rating note</source>
        <translation>Bewertungsnotiz bearbeiten</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <source>Set the target of %1 on %2</source>
        <translation>Zielwert für %1 bei %2 festlegen</translation>
    </message>
    <message>
        <source>Reset the target of %1 on %2</source>
        <translation>Zielwert für %1 bei %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>Phase %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add lane %1</source>
        <translation>Bahn %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add card %1</source>
        <translation>Karte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add touchpoint %1</source>
        <translation>Touchpoint %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>js::ProjectFile</name>
    <message>
        <source>the file is open in a Journeyscope window; close it there first</source>
        <translation>die Datei ist in einem Journeyscope-Fenster geöffnet; schließen Sie sie zuerst dort</translation>
    </message>
    <message>
        <source>its internal structure is corrupt</source>
        <translation>die interne Struktur ist beschädigt</translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation>die Tabelle „%1“ fehlt</translation>
    </message>
    <message>
        <source>the backup copy could not be written</source>
        <translation>die Sicherungskopie konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no room for a temporary copy</source>
        <translation>kein Platz für eine temporäre Kopie</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the file is open in another Journeyscope window; close it there first</source>
        <translation>die Datei ist in einem anderen Journeyscope-Fenster geöffnet; schließen Sie sie zuerst dort</translation>
    </message>
    <message>
        <source>its folder cannot be reached</source>
        <translation>ihr Ordner ist nicht erreichbar</translation>
    </message>
    <message>
        <source>another file has taken its place, which is left as it is</source>
        <translation>an ihre Stelle ist eine andere Datei getreten, die unverändert bleibt</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>this is the file the project is in already</source>
        <translation>in dieser Datei befindet sich das Projekt bereits</translation>
    </message>
</context>
<context>
    <name>js::ProjectQueries</name>
    <message>
        <source>“%1”</source>
        <extracomment>A name quoted inside a sentence, with the quotation marks of your language.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>js::ProjectReader</name>
    <message>
        <source>unknown journey state “%1”</source>
        <translation>unbekannter Journey-Zustand „%1“</translation>
    </message>
    <message>
        <source>a lane belongs to no journey</source>
        <translation>eine Bahn gehört zu keiner Journey</translation>
    </message>
    <message>
        <source>unknown lane kind “%1”</source>
        <translation>unbekannte Bahnart „%1“</translation>
    </message>
    <message>
        <source>a stage belongs to no journey</source>
        <translation>eine Phase gehört zu keiner Journey</translation>
    </message>
    <message>
        <source>a touchpoint belongs to no stage</source>
        <translation>ein Touchpoint gehört zu keiner Phase</translation>
    </message>
    <message>
        <source>unknown channel “%1”</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <source>a touchpoint&apos;s importance or emotion is out of range</source>
        <translation>Wichtigkeit oder Emotion eines Touchpoints liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>a card belongs to no stage</source>
        <translation>eine Karte gehört zu keiner Phase</translation>
    </message>
    <message>
        <source>a criterion belongs to no framework</source>
        <translation>ein Kriterium gehört zu keinem Framework</translation>
    </message>
    <message>
        <source>round “%1” has a date that is not a date</source>
        <translation>Runde „%1“ hat ein ungültiges Datum</translation>
    </message>
    <message>
        <source>a criterion of a round belongs to no round</source>
        <translation>ein Kriterium einer Runde gehört zu keiner Runde</translation>
    </message>
    <message>
        <source>a rater belongs to no round</source>
        <translation>ein Bewerter gehört zu keiner Runde</translation>
    </message>
    <message>
        <source>a score is out of range</source>
        <translation>ein Wert liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>unknown metric kind “%1”</source>
        <translation>unbekannte Kennzahlart „%1“</translation>
    </message>
    <message>
        <source>a metric has a date that is not a date</source>
        <translation>eine Kennzahl hat ein ungültiges Datum</translation>
    </message>
    <message>
        <source>action “%1” has a due date that is not a date</source>
        <translation>Maßnahme „%1“ hat ein ungültiges Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>unknown action status “%1”</source>
        <translation>unbekannter Maßnahmenstatus „%1“</translation>
    </message>
</context>
<context>
    <name>js::ProjectSession</name>
    <message>
        <source>Your changes could not be written to “%1” (%2), so they are kept in memory and written as soon as that works again: check that the drive is there and has space, or use File &gt; Save as.</source>
        <translation>Ihre Änderungen konnten nicht in „%1“ geschrieben werden (%2). Sie bleiben daher im Arbeitsspeicher und werden geschrieben, sobald das wieder möglich ist: Prüfen Sie, ob das Laufwerk verfügbar ist und genügend freien Speicherplatz hat, oder verwenden Sie Datei &gt; Speichern unter.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Journeyscope, so a copy made here would leave out what this version does not know: update Journeyscope to work on it.</source>
        <translation>„%1“ wurde mit einer neueren Journeyscope-Version erstellt; eine hier angelegte Kopie würde alles weglassen, was diese Version nicht kennt. Aktualisieren Sie Journeyscope, um damit zu arbeiten.</translation>
    </message>
</context>
<context>
    <name>js::ProjectValidation</name>
    <message>
        <source>%1 has the id %2, which is not a whole number from 1 to 2^53</source>
        <translation>%1 hat die ID %2, die keine ganze Zahl von 1 bis 2^53 ist</translation>
    </message>
    <message>
        <source>%1 has the id %2, which something else has too</source>
        <translation>%1 hat die ID %2, die bereits anderweitig vergeben ist</translation>
    </message>
    <message>
        <source>persona “%1”</source>
        <translation>Persona „%1“</translation>
    </message>
    <message>
        <source>journey “%1”</source>
        <translation>Journey „%1“</translation>
    </message>
    <message>
        <source>journey “%1” names a persona that does not exist</source>
        <translation>Journey „%1“ verweist auf eine Persona, die nicht existiert</translation>
    </message>
    <message>
        <source>lane “%1”</source>
        <translation>Bahn „%1“</translation>
    </message>
    <message>
        <source>journey “%1” has more than one touchpoint lane, emotion lane or lane of scores</source>
        <translation>Journey „%1“ hat mehr als eine Touchpoint-Bahn, Emotionsbahn oder Wertebahn</translation>
    </message>
    <message>
        <source>stage “%1”</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>Touchpoint „%1“</translation>
    </message>
    <message>
        <source>touchpoint “%1” has an importance outside 1 to 5</source>
        <translation>Touchpoint „%1“ hat eine Wichtigkeit außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>touchpoint “%1” has an emotion outside -3 to +3</source>
        <translation>Touchpoint „%1“ hat eine Emotion außerhalb von -3 bis +3</translation>
    </message>
    <message>
        <source>a card in stage “%1”</source>
        <translation>eine Karte in Phase „%1“</translation>
    </message>
    <message>
        <source>a card in stage “%1” is not in a text lane of its journey</source>
        <translation>eine Karte in Phase „%1“ liegt in keiner Textbahn ihrer Journey</translation>
    </message>
    <message>
        <source>framework “%1”</source>
        <translation>Framework „%1“</translation>
    </message>
    <message>
        <source>criterion “%1”</source>
        <translation>Kriterium „%1“</translation>
    </message>
    <message>
        <source>criterion “%1” has a weight outside 0 to 100</source>
        <translation>Kriterium „%1“ hat eine Gewichtung außerhalb von 0 bis 100</translation>
    </message>
    <message>
        <source>criterion “%1” has a target outside 1 to 5</source>
        <translation>Kriterium „%1“ hat einen Zielwert außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>round “%1”</source>
        <translation>Runde „%1“</translation>
    </message>
    <message>
        <source>round “%1” names no journey that exists</source>
        <translation>Runde „%1“ verweist auf keine existierende Journey</translation>
    </message>
    <message>
        <source>round “%1” rates a criterion that does not exist, or one twice</source>
        <translation>Runde „%1“ bewertet ein nicht existierendes Kriterium oder eines doppelt</translation>
    </message>
    <message>
        <source>round “%1” gives a criterion a weight outside 0 to 100 or a target outside 1 to 5</source>
        <translation>Runde „%1“ gibt einem Kriterium eine Gewichtung außerhalb von 0 bis 100 oder einen Zielwert außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>rater “%1”</source>
        <translation>Bewerter „%1“</translation>
    </message>
    <message>
        <source>a metric of kind “%1”</source>
        <translation>eine Kennzahl der Art „%1“</translation>
    </message>
    <message>
        <source>a metric of kind “%1” names a touchpoint that does not exist</source>
        <translation>eine Kennzahl der Art „%1“ verweist auf einen nicht existierenden Touchpoint</translation>
    </message>
    <message>
        <source>a metric of kind “%1” has a negative count or an impossible value</source>
        <translation>eine Kennzahl der Art „%1“ hat eine negative Anzahl oder einen unmöglichen Wert</translation>
    </message>
    <message>
        <source>a target of touchpoint %1</source>
        <translation>ein Zielwert von Touchpoint %1</translation>
    </message>
    <message>
        <source>a target names a round, touchpoint or criterion that does not exist</source>
        <translation>ein Zielwert verweist auf eine Runde, einen Touchpoint oder ein Kriterium, die nicht existieren</translation>
    </message>
    <message>
        <source>touchpoint “%1” has two targets for one criterion in one round</source>
        <translation>Touchpoint „%1“ hat zwei Zielwerte für dasselbe Kriterium in derselben Runde</translation>
    </message>
    <message>
        <source>a target of touchpoint “%1” is outside 1 to 5</source>
        <translation>ein Zielwert von Touchpoint „%1“ liegt außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation>Maßnahme „%1“</translation>
    </message>
    <message>
        <source>action “%1” names a touchpoint that does not exist</source>
        <translation>Maßnahme „%1“ verweist auf einen nicht existierenden Touchpoint</translation>
    </message>
    <message>
        <source>action “%1” names a criterion that does not exist</source>
        <translation>Maßnahme „%1“ verweist auf ein nicht existierendes Kriterium</translation>
    </message>
    <message>
        <source>action “%1” has an impact or effort outside 1 to 5</source>
        <translation>Maßnahme „%1“ hat eine Wirkung oder einen Aufwand außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>a rating names a round, rater, touchpoint or criterion that does not exist</source>
        <translation>eine Bewertung verweist auf eine Runde, einen Bewerter, einen Touchpoint oder ein Kriterium, die nicht existieren</translation>
    </message>
    <message>
        <source>round “%1” holds a rating of a touchpoint on another journey</source>
        <translation>Runde „%1“ enthält eine Bewertung eines Touchpoints einer anderen Journey</translation>
    </message>
    <message>
        <source>round “%1” holds a rating on a criterion it does not rate</source>
        <translation>Runde „%1“ enthält eine Bewertung zu einem Kriterium, das sie nicht bewertet</translation>
    </message>
    <message>
        <source>a rating has a score outside 1 to 5</source>
        <translation>eine Bewertung hat einen Wert außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>a rating holds neither a score nor a note</source>
        <translation>eine Bewertung enthält weder einen Wert noch eine Notiz</translation>
    </message>
</context>
<context>
    <name>js::QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
</context>
<context>
    <name>js::RoundCriteriaTree</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>%1 · 1 rating</source>
        <translation>%1 · 1 Bewertung</translation>
    </message>
    <message>
        <source>%1 · %2 ratings</source>
        <translation>%1 · %2 Bewertungen</translation>
    </message>
    <message>
        <source>This round holds 1 rating on %1, so it stays in the round. Clear that rating to leave it out.</source>
        <translation>Diese Runde enthält 1 Bewertung zu %1, daher bleibt das Kriterium in der Runde. Löschen Sie diese Bewertung, um es herauszunehmen.</translation>
    </message>
    <message>
        <source>This round holds %2 ratings on %1, so it stays in the round. Clear those ratings to leave it out.</source>
        <translation>Diese Runde enthält %2 Bewertungen zu %1, daher bleibt das Kriterium in der Runde. Löschen Sie diese Bewertungen, um es herauszunehmen.</translation>
    </message>
</context>
<context>
    <name>js::RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Round settings</source>
        <translation>Rundeneinstellungen</translation>
    </message>
    <message>
        <source>This round is locked: its ratings and settings cannot change. Clear “Locked” below to edit it.</source>
        <translation>Diese Runde ist gesperrt: Ihre Bewertungen und Einstellungen lassen sich nicht ändern. Deaktivieren Sie unten „Gesperrt“, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>No journey yet: add one first</source>
        <translation>Noch keine Journey: Fügen Sie zuerst eine hinzu</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Facilitator &amp;notes</source>
        <translation>&amp;Notizen der Moderation</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>&amp;Locked: no more ratings or changes</source>
        <translation>&amp;Gesperrt: keine weiteren Bewertungen oder Änderungen</translation>
    </message>
    <message>
        <source>Lock a round when it is finished, so that its results stay as they were. It can be unlocked later.</source>
        <translation>Sperren Sie eine Runde, wenn sie abgeschlossen ist, damit ihre Ergebnisse unverändert bleiben. Sie kann später wieder entsperrt werden.</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Runde erstellen</translation>
    </message>
    <message>
        <source>The round holds ratings of this journey&apos;s touchpoints.</source>
        <translation>Die Runde enthält Bewertungen der Touchpoints dieser Journey.</translation>
    </message>
    <message>
        <source>Copy raters and criteria from %1</source>
        <translation>Bewerter und Kriterien aus %1 übernehmen</translation>
    </message>
    <message>
        <source>Copy raters and criteria from %1 (%2)</source>
        <translation>Bewerter und Kriterien aus %1 (%2) übernehmen</translation>
    </message>
    <message>
        <source>A re-assessment: the same people rate the same criteria, with the same weights and targets, so that the rounds compare.</source>
        <translation>Eine Neubewertung: Dieselben Personen bewerten dieselben Kriterien mit denselben Gewichtungen und Zielwerten, sodass sich die Runden vergleichen lassen.</translation>
    </message>
    <message>
        <source>Re-assessment of %1</source>
        <translation>Neubewertung von %1</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Who facilitates, the agenda, what to look out for</source>
        <translation>Wer moderiert, die Agenda, worauf zu achten ist</translation>
    </message>
    <message>
        <source>Choose at least one criterion to rate.</source>
        <translation>Wählen Sie mindestens ein Kriterium zum Bewerten aus.</translation>
    </message>
    <message>
        <source>1 criterion chosen; the round keeps its weight and target.</source>
        <translation>1 Kriterium gewählt; die Runde speichert seine Gewichtung und seinen Zielwert.</translation>
    </message>
    <message>
        <source>%1 criteria chosen; the round keeps each one&apos;s weight and target.</source>
        <translation>%1 Kriterien gewählt; die Runde speichert für jedes die Gewichtung und den Zielwert.</translation>
    </message>
    <message>
        <source>Add round %1</source>
        <translation>Runde %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit round %1</source>
        <translation>Runde %1 bearbeiten</translation>
    </message>
    <message>
        <source>Lock round %1</source>
        <translation>Runde %1 sperren</translation>
    </message>
    <message>
        <source>Unlock round %1</source>
        <translation>Runde %1 entsperren</translation>
    </message>
</context>
<context>
    <name>js::RoundRatersEditor</name>
    <message>
        <source>&amp;Add rater</source>
        <translation>Bewerter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Paste names</source>
        <translation>Namen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role or department</source>
        <translation>Rolle oder Abteilung</translation>
    </message>
    <message>
        <source>Adds one rater for each line on the clipboard, for example a list of names copied from a spreadsheet. A tab or comma after the name starts the role or department.</source>
        <translation>Fügt für jede Zeile in der Zwischenablage einen Bewerter hinzu, zum Beispiel aus einer Namensliste, die Sie aus einer Tabellenkalkulation kopiert haben. Ein Tabulator oder Komma nach dem Namen leitet die Rolle oder Abteilung ein.</translation>
    </message>
    <message>
        <source>%1 has given 1 rating in this round. Removing %1 deletes it too.</source>
        <translation>%1 hat in dieser Runde 1 Bewertung abgegeben. Wenn Sie %1 entfernen, wird sie ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>%1 has given %2 ratings in this round. Removing %1 deletes them too.</source>
        <translation>%1 hat in dieser Runde %2 Bewertungen abgegeben. Wenn Sie %1 entfernen, werden sie ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Remove rater</source>
        <translation>Bewerter entfernen</translation>
    </message>
    <message>
        <source>Remove rater and ratings</source>
        <translation>Bewerter und Bewertungen entfernen</translation>
    </message>
</context>
<context>
    <name>js::ScoreDistribution</name>
    <message>
        <source>1: %1, 2: %2, 3: %3, 4: %4, 5: %5, N/A: %6</source>
        <translation>1: %1, 2: %2, 3: %3, 4: %4, 5: %5, k. A.: %6</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>js::SelfAssessmentWizard</name>
    <message>
        <source>Self-assessment</source>
        <translation>Selbstbewertung</translation>
    </message>
    <message>
        <source>Self-assessment of %1</source>
        <translation>Selbstbewertung von %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose the journey</source>
        <translation>Journey wählen</translation>
    </message>
    <message>
        <source>Check the touchpoints</source>
        <translation>Touchpoints prüfen</translation>
    </message>
    <message>
        <source>Choose what to assess</source>
        <translation>Festlegen, was bewertet wird</translation>
    </message>
    <message>
        <source>The walk</source>
        <translation>Der Durchgang</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Back to the walk</source>
        <translation>Zurück zum Durchgang</translation>
    </message>
    <message>
        <source>Continue the walk</source>
        <translation>Durchgang fortsetzen</translation>
    </message>
    <message>
        <source>Start the walk</source>
        <translation>Durchgang starten</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your answers are saved as you go: close at any time and continue later.</source>
        <translation>Ihre Antworten werden laufend gespeichert: Sie können jederzeit schließen und später weitermachen.</translation>
    </message>
    <message>
        <source>Add at least one touchpoint to rate.</source>
        <translation>Fügen Sie mindestens einen Touchpoint zum Bewerten hinzu.</translation>
    </message>
    <message>
        <source>Edit touchpoints</source>
        <translation>Touchpoints bearbeiten</translation>
    </message>
    <message>
        <source>The journey could not be added.</source>
        <translation>Die Journey konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The self-assessment could not be started.</source>
        <translation>Die Selbstbewertung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Change the self-assessment</source>
        <translation>Selbstbewertung ändern</translation>
    </message>
    <message>
        <source>This self-assessment already has answers for another journey. Close it and start a new one to assess this journey.</source>
        <translation>Diese Selbstbewertung enthält bereits Antworten für eine andere Journey. Schließen Sie sie und beginnen Sie eine neue, um diese Journey zu bewerten.</translation>
    </message>
    <message>
        <source>Some criteria you cleared already have answers. Tick them again to go on, or start a new self-assessment.</source>
        <translation>Einige Kriterien, die Sie abgewählt haben, haben bereits Antworten. Wählen Sie sie wieder aus, um fortzufahren, oder beginnen Sie eine neue Selbstbewertung.</translation>
    </message>
</context>
<context>
    <name>js::ServeVerb</name>
    <message>
        <source>usage: journeyscope serve FILE --round NAME [--journey NAME] [--port N] [--bind ADDRESS]</source>
        <translation>Aufruf: journeyscope serve DATEI --round NAME [--journey NAME] [--port N] [--bind ADRESSE]</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--port needs a whole number from 0 (any free port) to 65535, not “%1”</source>
        <translation>--port braucht eine ganze Zahl von 0 (beliebiger freier Port) bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--bind needs an IP address of this computer, such as 192.168.1.23 or 127.0.0.1, not “%1”</source>
        <translation>--bind braucht eine IP-Adresse dieses Computers, etwa 192.168.1.23 oder 127.0.0.1, nicht „%1“</translation>
    </message>
    <message>
        <source>which project file?</source>
        <translation>welche Projektdatei?</translation>
    </message>
    <message>
        <source>one project file at a time</source>
        <translation>immer nur eine Projektdatei</translation>
    </message>
    <message>
        <source>which round? Name the round to rate with --round</source>
        <translation>welche Runde? Geben Sie die zu bewertende Runde mit --round an</translation>
    </message>
    <message>
        <source>%1 so far from %2</source>
        <translation>Bisher %1 (%2)</translation>
    </message>
    <message>
        <source>1 rating</source>
        <translation>1 Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>journeyscope: this computer is on no network that phones can reach, so only it can join; connect to the room&apos;s Wi-Fi, or name an address with --bind</source>
        <translation>journeyscope: dieser Computer ist mit keinem Netzwerk verbunden, das Smartphones erreichen können, daher kann nur er selbst beitreten; verbinden Sie ihn mit dem WLAN des Raums oder geben Sie mit --bind eine Adresse an</translation>
    </message>
    <message>
        <source>journeyscope: choose another port with --port, or --port 0 for any free one</source>
        <translation>journeyscope: wählen Sie mit --port einen anderen Port oder mit --port 0 einen beliebigen freien</translation>
    </message>
    <message>
        <source>journeyscope: “%1” is open in another Journeyscope window or on another computer; close it there to rate it live here</source>
        <translation>journeyscope: „%1“ ist in einem anderen Journeyscope-Fenster oder auf einem anderen Computer geöffnet; schließen Sie die Datei dort, um sie hier live zu bewerten</translation>
    </message>
    <message>
        <source>journeyscope: the ratings cannot be written to “%1”, so no session is started</source>
        <translation>journeyscope: die Bewertungen können nicht in „%1“ geschrieben werden, daher wird keine Sitzung gestartet</translation>
    </message>
    <message>
        <source>Rating round “%1” of journey “%2” in free mode: each participant rates every touchpoint (%3) against every criterion (%4) at their own pace. Open the address above on a phone on the same network; Ctrl+C stops.</source>
        <translation>Bewertungsrunde „%1“ der Journey „%2“ im freien Modus: Jeder Teilnehmer bewertet jeden Touchpoint (%3) nach jedem Kriterium (%4) in seinem eigenen Tempo. Öffnen Sie die obige Adresse auf einem Smartphone im selben Netzwerk; Strg+C beendet die Sitzung.</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>journeyscope: the ratings are in the file again</source>
        <translation>journeyscope: die Bewertungen werden wieder in der Datei gespeichert</translation>
    </message>
    <message>
        <source>journeyscope: stopped without writing the last %1 to the file</source>
        <translation>journeyscope: beendet, ohne die neuesten Bewertungen (%1) in die Datei zu schreiben</translation>
    </message>
    <message>
        <source>Stopped: %1 from %2, all in “%3”.</source>
        <translation>Beendet: %1 (%2), gespeichert in „%3“.</translation>
    </message>
</context>
<context>
    <name>js::SurveyColumnsPage</name>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Which column holds what? The suggestions come from the questions&apos; texts and answers; check them.</source>
        <translation>Welche Spalte enthält was? Die Vorschläge beruhen auf den Texten und Antworten der Fragen; bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>&amp;Touchpoint:</translation>
    </message>
    <message>
        <source>One touchpoint for the whole file</source>
        <translation>Ein Touchpoint für die gesamte Datei</translation>
    </message>
    <message>
        <source>&amp;Every response is about:</source>
        <translation>&amp;Jede Rückmeldung betrifft:</translation>
    </message>
    <message>
        <source>&amp;NPS question (0–10):</source>
        <translation>&amp;NPS-Frage (0–10):</translation>
    </message>
    <message>
        <source>Not in this file</source>
        <translation>Nicht in dieser Datei</translation>
    </message>
    <message>
        <source>&amp;CSAT question (1–5 or labels):</source>
        <translation>&amp;CSAT-Frage (1–5 oder Bezeichnungen):</translation>
    </message>
    <message>
        <source>C&amp;ES question (1–7 or agree labels):</source>
        <translation>C&amp;ES-Frage (1–7 oder Zustimmungsstufen):</translation>
    </message>
    <message>
        <source>Seven points (1–7)</source>
        <translation>Sieben Stufen (1–7)</translation>
    </message>
    <message>
        <source>Five points (1–5)</source>
        <translation>Fünf Stufen (1–5)</translation>
    </message>
    <message>
        <source>CES &amp;scale:</source>
        <translation>CES-&amp;Skala:</translation>
    </message>
    <message>
        <source>&amp;Date of response:</source>
        <translation>&amp;Datum der Rückmeldung:</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Journeyscope suggests this column from its question and answers</source>
        <translation>Journeyscope schlägt diese Spalte anhand ihrer Frage und Antworten vor</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose a touchpoint</source>
        <translation>Touchpoint auswählen</translation>
    </message>
    <message>
        <source>No file is read.</source>
        <translation>Es wurde keine Datei gelesen.</translation>
    </message>
    <message>
        <source>Choose at least one question: NPS, CSAT or CES.</source>
        <translation>Wählen Sie mindestens eine Frage: NPS, CSAT oder CES.</translation>
    </message>
    <message>
        <source>Choose the touchpoint every response is about, or the column that names it.</source>
        <translation>Wählen Sie den Touchpoint, den jede Rückmeldung betrifft, oder die Spalte, die ihn nennt.</translation>
    </message>
    <message>
        <source>The journey has no touchpoints yet: add them on the map first.</source>
        <translation>Die Journey hat noch keine Touchpoints: Fügen Sie sie zuerst auf der Karte hinzu.</translation>
    </message>
    <message>
        <source>Column %1 is chosen twice: each column holds one thing.</source>
        <translation>Spalte %1 ist zweimal gewählt: Jede Spalte enthält nur eine Angabe.</translation>
    </message>
</context>
<context>
    <name>js::SurveyFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Qualtrics writes three header rows, SurveyMonkey two, most other tools one</source>
        <translation>Qualtrics schreibt drei Kopfzeilen, SurveyMonkey zwei, die meisten anderen Tools eine</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation>&amp;Kopfzeilen:</translation>
    </message>
    <message>
        <source>Detected from the file. If the preview looks wrong (all answers in one column, odd characters instead of accents, questions among the answers), correct it here.</source>
        <translation>Aus der Datei erkannt. Wenn die Vorschau falsch aussieht (alle Antworten in einer Spalte, seltsame Zeichen statt Umlauten und Akzenten, Fragen zwischen den Antworten), korrigieren Sie es hier.</translation>
    </message>
    <message>
        <source>The first responses as the file reads; the row headers are the file&apos;s line numbers</source>
        <translation>Die ersten Rückmeldungen, wie die Datei sie liest; die Zeilenköpfe sind die Zeilennummern der Datei</translation>
    </message>
    <message>
        <source>%1: %2 in %3.</source>
        <translation>%1: %2 in %3.</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 Rückmeldung</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 Rückmeldungen</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>Die Vorschau zeigt die ersten %1.</translation>
    </message>
</context>
<context>
    <name>js::SurveyImportDialog</name>
    <message>
        <source>How the file is written</source>
        <translation>Wie die Datei aufgebaut ist</translation>
    </message>
    <message>
        <source>Which columns hold the answers</source>
        <translation>Welche Spalten die Antworten enthalten</translation>
    </message>
    <message>
        <source>Answers off the scale</source>
        <translation>Antworten außerhalb der Skala</translation>
    </message>
    <message>
        <source>Which touchpoint each name is</source>
        <translation>Welcher Name zu welchem Touchpoint gehört</translation>
    </message>
    <message>
        <source>The figures to import</source>
        <translation>Die zu importierenden Kennzahlen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Import survey responses into “%1”</source>
        <translation>Umfrageantworten in „%1“ importieren</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>“%1” is empty: there are no survey responses to import.</source>
        <translation>„%1“ ist leer: Es gibt keine Umfrageantworten zum Importieren.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV file: it does not hold text. Export the survey&apos;s responses as CSV (comma or semicolon separated values) and import that.</source>
        <translation>„%1“ ist keine CSV-Datei: Sie enthält keinen Text. Exportieren Sie die Antworten der Umfrage als CSV (durch Komma oder Semikolon getrennte Werte) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>&amp;Skip these responses &gt;</source>
        <translation>Diese Antworten &amp;überspringen &gt;</translation>
    </message>
    <message>
        <source>The file cannot be read this way: correct the format, or cancel</source>
        <translation>So lässt sich die Datei nicht lesen: Korrigieren Sie das Format oder brechen Sie ab</translation>
    </message>
    <message>
        <source>No name goes to a touchpoint: pick one for at least one name</source>
        <translation>Kein Name ist einem Touchpoint zugeordnet: Wählen Sie für mindestens einen Namen einen Touchpoint</translation>
    </message>
    <message>
        <source>“%1” is too large for a survey export (%L2 MB; at most %L3 MB are read).</source>
        <translation>„%1“ ist zu groß für einen Umfrageexport (%L2 MB; gelesen werden höchstens %L3 MB).</translation>
    </message>
</context>
<context>
    <name>js::SurveyMatchingPage</name>
    <message>
        <source>The touchpoints the file names, and the journey&apos;s touchpoint each one&apos;s answers go to. Check the close matches; pick a touchpoint for a name the journey does not know, or leave it out.</source>
        <translation>Die Touchpoints, die die Datei nennt, und jeweils der Touchpoint der Journey, dem ihre Antworten zugeordnet werden. Prüfen Sie die ähnlichen Treffer; wählen Sie für einen Namen, den die Journey nicht kennt, einen Touchpoint aus oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Touchpoint in the journey</source>
        <translation>Touchpoint in der Journey</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Touchpoint for “%1”</source>
        <translation>Touchpoint für „%1“</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>Close match — check</source>
        <translation>Ähnlicher Name – bitte prüfen</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Von Hand gewählt</translation>
    </message>
    <message>
        <source>Not in the journey — not imported</source>
        <translation>Nicht in der Journey – nicht importiert</translation>
    </message>
    <message>
        <source>The names differ a little; check this is the same touchpoint</source>
        <translation>Die Namen weichen leicht voneinander ab; prüfen Sie, ob es derselbe Touchpoint ist</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 Name</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 Namen</translation>
    </message>
    <message>
        <source>%1 in the file, all matched to a touchpoint.</source>
        <translation>%1 in der Datei, alle einem Touchpoint zugeordnet.</translation>
    </message>
    <message>
        <source>%1 in the file: %2 not imported (%3).</source>
        <translation>%1 in der Datei: %2 nicht importiert (%3).</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 Rückmeldung</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 Rückmeldungen</translation>
    </message>
</context>
<context>
    <name>js::SurveyProblemsPage</name>
    <message>
        <source>Skip them to import the other responses, or cancel the import, correct the file and import it again: nothing changes until the last step.</source>
        <translation>Überspringen Sie sie, um die übrigen Rückmeldungen zu importieren, oder brechen Sie den Import ab, korrigieren Sie die Datei und importieren Sie sie erneut: Bis zum letzten Schritt ändert sich nichts.</translation>
    </message>
    <message>
        <source>%1 an answer off its question&apos;s scale, or no touchpoint. If you skip them, each is left out whole and the other %2 are used.</source>
        <translation>%1 eine Antwort außerhalb der Skala ihrer Frage oder keinen Touchpoint. Wenn Sie sie überspringen, wird jede davon vollständig ausgelassen; verwendet wird der Rest: %2.</translation>
    </message>
    <message>
        <source>1 response holds</source>
        <translation>1 Rückmeldung enthält</translation>
    </message>
    <message>
        <source>%1 responses hold</source>
        <translation>%1 Rückmeldungen enthalten</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 Rückmeldung</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 Rückmeldungen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>js::SurveyResultPage</name>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No answers to this question</source>
        <translation>Keine Antworten auf diese Frage</translation>
    </message>
    <message>
        <source>Rests on few answers (%1, fewer than %2): read it as a hint, not a measurement</source>
        <translation>Beruht auf wenigen Antworten (%1, weniger als %2): eher als Hinweis denn als Messwert lesen</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS (−100 to +100)</source>
        <translation>NPS (−100 bis +100)</translation>
    </message>
    <message>
        <source>CSAT (satisfied)</source>
        <translation>CSAT (zufrieden)</translation>
    </message>
    <message>
        <source>CES (ease)</source>
        <translation>CES (Einfachheit)</translation>
    </message>
    <message>
        <source>Rests on fewer than %1 answers: a hint, not a measurement. NPS shows its margin of error at 95% confidence.</source>
        <translation>Beruht auf weniger als %1 Antworten: ein Hinweis, kein Messwert. Beim NPS ist die Fehlermarge bei 95 % Konfidenz angegeben.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 (mean %2 of 5)</source>
        <translation>%1 (Mittelwert %2 von 5)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3% agree)</source>
        <translation>%1 von %2 (%3 % Zustimmung)</translation>
    </message>
    <message>
        <source>%1 for %2 of %3, from %4.</source>
        <translation>%1 für %2 in %3, aus %4.</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 Kennzahl</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 Kennzahlen</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>1 response with answers off the scale is skipped.</source>
        <translation>1 Antwort mit Angaben außerhalb der Skala wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 responses with answers off the scale are skipped.</source>
        <translation>%1 Antworten mit Angaben außerhalb der Skala werden übersprungen.</translation>
    </message>
    <message>
        <source>Not imported: %1 (%2).</source>
        <translation>Nicht importiert: %1 (%2).</translation>
    </message>
    <message>
        <source>Import replaces 1 figure from an earlier import of this file.</source>
        <translation>Der Import ersetzt 1 Kennzahl aus einem früheren Import dieser Datei.</translation>
    </message>
    <message>
        <source>Import replaces %1 figures from an earlier import of this file.</source>
        <translation>Der Import ersetzt %1 Kennzahlen aus einem früheren Import dieser Datei.</translation>
    </message>
    <message>
        <source>Import adds them to the touchpoints&apos; customer figures; Undo takes them out again.</source>
        <translation>Der Import fügt sie den Kundenkennzahlen der Touchpoints hinzu; Rückgängig entfernt sie wieder.</translation>
    </message>
</context>
<context>
    <name>js::SurveyVerb</name>
    <message>
        <source>%1: none found (name its column with %2)</source>
        <translation>%1: nicht gefunden (geben Sie die Spalte mit %2 an)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>%1: column %2 %3 (%4)</source>
        <translation>%1: Spalte %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>answers 1 to %1</source>
        <translation>Antworten 1 bis %1</translation>
    </message>
    <message>
        <source>%1 ±%2 (%3)</source>
        <translation>%1 ±%2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Touchpoint: every response is about %1 (--whole-file)</source>
        <translation>Touchpoint: Jede Antwort betrifft %1 (--whole-file)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>%1 (--ces-scale)</source>
        <translation>%1 (--ces-scale)</translation>
    </message>
    <message>
        <source>Date: column %1 %2 (detected)</source>
        <translation>Datum: Spalte %1 %2 (erkannt)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS ±margin (n)</source>
        <translation>NPS ±Fehlerspanne (n)</translation>
    </message>
    <message>
        <source>CSAT % (mean, n)</source>
        <translation>CSAT % (Mittelwert, n)</translation>
    </message>
    <message>
        <source>CES mean (% agree, n)</source>
        <translation>CES-Mittelwert (% Zustimmung, n)</translation>
    </message>
    <message>
        <source>No response names a touchpoint.</source>
        <translation>Keine Antwort nennt einen Touchpoint.</translation>
    </message>
    <message>
        <source>%1 rests on fewer than %2 answers</source>
        <translation>%1 beruht auf weniger als %2 Antworten</translation>
    </message>
    <message>
        <source>Skipped 1 response, left out of every figure:</source>
        <translation>1 Antwort übersprungen, in keiner Kennzahl berücksichtigt:</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n responses, left out of every figure:</source>
        <translation>
            <numerusform>%n Antwort übersprungen, in keiner Kennzahl berücksichtigt:</numerusform>
            <numerusform>%n Antworten übersprungen, in keiner Kennzahl berücksichtigt:</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: journeyscope survey SURVEY.csv [--touchpoint COLUMN | --whole-file TOUCHPOINT] [--nps COLUMN] [--csat COLUMN] [--ces COLUMN] [--ces-scale 5|7] [--delimiter C] [--encoding NAME] [--header-rows N] [--json] [--into PROJECT.journey [--journey NAME]]</source>
        <translation>Aufruf: journeyscope survey UMFRAGE.csv [--touchpoint SPALTE | --whole-file TOUCHPOINT] [--nps SPALTE] [--csat SPALTE] [--ces SPALTE] [--ces-scale 5|7] [--delimiter C] [--encoding NAME] [--header-rows N] [--json] [--into PROJEKT.journey [--journey NAME]]</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erfordert einen Wert</translation>
    </message>
    <message>
        <source>--ces-scale is 5 or 7, not “%1”</source>
        <translation>--ces-scale ist 5 oder 7, nicht „%1“</translation>
    </message>
    <message>
        <source>--delimiter is , ; | or tab, not “%1”</source>
        <translation>--delimiter ist , ; | oder tab, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; the encodings are: %2</source>
        <translation>unbekannte Kodierung „%1“; verfügbare Kodierungen: %2</translation>
    </message>
    <message>
        <source>--header-rows needs a whole number from 0 to %1, not “%2”</source>
        <translation>--header-rows erfordert eine ganze Zahl von 0 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>which survey export?</source>
        <translation>welcher Umfrageexport?</translation>
    </message>
    <message>
        <source>one survey export at a time</source>
        <translation>nur ein Umfrageexport auf einmal</translation>
    </message>
    <message>
        <source>--touchpoint or --whole-file, not both</source>
        <translation>--touchpoint oder --whole-file, nicht beides</translation>
    </message>
    <message>
        <source>--journey is for --into: name the project to store in</source>
        <translation>--journey gehört zu --into: Geben Sie das Projekt an, in dem gespeichert werden soll</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the survey has no column “%1” (%2); its columns are: %3</source>
        <translation>die Umfrage hat keine Spalte „%1“ (%2); ihre Spalten sind: %3</translation>
    </message>
    <message>
        <source>which touchpoint are the responses about? No column names one: give the column with --touchpoint COLUMN, or, when every response is about one touchpoint, name it with --whole-file TOUCHPOINT</source>
        <translation>welchen Touchpoint betreffen die Antworten? Keine Spalte nennt einen: Geben Sie die Spalte mit --touchpoint SPALTE an oder, wenn sich jede Antwort auf denselben Touchpoint bezieht, nennen Sie ihn mit --whole-file TOUCHPOINT</translation>
    </message>
    <message>
        <source>no NPS, CSAT or CES question was found: name its column with --nps, --csat or --ces</source>
        <translation>keine NPS-, CSAT- oder CES-Frage gefunden: Geben Sie ihre Spalte mit --nps, --csat oder --ces an</translation>
    </message>
    <message>
        <source>--ces-scale is for a CES question, and none was found: name its column with --ces</source>
        <translation>--ces-scale gilt für eine CES-Frage, aber es wurde keine gefunden: Geben Sie ihre Spalte mit --ces an</translation>
    </message>
    <message>
        <source>no touchpoint of journey %1 is named %2; its figures are left out</source>
        <translation>kein Touchpoint der Journey %1 heißt %2; seine Kennzahlen werden ausgelassen</translation>
    </message>
    <message>
        <source>no touchpoint of journey %1 is named %2 (close: %3); its figures are left out</source>
        <translation>kein Touchpoint der Journey %1 heißt %2 (ähnlich: %3); seine Kennzahlen werden ausgelassen</translation>
    </message>
    <message>
        <source>none of the touchpoints the survey names is on journey %1, so nothing is stored</source>
        <translation>keiner der in der Umfrage genannten Touchpoints gehört zur Journey %1, daher wird nichts gespeichert</translation>
    </message>
    <message>
        <source>the touchpoints the survey names have no answers, so nothing is stored</source>
        <translation>die in der Umfrage genannten Touchpoints haben keine Antworten, daher wird nichts gespeichert</translation>
    </message>
    <message>
        <source>journeyscope: “%1” can only be read, so nothing is stored</source>
        <translation>journeyscope: „%1“ ist schreibgeschützt, daher wird nichts gespeichert</translation>
    </message>
    <message>
        <source>journeyscope: “%1” changed while the survey was read; run the command again</source>
        <translation>journeyscope: „%1“ wurde geändert, während die Umfrage gelesen wurde; führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>Stored %1 for %2 of journey %3 in “%4”</source>
        <translation>%1 für %2 der Journey %3 in „%4“ gespeichert</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>1 Kennzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n metrics</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 Touchpoint</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoints</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>; they replace %1 from an earlier import of %2</source>
        <translation>; sie ersetzen %1 aus einem früheren Import von %2</translation>
    </message>
    <message>
        <source>the survey and the project are the same file</source>
        <translation>Umfrage und Projekt sind dieselbe Datei</translation>
    </message>
    <message>
        <source>%1 is not a CSV file (it holds binary data): export the responses as CSV and try again</source>
        <translation>%1 ist keine CSV-Datei (sie enthält Binärdaten): Exportieren Sie die Antworten als CSV und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the project has no journeys, so no touchpoints to store metrics for</source>
        <translation>das Projekt hat keine Journeys und damit keine Touchpoints, für die Kennzahlen gespeichert werden könnten</translation>
    </message>
    <message>
        <source>the project has %1 journeys; the metrics go to the first, %2 (name another with --journey)</source>
        <translation>das Projekt hat %1 Journeys; die Kennzahlen gehen an die erste, %2 (eine andere mit --journey angeben)</translation>
    </message>
    <message>
        <source>%1: too large for a survey export (%L2 MB; at most %L3 MB are read)</source>
        <translation>%1: zu groß für einen Umfrageexport (%L2 MB; gelesen werden höchstens %L3 MB)</translation>
    </message>
</context>
<context>
    <name>js::Verbs</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unnamed project)</source>
        <translation>(unbenanntes Projekt)</translation>
    </message>
    <message>
        <source>journeyscope: “%1” already exists; choose another name, or add --force to replace it</source>
        <translation>journeyscope: „%1“ existiert bereits; wählen Sie einen anderen Namen oder ergänzen Sie --force, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>usage: journeyscope demo OUT.journey [--force]</source>
        <translation>Aufruf: journeyscope demo OUT.journey [--force]</translation>
    </message>
    <message>
        <source>usage: journeyscope check FILE</source>
        <translation>Aufruf: journeyscope check DATEI</translation>
    </message>
    <message>
        <source>its internal structure is corrupt</source>
        <translation>die interne Struktur ist beschädigt</translation>
    </message>
    <message>
        <source>usage: journeyscope import IN.json|IN.mmd --out NEW.journey [--force]</source>
        <translation>Aufruf: journeyscope import IN.json|IN.mmd --out NEW.journey [--force]</translation>
    </message>
    <message>
        <source>journeyscope: the new project would replace the file it is made from; choose another name for it</source>
        <translation>journeyscope: das neue Projekt würde die Datei ersetzen, aus der es erstellt wird; wählen Sie einen anderen Namen dafür</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>journeyscope: the project has no journeys, so nothing is rated</source>
        <translation>journeyscope: das Projekt enthält keine Journeys, daher wird nichts bewertet</translation>
    </message>
    <message>
        <source>journeyscope: no journey is named “%1”; the journeys are: %2</source>
        <translation>journeyscope: keine Journey heißt „%1“; vorhandene Journeys: %2</translation>
    </message>
    <message>
        <source>journeyscope: journey “%1” has no assessment rounds yet; add a round to rate its touchpoints</source>
        <translation>journeyscope: die Journey „%1“ hat noch keine Bewertungsrunden; legen Sie eine Runde an, um ihre Touchpoints zu bewerten</translation>
    </message>
    <message>
        <source>journeyscope: no round is named “%1”; journey “%2” has no rounds yet</source>
        <translation>journeyscope: keine Runde heißt „%1“; die Journey „%2“ hat noch keine Runden</translation>
    </message>
    <message>
        <source>journeyscope: no round is named “%1”; the project has no rounds yet</source>
        <translation>journeyscope: keine Runde heißt „%1“; das Projekt hat noch keine Runden</translation>
    </message>
    <message>
        <source>journeyscope: no round of journey “%1” is named “%2”; its rounds are: %3</source>
        <translation>journeyscope: keine Runde der Journey „%1“ heißt „%2“; ihre Runden: %3</translation>
    </message>
    <message>
        <source>journeyscope: no round is named “%1”; the rounds are: %2</source>
        <translation>journeyscope: keine Runde heißt „%1“; vorhandene Runden: %2</translation>
    </message>
    <message>
        <source>journeyscope: round “%1” rates a journey that does not exist</source>
        <translation>journeyscope: die Runde „%1“ bewertet eine Journey, die nicht existiert</translation>
    </message>
</context>
<context>
    <name>js::WeakSpotReport</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>js::WeakSpotTable</name>
    <message>
        <source>discuss, few ratings</source>
        <translation>besprechen, wenige Bewertungen</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Every rated cell meets its target: no weak spot to list.</source>
        <translation>Jede bewertete Zelle erreicht ihren Zielwert: Es gibt keine Schwachstellen.</translation>
    </message>
    <message>
        <source>No weak spots yet: nobody has rated this round. Type scores in the Assess tab, and the cells below their targets are listed here.</source>
        <translation>Noch keine Schwachstellen: Niemand hat diese Runde bewertet. Geben Sie im Reiter „Bewerten“ Werte ein; die Zellen unter ihrem Zielwert werden dann hier aufgelistet.</translation>
    </message>
    <message>
        <source>No weak spots to list. Choose a round, and at least one framework, rater and stage above.</source>
        <translation>Keine Schwachstellen aufzulisten. Wählen Sie oben eine Runde sowie mindestens ein Framework, einen Bewerter und eine Phase.</translation>
    </message>
</context>
<context>
    <name>js::WeakSpotTableModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The rank by priority</source>
        <translation>Der Rang nach Priorität</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>The mean of the scores</source>
        <translation>Der Mittelwert der Werte</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>How far the mean falls short of the target</source>
        <translation>Wie weit der Mittelwert unter dem Zielwert liegt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s importance, 1 to 5</source>
        <translation>Die Wichtigkeit des Touchpoints, 1 bis 5</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>The criterion&apos;s weight in the round</source>
        <translation>Die Gewichtung des Kriteriums in der Runde</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Importance × weight × gap</source>
        <translation>Wichtigkeit × Gewichtung × Lücke</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>The number of scores the mean rests on</source>
        <translation>Die Anzahl der Werte, auf denen der Mittelwert beruht</translation>
    </message>
    <message>
        <source>Raters (n)</source>
        <translation>Bewerter (n)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>js::WeakSpotsVerb</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--top needs a whole number from 1 up, not “%1”</source>
        <translation>--top benötigt eine ganze Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <source>which project file?</source>
        <translation>welche Projektdatei?</translation>
    </message>
    <message>
        <source>one project file at a time</source>
        <translation>nur eine Projektdatei auf einmal</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Round %1 of journey “%2” rates no criteria.</source>
        <translation>Runde %1 der Journey „%2“ bewertet keine Kriterien.</translation>
    </message>
    <message>
        <source>Round %1 of journey “%2”: no scores yet.</source>
        <translation>Runde %1 der Journey „%2“: noch keine Werte.</translation>
    </message>
    <message>
        <source>Round %1 of journey “%2”: no weak spots, every rated cell meets its target.</source>
        <translation>Runde %1 der Journey „%2“: keine Schwachstellen, jede bewertete Zelle erreicht ihren Zielwert.</translation>
    </message>
    <message>
        <source>1 weak spot</source>
        <translation>1 Schwachstelle</translation>
    </message>
    <message numerus="yes">
        <source>%n weak spots</source>
        <translation>
            <numerusform>%n Schwachstelle</numerusform>
            <numerusform>%n Schwachstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The top %1 of %2 in round %3 of journey “%4”, highest priority first.</source>
        <translation>Die obersten %1 von %2 in Runde %3 der Journey „%4“, höchste Priorität zuerst.</translation>
    </message>
    <message>
        <source>%1 in round %2 of journey “%3”, highest priority first.</source>
        <translation>%1 in Runde %2 der Journey „%3“, höchste Priorität zuerst.</translation>
    </message>
    <message>
        <source>usage: journeyscope weakspots FILE [--journey NAME] [--round NAME] [--top N] [--json]</source>
        <translation>Aufruf: journeyscope weakspots DATEI [--journey NAME] [--round NAME] [--top N] [--json]</translation>
    </message>
</context>
<context>
    <name>js::WindowLaunch</name>
    <message>
        <source>Journeyscope is running but did not answer; it opens what you asked for when it can</source>
        <translation>Journeyscope läuft, antwortet aber nicht; es öffnet das Gewünschte, sobald es kann</translation>
    </message>
</context>
<context>
    <name>js::Workspace</name>
    <message>
        <source>Untitled %1.journey</source>
        <translation>Unbenannt %1.journey</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt wird verwendet</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Demo project.journey</source>
        <translation>Demoprojekt.journey</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Das Demoprojekt kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>js::analysis::Insights</name>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
</context>
<context>
    <name>js::analysis::Quadrants</name>
    <message>
        <source>Concentrate here</source>
        <translation>Hier ansetzen</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Geringe Priorität</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>Mögliche Übererfüllung</translation>
    </message>
</context>
<context>
    <name>js::analysis::WeakSpots</name>
    <message>
        <source>discuss</source>
        <translation>diskutieren</translation>
    </message>
    <message>
        <source>few ratings</source>
        <translation>wenige Bewertungen</translation>
    </message>
    <message>
        <source>(removed criterion)</source>
        <translation>(entferntes Kriterium)</translation>
    </message>
    <message>
        <source>%1 %2 against a target of %3, importance %4</source>
        <translation>%1 %2 bei einem Zielwert von %3, Wichtigkeit %4</translation>
    </message>
</context>
<context>
    <name>js::exporting::Exporter</name>
    <message>
        <source>The export was cancelled; no file was written</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no chart “%1”; the charts are: %2</source>
        <translation>Es gibt kein Diagramm „%1“; verfügbare Diagramme: %2</translation>
    </message>
    <message>
        <source>The journey has no assessment round yet, so there is no chart to export</source>
        <translation>Die Journey hat noch keine Bewertungsrunde, daher gibt es kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>The stage with the lowest score</source>
        <translation>Phase mit dem niedrigsten Wert</translation>
    </message>
    <message>
        <source>The chart “%1” has nothing to show for the round “%2”%3</source>
        <translation>Das Diagramm „%1“ hat für die Runde „%2“ nichts anzuzeigen%3</translation>
    </message>
    <message>
        <source>: it compares a round with an earlier one, and this is the journey&apos;s first</source>
        <translation>: Es vergleicht eine Runde mit einer früheren, dies ist aber die erste Runde der Journey</translation>
    </message>
    <message>
        <source>The journey has no assessment round yet, so it has no weak spots</source>
        <translation>Die Journey hat noch keine Bewertungsrunde, daher hat sie keine Schwachstellen</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>At %1 dpi the image would be %2 × %3 pixels, too large to make; choose %4 dpi or less</source>
        <translation>Bei %1 dpi wäre das Bild %2 × %3 Pixel groß und lässt sich nicht erzeugen; wählen Sie höchstens %4 dpi</translation>
    </message>
    <message>
        <source>The journey to export no longer exists</source>
        <translation>Die zu exportierende Journey existiert nicht mehr</translation>
    </message>
    <message>
        <source>The project has no journey to export</source>
        <translation>Das Projekt enthält keine Journey, die exportiert werden könnte</translation>
    </message>
</context>
<context>
    <name>js::live::LiveAddresses</name>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>js::live::LivePage</name>
    <message>
        <source>Rate with Journeyscope</source>
        <translation>Bewerten mit Journeyscope</translation>
    </message>
    <message>
        <source>Connecting to the facilitator’s laptop…</source>
        <translation>Verbindung zum Laptop der Moderation wird hergestellt…</translation>
    </message>
    <message>
        <source>Join the rating</source>
        <translation>Der Bewertung beitreten</translation>
    </message>
    <message>
        <source>Tap your name if it is on the list:</source>
        <translation>Tippen Sie auf Ihren Namen, falls er in der Liste steht:</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Waiting for the facilitator…</source>
        <translation>Warten auf die Moderation…</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>N/A – does not apply here</source>
        <translation>k. A. – trifft hier nicht zu</translation>
    </message>
    <message>
        <source>Add a note (optional)</source>
        <translation>Notiz hinzufügen (optional)</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not stored. Please try again.</source>
        <translation>Nicht gespeichert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You can change it until the facilitator moves on.</source>
        <translation>Sie können ihn noch ändern, bis die Moderation weiterschaltet.</translation>
    </message>
    <message>
        <source>The facilitator has moved on: here is the next question.</source>
        <translation>Die Moderation hat weitergeschaltet: Hier ist die nächste Frage.</translation>
    </message>
    <message>
        <source>The laptop is busy. Trying again…</source>
        <translation>Der Laptop ist ausgelastet. Neuer Versuch…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>You have rated everything. Thank you!</source>
        <translation>Sie haben alles bewertet. Vielen Dank!</translation>
    </message>
    <message>
        <source>Review my scores</source>
        <translation>Meine Werte durchsehen</translation>
    </message>
    <message>
        <source>The round is locked: no more ratings are taken.</source>
        <translation>Die Runde ist gesperrt: Es werden keine Bewertungen mehr angenommen.</translation>
    </message>
    <message>
        <source>The session has ended. Thank you!</source>
        <translation>Die Sitzung ist beendet. Vielen Dank!</translation>
    </message>
    <message>
        <source>This session has ended. If the facilitator has started a new one, scan the new code on the screen.</source>
        <translation>Diese Sitzung ist beendet. Falls die Moderation eine neue gestartet hat, scannen Sie den neuen Code auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No connection to the facilitator’s laptop. Retrying…</source>
        <translation>Keine Verbindung zum Laptop der Moderation. Neuer Versuch…</translation>
    </message>
    <message>
        <source>Rating as %1</source>
        <translation>Sie bewerten als %1</translation>
    </message>
    <message>
        <source>Questions to ask yourself</source>
        <translation>Fragen, die Sie sich stellen können</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Mehr lesen</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
</context>
<context>
    <name>js::live::LiveRequests</name>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The name holds characters that cannot be shown.</source>
        <translation>Der Name enthält Zeichen, die nicht angezeigt werden können.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Treten Sie zuerst der Sitzung bei.</translation>
    </message>
    <message>
        <source>The participant is not a valid id.</source>
        <translation>Der Teilnehmer ist keine gültige ID.</translation>
    </message>
    <message>
        <source>The touchpoint and the criterion must be given as the ids the state lists.</source>
        <translation>Touchpoint und Kriterium müssen mit den IDs angegeben werden, die der Status auflistet.</translation>
    </message>
    <message>
        <source>The score must be 1 to 5 or “na”.</source>
        <translation>Der Wert muss 1 bis 5 oder „na“ sein.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>Die Notiz muss Text sein.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The note holds characters that cannot be shown.</source>
        <translation>Die Notiz enthält Zeichen, die nicht angezeigt werden können.</translation>
    </message>
</context>
<context>
    <name>js::live::LiveServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>js::live::LiveSession</name>
    <message>
        <source>The round no longer exists.</source>
        <translation>Die Runde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The round “%1” is locked. Unlock it to rate it live.</source>
        <translation>Die Runde „%1“ ist gesperrt. Entsperren Sie sie, um sie live zu bewerten.</translation>
    </message>
    <message>
        <source>The round “%1” rates no criteria.</source>
        <translation>Die Runde „%1“ bewertet keine Kriterien.</translation>
    </message>
    <message>
        <source>The journey of the round “%1” has no touchpoints.</source>
        <translation>Die Journey der Runde „%1“ hat keine Touchpoints.</translation>
    </message>
    <message>
        <source>The session has ended: the round no longer exists.</source>
        <translation>Die Sitzung ist beendet: Die Runde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The round is locked: no more ratings are taken.</source>
        <translation>Die Runde ist gesperrt: Es werden keine Bewertungen mehr angenommen.</translation>
    </message>
    <message>
        <source>Someone has already joined as “%1”. Add an initial to your name.</source>
        <translation>Es ist bereits jemand als „%1“ beigetreten. Ergänzen Sie Ihren Namen um eine Initiale.</translation>
    </message>
    <message>
        <source>The session is full.</source>
        <translation>Die Sitzung ist voll.</translation>
    </message>
    <message>
        <source>The round does not take new raters now.</source>
        <translation>Die Runde nimmt derzeit keine neuen Bewerter auf.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Treten Sie zuerst der Sitzung bei.</translation>
    </message>
    <message>
        <source>You can only rate as yourself.</source>
        <translation>Sie können nur in Ihrem eigenen Namen bewerten.</translation>
    </message>
    <message>
        <source>You are no longer a rater of this round.</source>
        <translation>Sie sind kein Bewerter dieser Runde mehr.</translation>
    </message>
    <message>
        <source>That touchpoint or criterion is not part of this round.</source>
        <translation>Dieser Touchpoint oder dieses Kriterium gehört nicht zu dieser Runde.</translation>
    </message>
    <message>
        <source>The facilitator has moved on.</source>
        <translation>Die Moderation hat weitergeschaltet.</translation>
    </message>
    <message>
        <source>Live rating by %1</source>
        <translation>Live-Bewertung von %1</translation>
    </message>
</context>
<context>
    <name>js::mermaid::MermaidJourney</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>Untitled touchpoint</source>
        <translation>Unbenannter Touchpoint</translation>
    </message>
    <message>
        <source>Import journey %1</source>
        <translation>Journey %1 importieren</translation>
    </message>
    <message>
        <source>the accessible description opened here is never closed with “}”</source>
        <translation>die hier begonnene barrierefreie Beschreibung wird nie mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>there is no diagram: the text is empty or only comments</source>
        <translation>es gibt kein Diagramm: Der Text ist leer oder enthält nur Kommentare</translation>
    </message>
    <message>
        <source>the journey has no sections and no tasks to import</source>
        <translation>die Journey enthält keine Abschnitte und keine Aufgaben zum Importieren</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the front matter opened here is never closed with “---”</source>
        <translation>der hier begonnene Front-Matter-Block wird nie mit „---“ geschlossen</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram: it starts with “%1” where “journey” belongs</source>
        <translation>dies ist kein Mermaid-Journey-Diagramm: Es beginnt mit „%1“, wo „journey“ stehen muss</translation>
    </message>
    <message>
        <source>“;” is not allowed in a journey diagram</source>
        <translation>„;“ ist in einem Journey-Diagramm nicht erlaubt</translation>
    </message>
    <message>
        <source>a task needs a name before its score</source>
        <translation>eine Aufgabe braucht vor ihrem Wert einen Namen</translation>
    </message>
    <message>
        <source>the task “%1” has no score; write a task as “name: score: actors”, with a score from 1 to 5</source>
        <translation>die Aufgabe „%1“ hat keinen Wert; schreiben Sie eine Aufgabe als „Name: Wert: Akteure“, mit einem Wert von 1 bis 5</translation>
    </message>
    <message>
        <source>the score of the task “%1” is “%2”; a score is a whole number from 1 to 5</source>
        <translation>der Wert der Aufgabe „%1“ ist „%2“; ein Wert ist eine ganze Zahl von 1 bis 5</translation>
    </message>
</context>
<context>
    <name>js::report::ReportFlow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>js::selfassessment</name>
    <message>
        <source>Very poor</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::CriterionStrip</name>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>At this touchpoint:</source>
        <translation>Bei diesem Touchpoint:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::FrameworksPage</name>
    <message>
        <source>Tick what you want to judge each touchpoint on. Fewer criteria make a quicker walk; you can assess the others another time.</source>
        <translation>Kreuzen Sie an, wonach Sie jeden Touchpoint beurteilen möchten. Mit weniger Kriterien geht es schneller; die übrigen können Sie ein anderes Mal bewerten.</translation>
    </message>
    <message>
        <source>Framework and criterion</source>
        <translation>Framework und Kriterium</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Was gefragt wird</translation>
    </message>
    <message>
        <source>This project has no frameworks with criteria yet. Add one in the framework editor first.</source>
        <translation>Dieses Projekt hat noch keine Frameworks mit Kriterien. Legen Sie zuerst eines im Framework-Editor an.</translation>
    </message>
    <message>
        <source>Tick at least one criterion to go on.</source>
        <translation>Kreuzen Sie mindestens ein Kriterium an, um fortzufahren.</translation>
    </message>
    <message>
        <source>No criteria ticked.</source>
        <translation>Keine Kriterien angekreuzt.</translation>
    </message>
    <message>
        <source>%1 × %2 = %3, about %4. Your answers are saved as you go, so you can stop and continue later.</source>
        <translation>%1 × %2 = %3, etwa %4. Ihre Antworten werden laufend gespeichert, Sie können also jederzeit unterbrechen und später weitermachen.</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 Kriterium</translation>
    </message>
    <message>
        <source>%1 criteria</source>
        <translation>%1 Kriterien</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::JourneyPage</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your answers are recorded under this name. It is remembered for the next time.</source>
        <translation>Ihre Antworten werden unter diesem Namen gespeichert. Er wird für das nächste Mal gemerkt.</translation>
    </message>
    <message>
        <source>Assess a journey of this &amp;project</source>
        <translation>Eine Journey dieses &amp;Projekts bewerten</translation>
    </message>
    <message>
        <source>Start a &amp;new journey from a template</source>
        <translation>Eine &amp;neue Journey aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Who is rating?</source>
        <translation>Wer bewertet?</translation>
    </message>
    <message>
        <source>Which journey do you want to assess?</source>
        <translation>Welche Journey möchten Sie bewerten?</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 (1 touchpoint)</source>
        <translation>%1 (1 Touchpoint)</translation>
    </message>
    <message>
        <source>%1 (%2 touchpoints)</source>
        <translation>%1 (%2 Touchpoints)</translation>
    </message>
    <message>
        <source>Enter your name to go on.</source>
        <translation>Geben Sie Ihren Namen ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Give the new journey a name to go on.</source>
        <translation>Geben Sie der neuen Journey einen Namen, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::ResultPage</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>not scored before</source>
        <translation>vorher nicht bewertet</translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation>Wert der Journey</translation>
    </message>
    <message>
        <source>out of 5</source>
        <translation>von 5</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Create actions for the weakest spots.&lt;/li&gt;&lt;li&gt;On the Actions tab, give each an owner and a due date.&lt;/li&gt;&lt;li&gt;Assess the journey again in three to six months to see what moved.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Legen Sie Maßnahmen für die größten Schwachstellen an.&lt;/li&gt;&lt;li&gt;Geben Sie jeder Maßnahme auf der Registerkarte „Maßnahmen“ einen Verantwortlichen und ein Fälligkeitsdatum.&lt;/li&gt;&lt;li&gt;Bewerten Sie die Journey in drei bis sechs Monaten erneut, um zu sehen, was sich verändert hat.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Your three weakest spots</source>
        <translation>Ihre drei größten Schwachstellen</translation>
    </message>
    <message>
        <source>Ranked by how much the touchpoint matters to customers, the criterion&apos;s weight and how far the score falls short of its target. Start with the first.</source>
        <translation>Geordnet nach der Wichtigkeit des Touchpoints für die Kunden, der Gewichtung des Kriteriums und dem Abstand des Werts zu seinem Zielwert. Beginnen Sie mit der ersten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 scored · %3 not applicable · %4 skipped</source>
        <translation>%1 von %2 bewertet · %3 nicht zutreffend · %4 übersprungen</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Was sich verändert hat</translation>
    </message>
    <message>
        <source>This is the first self-assessment of this journey. Assess it again in a few months to see what moved.</source>
        <translation>Dies ist die erste Selbstbewertung dieser Journey. Bewerten Sie sie in einigen Monaten erneut, um zu sehen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>What moved since %1</source>
        <translation>Was sich seit %1 verändert hat</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Gesamte Journey</translation>
    </message>
    <message>
        <source>Nothing was scored in both rounds, so there is nothing to compare yet.</source>
        <translation>Kein Punkt wurde in beiden Runden bewertet, daher gibt es noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No weak spots: every score meets its target. Well done; consider raising the targets next time.</source>
        <translation>Keine Schwachstellen: Jeder Wert erreicht seinen Zielwert. Gut gemacht – erwägen Sie, die Zielwerte beim nächsten Mal anzuheben.</translation>
    </message>
    <message>
        <source>Nothing was scored, so there are no weak spots to show.</source>
        <translation>Es wurde nichts bewertet, daher gibt es keine Schwachstellen anzuzeigen.</translation>
    </message>
    <message>
        <source>Create all three actions</source>
        <translation>Alle drei Maßnahmen anlegen</translation>
    </message>
    <message>
        <source>Create both actions</source>
        <translation>Beide Maßnahmen anlegen</translation>
    </message>
    <message>
        <source>Create actions for the weakest spots</source>
        <translation>Maßnahmen für die größten Schwachstellen anlegen</translation>
    </message>
    <message>
        <source>Create 1 action</source>
        <translation>1 Maßnahme anlegen</translation>
    </message>
    <message>
        <source>Create %1 actions</source>
        <translation>%1 Maßnahmen anlegen</translation>
    </message>
    <message>
        <source>1 action created.</source>
        <translation>1 Maßnahme angelegt.</translation>
    </message>
    <message>
        <source>%1 actions created.</source>
        <translation>%1 Maßnahmen angelegt.</translation>
    </message>
    <message>
        <source>Find them on the Actions tab, where you can give each an owner and a due date.</source>
        <translation>Sie finden sie auf der Registerkarte „Maßnahmen“, wo Sie jeder Maßnahme einen Verantwortlichen und ein Fälligkeitsdatum zuweisen können.</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::SelfAssessmentRounds</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How the self-assessment writes a day, as a QDate format.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Self-assessment %1</source>
        <translation>Selbstbewertung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A self-assessment by %1, made with the guided walk.</source>
        <translation>Eine Selbstbewertung von %1, erstellt im geführten Durchgang.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::StartPage</name>
    <message>
        <source>You stopped half-way last time</source>
        <translation>Sie haben beim letzten Mal mittendrin aufgehört</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Carry on where you stopped, or start a new self-assessment from the beginning.</source>
        <translation>Ihre bisherigen Antworten sind gespeichert. Machen Sie dort weiter, wo Sie aufgehört haben, oder beginnen Sie eine neue Selbstbewertung von vorn.</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Continue the self-assessment of %1</source>
        <translation>Selbstbewertung vom %1 fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 answered on “%3”</source>
        <translation>%1 von %2 zu „%3“ beantwortet</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::TouchpointsPage</name>
    <message>
        <source>New: added when you go on</source>
        <translation>Neu: wird hinzugefügt, wenn Sie fortfahren</translation>
    </message>
    <message>
        <source>These are the moments where your customer meets your business, stage by stage. You will rate each of them. Add any that are missing and give each a name your team would recognize: double-click a name to change it.</source>
        <translation>Das sind die Momente, in denen Ihr Kunde Ihrem Unternehmen begegnet, Phase für Phase. Sie werden jeden davon bewerten. Ergänzen Sie fehlende Touchpoints und geben Sie jedem einen Namen, unter dem Ihr Team ihn wiedererkennt: Doppelklicken Sie auf einen Namen, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Add a touchpoint…</source>
        <translation>Neuer Touchpoint…</translation>
    </message>
    <message>
        <source>Add the touchpoint (Enter)</source>
        <translation>Touchpoint hinzufügen (Enter)</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::WalkPage</name>
    <message>
        <source>Ask yourself</source>
        <translation>Fragen Sie sich</translation>
    </message>
    <message>
        <source>Score %1, %2 (key %1)</source>
        <translation>Wert %1, %2 (Taste %1)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>This criterion does not apply to this touchpoint (key N)</source>
        <translation>Dieses Kriterium trifft auf diesen Touchpoint nicht zu (Taste N)</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Leave this one unanswered and go on (key S)</source>
        <translation>Diese Frage unbeantwortet lassen und weitermachen (Taste S)</translation>
    </message>
    <message>
        <source>Keys: 1–5 score · N not applicable · S skip · Backspace back</source>
        <translation>Tasten: 1–5 Wert · N nicht zutreffend · S überspringen · Rücktaste zurück</translation>
    </message>
    <message>
        <source>Nothing to rate</source>
        <translation>Nichts zu bewerten</translation>
    </message>
    <message>
        <source>The journey has no touchpoints or the round no criteria.</source>
        <translation>Die Journey hat keine Touchpoints oder die Runde keine Kriterien.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Phase %1 von %2: %3</translation>
    </message>
    <message>
        <source>Touchpoint %1 of %2 · criterion %3 of %4</source>
        <translation>Touchpoint %1 von %2 · Kriterium %3 von %4</translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation>Wichtigkeit %1 von 5</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>Your answer: %1, %2</source>
        <translation>Ihre Antwort: %1, %2</translation>
    </message>
    <message>
        <source>Your answer: not applicable</source>
        <translation>Ihre Antwort: nicht zutreffend</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
</context>
<context>
    <name>js::selfassessment::WeakSpotCard</name>
    <message>
        <source>(removed criterion)</source>
        <translation>(entferntes Kriterium)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Maßnahme anlegen</translation>
    </message>
    <message>
        <source>Plan “%1” for this touchpoint</source>
        <translation>„%1“ für diesen Touchpoint planen</translation>
    </message>
    <message>
        <source>✓ Action created</source>
        <translation>✓ Maßnahme angelegt</translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyAnswers</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5 or a label such as “Very satisfied”</source>
        <translation>eine ganze Zahl von 1 bis 5 oder eine Bezeichnung wie „Sehr zufrieden“</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 or a label such as “Somewhat agree”</source>
        <translation>eine ganze Zahl von 1 bis %1 oder eine Bezeichnung wie „Stimme eher zu“</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Einlesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>The file holds no responses, only its header rows.</source>
        <translation>Die Datei enthält keine Antworten, nur Kopfzeilen.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file holds more than %L1 responses, more than one survey import reads.</source>
        <translation>Die Datei enthält mehr als %L1 Antworten, mehr als ein Umfrageimport liest.</translation>
    </message>
    <message>
        <source>The file holds more than %L1 answers, more than one survey import reads.</source>
        <translation>Die Datei enthält mehr als %L1 Einzelantworten, mehr als ein Umfrageimport liest.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %L2 characters, which no survey export writes.</source>
        <translation>Zeile %1: Ein Feld ist länger als %L2 Zeichen, was kein Umfrageexport schreibt.</translation>
    </message>
    <message>
        <source>Line %1: a record has more than %L2 fields, which no survey export writes.</source>
        <translation>Zeile %1: Ein Datensatz hat mehr als %L2 Felder, was kein Umfrageexport schreibt.</translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyImport</name>
    <message numerus="yes">
        <source>Rests on few answers (%n).</source>
        <translation>
            <numerusform>Beruht auf wenigen Antworten (%n).</numerusform>
            <numerusform>Beruht auf wenigen Antworten (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>±%1 at 95% confidence; promoters %2, passives %3, detractors %4</source>
        <translation>±%1 bei 95 % Konfidenz; Promotoren %2, Passive %3, Kritiker %4</translation>
    </message>
    <message>
        <source>Mean %1 of 5; satisfied (4 or 5): %2 of %3</source>
        <translation>Mittelwert %1 von 5; zufrieden (4 oder 5): %2 von %3</translation>
    </message>
    <message>
        <source>%1% agree it was easy (4 or 5 of 5)</source>
        <translation>%1 % stimmen zu, dass es einfach war (4 oder 5 von 5)</translation>
    </message>
    <message>
        <source>%1% agree it was easy (5 to 7 of 7)</source>
        <translation>%1 % stimmen zu, dass es einfach war (5 bis 7 von 7)</translation>
    </message>
    <message>
        <source>Import survey %1</source>
        <translation>Umfrage %1 importieren</translation>
    </message>
</context>
<context>
    <name>js::survey::SurveyMetrics</name>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation>Zeile %1, Spalte %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no touchpoint is named.</source>
        <translation>%1: Es ist kein Touchpoint angegeben.</translation>
    </message>
    <message>
        <source>Line %1: no touchpoint is chosen.</source>
        <translation>Zeile %1: Es ist kein Touchpoint ausgewählt.</translation>
    </message>
    <message>
        <source>%1: “%2” is not %3.</source>
        <translation>%1: „%2“ – erwartet wird %3.</translation>
    </message>
</context>
<context>
    <name>js::xlsx</name>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Journeyscope workbook</source>
        <translation>Journeyscope-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Customer journey assessment</source>
        <translation>Bewertung der Customer Journey</translation>
    </message>
    <message>
        <source>Customer journey assessment for %1</source>
        <translation>Bewertung der Customer Journey für %1</translation>
    </message>
    <message>
        <source>Could not create “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ konnte nicht erstellt werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Could not create “%1”: the folder is not writable, or the file is in use by another program.</source>
        <translation>„%1“ konnte nicht erstellt werden: Der Ordner ist nicht beschreibbar, oder die Datei wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”: no temporary file could be made in “%2”.</source>
        <translation>Die Arbeitsmappe „%1“ konnte nicht geschrieben werden: In „%2“ konnte keine temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <source>Not enough memory to write the workbook “%1”.</source>
        <translation>Nicht genügend Arbeitsspeicher, um die Arbeitsmappe „%1“ zu schreiben.</translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”; the disk may be full.</source>
        <translation>Die Arbeitsmappe „%1“ konnte nicht geschrieben werden; möglicherweise ist der Datenträger voll.</translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”: a sheet has more rows than Excel can hold.</source>
        <translation>Die Arbeitsmappe „%1“ konnte nicht geschrieben werden: Ein Tabellenblatt hat mehr Zeilen, als Excel aufnehmen kann.</translation>
    </message>
    <message>
        <source>Could not write the workbook “%1”: %2</source>
        <translation>Die Arbeitsmappe „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The round to export is no longer in the project.</source>
        <translation>Die zu exportierende Runde ist nicht mehr im Projekt vorhanden.</translation>
    </message>
</context>
</TS>
