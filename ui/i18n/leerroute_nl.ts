<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AvailabilityGrid</name>
    <message>
        <location filename="../availability.py" line="63"/>
        <source>Weekly free time</source>
        <translation>Vrije tijd per week</translation>
    </message>
    <message>
        <location filename="../availability.py" line="65"/>
        <source>Days across, half hours from 07:00 to 23:00 down. Drag or press Space to mark free time; arrow keys move.</source>
        <translation>Dagen naast elkaar, halve uren van 07:00 tot 23:00 onder elkaar. Sleep of druk op Spatie om vrije tijd te markeren; met de pijltjestoetsen ga je naar een ander vak.</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../catalogue_browser.py" line="62"/>
        <source>Search goals, modules and outcomes…</source>
        <translation>Zoek doelen, modules en leeruitkomsten…</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="66"/>
        <source>Filter modules by mode</source>
        <translation>Modules filteren op leervorm</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="67"/>
        <source>Any mode</source>
        <translation>Elke leervorm</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="75"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="75"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="76"/>
        <source>Outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="104"/>
        <source>Problems in the catalogue files</source>
        <translation>Problemen in de catalogusbestanden</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="143"/>
        <source>Choose a module or an outcome to see what it needs and what needs it.</source>
        <translation>Kies een module of een leeruitkomst om te zien wat ervoor nodig is en waarvoor die nodig is.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="152"/>
        <source>Problems in the files: {n}</source>
        <translation>Problemen in de bestanden: {n}</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="153"/>
        <source>No problems found in the catalogue files.</source>
        <translation>Geen problemen gevonden in de catalogusbestanden.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="165"/>
        <source>A goal has no prerequisites of its own.</source>
        <translation>Een doel heeft zelf geen ingangseisen.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="166"/>
        <source>Choose a module or an outcome of this goal to see its graph.</source>
        <translation>Kies een module of een leeruitkomst van dit doel om de grafiek ervan te zien.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="173"/>
        <source>The graph cannot be drawn: {error}</source>
        <translation>De grafiek kan niet worden getekend: {error}</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="177"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: what it needs (above) and what needs it (below). Double-click a box to follow it.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: wat ervoor nodig is (boven) en waarvoor het nodig is (onder). Dubbelklik op een vak om het te volgen.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../details.py" line="51"/>
        <source>Module details</source>
        <translation>Moduledetails</translation>
    </message>
    <message>
        <location filename="../details.py" line="54"/>
        <location filename="../details.py" line="134"/>
        <source>&amp;Pin</source>
        <translation>&amp;Vastzetten</translation>
    </message>
    <message>
        <location filename="../details.py" line="56"/>
        <source>Keep this module and offering in the route</source>
        <translation>Houd deze module en uitvoering in de route</translation>
    </message>
    <message>
        <location filename="../details.py" line="57"/>
        <source>E&amp;xclude</source>
        <translation>&amp;Uitsluiten</translation>
    </message>
    <message>
        <location filename="../details.py" line="59"/>
        <source>Plan a route without this module</source>
        <translation>Plan een route zonder deze module</translation>
    </message>
    <message>
        <location filename="../details.py" line="64"/>
        <source>Other offerings of this module</source>
        <translation>Andere uitvoeringen van deze module</translation>
    </message>
    <message>
        <location filename="../details.py" line="65"/>
        <source>&amp;Use this offering</source>
        <translation>Deze uitvoering &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../details.py" line="71"/>
        <source>Outcome to mark as proven</source>
        <translation>Leeruitkomst om als aangetoond te markeren</translation>
    </message>
    <message>
        <location filename="../details.py" line="76"/>
        <source>Kind of evidence</source>
        <translation>Soort bewijs</translation>
    </message>
    <message>
        <location filename="../details.py" line="80"/>
        <source>I &amp;can already show this</source>
        <translation>Dit kan ik al &amp;aantonen</translation>
    </message>
    <message>
        <location filename="../details.py" line="83"/>
        <source>A diploma, edubadge or passed EVC proves the outcome and the route skips it; work experience lets the route use an assessment-only (EVC) route for it</source>
        <translation>Met een diploma, edubadge of behaalde EVC is de leeruitkomst aangetoond en slaat de route die over; met werkervaring kan de route er een EVC-assessment zonder lessen voor gebruiken</translation>
    </message>
    <message>
        <location filename="../details.py" line="86"/>
        <source>Change the route</source>
        <translation>Route aanpassen</translation>
    </message>
    <message>
        <location filename="../details.py" line="93"/>
        <source>Offering:</source>
        <translation>Uitvoering:</translation>
    </message>
    <message>
        <location filename="../details.py" line="96"/>
        <source>Outcome:</source>
        <translation>Leeruitkomst:</translation>
    </message>
    <message>
        <location filename="../details.py" line="98"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../details.py" line="130"/>
        <source>Select a module in the timeline or the list to see why it is in your route.</source>
        <translation>Kies een module in de tijdlijn of de lijst om te zien waarom die in je route staat.</translation>
    </message>
    <message>
        <location filename="../details.py" line="134"/>
        <source>Un&amp;pin</source>
        <translation>&amp;Losmaken</translation>
    </message>
    <message>
        <location filename="../details.py" line="136"/>
        <source>none (self-paced)</source>
        <translation>geen (in eigen tempo)</translation>
    </message>
    <message>
        <location filename="../details.py" line="138"/>
        <source>Offering</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <location filename="../details.py" line="139"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../details.py" line="139"/>
        <source>{start} – {end} (weeks {a}–{b})</source>
        <translation>{start} – {end} (week {a} t/m {b})</translation>
    </message>
    <message>
        <location filename="../details.py" line="142"/>
        <source>Study load</source>
        <translation>Studielast</translation>
    </message>
    <message>
        <location filename="../details.py" line="142"/>
        <source>{ec} EC, {hours} hours, {hpw} hours a week</source>
        <translation>{ec} EC, {hours} uur, {hpw} uur per week</translation>
    </message>
    <message>
        <location filename="../details.py" line="149"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../details.py" line="149"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../details.py" line="149"/>
        <source>{what} completed</source>
        <translation>{what} afgerond</translation>
    </message>
    <message>
        <location filename="../details.py" line="150"/>
        <source>{outcome} (before or alongside)</source>
        <translation>{outcome} (ervoor of tegelijk)</translation>
    </message>
    <message>
        <location filename="../details.py" line="150"/>
        <source>{n} EC</source>
        <translation>{n} EC</translation>
    </message>
    <message>
        <location filename="../details.py" line="151"/>
        <source>{n} modules</source>
        <translation>{n} modules</translation>
    </message>
    <message>
        <location filename="../details.py" line="151"/>
        <source>{what} ({pool})</source>
        <translation>{what} ({pool})</translation>
    </message>
    <message>
        <location filename="../details.py" line="152"/>
        <source>Requires</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <location filename="../details.py" line="172"/>
        <source> — {weeks} weeks, {hours} h/week, {cost}</source>
        <translation> — {weeks} weken, {hours} u/week, {cost}</translation>
    </message>
    <message>
        <location filename="../details.py" line="144"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../details.py" line="145"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../details.py" line="154"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../details.py" line="154"/>
        <source>assessment only (EVC): shows what you already master</source>
        <translation>alleen assessment (EVC): laat zien wat je al beheerst</translation>
    </message>
    <message>
        <location filename="../details.py" line="156"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location filename="../details.py" line="156"/>
        <source>microcredential (edubadge)</source>
        <translation>microcredential (edubadge)</translation>
    </message>
    <message>
        <location filename="../details.py" line="160"/>
        <source>No reason recorded by the planner.</source>
        <translation>De planner heeft geen reden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../details.py" line="162"/>
        <source>Why is this in my route?</source>
        <translation>Waarom zit dit in mijn route?</translation>
    </message>
    <message>
        <location filename="../details.py" line="162"/>
        <source>Outcomes you gain</source>
        <translation>Leeruitkomsten die je behaalt</translation>
    </message>
    <message>
        <location filename="../details.py" line="175"/>
        <source> (in route)</source>
        <translation> (in je route)</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../explanation.py" line="23"/>
        <source>Why there is no route, and what would help</source>
        <translation>Waarom er geen route is, en wat zou helpen</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="48"/>
        <source>No route fits your wishes.</source>
        <translation>Geen enkele route past bij je wensen.</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="57"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="61"/>
        <source>The planner gave no reason. Try fewer restrictions.</source>
        <translation>De planner gaf geen reden. Probeer minder beperkingen.</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="65"/>
        <source>This plan breaks these rules:</source>
        <translation>Dit plan overtreedt deze regels:</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="68"/>
        <source>What would give a route (one click applies it, Undo takes it back):</source>
        <translation>Hiermee komt er wel een route (één klik past het toe, Ongedaan maken draait het terug):</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="73"/>
        <source>Apply this change to your wishes and plan again</source>
        <translation>Pas deze wijziging toe op je wensen en plan opnieuw</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../graphview.py" line="39"/>
        <source>Prerequisite graph</source>
        <translation>Grafiek van ingangseisen</translation>
    </message>
    <message>
        <location filename="../graphview.py" line="70"/>
        <source>Nothing to draw.</source>
        <translation>Niets om te tekenen.</translation>
    </message>
    <message>
        <location filename="../graphview.py" line="109"/>
        <source>square: module   round: outcome   arrow: needed before</source>
        <translation>vierkant: module   rond: leeruitkomst   pijl: eerder nodig</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <location filename="../learnerform.py" line="100"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="112"/>
        <source> h/week</source>
        <translation> u/week</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="114"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="120"/>
        <source>Deadline date</source>
        <translation>Datum van de deadline</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="121"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="125"/>
        <source>Budget in euros</source>
        <translation>Budget in euro</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="134"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="135"/>
        <source>&amp;Goal:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="136"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="137"/>
        <source>&amp;Hours:</source>
        <translation>U&amp;ren:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="140"/>
        <source>Milestones I must reach in time</source>
        <translation>Mijlpalen die ik op tijd moet halen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="146"/>
        <source>How and where</source>
        <translation>Hoe en waar</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="156"/>
        <source>Any place</source>
        <translation>Elke plaats</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="164"/>
        <source>Prefer online</source>
        <translation>Liefst online</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="166"/>
        <source>Fewer campus evenings</source>
        <translation>Minder avonden op de campus</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="170"/>
        <source>Preferred teaching language</source>
        <translation>Gewenste onderwijstaal</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="171"/>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="172"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="173"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="177"/>
        <source>Teaching language:</source>
        <translation>Onderwijstaal:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="183"/>
        <source>Free time each week (drag to paint)</source>
        <translation>Vrije tijd per week (sleep om te kleuren)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="187"/>
        <source>Other hours in some weeks</source>
        <translation>Andere uren in sommige weken</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="189"/>
        <source>Holidays (no study)</source>
        <translation>Vakanties (geen studie)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="288"/>
        <source>Search outcomes…</source>
        <translation>Zoek leeruitkomsten…</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="194"/>
        <source>Only chosen</source>
        <translation>Alleen gekozen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="194"/>
        <location filename="../learnerform.py" line="196"/>
        <location filename="../learnerform.py" line="373"/>
        <source>Outcomes to reach</source>
        <translation>Leeruitkomsten om te behalen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="202"/>
        <source>Pick outcomes to reach besides the goal</source>
        <translation>Kies leeruitkomsten om naast het doel te behalen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="222"/>
        <source>Only proven</source>
        <translation>Alleen aangetoond</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="222"/>
        <source>Outcomes you can already prove</source>
        <translation>Leeruitkomsten die je al kunt aantonen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="225"/>
        <source>What I can already do, and how I show it</source>
        <translation>Wat ik al kan, en hoe ik dat aantoon</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="239"/>
        <source>Rename learner</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="242"/>
        <source>Change start date</source>
        <translation>Startdatum wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="244"/>
        <source>Change hours per week</source>
        <translation>Uren per week wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="253"/>
        <source>Change free time</source>
        <translation>Vrije tijd wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="265"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="267"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="323"/>
        <source>{goal} (not in the open catalogues)</source>
        <translation>{goal} (niet in de geopende catalogi)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="326"/>
        <source>No goal: only the outcomes I pick</source>
        <translation>Geen doel: alleen de leeruitkomsten die ik kies</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="370"/>
        <source>Also reach (besides the goal)</source>
        <translation>Ook behalen (naast het doel)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="371"/>
        <source>Tick outcomes to reach on top of your goal; greyed ones are in it already.</source>
        <translation>Vink leeruitkomsten aan die je naast je doel wilt behalen; grijze horen al bij je doel.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="374"/>
        <source>Your own target: tick the outcomes you want, for example for a set of microcredentials. The route reaches all of them.</source>
        <translation>Je eigen doel: vink de leeruitkomsten aan die je wilt, bijvoorbeeld voor een reeks microcredentials. De route behaalt ze allemaal.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="388"/>
        <source>“{title}” by week {week}</source>
        <translation>“{title}” uiterlijk in week {week}</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="391"/>
        <source>{title}
Checked: the route must reach it in time. Unchecked: it is a target only.</source>
        <translation>{title}
Aangevinkt: de route moet deze mijlpaal op tijd halen. Niet aangevinkt: het is alleen een streefdoel.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="408"/>
        <source>Change milestones</source>
        <translation>Mijlpalen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="415"/>
        <source>Not changed: {problem}</source>
        <translation>Niet gewijzigd: {problem}</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="426"/>
        <source>Pick the outcomes yourself</source>
        <translation>Zelf leeruitkomsten kiezen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="433"/>
        <source>Choose goal “{g}”</source>
        <translation>Doel “{g}” kiezen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="436"/>
        <source>Choose goal “{g}” instead of the picked outcomes</source>
        <translation>Doel “{g}” kiezen in plaats van de gekozen leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="473"/>
        <source>Change deadline</source>
        <translation>Deadline wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="478"/>
        <source>Change budget</source>
        <translation>Budget wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="482"/>
        <source>Change accepted modes</source>
        <translation>Toegestane leervormen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="487"/>
        <source>Change places</source>
        <translation>Plaatsen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="493"/>
        <source>Change preferences</source>
        <translation>Voorkeuren wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="505"/>
        <source>Add a holiday</source>
        <translation>Vakantie toevoegen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="505"/>
        <source>Add other hours</source>
        <translation>Andere uren toevoegen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="513"/>
        <source>Remove a holiday</source>
        <translation>Vakantie verwijderen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="513"/>
        <source>Remove other hours</source>
        <translation>Andere uren verwijderen</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <location filename="../loadchart.py" line="34"/>
        <source>Weekly load against capacity</source>
        <translation>Studielast per week tegenover beschikbare uren</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="58"/>
        <source>Highest weekly load {load} hours, capacity {cap} hours.</source>
        <translation>Hoogste studielast in een week: {load} uur, beschikbaar: {cap} uur.</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="75"/>
        <source>No route to show yet.</source>
        <translation>Nog geen route om te tonen.</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="96"/>
        <source>hours / week</source>
        <translation>uur / week</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="129"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="136"/>
        <source>available hours</source>
        <translation>beschikbare uren</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="162"/>
        <source>Week {w}: {load} of {cap} hours</source>
        <translation>Week {w}: {load} van {cap} uur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="141"/>
        <source>Modules in the route</source>
        <translation>Modules in de route</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="156"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="157"/>
        <source>Weekly &amp;load</source>
        <translation>Studie&amp;last per week</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="158"/>
        <source>&amp;Week</source>
        <translation>W&amp;eek</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="159"/>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="160"/>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogus</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="172"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="179"/>
        <source>Changes, oldest first; choose one to go back to it</source>
        <translation>Wijzigingen, oudste eerst; kies er een om ernaar terug te gaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="180"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="181"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="195"/>
        <source>Learner</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="217"/>
        <source>Open &amp;Catalogue…</source>
        <translation>&amp;Catalogus openen…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="219"/>
        <source>Open one or more catalogue files</source>
        <translation>Open een of meer catalogusbestanden</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="220"/>
        <source>&amp;Add Catalogue…</source>
        <translation>Catalogus &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="222"/>
        <source>Load another catalogue next to the open ones</source>
        <translation>Laad nog een catalogus naast de geopende</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="223"/>
        <source>Open &amp;Learner…</source>
        <translation>&amp;Deelnemer openen…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="224"/>
        <source>Open a learner file</source>
        <translation>Open een deelnemersbestand</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="225"/>
        <source>Save Learner &amp;As…</source>
        <translation>Deel&amp;nemer opslaan als…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="226"/>
        <source>Save the learner as a file</source>
        <translation>Sla de deelnemer op als bestand</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="227"/>
        <source>&amp;Open Plan…</source>
        <translation>Plan &amp;openen…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="228"/>
        <source>Open a saved plan (*.leerroute.json)</source>
        <translation>Open een opgeslagen plan (*.leerroute.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="229"/>
        <source>&amp;Save Plan</source>
        <translation>Plan op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="230"/>
        <source>Save learner, catalogue references and plan</source>
        <translation>Sla deelnemer, verwijzingen naar catalogi en plan op</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="231"/>
        <source>Save Plan &amp;As…</source>
        <translation>Plan opslaan a&amp;ls…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="233"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="236"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="241"/>
        <source>&amp;Plan Again</source>
        <translation>&amp;Opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="242"/>
        <source>Plan the route again</source>
        <translation>Plan de route opnieuw</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="243"/>
        <source>&amp;Cancel Planning</source>
        <translation>Plannen &amp;afbreken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="244"/>
        <source>Stop planning and keep the best route found so far</source>
        <translation>Stop met plannen en houd de beste route tot nu toe</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="246"/>
        <source>&amp;Pin or Unpin Module</source>
        <translation>Module &amp;vastzetten of losmaken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="247"/>
        <source>Keep the selected module in the route</source>
        <translation>Houd de gekozen module in de route</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="248"/>
        <source>E&amp;xclude Module</source>
        <translation>Module &amp;uitsluiten</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="250"/>
        <source>Plan without the selected module</source>
        <translation>Plan zonder de gekozen module</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="263"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="278"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="282"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="295"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="303"/>
        <source>System default ({language})</source>
        <translation>Systeemstandaard ({language})</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="319"/>
        <source>The interface language is {language}.</source>
        <translation>De taal van Leerroute is {language}.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="321"/>
        <source>Leerroute will be in {language} from its next start.</source>
        <translation>Leerroute is in het {language} vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="326"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="330"/>
        <source>Planning in progress</source>
        <translation>Bezig met plannen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="358"/>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} s</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="388"/>
        <source>… and {n} more (see the Catalogue tab)</source>
        <translation>… en nog {n} (zie het tabblad Catalogus)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="411"/>
        <location filename="../mainwindow.py" line="415"/>
        <source>Cannot open the catalogue</source>
        <translation>Kan de catalogus niet openen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="412"/>
        <location filename="../mainwindow.py" line="455"/>
        <source>Fix the file and open it again.</source>
        <translation>Herstel het bestand en open het opnieuw.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="416"/>
        <source>{files}: {error}

Check that this is a Leerroute catalogue file.</source>
        <translation>{files}: {error}

Controleer of dit een catalogusbestand van Leerroute is.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="426"/>
        <source>The catalogue has problems</source>
        <translation>De catalogus bevat problemen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="428"/>
        <source>Fix these lines in the file and open it again; the list in the Catalogue tab shows them all.</source>
        <translation>Herstel deze regels in het bestand en open het opnieuw; de lijst op het tabblad Catalogus toont ze allemaal.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="429"/>
        <source>1 problem in the catalogue</source>
        <translation>1 probleem in de catalogus</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="430"/>
        <source>{n} problems in the catalogue</source>
        <translation>{n} problemen in de catalogus</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="435"/>
        <source>Opened 1 catalogue</source>
        <translation>1 catalogus geopend</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="436"/>
        <source>Opened {n} catalogues</source>
        <translation>{n} catalogi geopend</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="443"/>
        <source>The Catalogue tab lists every problem with its line.</source>
        <translation>Het tabblad Catalogus toont elk probleem met zijn regel.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="454"/>
        <location filename="../mainwindow.py" line="458"/>
        <source>Cannot open the learner</source>
        <translation>Kan de deelnemer niet openen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="459"/>
        <source>{file}: {error}

Check that this is a Leerroute learner file.</source>
        <translation>{file}: {error}

Controleer of dit een deelnemersbestand van Leerroute is.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="476"/>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="477"/>
        <source>Open the learner and catalogues instead, then plan again and save.</source>
        <translation>Open in plaats daarvan de deelnemer en de catalogi, plan opnieuw en sla op.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="504"/>
        <source>Catalogues changed since this plan was saved</source>
        <translation>Catalogi gewijzigd sinds dit plan is opgeslagen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="506"/>
        <source>Opened {name}</source>
        <translation>{name} geopend</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="518"/>
        <source>Nothing to save</source>
        <translation>Niets om op te slaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="518"/>
        <source>Open a catalogue and a learner first.</source>
        <translation>Open eerst een catalogus en een deelnemer.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="523"/>
        <source>Cannot save the plan</source>
        <translation>Kan het plan niet opslaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="524"/>
        <source>Choose another folder with Save Plan As.</source>
        <translation>Kies een andere map met Plan opslaan als.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="530"/>
        <location filename="../mainwindow.py" line="558"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="539"/>
        <source>Save Plan</source>
        <translation>Plan opslaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="540"/>
        <location filename="../mainwindow.py" line="583"/>
        <source>Leerroute plans (*.leerroute.json)</source>
        <translation>Leerroute-plannen (*.leerroute.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="553"/>
        <source>Cannot save the learner</source>
        <translation>Kan de deelnemer niet opslaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="554"/>
        <source>{file}: {error}

Choose another folder.</source>
        <translation>{file}: {error}

Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="562"/>
        <source>Open Catalogues</source>
        <translation>Catalogi openen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="563"/>
        <source>Catalogues (*.yaml *.yml *.json)</source>
        <translation>Catalogi (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="568"/>
        <source>Open Learner</source>
        <translation>Deelnemer openen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="569"/>
        <source>Learners (*.yaml *.yml *.json)</source>
        <translation>Deelnemers (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="574"/>
        <source>Save Learner</source>
        <translation>Deelnemer opslaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="575"/>
        <source>Learners (*.yaml *.json)</source>
        <translation>Deelnemers (*.yaml *.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="582"/>
        <source>Open Plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="610"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="634"/>
        <source>Cannot make this change</source>
        <translation>Kan deze wijziging niet doorvoeren</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="643"/>
        <source>Pin “{m}”</source>
        <translation>“{m}” vastzetten</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="652"/>
        <source>Unpin “{m}”</source>
        <translation>“{m}” losmaken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="657"/>
        <source>Exclude “{m}”</source>
        <translation>“{m}” uitsluiten</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="662"/>
        <source>Use another offering of “{m}”</source>
        <translation>Andere uitvoering van “{m}” gebruiken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="669"/>
        <source>Mark “{o}” proven</source>
        <translation>“{o}” als aangetoond markeren</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="673"/>
        <source>Apply: {s}</source>
        <translation>Toepassen: {s}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="685"/>
        <source>The goal “{g}” is not in the open catalogues; choose a goal.</source>
        <translation>Het doel “{g}” staat niet in de geopende catalogi; kies een doel.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="694"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="701"/>
        <source>Planning your route…</source>
        <translation>Je route wordt gepland…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="706"/>
        <source>Found a route finishing in week {w}; looking for a better one…</source>
        <translation>Route gevonden die in week {w} klaar is; zoeken naar een betere…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="711"/>
        <source>Planning cancelled; showing the previous route.</source>
        <translation>Plannen afgebroken; de vorige route wordt getoond.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="715"/>
        <source>Best route found in {s:.1f} s.</source>
        <translation>Beste route gevonden in {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="716"/>
        <source>Route found in {s:.1f} s; a faster one may exist.</source>
        <translation>Route gevonden in {s:.1f} s; er is misschien een snellere.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="717"/>
        <source>Planning stopped after {s:.1f} s; showing the best route so far.</source>
        <translation>Plannen gestopt na {s:.1f} s; de beste route tot nu toe wordt getoond.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="718"/>
        <source>No route fits; see what would help above.</source>
        <translation>Geen enkele route past; zie hierboven wat zou helpen.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="719"/>
        <source>The planner found no answer in {s:.1f} s; try Plan Again (F5).</source>
        <translation>De planner vond geen antwoord in {s:.1f} s; probeer Opnieuw plannen (F5).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="723"/>
        <location filename="../mainwindow.py" line="724"/>
        <source>The planner failed</source>
        <translation>De planner is vastgelopen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="725"/>
        <source>{error}

Change your wishes or the catalogue and plan again (F5).</source>
        <translation>{error}

Pas je wensen of de catalogus aan en plan opnieuw (F5).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="790"/>
        <source>{name}[*] — Leerroute</source>
        <translation>{name}[*] — Leerroute</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="804"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="805"/>
        <source>The route has changes that are not saved. Save them?</source>
        <translation>De route heeft wijzigingen die niet zijn opgeslagen. Wil je ze opslaan?</translation>
    </message>
    <message>
        <location filename="../app.py" line="73"/>
        <source>The demo catalogue was not found; open a catalogue (Ctrl+Shift+O).</source>
        <translation>De democatalogus is niet gevonden; open een catalogus (Ctrl+Shift+O).</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../summary.py" line="18"/>
        <source>Route totals</source>
        <translation>Totalen van de route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="23"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../summary.py" line="23"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../summary.py" line="23"/>
        <source>Study hours</source>
        <translation>Studie-uren</translation>
    </message>
    <message>
        <location filename="../summary.py" line="24"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../summary.py" line="24"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../summary.py" line="25"/>
        <location filename="../summary.py" line="46"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../summary.py" line="48"/>
        <source>Planner · improving…</source>
        <translation>Planner · bezig met verbeteren…</translation>
    </message>
    <message>
        <location filename="../summary.py" line="50"/>
        <source>planning…</source>
        <translation>bezig met plannen…</translation>
    </message>
    <message>
        <location filename="../summary.py" line="50"/>
        <source>no plan yet</source>
        <translation>nog geen plan</translation>
    </message>
    <message>
        <location filename="../summary.py" line="51"/>
        <source>best route</source>
        <translation>beste route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="51"/>
        <source>good route</source>
        <translation>goede route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="52"/>
        <source>no route</source>
        <translation>geen route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="52"/>
        <source>stopped early</source>
        <translation>voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../summary.py" line="53"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../summary.py" line="57"/>
        <source>Planner · at most {gap:.0%} later than best</source>
        <translation>Planner · hoogstens {gap:.0%} later dan de beste</translation>
    </message>
    <message>
        <location filename="../summary.py" line="59"/>
        <source>Planner · earliest possible finish</source>
        <translation>Planner · zo vroeg mogelijk klaar</translation>
    </message>
    <message>
        <location filename="../summary.py" line="70"/>
        <source>Done in week {week}</source>
        <translation>Klaar in week {week}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline.py" line="53"/>
        <source>Route timeline</source>
        <translation>Tijdlijn van de route</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="54"/>
        <source>A bar for every module in the route, by week; milestones as markers.</source>
        <translation>Een balk per module in de route, per week; mijlpalen als markering.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="80"/>
        <source>No route to show yet.</source>
        <translation>Nog geen route om te tonen.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="81"/>
        <source>No route: see above what would help.</source>
        <translation>Geen route: zie hierboven wat zou helpen.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="82"/>
        <source>Nothing to plan: you can already prove every outcome of your goal.</source>
        <translation>Niets te plannen: je kunt alle leeruitkomsten van je doel al aantonen.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="111"/>
        <source>No study this week (holiday)</source>
        <translation>Geen studie deze week (vakantie)</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="134"/>
        <location filename="../timeline.py" line="136"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="158"/>
        <source>{title}
{mode}{location}
{start} – {end}, {hours} h/week, {ec} EC, {cost}</source>
        <translation>{title}
{mode}{location}
{start} – {end}, {hours} u/week, {ec} EC, {cost}</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="163"/>
        <source>{hours} h/wk</source>
        <translation>{hours} u/wk</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="180"/>
        <source>Target for “{title}”: week {week}</source>
        <translation>Streefweek voor “{title}”: week {week}</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="185"/>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="185"/>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="185"/>
        <source>not reached</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="191"/>
        <source>“{title}” reached in week {week} ({state}); target week {target}</source>
        <translation>“{title}” gehaald in week {week} ({state}); streefweek {target}</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="193"/>
        <source>week {week}, {state}</source>
        <translation>week {week}, {state}</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../weekcalendar.py" line="150"/>
        <source>Week number</source>
        <translation>Weeknummer</translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="157"/>
        <source>&amp;Week:</source>
        <translation>Wee&amp;k:</translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="197"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../weekcalendar.py" line="60"/>
        <source>Sessions this week</source>
        <translation>Bijeenkomsten deze week</translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="134"/>
        <source>No sessions this week: self-paced study only.</source>
        <translation>Geen bijeenkomsten deze week: alleen studie in eigen tempo.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>certifies &apos;{outcome_title}&apos;, which your goal requires</source>
        <translation>certificeert &apos;{outcome_title}&apos;, nodig voor je doel</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>certifies &apos;{outcome_title}&apos;, one of your choices in &apos;{group_title}&apos;</source>
        <translation>certificeert &apos;{outcome_title}&apos;, een van je keuzes in &apos;{group_title}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>needed for milestone &apos;{milestone_title}&apos; (week {week})</source>
        <translation>nodig voor mijlpaal &apos;{milestone_title}&apos; (week {week})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>&apos;{module_title}&apos; later in your route requires &apos;{outcome_title}&apos;</source>
        <translation>&apos;{module_title}&apos;, later in je route, vereist &apos;{outcome_title}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>you pinned it</source>
        <translation>je hebt deze module vastgezet</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>milestone &apos;{title}&apos; reached in week {week} (target week {target})</source>
        <translation>mijlpaal &apos;{title}&apos; gehaald in week {week} (streefweek {target})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>milestone &apos;{title}&apos; reached in week {week}, {late} weeks after its target (week {target})</source>
        <translation>mijlpaal &apos;{title}&apos; gehaald in week {week}, {late} weken na de streefweek (week {target})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>the fastest possible route: proven optimal</source>
        <translation>de snelst mogelijke route: bewezen optimaal</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>a good route; the fastest possible finish is at least week {bound} (gap {gap_pct}%)</source>
        <translation>een goede route; de vroegst mogelijke eindweek is ten minste week {bound} (marge {gap_pct}%)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>stopped before a route was found</source>
        <translation>gestopt voordat er een route was gevonden</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>you have already proven every outcome of the goal: nothing to plan</source>
        <translation>je hebt alle leeruitkomsten van het doel al aangetoond: niets te plannen</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>No route fits all of your wishes. These choices together make it impossible:</source>
        <translation>Geen enkele route past bij al je wensen. Deze keuzes samen maken het onmogelijk:</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>No route exists in the loaded catalogues, whatever you choose.</source>
        <translation>In de geladen catalogi bestaat geen route, wat je ook kiest.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>no module in the loaded catalogues certifies &apos;{outcome_title}&apos;</source>
        <translation>geen enkele module in de geladen catalogi certificeert &apos;{outcome_title}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="47"/>
        <source>&apos;{outcome_title}&apos; cannot be reached: every module that certifies it needs something that cannot be reached ({missing})</source>
        <translation>&apos;{outcome_title}&apos; is niet haalbaar: elke module die deze leeruitkomst certificeert, vereist iets wat niet haalbaar is ({missing})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>&apos;{outcome_title}&apos; is only offered as {offers}, and that does not work for you: {reasons}</source>
        <translation>&apos;{outcome_title}&apos; wordt alleen aangeboden als {offers}, en dat werkt voor jou niet: {reasons}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>the earliest possible finish is week {finish} ({finish_date}), after your deadline ({deadline})</source>
        <translation>de vroegst mogelijke eindweek is week {finish} ({finish_date}), na je deadline ({deadline})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>with {hours} hours a week the modules you need do not fit in time</source>
        <translation>met {hours} uur per week passen de modules die je nodig hebt niet op tijd</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>the cheapest route costs {cost}, more than your budget of {budget}</source>
        <translation>de goedkoopste route kost {cost}, meer dan je budget van {budget}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>your budget of {budget}</source>
        <translation>je budget van {budget}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="86"/>
        <source>raise your budget to {budget}: finish in week {finish_week}</source>
        <translation>verhoog je budget naar {budget}: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="100"/>
        <source>the route costs {cost}, more than the budget of {budget}</source>
        <translation>de route kost {cost}, meer dan het budget van {budget}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="140"/>
        <source>cost</source>
        <translation>de prijs</translation>
    </message>
    <message>
        <location filename="../messages.py" line="141"/>
        <source>hours per week</source>
        <translation>het aantal uur per week</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>mode</source>
        <translation>de leervorm</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>place</source>
        <translation>de plaats</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>sessions</source>
        <translation>het rooster van de bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../messages.py" line="145"/>
        <source>number of weeks</source>
        <translation>het aantal weken</translation>
    </message>
    <message>
        <location filename="../messages.py" line="146"/>
        <source>start dates</source>
        <translation>de lijst met startdata</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>pinned &apos;{title}&apos; cannot be part of a route together with your other wishes</source>
        <translation>&apos;{title}&apos; is vastgezet, maar past niet samen met je andere wensen in een route</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>1 {what} of {institution} was left out: {items}</source>
        <translation>1 {what} van {institution} is weggelaten: {items}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>{count} {what} of {institution} were left out: {items}</source>
        <translation>{count} {what} van {institution} zijn weggelaten: {items}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>&apos;{module_title}&apos; in your route needs &apos;{outcome_title}&apos; before or alongside it</source>
        <translation>&apos;{module_title}&apos; in je route heeft &apos;{outcome_title}&apos; ervoor of tegelijk nodig</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>its {ec} EC count towards the {rule} that &apos;{module_title}&apos; later in your route requires</source>
        <translation>de {ec} EC tellen mee voor de {rule} die &apos;{module_title}&apos; later in je route vraagt</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>its {ec} EC count towards &apos;{group_title}&apos;, which asks for {need}</source>
        <translation>de {ec} EC tellen mee voor &apos;{group_title}&apos;, die {need} vraagt</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>&apos;{outcome_title}&apos; cannot be reached: the modules that certify it need {credits} completed, more than the modules you can take add up to</source>
        <translation>&apos;{outcome_title}&apos; is niet haalbaar: de modules die het certificeren vragen {credits} afgerond, meer dan de modules die jij kunt volgen opleveren</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>choice &apos;{group_title}&apos; asks for {need}, but the modules you can take give only {have}</source>
        <translation>keuzegroep &apos;{group_title}&apos; vraagt {need}, maar de modules die jij kunt volgen geven maar {have}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>&apos;{outcome_title}&apos; would be certified by {module} of {institution}, which was left out of the catalogue: {reason}</source>
        <translation>&apos;{outcome_title}&apos; zou gecertificeerd worden door {module} van {institution}, maar die is uit de catalogus weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>&apos;{outcome_title}&apos;: offering {offering} of &apos;{module}&apos; ({institution}) was left out of the catalogue: {reason}</source>
        <translation>&apos;{outcome_title}&apos;: aanbod {offering} van &apos;{module}&apos; ({institution}) is uit de catalogus weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="52"/>
        <source>the goal &apos;{goal}&apos; was left out of the catalogue: {reason}</source>
        <translation>het doel &apos;{goal}&apos; is uit de catalogus weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>milestone &apos;{title}&apos; cannot be reached by week {week}</source>
        <translation>mijlpaal &apos;{title}&apos; is niet uiterlijk in week {week} te halen</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>the goal &apos;{goal}&apos; is not in the loaded catalogues</source>
        <translation>het doel &apos;{goal}&apos; staat niet in de geladen catalogi</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>you do not accept {mode} study</source>
        <translation>je accepteert de leervorm {mode} niet</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>{place} is not one of your places</source>
        <translation>{place} hoort niet bij je plaatsen</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>its session on {session} is outside your free time</source>
        <translation>de bijeenkomst op {session} valt buiten je vrije tijd</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>costs more than your budget</source>
        <translation>kost meer dan je budget</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>you excluded it</source>
        <translation>je hebt deze uitgesloten</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>it has no start date between your start and your deadline</source>
        <translation>er is geen startdatum tussen je eigen startdatum en je deadline</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>it needs {hours} hours a week, more than you have</source>
        <translation>er is {hours} uur per week voor nodig, meer dan je hebt</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>it is an assessment of prior learning, and you claim no experience in what it assesses</source>
        <translation>het is een EVC-assessment, en je geeft geen ervaring op in wat daarin wordt beoordeeld</translation>
    </message>
    <message>
        <location filename="../messages.py" line="68"/>
        <source>your {hours} hours a week</source>
        <translation>je {hours} uur per week</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>your holidays and busy periods</source>
        <translation>je vakanties en drukke periodes</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>your deadline of {deadline}</source>
        <translation>je deadline van {deadline}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>studying only {modes}</source>
        <translation>alleen studeren in de leervorm(en) {modes}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>only the places {places}</source>
        <translation>alleen de plaatsen {places}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73"/>
        <source>your free times ({windows})</source>
        <translation>je vrije tijden ({windows})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="75"/>
        <source>the modules you pinned</source>
        <translation>de modules die je hebt vastgezet</translation>
    </message>
    <message>
        <location filename="../messages.py" line="76"/>
        <source>the modules you excluded</source>
        <translation>de modules die je hebt uitgesloten</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>the milestones you made hard ({milestones})</source>
        <translation>de mijlpalen die je verplicht hebt gemaakt ({milestones})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>allow {mode} study: finish in week {finish_week}</source>
        <translation>sta leervorm {mode} toe: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>add {place} to your places: finish in week {finish_week}</source>
        <translation>voeg {place} toe aan je plaatsen: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="80"/>
        <source>allow any place: finish in week {finish_week}</source>
        <translation>sta elke plaats toe: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>add {window} to your free times: finish in week {finish_week}</source>
        <translation>voeg {window} toe aan je vrije tijd: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82"/>
        <source>allow sessions at any time: finish in week {finish_week}</source>
        <translation>sta bijeenkomsten op elk tijdstip toe: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>+{extra} h/week ({hours} h): finish in week {finish_week}</source>
        <translation>+{extra} u/week ({hours} u): klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>study during your holidays and busy periods: finish in week {finish_week}</source>
        <translation>studeer ook in je vakanties en drukke periodes: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="85"/>
        <source>move your deadline to {deadline}: finish in week {finish_week}</source>
        <translation>verschuif je deadline naar {deadline}: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="87"/>
        <source>unpin &apos;{title}&apos;: finish in week {finish_week}</source>
        <translation>maak &apos;{title}&apos; los: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>stop excluding &apos;{title}&apos;: finish in week {finish_week}</source>
        <translation>sluit &apos;{title}&apos; niet langer uit: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>make milestone &apos;{title}&apos; a target instead of a must: finish in week {finish_week}</source>
        <translation>maak mijlpaal &apos;{title}&apos; een streefdoel in plaats van verplicht: klaar in week {finish_week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="90"/>
        <source>offering &apos;{offering}&apos; is not in the catalogues</source>
        <translation>uitvoering &apos;{offering}&apos; staat niet in de catalogi</translation>
    </message>
    <message>
        <location filename="../messages.py" line="91"/>
        <source>module &apos;{module}&apos; is in the route more than once</source>
        <translation>module &apos;{module}&apos; staat meer dan eens in de route</translation>
    </message>
    <message>
        <location filename="../messages.py" line="92"/>
        <source>&apos;{module}&apos; starts in week {week}, which is not a start of offering &apos;{offering}&apos;</source>
        <translation>&apos;{module}&apos; begint in week {week}, maar dat is geen startmoment van uitvoering &apos;{offering}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="93"/>
        <source>&apos;{module}&apos; runs {weeks} weeks in the plan but its offering runs {expected} weeks</source>
        <translation>&apos;{module}&apos; duurt in het plan {weeks} weken, maar de uitvoering duurt {expected} weken</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94"/>
        <source>&apos;{module}&apos; starts in week {week} before its prerequisites are met</source>
        <translation>&apos;{module}&apos; begint in week {week}, voordat aan de ingangseisen is voldaan</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95"/>
        <source>week {week} needs {load} hours, more than the {capacity} available</source>
        <translation>week {week} vraagt {load} uur, meer dan de beschikbare {capacity}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="96"/>
        <source>sessions of &apos;{a}&apos; and &apos;{b}&apos; clash in week {week}</source>
        <translation>bijeenkomsten van &apos;{a}&apos; en &apos;{b}&apos; overlappen in week {week}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>a session of &apos;{module}&apos; ({session}) is outside the free times</source>
        <translation>een bijeenkomst van &apos;{module}&apos; ({session}) valt buiten de vrije tijd</translation>
    </message>
    <message>
        <location filename="../messages.py" line="98"/>
        <source>&apos;{module}&apos; is {mode}, which the learner does not accept</source>
        <translation>&apos;{module}&apos; heeft leervorm {mode}, en die accepteert de deelnemer niet</translation>
    </message>
    <message>
        <location filename="../messages.py" line="99"/>
        <source>&apos;{module}&apos; is in {place}, not one of the learner&apos;s places</source>
        <translation>&apos;{module}&apos; is in {place}, en dat hoort niet bij de plaatsen van de deelnemer</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>&apos;{module}&apos; ends {end}, after the deadline {deadline}</source>
        <translation>&apos;{module}&apos; eindigt op {end}, na de deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>the route does not gain &apos;{outcome}&apos;, which the goal requires</source>
        <translation>de route levert &apos;{outcome}&apos; niet op, terwijl het doel die vereist</translation>
    </message>
    <message>
        <location filename="../messages.py" line="103"/>
        <source>the route gains {have} of the {n} outcomes needed for choice &apos;{group}&apos;</source>
        <translation>de route levert {have} van de {n} leeruitkomsten op die nodig zijn voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104"/>
        <source>the route has {have} of the {n} modules needed for choice &apos;{group}&apos;</source>
        <translation>de route heeft {have} van de {n} modules die nodig zijn voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>the route has {have} EC of the {need} EC needed for choice &apos;{group}&apos;</source>
        <translation>de route heeft {have} EC van de {need} EC die nodig zijn voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106"/>
        <source>hard milestone &apos;{milestone}&apos; is reached in week {week}, after week {target}</source>
        <translation>verplichte mijlpaal &apos;{milestone}&apos; wordt gehaald in week {week}, na week {target}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="107"/>
        <source>pinned &apos;{ref}&apos; is not in the route</source>
        <translation>&apos;{ref}&apos; is vastgezet, maar staat niet in de route</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>excluded &apos;{ref}&apos; is in the route</source>
        <translation>&apos;{ref}&apos; is uitgesloten, maar staat in de route</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109"/>
        <source>&apos;{module}&apos; is an assessment of prior learning, but the learner claims no experience in it</source>
        <translation>&apos;{module}&apos; is een EVC-assessment, maar de deelnemer geeft daarin geen ervaring op</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110"/>
        <source>the totals do not match the modules ({field}: {have} instead of {expected})</source>
        <translation>de totalen kloppen niet met de modules ({field}: {have} in plaats van {expected})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>The catalogue “{id}” ({path}) changed since this plan was saved; the plan was checked again.</source>
        <translation>De catalogus “{id}” ({path}) is gewijzigd sinds dit plan is opgeslagen; het plan is opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="115"/>
        <source>The catalogue “{id}” ({path}) is missing; open it from its new place and plan again.</source>
        <translation>De catalogus “{id}” ({path}) ontbreekt; open hem vanaf de nieuwe plek en plan opnieuw.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="118"/>
        <source>The offering of “{title}” in this plan ({offering}) is no longer in the catalogue.</source>
        <translation>De uitvoering van “{title}” in dit plan ({offering}) staat niet meer in de catalogus.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="120"/>
        <source>“{title}”: the {field} changed from {old} to {new}.</source>
        <translation>“{title}”: {field} is gewijzigd van {old} naar {new}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122"/>
        <source>The planner stopped with an error: {error}</source>
        <translation>De planner is gestopt met een fout: {error}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="123"/>
        <source>Planning was cancelled; this is the best route found so far.</source>
        <translation>Het plannen is afgebroken; dit is de beste route tot nu toe.</translation>
    </message>
</context>
<context>
    <name>mode</name>
    <message>
        <location filename="../palette.py" line="44"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../palette.py" line="45"/>
        <source>on campus</source>
        <translation>op de campus</translation>
    </message>
    <message>
        <location filename="../palette.py" line="46"/>
        <source>at the workplace</source>
        <translation>op de werkplek</translation>
    </message>
    <message>
        <location filename="../palette.py" line="47"/>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <location filename="../palette.py" line="76"/>
        <source> (every {n} weeks)</source>
        <translation> (elke {n} weken)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../itemmodels.py" line="89"/>
        <location filename="../itemmodels.py" line="197"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="89"/>
        <source>Mode</source>
        <translation>Leervorm</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="89"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="89"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="89"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="89"/>
        <location filename="../itemmodels.py" line="467"/>
        <source>Hours/week</source>
        <translation>Uur/week</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="90"/>
        <location filename="../itemmodels.py" line="197"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="90"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="90"/>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="104"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="153"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="153"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="153"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="153"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="159"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="159"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="195"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="195"/>
        <location filename="../itemmodels.py" line="197"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="195"/>
        <source>Outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="195"/>
        <location filename="../itemmodels.py" line="197"/>
        <location filename="../itemmodels.py" line="198"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="197"/>
        <source>Modes</source>
        <translation>Leervormen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="197"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="198"/>
        <location filename="../itemmodels.py" line="279"/>
        <location filename="../itemmodels.py" line="399"/>
        <source>Outcome</source>
        <translation>Leeruitkomst</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="198"/>
        <location filename="../itemmodels.py" line="399"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="198"/>
        <source>Taught by</source>
        <translation>Onderwezen in</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="207"/>
        <source>assessment (EVC)</source>
        <translation>assessment (EVC)</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="207"/>
        <source>taught</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="279"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="283"/>
        <source>diploma</source>
        <translation>diploma</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="283"/>
        <source>edubadge</source>
        <translation>edubadge</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="284"/>
        <source>EVC (recognised prior learning)</source>
        <translation>EVC (erkenning van verworven competenties)</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="285"/>
        <source>work experience (to show in an EVC assessment)</source>
        <translation>werkervaring (aan te tonen in een EVC-assessment)</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="323"/>
        <source>Mark “{title}” proven</source>
        <translation>“{title}” als aangetoond markeren</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="326"/>
        <source>Unmark “{title}” as proven</source>
        <translation>“{title}” niet meer als aangetoond markeren</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="336"/>
        <source>Change evidence of “{title}”</source>
        <translation>Bewijs voor “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="410"/>
        <source>{id}: already part of your goal</source>
        <translation>{id}: hoort al bij je doel</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="431"/>
        <source>Aim for “{title}”</source>
        <translation>“{title}” behalen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="435"/>
        <source>A route needs something to reach: keep at least one outcome, or choose a goal.</source>
        <translation>Een route heeft iets nodig om te behalen: houd minstens één leeruitkomst, of kies een doel.</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="438"/>
        <source>No longer aim for “{title}”</source>
        <translation>“{title}” niet meer behalen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="466"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="466"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="493"/>
        <source>Edit a holiday</source>
        <translation>Vakantie bewerken</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="493"/>
        <source>Edit weekly hours</source>
        <translation>Uren per week bewerken</translation>
    </message>
</context>
</TS>
