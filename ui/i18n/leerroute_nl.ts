<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AlternativesDialog</name>
    <message>
        <location filename="../alternatives.py" line="48"/>
        <source>Ways to learn: finish against preferences</source>
        <translation>Manieren van leren: einddatum tegenover voorkeuren</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="52"/>
        <source>Planning the routes…</source>
        <translation>De routes worden gepland…</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="57"/>
        <source>Routes side by side</source>
        <translation>Routes naast elkaar</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="77"/>
        <source>The routes could not be planned: {error}</source>
        <translation>De routes konden niet worden gepland: {error}</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="83"/>
        <source>No route fits your wishes; the plan view says why.</source>
        <translation>Geen route past bij je wensen; de planweergave zegt waarom.</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="86"/>
        <source>{n} routes, from the fastest to the one that meets most of your preferences; each is checked by the independent validator.</source>
        <translation>{n} routes, van de snelste tot de route die de meeste van je voorkeuren haalt; elke route is gecontroleerd door de onafhankelijke controle.</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="91"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="92"/>
        <source>Weeks later than the fastest</source>
        <translation>Weken later dan de snelste</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="93"/>
        <source>Preferences met (by EC)</source>
        <translation>Voorkeuren gehaald (naar EC)</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="94"/>
        <source>EC {what}</source>
        <translation>EC {what}</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="96"/>
        <source>EC assessed by {what}</source>
        <translation>EC getoetst met {what}</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="98"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="99"/>
        <source>Study hours</source>
        <translation>Studie-uren</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="100"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="101"/>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="101"/>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="102"/>
        <source>{n} problems</source>
        <translation>{n} problemen</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="102"/>
        <source>{n} problem</source>
        <translation>{n} probleem</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="108"/>
        <source>Fastest</source>
        <translation>Snelste</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="109"/>
        <source>Up to {n} weeks later</source>
        <translation>Tot {n} weken later</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="109"/>
        <source>Up to 1 week later</source>
        <translation>Tot 1 week later</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="115"/>
        <source>Use: up to 1 week later</source>
        <translation>Gebruik: tot 1 week later</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="116"/>
        <source>Use: up to {n} weeks later</source>
        <translation>Gebruik: tot {n} weken later</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="129"/>
        <source>&amp;Ways to Learn…</source>
        <translation>&amp;Manieren van leren…</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="131"/>
        <source>Routes that trade weeks for how you like to learn, side by side</source>
        <translation>Routes die weken ruilen voor hoe je graag leert, naast elkaar</translation>
    </message>
    <message>
        <location filename="../alternatives.py" line="141"/>
        <source>Give weeks for how I like to learn</source>
        <translation>Geef weken voor hoe ik graag leer</translation>
    </message>
</context>
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
        <location filename="../catalogue_browser.py" line="68"/>
        <source>Search goals, modules and outcomes…</source>
        <translation>Zoek doelen, modules en leeruitkomsten…</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="73"/>
        <source>Filter modules by mode</source>
        <translation>Modules filteren op leervorm</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="74"/>
        <source>Any mode</source>
        <translation>Elke leervorm</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="82"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="82"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="83"/>
        <source>Outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="114"/>
        <source>Problems in the catalogue files</source>
        <translation>Problemen in de catalogusbestanden</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="156"/>
        <source>Choose a module or an outcome to see what it needs and what needs it.</source>
        <translation>Kies een module of een leeruitkomst om te zien wat ervoor nodig is en waarvoor die nodig is.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="192"/>
        <source>Problems in the files: {n}</source>
        <translation>Problemen in de bestanden: {n}</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="193"/>
        <source>No problems found in the catalogue files.</source>
        <translation>Geen problemen gevonden in de catalogusbestanden.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="206"/>
        <source>A goal has no prerequisites of its own.</source>
        <translation>Een doel heeft zelf geen ingangseisen.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="207"/>
        <source>Choose a module or an outcome of this goal to see its graph.</source>
        <translation>Kies een module of een leeruitkomst van dit doel om de grafiek ervan te zien.</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="214"/>
        <source>The graph cannot be drawn: {error}</source>
        <translation>De grafiek kan niet worden getekend: {error}</translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="218"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: what it needs (above) and what needs it (below). Double-click a box to follow it.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: wat ervoor nodig is (boven) en waarvoor het nodig is (onder). Dubbelklik op een vak om het te volgen.</translation>
    </message>
</context>
<context>
    <name>CompareTimelines</name>
    <message>
        <location filename="../comparetimelines.py" line="44"/>
        <source>Timelines of the compared scenarios</source>
        <translation>Tijdlijnen van de vergeleken scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../comparetimelines.py" line="96"/>
        <source>No routes to show yet.</source>
        <extracomment>what the last paint wrote: (text, the rectangle the whole text needs, the box it was given)</extracomment>
        <translation>Nog geen routes om te tonen.</translation>
    </message>
    <message>
        <location filename="../comparetimelines.py" line="159"/>
        <source>planning…</source>
        <translation>bezig met plannen…</translation>
    </message>
    <message>
        <location filename="../comparetimelines.py" line="162"/>
        <source>no route</source>
        <translation>geen route</translation>
    </message>
    <message>
        <location filename="../comparetimelines.py" line="171"/>
        <source>milestone in time</source>
        <translation>mijlpaal op tijd</translation>
    </message>
    <message>
        <location filename="../comparetimelines.py" line="171"/>
        <source>milestone late</source>
        <translation>mijlpaal te laat</translation>
    </message>
    <message>
        <location filename="../comparetimelines.py" line="172"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../comparisonmodel.py" line="80"/>
        <source>planning…</source>
        <translation>bezig met plannen…</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="81"/>
        <location filename="../comparisonmodel.py" line="125"/>
        <source>no route</source>
        <translation>geen route</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="93"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="108"/>
        <source>not reached</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="110"/>
        <source> (late)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="94"/>
        <source>week {w} of the route</source>
        <translation>week {w} van de route</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="112"/>
        <source>target: week {t} of the route; reached after week {w}</source>
        <translation>doel: week {t} van de route; gehaald na week {w}</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="118"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="119"/>
        <source>Study hours</source>
        <translation>Studie-uren</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="120"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="121"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="124"/>
        <source>best route</source>
        <translation>beste route</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="124"/>
        <source>good route</source>
        <translation>goede route</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="125"/>
        <source>stopped early</source>
        <translation>vroeg gestopt</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="126"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="131"/>
        <source>no plan yet</source>
        <translation>nog geen plan</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="132"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="162"/>
        <source>{name} (chosen)</source>
        <translation>{name} (gekozen)</translation>
    </message>
    <message>
        <location filename="../comparisonmodel.py" line="180"/>
        <source>{name}: the scenarios ask differently</source>
        <translation>{name}: de scenario&apos;s vragen iets anders</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="41"/>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="45"/>
        <source>{h} h/week</source>
        <translation>{h} u/week</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="48"/>
        <source>{h} h/week from {start} to {end}</source>
        <translation>{h} u/week van {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="50"/>
        <source>{h} h/week, other hours {n}×</source>
        <translation>{h} u/week, {n}× andere uren</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="55"/>
        <source>any time</source>
        <translation>altijd</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="63"/>
        <source>every mode</source>
        <translation>elke vorm</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="64"/>
        <location filename="../compareinputs.py" line="71"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="70"/>
        <source>any place</source>
        <translation>elke plaats</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="76"/>
        <source>no budget</source>
        <translation>geen budget</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="81"/>
        <source>no deadline</source>
        <translation>geen deadline</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="100"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="100"/>
        <source>Free times</source>
        <translation>Vrije tijden</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="100"/>
        <source>Modes</source>
        <translation>Leervormen</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="100"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="101"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="101"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="113"/>
        <source>Pinned (differing)</source>
        <translation>Vastgezet (verschilt)</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="116"/>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="126"/>
        <source>No route: {choice} is too tight.</source>
        <translation>Geen route: {choice} is te krap.</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="128"/>
        <source>No route: {choices} do not fit together.</source>
        <translation>Geen route: {choices} gaan niet samen.</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="132"/>
        <source>No route: {reason}.</source>
        <translation>Geen route: {reason}.</translation>
    </message>
    <message>
        <location filename="../compareinputs.py" line="133"/>
        <source>No route; the planner gave no reason.</source>
        <translation>Geen route; de planner gaf geen reden.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../comparison.py" line="45"/>
        <source>Compare:</source>
        <translation>Vergelijk:</translation>
    </message>
    <message>
        <location filename="../comparison.py" line="49"/>
        <source>Scenarios to compare</source>
        <translation>Scenario&apos;s om te vergelijken</translation>
    </message>
    <message>
        <location filename="../comparison.py" line="75"/>
        <location filename="../comparisonexport.py" line="42"/>
        <source>Scenarios compared</source>
        <translation>Vergeleken scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../comparison.py" line="180"/>
        <source>Make a second scenario with Scenario ▸ Duplicate (Ctrl+D), change it, and compare them here.</source>
        <translation>Maak een tweede scenario met Scenario ▸ Dupliceren (Ctrl+D), pas het aan en vergelijk ze hier.</translation>
    </message>
    <message>
        <location filename="../comparison.py" line="183"/>
        <location filename="../comparisonexport.py" line="60"/>
        <location filename="../comparisonexport.py" line="78"/>
        <source>Tick two to four scenarios to compare.</source>
        <translation>Vink twee tot vier scenario&apos;s aan om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../comparison.py" line="185"/>
        <source>Best value in bold; worse values tinted; ≠ marks what the scenarios ask differently. ★ marks the chosen scenario.</source>
        <translation>Beste waarde vet; slechtere waarden gekleurd; ≠ markeert wat de scenario&apos;s anders vragen. ★ markeert het gekozen scenario.</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="43"/>
        <source>{learner} · made on {date}</source>
        <translation>{learner} · gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="47"/>
        <source>What each scenario asks</source>
        <translation>Wat elk scenario vraagt</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="49"/>
        <source>Best value in bold; ≠ marks what the scenarios ask differently. ★ marks the chosen scenario.</source>
        <translation>Beste waarde vet; ≠ markeert wat de scenario&apos;s anders vragen. ★ markeert het gekozen scenario.</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="60"/>
        <location filename="../comparisonexport.py" line="78"/>
        <source>Nothing to compare</source>
        <translation>Niets te vergelijken</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="66"/>
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="67"/>
        <source>Nothing written</source>
        <translation>Niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="70"/>
        <source>Comparison written to {file}</source>
        <translation>Vergelijking geschreven naar {file}</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="81"/>
        <source>comparison</source>
        <translation>vergelijking</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="84"/>
        <source>Export the Comparison</source>
        <translation>De vergelijking exporteren</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="85"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="97"/>
        <source>&amp;Comparison (PDF)…</source>
        <translation>&amp;Vergelijking (PDF)…</translation>
    </message>
    <message>
        <location filename="../comparisonexport.py" line="99"/>
        <source>Write the compared scenarios side by side as one printable page</source>
        <translation>De vergeleken scenario&apos;s naast elkaar op één afdrukbare pagina schrijven</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../datefield.py" line="81"/>
        <source>Choose from a calendar</source>
        <translation>Kies in een kalender</translation>
    </message>
    <message>
        <location filename="../datefield.py" line="117"/>
        <source>Type a date such as “5 Jan 2026” or “5-1-2026”, or pick one with ▾</source>
        <translation>Typ een datum zoals “5 jan 2026” of “5-1-2026”, of kies er een met ▾</translation>
    </message>
    <message>
        <location filename="../datefield.py" line="143"/>
        <source>“{text}” is not a date; type it like “5 Jan 2026” or “5-1-2026”</source>
        <translation>“{text}” is geen datum; typ hem zoals “5 jan 2026” of “5-1-2026”</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../details.py" line="53"/>
        <source>Module details</source>
        <translation>Moduledetails</translation>
    </message>
    <message>
        <location filename="../details.py" line="56"/>
        <location filename="../details.py" line="140"/>
        <source>&amp;Pin</source>
        <translation>&amp;Vastzetten</translation>
    </message>
    <message>
        <location filename="../details.py" line="58"/>
        <source>Keep this module and offering in the route</source>
        <translation>Houd deze module en uitvoering in de route</translation>
    </message>
    <message>
        <location filename="../details.py" line="59"/>
        <source>E&amp;xclude</source>
        <translation>&amp;Uitsluiten</translation>
    </message>
    <message>
        <location filename="../details.py" line="61"/>
        <source>Plan a route without this module</source>
        <translation>Plan een route zonder deze module</translation>
    </message>
    <message>
        <location filename="../details.py" line="66"/>
        <source>Other offerings of this module</source>
        <translation>Andere uitvoeringen van deze module</translation>
    </message>
    <message>
        <location filename="../details.py" line="67"/>
        <source>&amp;Use this offering</source>
        <translation>Deze uitvoering &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../details.py" line="73"/>
        <source>Outcome to mark as proven</source>
        <translation>Leeruitkomst om als aangetoond te markeren</translation>
    </message>
    <message>
        <location filename="../details.py" line="78"/>
        <source>Kind of evidence</source>
        <translation>Soort bewijs</translation>
    </message>
    <message>
        <location filename="../details.py" line="80"/>
        <source>work experience (EVC)</source>
        <translation>werkervaring (EVC)</translation>
    </message>
    <message>
        <location filename="../details.py" line="80"/>
        <source>EVC</source>
        <translation>EVC</translation>
    </message>
    <message>
        <location filename="../details.py" line="85"/>
        <source>I &amp;can already show this</source>
        <translation>Dit kan ik al &amp;aantonen</translation>
    </message>
    <message>
        <location filename="../details.py" line="88"/>
        <source>A diploma, edubadge or passed EVC proves the outcome and the route skips it; work experience lets the route use an assessment-only (EVC) route for it</source>
        <translation>Met een diploma, edubadge of behaalde EVC is de leeruitkomst aangetoond en slaat de route die over; met werkervaring kan de route er een EVC-assessment zonder lessen voor gebruiken</translation>
    </message>
    <message>
        <location filename="../details.py" line="91"/>
        <source>Change the route</source>
        <translation>Route aanpassen</translation>
    </message>
    <message>
        <location filename="../details.py" line="99"/>
        <source>Offering:</source>
        <translation>Uitvoering:</translation>
    </message>
    <message>
        <location filename="../details.py" line="102"/>
        <source>Outcome:</source>
        <translation>Leeruitkomst:</translation>
    </message>
    <message>
        <location filename="../details.py" line="104"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../details.py" line="136"/>
        <source>Select a module in the timeline or the list to see why it is in your route.</source>
        <translation>Kies een module in de tijdlijn of de lijst om te zien waarom die in je route staat.</translation>
    </message>
    <message>
        <location filename="../details.py" line="140"/>
        <source>Un&amp;pin</source>
        <translation>&amp;Losmaken</translation>
    </message>
    <message>
        <location filename="../details.py" line="145"/>
        <source>none (self-paced)</source>
        <translation>geen (in eigen tempo)</translation>
    </message>
    <message>
        <location filename="../details.py" line="147"/>
        <source>Offering</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <location filename="../details.py" line="148"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../details.py" line="151"/>
        <source>Study load</source>
        <translation>Studielast</translation>
    </message>
    <message>
        <location filename="../details.py" line="151"/>
        <source>{ec} EC, {hours} hours, {hpw} hours a week</source>
        <translation>{ec} EC, {hours} uur, {hpw} uur per week</translation>
    </message>
    <message>
        <location filename="../details.py" line="158"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../details.py" line="158"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../details.py" line="158"/>
        <source>{what} completed</source>
        <translation>{what} afgerond</translation>
    </message>
    <message>
        <location filename="../details.py" line="159"/>
        <source>{outcome} (before or alongside)</source>
        <translation>{outcome} (ervoor of tegelijk)</translation>
    </message>
    <message>
        <location filename="../details.py" line="159"/>
        <source>{n} EC</source>
        <translation>{n} EC</translation>
    </message>
    <message>
        <location filename="../details.py" line="160"/>
        <source>{n} modules</source>
        <translation>{n} modules</translation>
    </message>
    <message>
        <location filename="../details.py" line="160"/>
        <source>{what} ({pool})</source>
        <translation>{what} ({pool})</translation>
    </message>
    <message>
        <location filename="../details.py" line="160"/>
        <source>1 module</source>
        <translation>1 module</translation>
    </message>
    <message>
        <location filename="../details.py" line="161"/>
        <source>Requires</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <location filename="../details.py" line="183"/>
        <source> — {weeks} weeks, {hours} h/week, {cost}</source>
        <translation> — {weeks} weken, {hours} u/week, {cost}</translation>
    </message>
    <message>
        <location filename="../details.py" line="201"/>
        <source>price unknown (not published)</source>
        <translation>prijs onbekend (niet gepubliceerd)</translation>
    </message>
    <message>
        <location filename="../details.py" line="153"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../details.py" line="148"/>
        <source>{start} – {end} (weeks {a}–{b} of your route)</source>
        <translation>{start} – {end} (week {a} t/m {b} van je route)</translation>
    </message>
    <message>
        <location filename="../details.py" line="154"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../details.py" line="165"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../details.py" line="165"/>
        <source>assessment only (EVC): shows what you already master</source>
        <translation>alleen assessment (EVC): laat zien wat je al beheerst</translation>
    </message>
    <message>
        <location filename="../details.py" line="167"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location filename="../details.py" line="167"/>
        <source>microcredential (edubadge)</source>
        <translation>microcredential (edubadge)</translation>
    </message>
    <message>
        <location filename="../details.py" line="171"/>
        <source>No reason recorded by the planner.</source>
        <translation>De planner heeft geen reden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../details.py" line="173"/>
        <source>Why is this in my route?</source>
        <translation>Waarom zit dit in mijn route?</translation>
    </message>
    <message>
        <location filename="../details.py" line="173"/>
        <source>Outcomes you gain</source>
        <translation>Leeruitkomsten die je behaalt</translation>
    </message>
    <message>
        <location filename="../details.py" line="187"/>
        <source> (in route)</source>
        <translation> (in je route)</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <location filename="../ooapi_endpoint.py" line="43"/>
        <source>Import from an OOAPI Endpoint</source>
        <translation>Importeren uit een OOAPI-endpoint</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="46"/>
        <source>The addresses to read, one a line, e.g. https://api.example.nl/ooapi/courses, then /learning-outcomes and /course-offerings. Every page is read; the draft is written when all are in.</source>
        <translation>De adressen om te lezen, één per regel, bijvoorbeeld https://api.example.nl/ooapi/courses, dan /learning-outcomes en /course-offerings. Elke pagina wordt gelezen; de conceptcatalogus wordt geschreven als alles binnen is.</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="52"/>
        <source>Addresses to read</source>
        <translation>Te lezen adressen</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="55"/>
        <source>Allow plain http (only for a test server: anyone on the way can read it)</source>
        <translation>Gewone http toestaan (alleen voor een testserver: iedereen onderweg kan meelezen)</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="58"/>
        <source>A bearer token is read from the environment variable {token}, an API key from {key}; they are never shown or saved.</source>
        <translation>Een bearer-token wordt gelezen uit de omgevingsvariabele {token}, een API-sleutel uit {key}; ze worden nooit getoond of bewaard.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../explanation.py" line="94"/>
        <source>Why there is no route, and what would help</source>
        <translation>Waarom er geen route is, en wat zou helpen</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="132"/>
        <source>No route fits your wishes.</source>
        <translation>Geen enkele route past bij je wensen.</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="144"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="148"/>
        <source>The planner gave no reason. Try fewer restrictions.</source>
        <translation>De planner gaf geen reden. Probeer minder beperkingen.</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="152"/>
        <source>Re-plan with the new catalogue</source>
        <translation>Opnieuw plannen met de nieuwe catalogus</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="154"/>
        <source>Plan again against the changed catalogue found beside this plan</source>
        <translation>Plan opnieuw met de gewijzigde catalogus die naast dit plan staat</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="159"/>
        <source>This plan breaks these rules:</source>
        <translation>Dit plan overtreedt deze regels:</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="162"/>
        <source>What would give a route (one click applies it, Undo takes it back):</source>
        <translation>Hiermee komt er wel een route (één klik past het toe, Ongedaan maken draait het terug):</translation>
    </message>
    <message>
        <location filename="../explanation.py" line="167"/>
        <source>{change}

Apply this change to your wishes and plan again</source>
        <translation>{change}

Pas deze wijziging toe op je wensen en plan opnieuw</translation>
    </message>
</context>
<context>
    <name>FacetWishes</name>
    <message>
        <location filename="../facets.py" line="228"/>
        <source>How I like to learn</source>
        <translation>Hoe ik graag leer</translation>
    </message>
    <message>
        <location filename="../facets.py" line="234"/>
        <source>Wishes on how I learn</source>
        <translation>Wensen over hoe ik leer</translation>
    </message>
    <message>
        <location filename="../facets.py" line="241"/>
        <source>Facet</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../facets.py" line="244"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../facets.py" line="247"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location filename="../facets.py" line="248"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../facets.py" line="250"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../facets.py" line="256"/>
        <source>Weeks later for how I like to learn</source>
        <translation>Weken later voor hoe ik graag leer</translation>
    </message>
    <message>
        <location filename="../facets.py" line="257"/>
        <source>Must and never are kept always; prefer and avoid only where they cost no more weeks than you give here.</source>
        <translation>Moet en nooit gelden altijd; liever wel en liever niet alleen waar ze niet meer weken kosten dan je hier geeft.</translation>
    </message>
    <message>
        <location filename="../facets.py" line="273"/>
        <source>Up to</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../facets.py" line="275"/>
        <source>weeks later for how I like to learn</source>
        <translation>weken later voor hoe ik graag leer</translation>
    </message>
    <message>
        <location filename="../facets.py" line="320"/>
        <source>Must and never: always kept. Prefer and avoid: weighed after the finish date.</source>
        <translation>Moet en nooit: gelden altijd. Liever wel en liever niet: afgewogen na de einddatum.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../graphview.py" line="41"/>
        <source>Prerequisite graph</source>
        <translation>Grafiek van ingangseisen</translation>
    </message>
    <message>
        <location filename="../graphview.py" line="72"/>
        <source>Nothing to draw.</source>
        <translation>Niets om te tekenen.</translation>
    </message>
    <message>
        <location filename="../graphview.py" line="111"/>
        <source>square: module   round: outcome   arrow: needed before</source>
        <translation>vierkant: module   rond: leeruitkomst   pijl: eerder nodig</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../helpmenu.py" line="59"/>
        <source>1. Open a catalogue (File ▸ Open Catalogue, {open_catalogue}): what the institutions offer.
2. Start a new learner (File ▸ New Learner, {new_learner}) or open one ({open_learner}): goal, start, hours a week, free evenings, budget, deadline, what the learner can already show.
3. Leerroute plans the route by itself and plans again after every change. The Timeline, Weekly load, Week and Modules tabs show it; the panel on the right says why a module is in it.
4. Change the route: pin a module ({pin}), leave one out ({exclude}), choose another offering, or drag a bar to another start. Every change is one step in Edit ▸ Undo ({undo}).
5. Try a what-if next to it: Scenario ▸ Duplicate ({duplicate}), then compare ({compare}).
6. Save the plan ({save}): the learner, the scenarios and references to the catalogues.

When no route fits, the bar above the views says why and offers changes that would give one.</source>
        <extracomment>The actions whose keys the guide names, by the placeholder that stands for them.</extracomment>
        <translation>1. Open een catalogus (Bestand ▸ Catalogus openen, {open_catalogue}): wat de instellingen aanbieden.
2. Begin een nieuwe deelnemer (Bestand ▸ Nieuwe deelnemer, {new_learner}) of open er een ({open_learner}): doel, start, uren per week, vrije avonden, budget, deadline, wat de deelnemer al kan aantonen.
3. Leerroute plant de route zelf en plant opnieuw na elke wijziging. De tabbladen Tijdlijn, Studielast per week, Week en Modules tonen haar; het paneel rechts zegt waarom een module erin zit.
4. Pas de route aan: zet een module vast ({pin}), laat er een weg ({exclude}), kies een andere uitvoering, of sleep een balk naar een andere start. Elke wijziging is één stap in Bewerken ▸ Ongedaan maken ({undo}).
5. Probeer een wat-als ernaast: Scenario ▸ Dupliceren ({duplicate}), en vergelijk ({compare}).
6. Bewaar het plan ({save}): de deelnemer, de scenario&apos;s en verwijzingen naar de catalogi.

Als geen route past, zegt de balk boven de weergaven waarom en biedt wijzigingen aan die er wel een geven.</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="85"/>
        <source>Leerroute {version}</source>
        <translation>Leerroute {version}</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="86"/>
        <source>Plans personal learning routes with OR-Tools CP-SAT.</source>
        <translation>Plant persoonlijke leerroutes met OR-Tools CP-SAT.</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="89"/>
        <source>No catalogue loaded.</source>
        <translation>Geen catalogus geladen.</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="91"/>
        <source>Catalogues loaded:</source>
        <translation>Geladen catalogi:</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="93"/>
        <source>, published {date}</source>
        <translation>, gepubliceerd {date}</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="94"/>
        <source>• {title} ({institution}{published}): {modules}</source>
        <translation>• {title} ({institution}{published}): {modules}</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="96"/>
        <source>{n} module</source>
        <translation>{n} module</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="97"/>
        <source>{n} modules</source>
        <translation>{n} modules</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="98"/>
        <source>Licences:</source>
        <translation>Licenties:</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="106"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="111"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="111"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="119"/>
        <source>Undo and redo work from anywhere in the window; the mouse wheel changes a field only after you click in it.</source>
        <translation>Ongedaan maken en opnieuw doen werken overal in het venster; het muiswiel verandert een veld pas als je erin hebt geklikt.</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="142"/>
        <source>How Leerroute works</source>
        <translation>Zo werkt Leerroute</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="146"/>
        <source>About Leerroute</source>
        <translation>Over Leerroute</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="164"/>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="165"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="166"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Welkom</translation>
    </message>
    <message>
        <location filename="../helpmenu.py" line="167"/>
        <source>&amp;About Leerroute</source>
        <translation>&amp;Over Leerroute</translation>
    </message>
</context>
<context>
    <name>InsightDialog</name>
    <message>
        <location filename="../insight.py" line="99"/>
        <location filename="../insight.py" line="274"/>
        <source>Catalogue Insight</source>
        <translation>Catalogusinzicht</translation>
    </message>
    <message>
        <location filename="../insight.py" line="105"/>
        <source>Plan every learner of a cohort against the open catalogues ({names}) and report demand against seats, bottlenecks and unreachable goals.</source>
        <translation>Plan elke lerende van een cohort tegen de geopende catalogi ({names}) en toon de vraag tegenover de plaatsen, knelpunten en onbereikbare doelen.</translation>
    </message>
    <message>
        <location filename="../insight.py" line="109"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../insight.py" line="111"/>
        <source>Report folder</source>
        <translation>Map voor het rapport</translation>
    </message>
    <message>
        <location filename="../insight.py" line="113"/>
        <source>Where to plan</source>
        <translation>Waar plannen</translation>
    </message>
    <message>
        <location filename="../insight.py" line="114"/>
        <source>On this computer&apos;s cores (Dask)</source>
        <translation>Op de kernen van deze computer (Dask)</translation>
    </message>
    <message>
        <location filename="../insight.py" line="115"/>
        <source>In this window&apos;s process</source>
        <translation>In het proces van dit venster</translation>
    </message>
    <message>
        <location filename="../insight.py" line="117"/>
        <source>Time limit per learner</source>
        <translation>Tijdslimiet per lerende</translation>
    </message>
    <message>
        <location filename="../insight.py" line="121"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../insight.py" line="122"/>
        <location filename="../insight.py" line="124"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../insight.py" line="127"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <location filename="../insight.py" line="128"/>
        <source>&amp;Report folder:</source>
        <translation>&amp;Map voor het rapport:</translation>
    </message>
    <message>
        <location filename="../insight.py" line="136"/>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <location filename="../insight.py" line="137"/>
        <source>&amp;Time limit per learner:</source>
        <translation>&amp;Tijdslimiet per lerende:</translation>
    </message>
    <message>
        <location filename="../insight.py" line="139"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../insight.py" line="142"/>
        <source>The demo cohort is synthetic: made-up profiles shaped like the sample learners.</source>
        <translation>Het democohort is synthetisch: verzonnen profielen naar het voorbeeld van de voorbeeldlerenden.</translation>
    </message>
    <message>
        <location filename="../insight.py" line="147"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../insight.py" line="167"/>
        <source>Choose a Cohort</source>
        <translation>Kies een cohort</translation>
    </message>
    <message>
        <location filename="../insight.py" line="168"/>
        <source>Cohorts (*.csv *.yaml *.json)</source>
        <translation>Cohorten (*.csv *.yaml *.json)</translation>
    </message>
    <message>
        <location filename="../insight.py" line="173"/>
        <source>Choose the Report Folder</source>
        <translation>Kies de map voor het rapport</translation>
    </message>
    <message>
        <location filename="../insight.py" line="205"/>
        <source>Reading the cohort…</source>
        <translation>Het cohort wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../insight.py" line="214"/>
        <source>Stopping after the learners being planned now…</source>
        <translation>Stoppen na de lerenden die nu gepland worden…</translation>
    </message>
    <message>
        <location filename="../insight.py" line="218"/>
        <source>Planning the cohort</source>
        <translation>Het cohort plannen</translation>
    </message>
    <message>
        <location filename="../insight.py" line="218"/>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <location filename="../insight.py" line="219"/>
        <source>What-if</source>
        <translation>Wat-als</translation>
    </message>
    <message>
        <location filename="../insight.py" line="222"/>
        <source>{phase}: {done} of {total} learners</source>
        <translation>{phase}: {done} van {total} lerenden</translation>
    </message>
    <message>
        <location filename="../insight.py" line="242"/>
        <source>Stopped. The report in {folder} counts the learners planned so far; run again to finish (they are kept).</source>
        <translation>Gestopt. Het rapport in {folder} telt de lerenden die tot nu toe gepland zijn; start opnieuw om af te maken (zij blijven bewaard).</translation>
    </message>
    <message>
        <location filename="../insight.py" line="245"/>
        <source>Report written to {file}.</source>
        <translation>Rapport geschreven naar {file}.</translation>
    </message>
    <message>
        <location filename="../insight.py" line="252"/>
        <source>The report could not be made:</source>
        <translation>Het rapport kon niet worden gemaakt:</translation>
    </message>
    <message>
        <location filename="../insight.py" line="275"/>
        <source>Open a catalogue first.</source>
        <translation>Open eerst een catalogus.</translation>
    </message>
</context>
<context>
    <name>LearnerFields</name>
    <message>
        <location filename="../learnerfields.py" line="61"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="66"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="72"/>
        <source> h/week</source>
        <translation> u/week</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="74"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="78"/>
        <source>Deadline date</source>
        <translation>Datum van de deadline</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="79"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="83"/>
        <source>Budget in euros</source>
        <translation>Budget in euro</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="98"/>
        <source>Any place</source>
        <translation>Elke plaats</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="107"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="108"/>
        <source>Background, agreements made in the intake…</source>
        <translation>Achtergrond, afspraken uit het intakegesprek…</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="116"/>
        <source>Study advisor</source>
        <translation>Studieadviseur</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="116"/>
        <source>Who advises the learner</source>
        <translation>Wie de deelnemer adviseert</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="117"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="117"/>
        <source>The advisor&apos;s school or organisation</source>
        <translation>School of organisatie van de adviseur</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="118"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../learnerfields.py" line="118"/>
        <source>When an employer is involved</source>
        <translation>Als er een werkgever bij betrokken is</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <location filename="../learnerform.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="112"/>
        <source>&amp;Goal:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="113"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="114"/>
        <source>&amp;Hours:</source>
        <translation>U&amp;ren:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="117"/>
        <source>Milestones I must reach in time</source>
        <translation>Mijlpalen die ik op tijd moet halen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="122"/>
        <source>How and where</source>
        <translation>Hoe en waar</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="129"/>
        <source>Prefer online</source>
        <translation>Liefst online</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="131"/>
        <source>Fewer campus evenings</source>
        <translation>Minder avonden op de campus</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="135"/>
        <source>Preferred teaching language</source>
        <translation>Gewenste onderwijstaal</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="136"/>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="137"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="138"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="142"/>
        <source>Teaching language:</source>
        <translation>Onderwijstaal:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="148"/>
        <source>Free time each week (drag to paint)</source>
        <translation>Vrije tijd per week (sleep om te kleuren)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="152"/>
        <source>Other hours in some weeks</source>
        <translation>Andere uren in sommige weken</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="154"/>
        <source>Holidays (no study)</source>
        <translation>Vakanties (geen studie)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="168"/>
        <source>More outcomes to reach</source>
        <translation>Meer leeruitkomsten behalen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="303"/>
        <source>Search outcomes…</source>
        <translation>Zoek leeruitkomsten…</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="159"/>
        <source>Only chosen</source>
        <translation>Alleen gekozen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="159"/>
        <location filename="../learnerform.py" line="162"/>
        <location filename="../learnerform.py" line="387"/>
        <source>Outcomes to reach</source>
        <translation>Leeruitkomsten om te behalen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="169"/>
        <source>Pick outcomes to reach besides the goal</source>
        <translation>Kies leeruitkomsten om naast het doel te behalen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="189"/>
        <source>Only proven</source>
        <translation>Alleen aangetoond</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="189"/>
        <source>Outcomes you can already prove</source>
        <translation>Leeruitkomsten die je al kunt aantonen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="192"/>
        <source>What I can already do, and how I show it</source>
        <translation>Wat ik al kan, en hoe ik dat aantoon</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="198"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="204"/>
        <source>Study advisor:</source>
        <translation>Studieadviseur:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="205"/>
        <source>Institution:</source>
        <translation>Instelling:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="206"/>
        <source>Employer:</source>
        <translation>Werkgever:</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="219"/>
        <source>New Learner…</source>
        <translation>Nieuwe deelnemer…</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="241"/>
        <source>Change how I like to learn</source>
        <translation>Wijzig hoe ik graag leer</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="245"/>
        <source>Remove the wish {wish}</source>
        <translation>De wens {wish} verwijderen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="253"/>
        <location filename="../learnerform.py" line="450"/>
        <source>Rename learner</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="257"/>
        <source>Change start date</source>
        <translation>Startdatum wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="259"/>
        <source>Change hours per week</source>
        <translation>Uren per week wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="268"/>
        <source>Change free time</source>
        <translation>Vrije tijd wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="280"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="282"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="335"/>
        <source>No learner yet. Start one for the open catalogues, or open a learner or plan file.</source>
        <translation>Nog geen deelnemer. Begin een nieuwe voor de geopende catalogi, of open een deelnemers- of planbestand.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="337"/>
        <source>Open a catalogue first (File ▸ Open Catalogue), then start a new learner or open one.</source>
        <translation>Open eerst een catalogus (Bestand ▸ Catalogus openen) en begin dan een nieuwe deelnemer of open er een.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="343"/>
        <source>{goal} (not in the open catalogues)</source>
        <translation>{goal} (niet in de geopende catalogi)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="346"/>
        <source>No goal: only the outcomes I pick</source>
        <translation>Geen doel: alleen de leeruitkomsten die ik kies</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="384"/>
        <source>Also reach (besides the goal)</source>
        <translation>Ook behalen (naast het doel)</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="385"/>
        <source>Tick outcomes to reach on top of your goal; greyed ones are in it already.</source>
        <translation>Vink leeruitkomsten aan die je naast je doel wilt behalen; grijze horen al bij je doel.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="388"/>
        <source>Your own target: tick the outcomes you want, for example for a set of microcredentials. The route reaches all of them.</source>
        <translation>Je eigen doel: vink de leeruitkomsten aan die je wilt, bijvoorbeeld voor een reeks microcredentials. De route behaalt ze allemaal.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="406"/>
        <source>“{title}”
by {date}</source>
        <translation>“{title}”
uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="409"/>
        <source>{title}
By {date}: week {week} of the route, counted from the start.
Checked: the route must reach it in time. Unchecked: it is a target only.</source>
        <translation>{title}
Uiterlijk {date}: week {week} van de route, geteld vanaf de start.
Aangevinkt: de route moet deze mijlpaal op tijd halen. Niet aangevinkt: het is alleen een streefdoel.</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="427"/>
        <source>Change milestones</source>
        <translation>Mijlpalen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="434"/>
        <source>Not changed: {problem}</source>
        <translation>Niet gewijzigd: {problem}</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="462"/>
        <source>Change who is involved</source>
        <translation>Betrokkenen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="468"/>
        <source>Change notes</source>
        <translation>Notities wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="478"/>
        <source>Pick the outcomes yourself</source>
        <translation>Zelf leeruitkomsten kiezen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="485"/>
        <source>Choose goal “{g}”</source>
        <translation>Doel “{g}” kiezen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="488"/>
        <source>Choose goal “{g}” instead of the picked outcomes</source>
        <translation>Doel “{g}” kiezen in plaats van de gekozen leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="525"/>
        <source>Change deadline</source>
        <translation>Deadline wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="530"/>
        <source>Change budget</source>
        <translation>Budget wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="533"/>
        <source>Change accepted modes</source>
        <translation>Toegestane leervormen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="537"/>
        <source>Change places</source>
        <translation>Plaatsen wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="543"/>
        <source>Change preferences</source>
        <translation>Voorkeuren wijzigen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="555"/>
        <source>Add a holiday</source>
        <translation>Vakantie toevoegen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="555"/>
        <source>Add other hours</source>
        <translation>Andere uren toevoegen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="563"/>
        <source>Remove a holiday</source>
        <translation>Vakantie verwijderen</translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="563"/>
        <source>Remove other hours</source>
        <translation>Andere uren verwijderen</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../leftout.py" line="22"/>
        <source>1 catalogue entry was left out (see Progress).</source>
        <translation>1 onderdeel van de catalogi is weggelaten (zie Voortgang).</translation>
    </message>
    <message>
        <location filename="../leftout.py" line="23"/>
        <source>{n} catalogue entries were left out (see Progress).</source>
        <translation>{n} onderdelen van de catalogi zijn weggelaten (zie Voortgang).</translation>
    </message>
</context>
<context>
    <name>LeftOutBox</name>
    <message>
        <location filename="../leftout.py" line="30"/>
        <source>Left out of the catalogues</source>
        <translation>Weggelaten uit de catalogi</translation>
    </message>
    <message>
        <location filename="../leftout.py" line="49"/>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
    <message>
        <location filename="../leftout.py" line="51"/>
        <source>The plan was made without these entries; fix them in the catalogue file and plan again.</source>
        <translation>Het plan is gemaakt zonder deze onderdelen; verbeter ze in het catalogusbestand en plan opnieuw.</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <location filename="../loadchart.py" line="35"/>
        <source>Weekly load against capacity</source>
        <translation>Studielast per week tegenover beschikbare uren</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="59"/>
        <source>Highest weekly load {load} hours, capacity {cap} hours.</source>
        <translation>Hoogste studielast in een week: {load} uur, beschikbaar: {cap} uur.</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="86"/>
        <source>No route to show yet.</source>
        <translation>Nog geen route om te tonen.</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="107"/>
        <source>hours / week</source>
        <translation>uur / week</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="140"/>
        <source>route week</source>
        <translation>routeweek</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="147"/>
        <source>available hours</source>
        <translation>beschikbare uren</translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="173"/>
        <source>Week of {date} (week {w} of your route): {load} of {cap} hours</source>
        <translation>Week van {date} (week {w} van je route): {load} van {cap} uur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="125"/>
        <source>Plan 1</source>
        <translation>Plan 1</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="139"/>
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
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="161"/>
        <source>Com&amp;pare</source>
        <translation>Ver&amp;gelijken</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="162"/>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogus</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="174"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="181"/>
        <source>Changes, oldest first; choose one to go back to it</source>
        <translation>Wijzigingen, oudste eerst; kies er een om ernaar terug te gaan</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="182"/>
        <source>As opened, before any change</source>
        <translation>Zoals geopend, voor elke wijziging</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="183"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="196"/>
        <source>Learner</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="248"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../menus.py" line="72"/>
        <source>&amp;New Learner…</source>
        <translation>&amp;Nieuwe deelnemer…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="73"/>
        <source>Start a new learner on the open catalogues</source>
        <translation>Begin met een nieuwe deelnemer op de geopende catalogi</translation>
    </message>
    <message>
        <location filename="../menus.py" line="75"/>
        <source>Open &amp;Catalogue…</source>
        <translation>&amp;Catalogus openen…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="76"/>
        <source>Open one or more catalogue files</source>
        <translation>Open een of meer catalogusbestanden</translation>
    </message>
    <message>
        <location filename="../menus.py" line="78"/>
        <source>&amp;Add Catalogue…</source>
        <translation>Catalogus &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="79"/>
        <source>Load another catalogue next to the open ones</source>
        <translation>Laad nog een catalogus naast de geopende</translation>
    </message>
    <message>
        <location filename="../menus.py" line="81"/>
        <source>Open &amp;Learner…</source>
        <translation>&amp;Deelnemer openen…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="82"/>
        <source>Open a learner file</source>
        <translation>Open een deelnemersbestand</translation>
    </message>
    <message>
        <location filename="../menus.py" line="84"/>
        <source>Save Learner &amp;As…</source>
        <translation>Deel&amp;nemer opslaan als…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="85"/>
        <source>Save the learner as a file</source>
        <translation>Sla de deelnemer op als bestand</translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;Open Plan…</source>
        <translation>Plan &amp;openen…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>Open a saved plan (*.leerroute.json)</source>
        <translation>Open een opgeslagen plan (*.leerroute.json)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="89"/>
        <source>&amp;Save Plan</source>
        <translation>Plan op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="90"/>
        <source>Save learner, catalogue references and plan</source>
        <translation>Sla deelnemer, verwijzingen naar catalogi en plan op</translation>
    </message>
    <message>
        <location filename="../menus.py" line="91"/>
        <source>Save Plan &amp;As…</source>
        <translation>Plan opslaan a&amp;ls…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../menus.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../menus.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../menus.py" line="103"/>
        <source>&amp;Plan Again</source>
        <translation>&amp;Opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../menus.py" line="104"/>
        <source>Plan the route again</source>
        <translation>Plan de route opnieuw</translation>
    </message>
    <message>
        <location filename="../menus.py" line="106"/>
        <source>&amp;Cancel Planning</source>
        <translation>Plannen &amp;afbreken</translation>
    </message>
    <message>
        <location filename="../menus.py" line="107"/>
        <source>Stop planning and keep the best route found so far</source>
        <translation>Stop met plannen en houd de beste route tot nu toe</translation>
    </message>
    <message>
        <location filename="../menus.py" line="111"/>
        <source>&amp;Pin or Unpin Module</source>
        <translation>Module &amp;vastzetten of losmaken</translation>
    </message>
    <message>
        <location filename="../menus.py" line="112"/>
        <source>Keep the selected module in the route</source>
        <translation>Houd de gekozen module in de route</translation>
    </message>
    <message>
        <location filename="../menus.py" line="114"/>
        <source>E&amp;xclude Module</source>
        <translation>Module &amp;uitsluiten</translation>
    </message>
    <message>
        <location filename="../menus.py" line="115"/>
        <source>Plan without the selected module</source>
        <translation>Plan zonder de gekozen module</translation>
    </message>
    <message>
        <location filename="../menus.py" line="118"/>
        <source>&amp;OOAPI Course Data…</source>
        <translation>&amp;OOAPI-onderwijsaanbod…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="119"/>
        <source>Write a draft catalogue from OOAPI v5/v6 JSON files</source>
        <translation>Maak een conceptcatalogus van OOAPI v5/v6 JSON-bestanden</translation>
    </message>
    <message>
        <location filename="../menus.py" line="121"/>
        <source>OOAPI &amp;Endpoint…</source>
        <translation>OOAPI-&amp;endpoint…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="123"/>
        <source>Read an institution&apos;s OOAPI endpoint page by page into a draft catalogue</source>
        <translation>Lees het OOAPI-endpoint van een instelling pagina voor pagina in een conceptcatalogus</translation>
    </message>
    <message>
        <location filename="../menus.py" line="125"/>
        <source>Import &amp;Badges…</source>
        <translation>&amp;Badges importeren…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="126"/>
        <source>Add the outcomes your edubadges prove</source>
        <translation>Voeg de leeruitkomsten toe die je edubadges aantonen</translation>
    </message>
    <message>
        <location filename="../menus.py" line="128"/>
        <source>Catalogue &amp;Insight…</source>
        <translation>Catalogus&amp;inzicht…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="129"/>
        <source>Plan a cohort of learners against the open catalogues and report demand</source>
        <translation>Plan een cohort lerenden tegen de geopende catalogi en toon de vraag</translation>
    </message>
    <message>
        <location filename="../menus.py" line="131"/>
        <source>Re-plan with the &amp;New Catalogues</source>
        <translation>Opnieuw plannen met de &amp;nieuwe catalogi</translation>
    </message>
    <message>
        <location filename="../menus.py" line="133"/>
        <source>Plan again against the changed catalogues found beside this plan</source>
        <translation>Plan opnieuw met de gewijzigde catalogi die naast dit plan staan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="136"/>
        <source>&amp;Duplicate Scenario…</source>
        <translation>Scenario &amp;dupliceren…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="137"/>
        <source>Copy this scenario to try a what-if next to it</source>
        <translation>Kopieer dit scenario om er een wat-als naast te proberen</translation>
    </message>
    <message>
        <location filename="../menus.py" line="139"/>
        <source>&amp;Rename Scenario…</source>
        <translation>Scenario &amp;hernoemen…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="140"/>
        <source>Give this scenario another name</source>
        <translation>Geef dit scenario een andere naam</translation>
    </message>
    <message>
        <location filename="../menus.py" line="141"/>
        <source>De&amp;lete Scenario</source>
        <translation>Scenario ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../menus.py" line="142"/>
        <source>Remove this scenario</source>
        <translation>Verwijder dit scenario</translation>
    </message>
    <message>
        <location filename="../menus.py" line="144"/>
        <source>&amp;Mark as Chosen</source>
        <translation>Als &amp;gekozen markeren</translation>
    </message>
    <message>
        <location filename="../menus.py" line="145"/>
        <source>The route agreed on: saved as the plan of the plan file</source>
        <translation>De afgesproken route: wordt opgeslagen als het plan van het planbestand</translation>
    </message>
    <message>
        <location filename="../menus.py" line="151"/>
        <source>&amp;Compare Scenarios</source>
        <translation>Scenario&apos;s &amp;vergelijken</translation>
    </message>
    <message>
        <location filename="../menus.py" line="152"/>
        <source>Show the scenarios side by side</source>
        <translation>Toon de scenario&apos;s naast elkaar</translation>
    </message>
    <message>
        <location filename="../menus.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../menus.py" line="172"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../menus.py" line="177"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../menus.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../menus.py" line="193"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <location filename="../menus.py" line="196"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="228"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../menus.py" line="200"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../menus.py" line="211"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../menus.py" line="217"/>
        <source>System default ({language})</source>
        <translation>Systeemstandaard ({language})</translation>
    </message>
    <message>
        <location filename="../menus.py" line="235"/>
        <source>The interface language is {language}.</source>
        <translation>De taal van Leerroute is {language}.</translation>
    </message>
    <message>
        <location filename="../menus.py" line="237"/>
        <source>Leerroute will be in {language} from its next start.</source>
        <translation>Leerroute is in het {language} vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="205"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="209"/>
        <source>Planning in progress</source>
        <translation>Bezig met plannen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="338"/>
        <source>… and {n} more (see the Catalogue tab)</source>
        <translation>… en nog {n} (zie het tabblad Catalogus)</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="86"/>
        <source>a catalogue</source>
        <translation>een catalogus</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="87"/>
        <source>a learner file</source>
        <translation>een deelnemerbestand</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="88"/>
        <source>a plan file</source>
        <translation>een planbestand</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="93"/>
        <source>Open it with File ▸ Open Catalogue (Ctrl+Shift+O).</source>
        <translation>Open het met Bestand ▸ Catalogus openen (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="94"/>
        <source>Open it with File ▸ Open Learner (Ctrl+L).</source>
        <translation>Open het met Bestand ▸ Deelnemer openen (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="95"/>
        <source>Open it with File ▸ Open Plan (Ctrl+O).</source>
        <translation>Open het met Bestand ▸ Plan openen (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="96"/>
        <location filename="../filehandling.py" line="143"/>
        <source>Cannot open the catalogue</source>
        <translation>Kan de catalogus niet openen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="99"/>
        <source>“{file}” is {kind}, not {wanted}.</source>
        <translation>“{file}” is {kind}, geen {wanted}.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="119"/>
        <source>Reading and checking {files}…</source>
        <translation>{files} lezen en controleren…</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="146"/>
        <location filename="../filehandling.py" line="198"/>
        <source>Fix the file and open it again.</source>
        <translation>Herstel het bestand en open het opnieuw.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="148"/>
        <source>{files}: {error}

Check that this is a Leerroute catalogue file.</source>
        <translation>{files}: {error}

Controleer of dit een catalogusbestand van Leerroute is.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="160"/>
        <source>The catalogue has problems</source>
        <translation>De catalogus bevat problemen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="162"/>
        <source>Fix these lines in the file and open it again; the list in the Catalogue tab shows them all.</source>
        <translation>Herstel deze regels in het bestand en open het opnieuw; de lijst op het tabblad Catalogus toont ze allemaal.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="165"/>
        <source>1 problem in the catalogue</source>
        <translation>1 probleem in de catalogus</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="166"/>
        <source>{n} problems in the catalogue</source>
        <translation>{n} problemen in de catalogus</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="172"/>
        <source>Opened 1 catalogue</source>
        <translation>1 catalogus geopend</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="173"/>
        <source>Opened {n} catalogues</source>
        <translation>{n} catalogi geopend</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="180"/>
        <source>The Catalogue tab lists every problem with its line.</source>
        <translation>Het tabblad Catalogus toont elk probleem met zijn regel.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="97"/>
        <location filename="../filehandling.py" line="191"/>
        <source>Cannot open the learner</source>
        <translation>Kan de deelnemer niet openen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="201"/>
        <source>{file}: {error}

Check that this is a Leerroute learner file.</source>
        <translation>{file}: {error}

Controleer of dit een deelnemersbestand van Leerroute is.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="98"/>
        <location filename="../filehandling.py" line="221"/>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="222"/>
        <source>Open the learner and catalogues instead, then plan again and save.</source>
        <translation>Open in plaats daarvan de deelnemer en de catalogi, plan opnieuw en sla op.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="235"/>
        <source>Catalogues changed since this plan was saved</source>
        <translation>Catalogi gewijzigd sinds dit plan is opgeslagen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="237"/>
        <source>Opened {name}</source>
        <translation>{name} geopend</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="250"/>
        <source>Nothing to save</source>
        <translation>Niets om op te slaan</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="251"/>
        <source>Open a catalogue and a learner first.</source>
        <translation>Open eerst een catalogus en een deelnemer.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="260"/>
        <source>Cannot save the plan</source>
        <translation>Kan het plan niet opslaan</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="261"/>
        <source>Choose another folder with Save Plan As.</source>
        <translation>Kies een andere map met Plan opslaan als.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="266"/>
        <location filename="../filehandling.py" line="301"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="279"/>
        <source>Save Plan</source>
        <translation>Plan opslaan</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="280"/>
        <location filename="../filehandling.py" line="341"/>
        <source>Leerroute plans (*.leerroute.json)</source>
        <translation>Leerroute-plannen (*.leerroute.json)</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="296"/>
        <source>Cannot save the learner</source>
        <translation>Kan de deelnemer niet opslaan</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="296"/>
        <source>{file}: {error}

Choose another folder.</source>
        <translation>{file}: {error}

Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="315"/>
        <source>Open Catalogues</source>
        <translation>Catalogi openen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="316"/>
        <source>Catalogues (*.yaml *.yml *.json)</source>
        <translation>Catalogi (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="324"/>
        <source>Open Learner</source>
        <translation>Deelnemer openen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="325"/>
        <source>Learners (*.yaml *.yml *.json)</source>
        <translation>Deelnemers (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="331"/>
        <source>Save Learner</source>
        <translation>Deelnemer opslaan</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="332"/>
        <source>Learners (*.yaml *.json)</source>
        <translation>Deelnemers (*.yaml *.json)</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="340"/>
        <source>Open Plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <location filename="../filehandling.py" line="377"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../editing.py" line="42"/>
        <source>Cannot make this change</source>
        <translation>Kan deze wijziging niet doorvoeren</translation>
    </message>
    <message>
        <location filename="../editing.py" line="51"/>
        <source>Pin “{m}”</source>
        <translation>“{m}” vastzetten</translation>
    </message>
    <message>
        <location filename="../editing.py" line="59"/>
        <location filename="../editing.py" line="125"/>
        <source>Unpin “{m}”</source>
        <translation>“{m}” losmaken</translation>
    </message>
    <message>
        <location filename="../editing.py" line="79"/>
        <source>Pin “{m}” from {date}</source>
        <translation>“{m}” vastzetten vanaf {date}</translation>
    </message>
    <message>
        <location filename="../editing.py" line="81"/>
        <source>Pinned “{m}” to start on {date}; planning again…</source>
        <translation>“{m}” vastgezet om te beginnen op {date}; opnieuw plannen…</translation>
    </message>
    <message>
        <location filename="../editing.py" line="88"/>
        <source>Plan “{m}” first</source>
        <translation>“{m}” als eerste plannen</translation>
    </message>
    <message>
        <location filename="../editing.py" line="94"/>
        <source>Plan “{m}” before “{b}”</source>
        <translation>“{m}” vóór “{b}” plannen</translation>
    </message>
    <message>
        <location filename="../editing.py" line="99"/>
        <source>Exclude “{m}”</source>
        <translation>“{m}” uitsluiten</translation>
    </message>
    <message>
        <location filename="../editing.py" line="105"/>
        <source>Use another offering of “{m}”</source>
        <translation>Andere uitvoering van “{m}” gebruiken</translation>
    </message>
    <message>
        <location filename="../editing.py" line="111"/>
        <source>Mark “{o}” proven</source>
        <translation>“{o}” als aangetoond markeren</translation>
    </message>
    <message>
        <location filename="../editing.py" line="116"/>
        <source>Apply: {s}</source>
        <translation>Toepassen: {s}</translation>
    </message>
    <message>
        <location filename="../editing.py" line="135"/>
        <source>Allow “{m}” again</source>
        <translation>“{m}” weer toestaan</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="48"/>
        <source>No catalogue open</source>
        <translation>Geen catalogus geopend</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="49"/>
        <source>Open a catalogue first (Ctrl+Shift+O).</source>
        <translation>Open eerst een catalogus (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="67"/>
        <source>New learner “{name}”; planning…</source>
        <translation>Nieuwe deelnemer “{name}”; bezig met plannen…</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="81"/>
        <source>Plan {n}</source>
        <translation>Plan {n}</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="83"/>
        <source>Duplicate Scenario</source>
        <translation>Scenario dupliceren</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="84"/>
        <source>Name of the new scenario:</source>
        <translation>Naam van het nieuwe scenario:</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="88"/>
        <source>Scenario “{name}” is a copy; change it and compare (Ctrl+Shift+C).</source>
        <translation>Scenario “{name}” is een kopie; pas het aan en vergelijk (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="95"/>
        <source>Rename Scenario</source>
        <translation>Scenario hernoemen</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="96"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="100"/>
        <source>Not renamed: another scenario is called “{name}”, or the name is empty.</source>
        <translation>Niet hernoemd: een ander scenario heet al “{name}”, of de naam is leeg.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="110"/>
        <source>Scenario “{name}” deleted</source>
        <translation>Scenario “{name}” verwijderd</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="118"/>
        <source>“{name}” is the chosen scenario; Save keeps it as the plan.</source>
        <translation>“{name}” is het gekozen scenario; Opslaan bewaart het als het plan.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="145"/>
        <source>The goal “{g}” is not in the open catalogues; choose a goal.</source>
        <translation>Het doel “{g}” staat niet in de geopende catalogi; kies een doel.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="151"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="157"/>
        <source>Planning your route…</source>
        <translation>Je route wordt gepland…</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="161"/>
        <source>Found a route finishing on {date}; looking for a better one…</source>
        <translation>Route gevonden die klaar is op {date}; er wordt naar een betere gezocht…</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="168"/>
        <source>Planning cancelled; showing the previous route.</source>
        <translation>Plannen afgebroken; de vorige route wordt getoond.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="170"/>
        <source>Best route found in {s} s.</source>
        <translation>Beste route gevonden in {s} s.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="171"/>
        <source>Route found in {s} s; a faster one may exist.</source>
        <translation>Route gevonden in {s} s; er is misschien een snellere.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="172"/>
        <source>Planning stopped after {s} s; showing the best route so far.</source>
        <translation>Plannen gestopt na {s} s; de beste route tot nu toe wordt getoond.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="175"/>
        <source>The planner found no answer in {s} s; try Plan Again (F5).</source>
        <translation>De planner vond geen antwoord in {s} s; probeer Opnieuw plannen (F5).</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="174"/>
        <source>No route fits; see what would help above.</source>
        <translation>Geen enkele route past; zie hierboven wat zou helpen.</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="181"/>
        <location filename="../scenariohandling.py" line="182"/>
        <source>The planner failed</source>
        <translation>De planner is vastgelopen</translation>
    </message>
    <message>
        <location filename="../scenariohandling.py" line="182"/>
        <source>{error}

Change your wishes or the catalogue and plan again (F5).</source>
        <translation>{error}

Pas je wensen of de catalogus aan en plan opnieuw (F5).</translation>
    </message>
    <message>
        <location filename="../refresh.py" line="55"/>
        <source>Showing scenario “{name}”</source>
        <translation>Scenario “{name}” wordt getoond</translation>
    </message>
    <message>
        <location filename="../refresh.py" line="135"/>
        <source>{name}[*] — Leerroute</source>
        <translation>{name}[*] — Leerroute</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="373"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="374"/>
        <source>The route has changes that are not saved. Save them?</source>
        <translation>De route heeft wijzigingen die niet zijn opgeslagen. Wil je ze opslaan?</translation>
    </message>
    <message>
        <location filename="../app.py" line="152"/>
        <source>The demo catalogue was not found; open a catalogue (Ctrl+Shift+O).</source>
        <translation>De democatalogus is niet gevonden; open een catalogus (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="31"/>
        <source>Plan This &amp;First</source>
        <translation>Dit als &amp;eerste plannen</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="32"/>
        <source>Plan the selected module before every other module of the route</source>
        <translation>De gekozen module vóór elke andere module van de route plannen</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="34"/>
        <source>Plan &amp;Before…</source>
        <translation>Plannen &amp;vóór…</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="35"/>
        <source>Plan the selected module before another module you choose</source>
        <translation>De gekozen module plannen vóór een andere module die je kiest</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="63"/>
        <source>The route has no other module to plan it before.</source>
        <translation>De route heeft geen andere module om het vóór te plannen.</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="68"/>
        <source>Plan Before</source>
        <translation>Plannen vóór</translation>
    </message>
    <message>
        <location filename="../orderactions.py" line="69"/>
        <source>Plan “{m}” before:</source>
        <translation>“{m}” plannen vóór:</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../intake.py" line="64"/>
        <location filename="../intake.py" line="371"/>
        <source>New learner</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../intake.py" line="76"/>
        <source>First name or a label</source>
        <translation>Voornaam of een label</translation>
    </message>
    <message>
        <location filename="../intake.py" line="106"/>
        <source>Holidays (no study)</source>
        <translation>Vakanties (geen studie)</translation>
    </message>
    <message>
        <location filename="../intake.py" line="111"/>
        <source>Add a holiday</source>
        <translation>Vakantie toevoegen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="114"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="126"/>
        <source>Outcomes you can already show</source>
        <translation>Leeruitkomsten die je al kunt aantonen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="127"/>
        <location filename="../intake.py" line="324"/>
        <source>Outcome of the goal</source>
        <translation>Leeruitkomst van het doel</translation>
    </message>
    <message>
        <location filename="../intake.py" line="127"/>
        <location filename="../intake.py" line="324"/>
        <location filename="../intake.py" line="339"/>
        <source>Shown with</source>
        <translation>Aangetoond met</translation>
    </message>
    <message>
        <location filename="../intake.py" line="140"/>
        <source>Who, and what for</source>
        <translation>Wie, en waarvoor</translation>
    </message>
    <message>
        <location filename="../intake.py" line="141"/>
        <source>The learner&apos;s name (or a label) and the goal to plan toward.</source>
        <translation>De naam van de deelnemer (of een label) en het doel waarnaar je plant.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="142"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="142"/>
        <source>&amp;Goal:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="147"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="147"/>
        <source>&amp;Hours:</source>
        <translation>U&amp;ren:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="148"/>
        <source>Free time each week (drag to paint; leave empty for any time):</source>
        <translation>Vrije tijd per week (sleep om te kleuren; leeg laten voor elk moment):</translation>
    </message>
    <message>
        <location filename="../intake.py" line="150"/>
        <source>The week</source>
        <translation>De week</translation>
    </message>
    <message>
        <location filename="../intake.py" line="151"/>
        <source>When the learner starts, how many hours a week there are for study, and when.</source>
        <translation>Wanneer de deelnemer begint, hoeveel uur per week er is om te studeren, en wanneer.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="161"/>
        <source>Milestones that must be reached in time:</source>
        <translation>Mijlpalen die op tijd gehaald moeten worden:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="163"/>
        <source>Holidays (no study):</source>
        <translation>Vakanties (geen studie):</translation>
    </message>
    <message>
        <location filename="../intake.py" line="170"/>
        <source>Time off, limits and milestones</source>
        <translation>Vrije tijd, grenzen en mijlpalen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="171"/>
        <source>Weeks without study, a deadline or budget if there is one, and the milestones the route must meet.</source>
        <translation>Weken zonder studie, een deadline of budget als die er is, en de mijlpalen die de route moet halen.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="182"/>
        <source>Notes (background, agreements):</source>
        <translation>Notities (achtergrond, afspraken):</translation>
    </message>
    <message>
        <location filename="../intake.py" line="184"/>
        <source>How and where</source>
        <translation>Hoe en waar</translation>
    </message>
    <message>
        <location filename="../intake.py" line="185"/>
        <source>Ways of studying the learner accepts, the places within reach, and notes of the conversation.</source>
        <translation>Manieren van studeren die de deelnemer accepteert, de plaatsen binnen bereik, en notities van het gesprek.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="186"/>
        <source>What you can already show</source>
        <translation>Wat je al kunt aantonen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="187"/>
        <source>A diploma, an edubadge or a passed EVC proves an outcome; work experience opens an assessment.</source>
        <translation>Een diploma, een edubadge of een behaalde EVC bewijst een leeruitkomst; werkervaring geeft toegang tot een assessment.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="195"/>
        <source>Who else is involved (printed on the study plan):</source>
        <translation>Wie er verder bij betrokken zijn (staat op het studieplan):</translation>
    </message>
    <message>
        <location filename="../intake.py" line="196"/>
        <source>Study &amp;advisor:</source>
        <translation>Studie&amp;adviseur:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="196"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Instelling:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="197"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Werkgever:</translation>
    </message>
    <message>
        <location filename="../intake.py" line="198"/>
        <source>How I like to learn, and who is involved</source>
        <translation>Hoe ik graag leer, en wie er betrokken zijn</translation>
    </message>
    <message>
        <location filename="../intake.py" line="199"/>
        <source>Must and never are always kept; prefer and avoid are weighed after the finish date. The advisor and employer are named on the study plan and sign it.</source>
        <translation>Moet en nooit gelden altijd; liever wel en liever niet wegen mee na de einddatum. De adviseur en de werkgever staan met naam op het studieplan en ondertekenen het.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="205"/>
        <source>Step {n} of {m}: {title}</source>
        <translation>Stap {n} van {m}: {title}</translation>
    </message>
    <message>
        <location filename="../intake.py" line="210"/>
        <source>Start planning</source>
        <translation>Begin met plannen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="278"/>
        <source>{title}: by {date}</source>
        <translation>{title}: uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../intake.py" line="287"/>
        <source>The goal sets no milestones.</source>
        <translation>Het doel heeft geen mijlpalen.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="295"/>
        <source>Choose a goal to plan toward.</source>
        <translation>Kies een doel om naartoe te plannen.</translation>
    </message>
    <message>
        <location filename="../intake.py" line="298"/>
        <source>{outcomes}, {milestones}</source>
        <translation>{outcomes}, {milestones}</translation>
    </message>
    <message>
        <location filename="../intake.py" line="299"/>
        <source>{n} outcome</source>
        <translation>{n} leeruitkomst</translation>
    </message>
    <message>
        <location filename="../intake.py" line="299"/>
        <source>{n} outcomes</source>
        <translation>{n} leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../intake.py" line="300"/>
        <source>{n} milestone</source>
        <translation>{n} mijlpaal</translation>
    </message>
    <message>
        <location filename="../intake.py" line="300"/>
        <source>{n} milestones</source>
        <translation>{n} mijlpalen</translation>
    </message>
    <message>
        <location filename="../intake.py" line="323"/>
        <source>Outcome of the goal: {start}…</source>
        <translation>Leeruitkomst van het doel: {start}…</translation>
    </message>
</context>
<context>
    <name>OrderWishesBox</name>
    <message>
        <location filename="../orderwishes.py" line="20"/>
        <source>“{m}” first</source>
        <translation>“{m}” als eerste</translation>
    </message>
    <message>
        <location filename="../orderwishes.py" line="21"/>
        <source>“{m}” before “{b}”</source>
        <translation>“{m}” vóór “{b}”</translation>
    </message>
    <message>
        <location filename="../orderwishes.py" line="31"/>
        <source>Order of modules</source>
        <translation>Volgorde van modules</translation>
    </message>
    <message>
        <location filename="../orderwishes.py" line="48"/>
        <source>No wishes about the order. Right-click a module in the route or on the timeline: Plan This First, or Plan Before…</source>
        <translation>Geen wensen over de volgorde. Klik met rechts op een module in de route of op de tijdlijn: Dit als eerste plannen, of Plannen vóór…</translation>
    </message>
    <message>
        <location filename="../orderwishes.py" line="61"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../orderwishes.py" line="63"/>
        <source>Plan again without this wish</source>
        <translation>Opnieuw plannen zonder deze wens</translation>
    </message>
    <message>
        <location filename="../orderwishes.py" line="64"/>
        <source>Remove the wish {wish}</source>
        <translation>De wens {wish} verwijderen</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../progressview.py" line="99"/>
        <source>Requirements of the goal</source>
        <translation>Eisen van het doel</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="109"/>
        <location filename="../progressview.py" line="129"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="114"/>
        <source>Pinned and excluded</source>
        <translation>Vastgezet en uitgesloten</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="143"/>
        <source>proven</source>
        <translation>aangetoond</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="143"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="144"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="147"/>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="147"/>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="148"/>
        <source>not reached</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="172"/>
        <source>{done} of {n} modules</source>
        <translation>{done} van {n} modules</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="174"/>
        <source>{done} of {ec} EC</source>
        <translation>{done} van {ec} EC</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="180"/>
        <source>{module} ({ec} EC)</source>
        <translation>{module} ({ec} EC)</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="181"/>
        <source>exempt: every outcome proven</source>
        <translation>vrijstelling: elke leeruitkomst aangetoond</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="253"/>
        <source>{n} missing</source>
        <comment>one outcome</comment>
        <translation>{n} ontbreken</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="253"/>
        <source>{n} missing</source>
        <comment>several outcomes</comment>
        <translation>{n} ontbreken</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="254"/>
        <source>Toward {goal}: {proven} proven, {planned} planned, {missing}</source>
        <translation>Op weg naar {goal}: {proven} aangetoond, {planned} gepland, {missing}</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="275"/>
        <source>{date} (week {week} of your route)</source>
        <translation>{date} (week {week} van je route)</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="166"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="205"/>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="205"/>
        <location filename="../progressview.py" line="209"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="206"/>
        <source>Evidence, module or reason</source>
        <translation>Bewijs, module of reden</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="206"/>
        <source>When, how far</source>
        <translation>Wanneer, hoe ver</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="208"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="208"/>
        <source>Target</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="208"/>
        <source>Reached</source>
        <translation>Gehaald op</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="214"/>
        <source>Open a catalogue and a learner to see progress toward a goal.</source>
        <translation>Open een catalogus en een deelnemer om de voortgang naar een doel te zien.</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="224"/>
        <source>Requirement: {start}…</source>
        <translation>Eis: {start}…</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="236"/>
        <source>{done} of {n} chosen, from {m}</source>
        <translation>{done} van {n} gekozen, uit {m}</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="252"/>
        <source>your own outcomes</source>
        <translation>je eigen leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="270"/>
        <source>{title}
Must be met: the route is planned to reach it in time.</source>
        <translation>{title}
Moet gehaald worden: de route is zo gepland dat hij op tijd gehaald wordt.</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="291"/>
        <source>Nothing pinned or excluded. Pin or exclude a module from its details or the timeline&apos;s menu.</source>
        <translation>Niets vastgezet of uitgesloten. Zet een module vast of sluit hem uit vanuit de details of het menu van de tijdlijn.</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="301"/>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="301"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="305"/>
        <source>{title}, from {date}</source>
        <translation>{title}, vanaf {date}</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="310"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="312"/>
        <source>Plan again without this choice</source>
        <translation>Opnieuw plannen zonder deze keuze</translation>
    </message>
    <message>
        <location filename="../progressview.py" line="313"/>
        <source>Remove “{title}”</source>
        <translation>“{title}” verwijderen</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <location filename="../scenariobar.py" line="27"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../scenariobar.py" line="36"/>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../scenariobar.py" line="62"/>
        <source>{name}: the chosen scenario</source>
        <translation>{name}: het gekozen scenario</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../summary.py" line="27"/>
        <source>Route totals</source>
        <translation>Totalen van de route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="35"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../summary.py" line="35"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../summary.py" line="35"/>
        <source>Study hours</source>
        <translation>Studie-uren</translation>
    </message>
    <message>
        <location filename="../summary.py" line="36"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../summary.py" line="36"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../summary.py" line="37"/>
        <location filename="../summary.py" line="90"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../summary.py" line="92"/>
        <source>Planner · improving…</source>
        <translation>Planner · bezig met verbeteren…</translation>
    </message>
    <message>
        <location filename="../summary.py" line="94"/>
        <source>planning…</source>
        <translation>bezig met plannen…</translation>
    </message>
    <message>
        <location filename="../summary.py" line="94"/>
        <source>no plan yet</source>
        <translation>nog geen plan</translation>
    </message>
    <message>
        <location filename="../summary.py" line="97"/>
        <source>best route</source>
        <translation>beste route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="97"/>
        <source>good route</source>
        <translation>goede route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="98"/>
        <source>no route exists</source>
        <translation>er is geen route</translation>
    </message>
    <message>
        <location filename="../summary.py" line="99"/>
        <source>no route found</source>
        <translation>geen route gevonden</translation>
    </message>
    <message>
        <location filename="../summary.py" line="105"/>
        <source>Planner · proven</source>
        <translation>Planner · bewezen</translation>
    </message>
    <message>
        <location filename="../summary.py" line="106"/>
        <source>The earliest possible finish: proven.</source>
        <translation>De vroegst mogelijke einddatum: bewezen.</translation>
    </message>
    <message>
        <location filename="../summary.py" line="109"/>
        <source>Planner · ≤ {weeks} wk later</source>
        <translation>Planner · ≤ {weeks} wk later</translation>
    </message>
    <message>
        <location filename="../summary.py" line="113"/>
        <source>Planner · {s:.0f} s</source>
        <translation>Planner · {s:.0f} s</translation>
    </message>
    <message>
        <location filename="../summary.py" line="114"/>
        <source>No route found in {s:.0f} s, and none proven impossible.</source>
        <translation>Geen route gevonden in {s:.0f} s, en ook niet bewezen dat er geen is.</translation>
    </message>
    <message>
        <location filename="../summary.py" line="98"/>
        <source>stopped early</source>
        <translation>voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../summary.py" line="110"/>
        <source>The earliest finish found; at most 1 week later than possible.</source>
        <translation>De vroegste gevonden einddatum; hooguit 1 week later dan mogelijk.</translation>
    </message>
    <message>
        <location filename="../summary.py" line="111"/>
        <source>The earliest finish found; at most {n} weeks later than possible.</source>
        <translation>De vroegste gevonden einddatum; hooguit {n} weken later dan mogelijk.</translation>
    </message>
    <message>
        <location filename="../summary.py" line="125"/>
        <source>Done in week {week}</source>
        <translation>Klaar in week {week}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline.py" line="67"/>
        <source>Route timeline</source>
        <translation>Tijdlijn van de route</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="68"/>
        <source>A bar for every module in the route, by week; milestones as markers.</source>
        <translation>Een balk per module in de route, per week; mijlpalen als markering.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="92"/>
        <source>No route to show yet.</source>
        <translation>Nog geen route om te tonen.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="94"/>
        <source>No route: see above what would help.</source>
        <translation>Geen route: zie hierboven wat zou helpen.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="96"/>
        <source>Nothing to plan: you can already prove every outcome of your goal.</source>
        <translation>Niets te plannen: je kunt alle leeruitkomsten van je doel al aantonen.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="98"/>
        <source>Planning was stopped before a route was found.</source>
        <translation>Het plannen is gestopt voordat er een route was gevonden.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="99"/>
        <source>No route found in {s:.0f} s, and none proven impossible: plan again with more time.</source>
        <translation>Geen route gevonden in {s:.0f} s, en ook niet bewezen dat er geen is: plan opnieuw met meer tijd.</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="154"/>
        <source>No study this week (holiday)</source>
        <translation>Geen studie deze week (vakantie)</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="216"/>
        <source>{title}
{mode}{location}
{start} – {end}, {hours} h/week, {ec} EC, {cost}</source>
        <translation>{title}
{mode}{location}
{start} – {end}, {hours} u/week, {ec} EC, {cost}</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="222"/>
        <source>{hours} h/wk</source>
        <translation>{hours} u/wk</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="241"/>
        <source>Target for “{title}”: week {week} of your route</source>
        <translation>Doel voor “{title}”: week {week} van je route</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="252"/>
        <source>“{title}” reached on {date}, week {week} of your route ({state}); target: week {target}</source>
        <translation>“{title}” gehaald op {date}, week {week} van je route ({state}); doel: week {target}</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="255"/>
        <source>route week {week}, {state}</source>
        <translation>routeweek {week}, {state}</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="322"/>
        <source>Drop to pin the offering that starts nearest to {date}</source>
        <translation>Laat los om de uitvoering vast te zetten die het dichtst bij {date} begint</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="246"/>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="176"/>
        <location filename="../timeline.py" line="179"/>
        <source>route week</source>
        <translation>routeweek</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="246"/>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="246"/>
        <source>not reached</source>
        <translation>niet gehaald</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../weekcalendar.py" line="161"/>
        <source>Week of your route</source>
        <translation>Week van je route</translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="168"/>
        <source>Route &amp;week:</source>
        <translation>Route&amp;week:</translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="208"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../weekcalendar.py" line="71"/>
        <source>Sessions this week</source>
        <translation>Bijeenkomsten deze week</translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="145"/>
        <source>No sessions this week: self-paced study only.</source>
        <translation>Geen bijeenkomsten deze week: alleen studie in eigen tempo.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../welcome.py" line="34"/>
        <location filename="../welcome.py" line="35"/>
        <source>Welcome to Leerroute</source>
        <translation>Welkom bij Leerroute</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="41"/>
        <source>Leerroute plans a personal learning route: which modules to take, when and where, so that a learner reaches a goal (a diploma, a certificate, a set of microcredentials) within the hours, budget and deadline they have. It shows why every module is in the route, and what would help when no route fits.

You need a catalogue (what the institutions offer) and a learner (who wants to reach what). Every change you make plans the route again, and Ctrl+Z takes it back.</source>
        <translation>Leerroute plant een persoonlijke leerroute: welke modules, wanneer en waar, zodat een deelnemer een doel haalt (een diploma, een certificaat, een reeks microcredentials) binnen de uren, het budget en de deadline die hij of zij heeft. Het laat zien waarom elke module in de route zit, en wat zou helpen als geen route past.

Je hebt een catalogus nodig (wat de instellingen aanbieden) en een deelnemer (wie wat wil bereiken). Elke wijziging plant de route opnieuw, en Ctrl+Z maakt haar ongedaan.</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="49"/>
        <source>Open a &amp;Catalogue…</source>
        <translation>Een &amp;catalogus openen…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="51"/>
        <source>&amp;New Learner…</source>
        <translation>&amp;Nieuwe deelnemer…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="54"/>
        <source>Start an intake on the open catalogues</source>
        <translation>Begin een intake op de geopende catalogi</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="55"/>
        <source>Open a &amp;Sample</source>
        <translation>Een &amp;voorbeeld openen</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="57"/>
        <source>The demo catalogues and a sample learner, planned</source>
        <translation>De democatalogi en een voorbeelddeelnemer, gepland</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="58"/>
        <source>Show this welcome at start</source>
        <translation>Dit welkom bij het starten tonen</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="62"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="65"/>
        <source>Open &amp;Plan…</source>
        <translation>Een &amp;plan openen…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="67"/>
        <source>Open a saved plan (*.leerroute.json)</source>
        <translation>Open een opgeslagen plan (*.leerroute.json)</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="75"/>
        <source>Recent plans:</source>
        <translation>Recente plannen:</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../autosave.py" line="208"/>
        <source>Restore unsaved changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <location filename="../autosave.py" line="209"/>
        <source>Leerroute was closed on {when} without saving the changes to your plan. Restore them?</source>
        <translation>Leerroute is op {when} gesloten zonder de wijzigingen in je plan op te slaan. Wil je ze herstellen?</translation>
    </message>
    <message>
        <location filename="../autosave.py" line="215"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../autosave.py" line="251"/>
        <source>Cannot restore the unsaved changes</source>
        <translation>Kan de niet-opgeslagen wijzigingen niet herstellen</translation>
    </message>
    <message>
        <location filename="../autosave.py" line="262"/>
        <source>Unsaved changes restored; save them with Save Plan As.</source>
        <translation>Niet-opgeslagen wijzigingen hersteld; sla ze op met Plan opslaan als.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../planner/export/formats.py" line="56"/>
        <source>Study Plan (&amp;PDF)…</source>
        <translation>Studieplan (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="57"/>
        <source>Write the study plan to print and sign, in the interface language</source>
        <translation>Sla het studieplan op om af te drukken en te ondertekenen, in de taal van het programma</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="58"/>
        <source>Export Study Plan</source>
        <translation>Studieplan exporteren</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="59"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="60"/>
        <source>Study plan written to {file}</source>
        <translation>Studieplan opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="65"/>
        <source>&amp;Calendar (.ics)…</source>
        <translation>&amp;Agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="66"/>
        <source>Write the weekly sessions for a calendar app</source>
        <translation>Sla de wekelijkse bijeenkomsten op voor een agenda-app</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="67"/>
        <source>Export Calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="68"/>
        <source>Calendars (*.ics)</source>
        <translation>Agenda&apos;s (*.ics)</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="69"/>
        <source>Calendar written to {file}</source>
        <translation>Agenda opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="74"/>
        <source>Route &amp;Table (CSV)…</source>
        <translation>Route&amp;tabel (CSV)…</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="75"/>
        <source>Write one row per module for a spreadsheet</source>
        <translation>Sla één regel per onderdeel op voor een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="76"/>
        <location filename="../../planner/export/formats.py" line="85"/>
        <source>Export Route Table</source>
        <translation>Routetabel exporteren</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="77"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>Spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="78"/>
        <location filename="../../planner/export/formats.py" line="87"/>
        <source>Route table written to {file}</source>
        <translation>Routetabel opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="83"/>
        <source>Route Table (E&amp;xcel)…</source>
        <translation>Routetabel (E&amp;xcel)…</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="84"/>
        <source>Write one row per module as an Excel workbook, with dates and amounts as numbers</source>
        <translation>Sla één regel per onderdeel op als Excel-werkmap, met datums en bedragen als getallen</translation>
    </message>
    <message>
        <location filename="../../planner/export/formats.py" line="86"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>facets</name>
    <message>
        <location filename="../facets.py" line="37"/>
        <location filename="../facets.py" line="46"/>
        <source>pacing</source>
        <translation>tempo</translation>
    </message>
    <message>
        <location filename="../facets.py" line="46"/>
        <source>learning activity</source>
        <translation>leeractiviteit</translation>
    </message>
    <message>
        <location filename="../facets.py" line="46"/>
        <source>group work</source>
        <translation>groepswerk</translation>
    </message>
    <message>
        <location filename="../facets.py" line="47"/>
        <source>assessment</source>
        <translation>toetsing</translation>
    </message>
    <message>
        <location filename="../facets.py" line="47"/>
        <source>supervision</source>
        <translation>toezicht</translation>
    </message>
    <message>
        <location filename="../facets.py" line="47"/>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../facets.py" line="48"/>
        <source>self-paced</source>
        <translation>in eigen tempo</translation>
    </message>
    <message>
        <location filename="../facets.py" line="48"/>
        <source>with a cohort</source>
        <translation>met een cohort</translation>
    </message>
    <message>
        <location filename="../facets.py" line="49"/>
        <source>lecture</source>
        <translation>hoorcollege</translation>
    </message>
    <message>
        <location filename="../facets.py" line="49"/>
        <source>tutorial</source>
        <translation>werkcollege</translation>
    </message>
    <message>
        <location filename="../facets.py" line="49"/>
        <source>practical</source>
        <translation>practicum</translation>
    </message>
    <message>
        <location filename="../facets.py" line="50"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../facets.py" line="50"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../facets.py" line="51"/>
        <source>skills training</source>
        <translation>vaardigheidstraining</translation>
    </message>
    <message>
        <location filename="../facets.py" line="51"/>
        <source>independent study</source>
        <translation>zelfstudie</translation>
    </message>
    <message>
        <location filename="../facets.py" line="52"/>
        <source>work-based learning</source>
        <translation>leren op de werkplek</translation>
    </message>
    <message>
        <location filename="../facets.py" line="52"/>
        <source>individual</source>
        <translation>individueel</translation>
    </message>
    <message>
        <location filename="../facets.py" line="53"/>
        <source>in a group</source>
        <translation>in een groep</translation>
    </message>
    <message>
        <location filename="../facets.py" line="53"/>
        <source>written exam</source>
        <translation>schriftelijk tentamen</translation>
    </message>
    <message>
        <location filename="../facets.py" line="54"/>
        <source>digital exam</source>
        <translation>digitaal tentamen</translation>
    </message>
    <message>
        <location filename="../facets.py" line="54"/>
        <source>oral exam</source>
        <translation>mondeling tentamen</translation>
    </message>
    <message>
        <location filename="../facets.py" line="55"/>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <location filename="../facets.py" line="55"/>
        <source>assignment</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <location filename="../facets.py" line="56"/>
        <source>presentation</source>
        <translation>presentatie</translation>
    </message>
    <message>
        <location filename="../facets.py" line="56"/>
        <source>practical exam</source>
        <translation>praktijktoets</translation>
    </message>
    <message>
        <location filename="../facets.py" line="57"/>
        <source>assessment at work</source>
        <translation>beoordeling op de werkplek</translation>
    </message>
    <message>
        <location filename="../facets.py" line="57"/>
        <source>unsupervised</source>
        <translation>zonder toezicht</translation>
    </message>
    <message>
        <location filename="../facets.py" line="58"/>
        <source>supervised online (proctoring)</source>
        <translation>online surveillance (proctoring)</translation>
    </message>
    <message>
        <location filename="../facets.py" line="59"/>
        <source>supervised on site</source>
        <translation>met toezicht op locatie</translation>
    </message>
    <message>
        <location filename="../facets.py" line="59"/>
        <source>lessons and assessment</source>
        <translation>lessen en toetsing</translation>
    </message>
    <message>
        <location filename="../facets.py" line="60"/>
        <source>assessment only (EVC)</source>
        <translation>alleen assessment (EVC)</translation>
    </message>
    <message>
        <location filename="../facets.py" line="60"/>
        <source>not described</source>
        <translation>niet beschreven</translation>
    </message>
    <message>
        <location filename="../facets.py" line="61"/>
        <source>must</source>
        <translation>moet</translation>
    </message>
    <message>
        <location filename="../facets.py" line="61"/>
        <source>prefer</source>
        <translation>liever wel</translation>
    </message>
    <message>
        <location filename="../facets.py" line="61"/>
        <source>avoid</source>
        <translation>liever niet</translation>
    </message>
    <message>
        <location filename="../facets.py" line="62"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../facets.py" line="85"/>
        <source>{hours} contact h/week</source>
        <translation>{hours} contacturen/week</translation>
    </message>
    <message>
        <location filename="../facets.py" line="105"/>
        <source>{taught} — assessed by {assessed}</source>
        <translation>{taught} — getoetst met {assessed}</translation>
    </message>
    <message>
        <location filename="../facets.py" line="119"/>
        <source>How taught</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../facets.py" line="120"/>
        <source>How assessed</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <location filename="../facets.py" line="134"/>
        <source>{value} (share of EC)</source>
        <translation>{value} (aandeel in EC)</translation>
    </message>
    <message>
        <location filename="../facets.py" line="135"/>
        <source>assessed by {value} (share of EC)</source>
        <translation>getoetst met {value} (aandeel in EC)</translation>
    </message>
    <message>
        <location filename="../facets.py" line="169"/>
        <source>colour: mode of study</source>
        <translation>kleur: leervorm</translation>
    </message>
    <message>
        <location filename="../facets.py" line="97"/>
        <source>identity checked</source>
        <translation>identiteit gecontroleerd</translation>
    </message>
</context>
<context>
    <name>fileguard</name>
    <message>
        <location filename="../fileguard.py" line="26"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../fileguard.py" line="39"/>
        <source>{file} is not a file (a folder, pipe or device); it was not read.</source>
        <translation>{file} is geen bestand (een map, pipe of apparaat); het is niet gelezen.</translation>
    </message>
    <message>
        <location filename="../fileguard.py" line="41"/>
        <source>{file} is {size}, more than the {limit} Leerroute opens; it was not read.</source>
        <translation>{file} is {size}, meer dan de {limit} die Leerroute opent; het is niet gelezen.</translation>
    </message>
    <message>
        <location filename="../fileguard.py" line="61"/>
        <source>File not opened</source>
        <translation>Bestand niet geopend</translation>
    </message>
    <message>
        <location filename="../fileguard.py" line="62"/>
        <source>Files not opened</source>
        <translation>Bestanden niet geopend</translation>
    </message>
</context>
<context>
    <name>goal</name>
    <message>
        <location filename="../goalpicker.py" line="21"/>
        <source>Career switch programmes</source>
        <extracomment>The order the kinds are listed in.</extracomment>
        <translation>Omscholingsprogramma&apos;s</translation>
    </message>
    <message>
        <location filename="../goalpicker.py" line="22"/>
        <source>Associate degrees</source>
        <translation>Associate degrees</translation>
    </message>
    <message>
        <location filename="../goalpicker.py" line="23"/>
        <source>Degrees</source>
        <translation>Bachelors en masters</translation>
    </message>
    <message>
        <location filename="../goalpicker.py" line="24"/>
        <source>Microcredentials</source>
        <translation>Microcredentials</translation>
    </message>
    <message>
        <location filename="../goalpicker.py" line="25"/>
        <location filename="../goalpicker.py" line="27"/>
        <source>Other goals</source>
        <translation>Andere doelen</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../handover.py" line="50"/>
        <source>The folder {folder} does not exist. Create it, or choose another place.</source>
        <extracomment>Why a file could not be written, by :attr:`planner.errors.ExportError.reason`.</extracomment>
        <translation>De map {folder} bestaat niet. Maak hem aan of kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="52"/>
        <source>{file} is a folder. Give a file name inside it.</source>
        <translation>{file} is een map. Geef een bestandsnaam in die map.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="53"/>
        <source>Leerroute may not write in {folder}. Choose a folder you can write to.</source>
        <translation>Leerroute mag niet schrijven in {folder}. Kies een map waarin je mag schrijven.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="55"/>
        <source>{file} was not written: no font on this computer can draw {chars}. Install a font that has them (for example Noto Sans CJK) and export again.</source>
        <translation>{file} is niet geschreven: geen lettertype op deze computer kan {chars} tekenen. Installeer een lettertype dat ze heeft (bijvoorbeeld Noto Sans CJK) en exporteer opnieuw.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="58"/>
        <source>{file} could not be written. Choose another place or name.</source>
        <translation>{file} kon niet worden geschreven. Kies een andere plek of naam.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="110"/>
        <source>Nothing to export</source>
        <translation>Niets om te exporteren</translation>
    </message>
    <message>
        <location filename="../handover.py" line="111"/>
        <source>The scenario on screen has no route yet.</source>
        <translation>Het getoonde scenario heeft nog geen route.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="117"/>
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <location filename="../handover.py" line="118"/>
        <source>Nothing written</source>
        <translation>Niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../handover.py" line="203"/>
        <source>Cannot print</source>
        <translation>Afdrukken lukt niet</translation>
    </message>
    <message>
        <location filename="../handover.py" line="203"/>
        <source>The printer could not be started. Check it and try again.</source>
        <translation>De printer kon niet worden gestart. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="207"/>
        <source>Printed 1 page of the study plan of {name}</source>
        <translation>1 pagina van het studieplan van {name} afgedrukt</translation>
    </message>
    <message>
        <location filename="../handover.py" line="209"/>
        <source>Printed {n} pages of the study plan of {name}</source>
        <translation>{n} pagina&apos;s van het studieplan van {name} afgedrukt</translation>
    </message>
    <message>
        <location filename="../handover.py" line="224"/>
        <source>Print Study Plan</source>
        <translation>Studieplan afdrukken</translation>
    </message>
    <message>
        <location filename="../handover.py" line="261"/>
        <source>&amp;Print…</source>
        <extracomment>one action per export format, by the format&apos;s name, in the order of the formats</extracomment>
        <translation>Afdru&amp;kken…</translation>
    </message>
    <message>
        <location filename="../handover.py" line="262"/>
        <source>Print the study plan of the scenario on screen</source>
        <translation>Druk het studieplan van het getoonde scenario af</translation>
    </message>
    <message>
        <location filename="../handover.py" line="265"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <location filename="../importing.py" line="45"/>
        <source>Cannot import badges</source>
        <translation>Kan de badges niet importeren</translation>
    </message>
    <message>
        <location filename="../importing.py" line="47"/>
        <source>Open a catalogue and a learner first.</source>
        <translation>Open eerst een catalogus en een deelnemer.</translation>
    </message>
    <message>
        <location filename="../importing.py" line="60"/>
        <source>Import badges: {names}</source>
        <translation>Badges importeren: {names}</translation>
    </message>
    <message>
        <location filename="../importing.py" line="63"/>
        <source>1 outcome proven by badges (signature not verified)</source>
        <translation>1 leeruitkomst aangetoond met badges (handtekening niet gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../importing.py" line="64"/>
        <source>{n} outcomes proven by badges (signature not verified)</source>
        <translation>{n} leeruitkomsten aangetoond met badges (handtekening niet gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../importing.py" line="66"/>
        <source>The badges prove no new outcome</source>
        <translation>De badges tonen geen nieuwe leeruitkomst aan</translation>
    </message>
    <message>
        <location filename="../importing.py" line="68"/>
        <source>1 outcome is now proven by edubadge. Signatures are not verified: Leerroute makes no network calls.</source>
        <translation>1 leeruitkomst is nu aangetoond met een edubadge. Handtekeningen zijn niet gecontroleerd: Leerroute maakt geen verbinding met internet.</translation>
    </message>
    <message>
        <location filename="../importing.py" line="70"/>
        <source>{n} outcomes are now proven by edubadge. Signatures are not verified: Leerroute makes no network calls.</source>
        <translation>{n} leeruitkomsten zijn nu aangetoond met een edubadge. Handtekeningen zijn niet gecontroleerd: Leerroute maakt geen verbinding met internet.</translation>
    </message>
    <message>
        <location filename="../importing.py" line="76"/>
        <source>Not checked:</source>
        <translation>Niet gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../importing.py" line="80"/>
        <source>Not used:</source>
        <translation>Niet gebruikt:</translation>
    </message>
    <message>
        <location filename="../importing.py" line="83"/>
        <source>Badges imported</source>
        <translation>Badges geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importing.py" line="90"/>
        <source>Import Badges</source>
        <translation>Badges importeren</translation>
    </message>
    <message>
        <location filename="../importing.py" line="91"/>
        <source>Badges (*.json *.png *.svg)</source>
        <translation>Badges (*.json *.png *.svg)</translation>
    </message>
    <message>
        <location filename="../importing.py" line="110"/>
        <source>Cannot import OOAPI data</source>
        <translation>Kan de OOAPI-gegevens niet importeren</translation>
    </message>
    <message>
        <location filename="../importing.py" line="119"/>
        <source>Draft catalogue written to {file}. OOAPI has no prerequisites and no weekly sessions: check the draft and add them by hand. Details lists every field that was not kept or was guessed.</source>
        <translation>Conceptcatalogus geschreven naar {file}. OOAPI kent geen ingangseisen en geen wekelijkse bijeenkomsten: controleer het concept en vul die met de hand aan. Onder Details staat elk veld dat niet is overgenomen of is geschat.</translation>
    </message>
    <message>
        <location filename="../importing.py" line="124"/>
        <source>OOAPI data imported</source>
        <translation>OOAPI-gegevens geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importing.py" line="132"/>
        <source>Import OOAPI Data</source>
        <translation>OOAPI-gegevens importeren</translation>
    </message>
    <message>
        <location filename="../importing.py" line="133"/>
        <source>OOAPI JSON (*.json)</source>
        <translation>OOAPI JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../importing.py" line="138"/>
        <location filename="../importing.py" line="152"/>
        <source>Save Draft Catalogue</source>
        <translation>Conceptcatalogus opslaan</translation>
    </message>
    <message>
        <location filename="../importing.py" line="139"/>
        <location filename="../importing.py" line="154"/>
        <source>Catalogues (*.yaml *.json)</source>
        <translation>Catalogi (*.yaml *.json)</translation>
    </message>
</context>
<context>
    <name>importnotes</name>
    <message>
        <location filename="../importnotes.py" line="23"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="24"/>
        <source>byte {byte} is not UTF-8 text</source>
        <translation>byte {byte} is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="25"/>
        <source>not valid JSON ({error})</source>
        <translation>geen geldige JSON ({error})</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="26"/>
        <source>the JSON is nested too deeply</source>
        <translation>de JSON is te diep genest</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="27"/>
        <source>the file is {mb} MB, more than the {limit} MB read</source>
        <translation>het bestand is {mb} MB, meer dan de {limit} MB die gelezen wordt</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="28"/>
        <source>cannot open the file ({error})</source>
        <translation>het bestand kan niet worden geopend ({error})</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="29"/>
        <source>no organisation in the files: give the institution with --institution</source>
        <translation>geen organisatie in de bestanden: geef de instelling op met --institution</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="30"/>
        <source>field &apos;{field}&apos; of the page is not part of OOAPI&apos;s paging envelope</source>
        <translation>veld &apos;{field}&apos; van de pagina hoort niet bij de pagina-envelop van OOAPI</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="31"/>
        <source>not an OOAPI course, programme, offering or learning outcome (no courseId, programmeId, courseOfferingId/offeringId or learningOutcomeId)</source>
        <translation>geen OOAPI-cursus, -opleiding, -aanbieding of -leeruitkomst (geen courseId, programmeId, courseOfferingId/offeringId of learningOutcomeId)</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="32"/>
        <source>a copy of {kind} &apos;{id}&apos; (expanded in another item): the first one is read</source>
        <translation>een kopie van {kind} &apos;{id}&apos; (uitgevouwen in een ander item): de eerste wordt gelezen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="33"/>
        <source>{kind} &apos;{id}&apos; appears twice; the first one is kept</source>
        <translation>{kind} &apos;{id}&apos; komt twee keer voor; de eerste wordt bewaard</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="34"/>
        <source>{kind} &apos;{id}&apos; has no name in Dutch or English</source>
        <translation>{kind} &apos;{id}&apos; heeft geen naam in het Nederlands of Engels</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="35"/>
        <source>{kind} &apos;{id}&apos; cannot be used: {error}</source>
        <translation>{kind} &apos;{id}&apos; is niet bruikbaar: {error}</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="36"/>
        <source>learning component &apos;{id}&apos; is part of a course: Leerroute plans whole courses</source>
        <translation>leercomponent &apos;{id}&apos; is een deel van een cursus: Leerroute plant hele cursussen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="37"/>
        <source>learning outcome &apos;{id}&apos; belongs to no imported course</source>
        <translation>leeruitkomst &apos;{id}&apos; hoort bij geen enkele geïmporteerde cursus</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="38"/>
        <source>academic session &apos;{id}&apos;: no imported offering needs its dates</source>
        <translation>academische periode &apos;{id}&apos;: geen geïmporteerde aanbieding heeft de data ervan nodig</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="39"/>
        <source>{kind} field &apos;{field}&apos; has no place in a Leerroute catalogue</source>
        <translation>{kind}-veld &apos;{field}&apos; heeft geen plaats in een Leerroute-catalogus</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="40"/>
        <source>{kind} field &apos;{field}&apos; is not in the OOAPI specification: not read</source>
        <translation>{kind}-veld &apos;{field}&apos; staat niet in de OOAPI-specificatie: niet gelezen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="41"/>
        <source>consumer data ({field}) for another system, such as RIO or eduXchange: a Leerroute catalogue has no place for it</source>
        <translation>consumentgegevens ({field}) voor een ander systeem, zoals RIO of eduXchange: een Leerroute-catalogus heeft er geen plaats voor</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="42"/>
        <source>the {kind}&apos;s &apos;{field}&apos; is read for its offerings, and none in the files uses it</source>
        <translation>&apos;{field}&apos; van de {kind} wordt gelezen voor de aanbiedingen ervan, en geen aanbieding in de bestanden gebruikt het</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="43"/>
        <source>the offering&apos;s {field}: the module&apos;s name and description are used</source>
        <translation>{field} van de aanbieding: de naam en beschrijving van de module worden gebruikt</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="44"/>
        <source>the place is the city; the rest of the address ({field}) is not kept</source>
        <translation>de plaats is de stad; de rest van het adres ({field}) wordt niet bewaard</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="45"/>
        <source>enrolment period ({field}): a Leerroute catalogue does not hold enrolment dates; the learner enrols before the start</source>
        <translation>inschrijfperiode ({field}): een Leerroute-catalogus bevat geen inschrijfdata; de lerende schrijft zich voor de start in</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="46"/>
        <source>academic session ({field}): the offering&apos;s own dates are used</source>
        <translation>academische periode ({field}): de eigen data van de aanbieding worden gebruikt</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="47"/>
        <source>{field}: current enrolment counts change daily and are not kept</source>
        <translation>{field}: actuele aantallen inschrijvingen veranderen dagelijks en worden niet bewaard</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="48"/>
        <source>{what} without a language: taken as &apos;{language}&apos;</source>
        <translation>{what} zonder taal: als &apos;{language}&apos; gelezen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="49"/>
        <source>{what} without a language: taken as the teaching language &apos;{language}&apos;</source>
        <translation>{what} zonder taal: als de onderwijstaal &apos;{language}&apos; gelezen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="50"/>
        <source>{what} in language &apos;{language}&apos;: Leerroute keeps Dutch and English</source>
        <translation>{what} in taal &apos;{language}&apos;: Leerroute bewaart Nederlands en Engels</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="51"/>
        <source>a second {what} in &apos;{language}&apos;: the first one is kept</source>
        <translation>een tweede {what} in &apos;{language}&apos;: de eerste wordt bewaard</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="52"/>
        <source>{what} in HTML: made plain text</source>
        <translation>{what} in HTML: omgezet naar platte tekst</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="53"/>
        <source>{what} cut to {limit} characters</source>
        <translation>{what} ingekort tot {limit} tekens</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="54"/>
        <source>a study load without a positive value</source>
        <translation>een studielast zonder positieve waarde</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="55"/>
        <source>a second study load ({value} {unit}): the first one is used</source>
        <translation>een tweede studielast ({value} {unit}): de eerste wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="56"/>
        <source>study points ({value} sp) taken as {value} EC</source>
        <translation>studiepunten ({value} sp) gelezen als {value} EC</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="57"/>
        <source>contact time ({value} hours) is not study load</source>
        <translation>contacttijd ({value} uur) is geen studielast</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="58"/>
        <source>study load in unit &apos;{unit}&apos; ({value}) is not known</source>
        <translation>studielast in eenheid &apos;{unit}&apos; ({value}) is onbekend</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="59"/>
        <source>no study load in EC or hours: 1 EC (28 hours) assumed</source>
        <translation>geen studielast in EC of uren: 1 EC (28 uur) aangenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="60"/>
        <source>level &apos;{level}&apos; has no NLQF/EQF level</source>
        <translation>niveau &apos;{level}&apos; heeft geen NLQF/EQF-niveau</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="61"/>
        <source>entry requirements kept as requirementsText: write them as &apos;requires&apos;</source>
        <translation>toelatingseisen bewaard als requirementsText: schrijf ze uit als &apos;requires&apos;</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="62"/>
        <source>learning outcome without a Dutch or English name</source>
        <translation>leeruitkomst zonder Nederlandse of Engelse naam</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="63"/>
        <source>learning outcome without a Dutch or English text</source>
        <translation>leeruitkomst zonder Nederlandse of Engelse tekst</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="64"/>
        <source>learning outcome &apos;{id}&apos; is given by id only and is not in the imported files (import the /learning-outcomes items too)</source>
        <translation>leeruitkomst &apos;{id}&apos; is alleen met een id gegeven en staat niet in de geïmporteerde bestanden (importeer ook de items van /learning-outcomes)</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="65"/>
        <source>no learning outcomes: &apos;{outcome}&apos; (completed the {kind}) stands in for them; describe the real outcomes</source>
        <translation>geen leeruitkomsten: &apos;{outcome}&apos; ({kind} afgerond) staat ervoor in de plaats; beschrijf de echte leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="66"/>
        <source>offering &apos;{id}&apos; of component &apos;{parent}&apos; names no course offering: it cannot be planned</source>
        <translation>aanbod &apos;{id}&apos; van onderdeel &apos;{parent}&apos; noemt geen cursusaanbod: het kan niet worden gepland</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="67"/>
        <source>component offering &apos;{id}&apos; has no start date and time: it cannot be planned</source>
        <translation>onderdeelaanbod &apos;{id}&apos; heeft geen startdatum en -tijd: het kan niet worden gepland</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="68"/>
        <source>component offering &apos;{id}&apos; has fixed dates, but its course offering &apos;{parent}&apos; has flexible entry: its dates cannot be planned</source>
        <translation>onderdeelaanbod &apos;{id}&apos; heeft vaste data, maar zijn cursusaanbod &apos;{parent}&apos; heeft flexibele instroom: die data kunnen niet worden gepland</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="69"/>
        <source>component offering &apos;{id}&apos; belongs to course offering &apos;{parent}&apos;, which was not imported</source>
        <translation>onderdeelaanbod &apos;{id}&apos; hoort bij cursusaanbod &apos;{parent}&apos;, dat niet is geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="70"/>
        <source>component offering &apos;{id}&apos; is dated {date}, outside its course offering &apos;{parent}&apos; ({first} to {last}): it is not planned</source>
        <translation>onderdeelaanbod &apos;{id}&apos; valt op {date}, buiten zijn cursusaanbod &apos;{parent}&apos; ({first} tot {last}): het wordt niet gepland</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="71"/>
        <source>online offering &apos;{id}&apos; has a component in {place}: it is taken as hybrid, in {place}</source>
        <translation>online aanbod &apos;{id}&apos; heeft een onderdeel in {place}: het geldt als hybride, in {place}</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="72"/>
        <source>{count} {kind} sessions from {first} to {last} become the weekly session {session}</source>
        <translation>{count} bijeenkomsten ({kind}) van {first} tot {last} worden de wekelijkse bijeenkomst {session}</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="73"/>
        <source>offering &apos;{id}&apos; of programme &apos;{parent}&apos;, which became goal &apos;{goal}&apos;: its courses&apos; offerings are planned</source>
        <translation>aanbieding &apos;{id}&apos; van opleiding &apos;{parent}&apos;, die doel &apos;{goal}&apos; werd: de aanbiedingen van de cursussen ervan worden gepland</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="74"/>
        <source>offering &apos;{id}&apos;: its course or programme &apos;{parent}&apos; is not among the imported ones</source>
        <translation>aanbieding &apos;{id}&apos;: de cursus of opleiding &apos;{parent}&apos; is niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="75"/>
        <source>offering &apos;{id}&apos; is {state}: learners cannot take it</source>
        <translation>aanbieding &apos;{id}&apos; is {state}: lerenden kunnen hem niet volgen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="76"/>
        <source>offering &apos;{id}&apos; expects no result (resultExpected false): it certifies nothing</source>
        <translation>aanbieding &apos;{id}&apos; verwacht geen resultaat (resultExpected false): hij levert niets op</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="77"/>
        <source>offering &apos;{id}&apos; has no start date, no academic session with one and no flexible entry period</source>
        <translation>aanbieding &apos;{id}&apos; heeft geen startdatum, geen academische periode met een startdatum en geen flexibele instroomperiode</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="78"/>
        <source>a flexible entry period of a few days ({start} – {end}) around the start: planned as a fixed start on {cohort}</source>
        <translation>een flexibele instroomperiode van een paar dagen ({start} – {end}) rond de start: gepland als een vaste start op {cohort}</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="79"/>
        <source>start and end of a flexible offering (the entry period is used)</source>
        <translation>start en einde van een flexibele aanbieding (de instroomperiode wordt gebruikt)</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="80"/>
        <source>no dates of its own: the academic session&apos;s dates are used (start {start})</source>
        <translation>geen eigen data: de data van de academische periode worden gebruikt (start {start})</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="81"/>
        <source>no end date or course duration: {weeks} weeks at {per_week} hours a week assumed</source>
        <translation>geen einddatum of cursusduur: {weeks} weken van {per_week} uur per week aangenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="82"/>
        <source>{weeks} weeks is longer than Leerroute plans: 260 weeks assumed</source>
        <translation>{weeks} weken is langer dan Leerroute plant: 260 weken aangenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="83"/>
        <source>the study load does not fit the dates at 60 hours a week: {weeks} weeks assumed</source>
        <translation>de studielast past niet tussen de data bij 60 uur per week: {weeks} weken aangenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="84"/>
        <source>hoursPerWeek {per_week}: the study load ({hours} h) spread over {weeks} weeks</source>
        <translation>hoursPerWeek {per_week}: de studielast ({hours} uur) verdeeld over {weeks} weken</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="85"/>
        <source>mode of delivery &apos;{mode}&apos; is not known to Leerroute</source>
        <translation>leervorm &apos;{mode}&apos; is onbekend voor Leerroute</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="86"/>
        <source>no known mode of delivery: &apos;{mode}&apos; assumed from the addresses</source>
        <translation>geen bekende leervorm: &apos;{mode}&apos; aangenomen op grond van de adressen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="87"/>
        <source>several modes ({modes}): &apos;{mode}&apos; chosen</source>
        <translation>meerdere leervormen ({modes}): &apos;{mode}&apos; gekozen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="88"/>
        <source>mode &apos;{given}&apos; taken as &apos;{mode}&apos;</source>
        <translation>leervorm &apos;{given}&apos; gelezen als &apos;{mode}&apos;</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="89"/>
        <source>teaching language {given}: &apos;nl&apos; assumed</source>
        <translation>onderwijstaal {given}: &apos;nl&apos; aangenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="90"/>
        <source>also taught in {languages}: Leerroute keeps one teaching language</source>
        <translation>ook gegeven in {languages}: Leerroute bewaart één onderwijstaal</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="91"/>
        <source>no city in the addresses: location &apos;{location}&apos; assumed</source>
        <translation>geen stad in de adressen: locatie &apos;{location}&apos; aangenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="92"/>
        <source>a price without a usable amount</source>
        <translation>een prijs zonder bruikbaar bedrag</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="93"/>
        <source>a price in {currency}: Leerroute plans in euros</source>
        <translation>een prijs in {currency}: Leerroute plant in euro&apos;s</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="94"/>
        <source>price &apos;{cost_type}&apos; (€{amount}): the cost is the total price, or else the highest, &apos;{chosen}&apos;</source>
        <translation>prijs &apos;{cost_type}&apos; (€{amount}): de kosten zijn de totaalprijs, of anders de hoogste, &apos;{chosen}&apos;</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="95"/>
        <source>no total price: the highest price taken as the cost</source>
        <translation>geen totaalprijs: de hoogste prijs als kosten genomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="96"/>
        <source>no price published: the cost is unknown (costKnown: false), not free</source>
        <translation>geen prijs gepubliceerd: de kosten zijn onbekend (costKnown: false), niet gratis</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="97"/>
        <source>{field} {value} is not a number of learners</source>
        <translation>{field} {value} is geen aantal lerenden</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="98"/>
        <source>minimum {min} learners is more than the {max} seats</source>
        <translation>minimaal {min} lerenden is meer dan de {max} plaatsen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="99"/>
        <source>OOAPI has no weekly sessions: the offerings have none; add &apos;sessions&apos; by hand</source>
        <translation>OOAPI kent geen wekelijkse bijeenkomsten: de aanbiedingen hebben er geen; vul &apos;sessions&apos; met de hand aan</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="100"/>
        <source>module &apos;{module}&apos; has no offering in the imported files; add one by hand</source>
        <translation>module &apos;{module}&apos; heeft geen aanbieding in de geïmporteerde bestanden; voeg er met de hand een toe</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="101"/>
        <source>programme &apos;{id}&apos; lists no imported courses: imported as one module</source>
        <translation>opleiding &apos;{id}&apos; noemt geen geïmporteerde cursussen: als één module geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="102"/>
        <source>programme &apos;{id}&apos; became goal &apos;{goal}&apos;: every outcome of its {courses} courses required (OOAPI has no choices)</source>
        <translation>opleiding &apos;{id}&apos; werd doel &apos;{goal}&apos;: elke leeruitkomst van de {courses} cursussen ervan is vereist (OOAPI kent geen keuzes)</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="103"/>
        <source>a programme&apos;s own learning outcomes (the goal requires its courses&apos; outcomes)</source>
        <translation>eigen leeruitkomsten van een opleiding (het doel vereist de leeruitkomsten van de cursussen)</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="104"/>
        <source>a programme&apos;s own study load (its courses&apos; loads are planned)</source>
        <translation>eigen studielast van een opleiding (de studielast van de cursussen wordt gepland)</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="110"/>
        <source>not kept</source>
        <translation>niet overgenomen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="111"/>
        <source>guessed</source>
        <translation>geschat</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="112"/>
        <source>kept as text</source>
        <translation>als tekst bewaard</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="113"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="139"/>
        <source>{n} modules</source>
        <translation>{n} modules</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="140"/>
        <source>{n} outcomes</source>
        <translation>{n} leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="141"/>
        <source>{n} offerings</source>
        <translation>{n} aanbiedingen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="142"/>
        <source>{n} goals</source>
        <translation>{n} doelen</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="143"/>
        <source>{n} badges</source>
        <translation>{n} badges</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="145"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="146"/>
        <source>Imported: {what}.</source>
        <translation>Geïmporteerd: {what}.</translation>
    </message>
    <message>
        <location filename="../importnotes.py" line="158"/>
        <source>… and {n} more notes: the draft catalogue&apos;s header lists every one</source>
        <translation>… en nog {n} opmerkingen: de kop van de conceptcatalogus noemt ze allemaal</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../message_templates.py" line="15"/>
        <source>certifies &apos;{outcome_title}&apos;, which your goal requires</source>
        <translation>certificeert &apos;{outcome_title}&apos;, nodig voor je doel</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="16"/>
        <source>certifies &apos;{outcome_title}&apos;, one of your choices in &apos;{group_title}&apos;</source>
        <translation>certificeert &apos;{outcome_title}&apos;, een van je keuzes in &apos;{group_title}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="18"/>
        <source>&apos;{module_title}&apos; later in your route requires &apos;{outcome_title}&apos;</source>
        <translation>&apos;{module_title}&apos;, later in je route, vereist &apos;{outcome_title}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="22"/>
        <source>you pinned it</source>
        <translation>je hebt deze module vastgezet</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="31"/>
        <source>the fastest possible route: proven optimal</source>
        <translation>de snelst mogelijke route: bewezen optimaal</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="33"/>
        <source>stopped before a route was found</source>
        <translation>gestopt voordat er een route was gevonden</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="34"/>
        <source>you have already proven every outcome of the goal: nothing to plan</source>
        <translation>je hebt alle leeruitkomsten van het doel al aangetoond: niets te plannen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="36"/>
        <source>No route fits all of your wishes. These choices together make it impossible:</source>
        <translation>Geen enkele route past bij al je wensen. Deze keuzes samen maken het onmogelijk:</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="39"/>
        <source>No route exists in the loaded catalogues, whatever you choose.</source>
        <translation>In de geladen catalogi bestaat geen route, wat je ook kiest.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="40"/>
        <source>no module in the loaded catalogues certifies &apos;{outcome_title}&apos;</source>
        <translation>geen enkele module in de geladen catalogi certificeert &apos;{outcome_title}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="41"/>
        <source>&apos;{outcome_title}&apos; cannot be reached: every module that certifies it needs something that cannot be reached ({missing})</source>
        <translation>&apos;{outcome_title}&apos; is niet haalbaar: elke module die deze leeruitkomst certificeert, vereist iets wat niet haalbaar is ({missing})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="47"/>
        <source>&apos;{outcome_title}&apos; is only offered as {offers}, and that does not work for you: {reasons}</source>
        <translation>&apos;{outcome_title}&apos; wordt alleen aangeboden als {offers}, en dat werkt voor jou niet: {reasons}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="54"/>
        <source>with {hours} hours a week the modules you need do not fit in time</source>
        <translation>met {hours} uur per week passen de modules die je nodig hebt niet op tijd</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="56"/>
        <source>the cheapest route costs {cost}, more than your budget of {budget}</source>
        <translation>de goedkoopste route kost {cost}, meer dan je budget van {budget}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="61"/>
        <source>milestone &apos;{title}&apos; cannot be reached by week {week} of your route</source>
        <translation>mijlpaal &apos;{title}&apos; is niet te halen voor week {week} van je route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="63"/>
        <source>the earliest finish found is {finish_date} (week {finish} of your route), after your deadline ({deadline}); an earlier one may exist</source>
        <translation>de vroegste gevonden einddatum is {finish_date} (week {finish} van je route), na je deadline ({deadline}); misschien kan het eerder</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="89"/>
        <source>your budget of {budget}</source>
        <translation>je budget van {budget}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="179"/>
        <source>the route costs {cost}, more than the budget of {budget}</source>
        <translation>de route kost {cost}, meer dan het budget van {budget}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>cost</source>
        <translation>de prijs</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>hours per week</source>
        <translation>het aantal uur per week</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>mode</source>
        <translation>de leervorm</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>place</source>
        <translation>de plaats</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>sessions</source>
        <translation>het rooster van de bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>number of weeks</source>
        <translation>het aantal weken</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>start dates</source>
        <translation>de lijst met startdata</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="57"/>
        <source>pinned &apos;{title}&apos; cannot be part of a route together with your other wishes</source>
        <translation>&apos;{title}&apos; is vastgezet, maar past niet samen met je andere wensen in een route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="26"/>
        <source>1 {what} of {institution} was left out: {items}</source>
        <translation>1 {what} van {institution} is weggelaten: {items}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="27"/>
        <source>{count} {what} of {institution} were left out: {items}</source>
        <translation>{count} {what} van {institution} zijn weggelaten: {items}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="19"/>
        <source>&apos;{module_title}&apos; in your route needs &apos;{outcome_title}&apos; before or alongside it</source>
        <translation>&apos;{module_title}&apos; in je route heeft &apos;{outcome_title}&apos; ervoor of tegelijk nodig</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="17"/>
        <source>needed for milestone &apos;{milestone_title}&apos; (week {week} of your route)</source>
        <translation>nodig voor mijlpaal &apos;{milestone_title}&apos; (week {week} van je route)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="20"/>
        <source>its {ec} EC count towards the {rule} that &apos;{module_title}&apos; later in your route requires</source>
        <translation>de {ec} EC tellen mee voor de {rule} die &apos;{module_title}&apos; later in je route vraagt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="21"/>
        <source>its {ec} EC count towards &apos;{group_title}&apos;, which asks for {need}</source>
        <translation>de {ec} EC tellen mee voor &apos;{group_title}&apos;, die {need} vraagt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="28"/>
        <source>milestone &apos;{title}&apos; reached in week {week} of your route (target: week {target})</source>
        <translation>mijlpaal &apos;{title}&apos; gehaald in week {week} van je route (doel: week {target})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="29"/>
        <source>milestone &apos;{title}&apos; reached in week {week} of your route, {late} weeks after its target (week {target})</source>
        <translation>mijlpaal &apos;{title}&apos; gehaald in week {week} van je route, {late} weken na het doel (week {target})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="30"/>
        <source>milestone &apos;{title}&apos; reached in week {week} of your route, 1 week after its target (week {target})</source>
        <translation>mijlpaal &apos;{title}&apos; gehaald in week {week} van je route, 1 week na het doel (week {target})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="32"/>
        <source>a good route; the fastest possible finish is at least week {bound} of your route (gap {gap_pct}%)</source>
        <translation>een goede route; de snelst mogelijke route is op zijn vroegst klaar in week {bound} van je route (verschil {gap_pct}%)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="45"/>
        <source>&apos;{outcome_title}&apos; cannot be reached: the modules that certify it need {credits} completed, more than the modules you can take add up to</source>
        <translation>&apos;{outcome_title}&apos; is niet haalbaar: de modules die het certificeren vragen {credits} afgerond, meer dan de modules die jij kunt volgen opleveren</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="46"/>
        <source>choice &apos;{group_title}&apos; asks for {need}, but the modules you can take give only {have}</source>
        <translation>keuzegroep &apos;{group_title}&apos; vraagt {need}, maar de modules die jij kunt volgen geven maar {have}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="42"/>
        <source>&apos;{outcome_title}&apos; would be certified by {module} of {institution}, which was left out of the catalogue: {reason}</source>
        <translation>&apos;{outcome_title}&apos; zou gecertificeerd worden door {module} van {institution}, maar die is uit de catalogus weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="37"/>
        <source>No route fits all of your wishes. These choices together make it impossible, and each one is needed (without it, the others kept, a route exists):</source>
        <translation>Geen enkele route past bij al je wensen. Deze keuzes samen maken het onmogelijk, en elke keuze telt mee (zonder haar, de andere behouden, bestaat er een route):</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="38"/>
        <source>No route fits all of your wishes. This is the smallest set of your choices that conflict (each one is needed, and no fewer choices conflict):</source>
        <translation>Geen enkele route past bij al je wensen. Dit is de kleinste groep van je keuzes die botsen (elke keuze telt mee, en minder keuzes botsen niet):</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="43"/>
        <source>&apos;{outcome_title}&apos;: offering {offering} of &apos;{module}&apos; ({institution}) was left out of the catalogue: {reason}</source>
        <translation>&apos;{outcome_title}&apos;: aanbod {offering} van &apos;{module}&apos; ({institution}) is uit de catalogus weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="44"/>
        <source>the goal &apos;{goal}&apos; was left out of the catalogue: {reason}</source>
        <translation>het doel &apos;{goal}&apos; is uit de catalogus weggelaten: {reason}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="62"/>
        <source>the goal &apos;{goal}&apos; is not in the loaded catalogues</source>
        <translation>het doel &apos;{goal}&apos; staat niet in de geladen catalogi</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="65"/>
        <source>shown to be needed (without it, the others kept, a route exists): {needed}; the time given did not show whether the others are</source>
        <translation>aangetoond dat ze meetellen (zonder haar, de andere behouden, bestaat er een route): {needed}; in de gegeven tijd bleek niet of de andere meetellen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="66"/>
        <source>the time given did not show which of these choices are needed</source>
        <translation>in de gegeven tijd bleek niet welke van deze keuzes meetellen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="70"/>
        <source>{place} is not one of your places</source>
        <translation>{place} hoort niet bij je plaatsen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="71"/>
        <source>its session on {session} is outside your free time</source>
        <translation>de bijeenkomst op {session} valt buiten je vrije tijd</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="73"/>
        <source>costs more than your budget</source>
        <translation>kost meer dan je budget</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="74"/>
        <source>you excluded it</source>
        <translation>je hebt deze uitgesloten</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="75"/>
        <source>you excluded {titles}</source>
        <translation>je hebt {titles} uitgesloten</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="76"/>
        <source>it has no start date between your start and your deadline</source>
        <translation>er is geen startdatum tussen je eigen startdatum en je deadline</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="77"/>
        <source>it needs {hours} hours a week, more than you have</source>
        <translation>er is {hours} uur per week voor nodig, meer dan je hebt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="78"/>
        <source>it needs 1 hour a week, more than you have</source>
        <translation>er is 1 uur per week voor nodig, meer dan je hebt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="79"/>
        <source>it is an assessment of prior learning, and you claim no experience in what it assesses</source>
        <translation>het is een EVC-assessment, en je geeft geen ervaring op in wat daarin wordt beoordeeld</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="82"/>
        <source>your {hours} hours a week</source>
        <translation>je {hours} uur per week</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="83"/>
        <source>your 1 hour a week</source>
        <translation>je 1 uur per week</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="84"/>
        <source>your holidays and busy periods</source>
        <translation>je vakanties en drukke periodes</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="85"/>
        <source>your deadline of {deadline}</source>
        <translation>je deadline van {deadline}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="86"/>
        <source>studying only {modes}</source>
        <translation>alleen {modes} studeren</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="87"/>
        <source>only the places {places}</source>
        <translation>alleen de plaatsen {places}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="88"/>
        <source>your free times ({windows})</source>
        <translation>je vrije tijden ({windows})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="90"/>
        <source>the modules you pinned</source>
        <translation>de modules die je hebt vastgezet</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="91"/>
        <source>the modules you excluded</source>
        <translation>de modules die je hebt uitgesloten</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="97"/>
        <source>the modules you pinned: {titles}</source>
        <translation>de modules die je hebt vastgezet: {titles}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="98"/>
        <source>the modules you excluded: {titles}</source>
        <translation>de modules die je hebt uitgesloten: {titles}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="99"/>
        <source>the milestones you made hard ({milestones})</source>
        <translation>de mijlpalen die je verplicht hebt gemaakt ({milestones})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="101"/>
        <source>{weeks} weeks later than the fastest route (week {fastest} of your route), for how you like to learn</source>
        <translation>{weeks} weken later dan de snelste route (week {fastest} van je route), voor hoe je graag leert</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="102"/>
        <source>1 week later than the fastest route (week {fastest} of your route), for how you like to learn</source>
        <translation>1 week later dan de snelste route (week {fastest} van je route), voor hoe je graag leert</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="108"/>
        <source>also study {mode}: {finish}</source>
        <translation>studeer ook {mode}: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="111"/>
        <source>add {window} to your free times (just the hours of that session): {finish}</source>
        <translation>voeg {window} toe aan je vrije tijd (alleen de uren van die bijeenkomst): {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="213"/>
        <source>No module in the catalogues teaches it.</source>
        <translation>Geen module in de catalogi leert dit.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="214"/>
        <source>Every module that teaches it is excluded.</source>
        <translation>Elke module die dit leert is uitgesloten.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="215"/>
        <source>Not planned yet.</source>
        <translation>Nog niet gepland.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="216"/>
        <source>No route fits your wishes.</source>
        <translation>Geen enkele route past bij je wensen.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="217"/>
        <source>Not in this route.</source>
        <translation>Niet in deze route.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="35"/>
        <source>no route found in {seconds} s, and none proven impossible either: give the planner more time</source>
        <translation>geen route gevonden in {seconds} s, en ook niet bewezen dat er geen is: geef de planner meer tijd</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="23"/>
        <source>you pinned it to start on {date}</source>
        <translation>je hebt deze module vastgezet om te beginnen op {date}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="48"/>
        <source>&apos;{outcome_title}&apos; is only offered {offers}, and none of these works for you: {reasons}</source>
        <translation>&apos;{outcome_title}&apos; wordt alleen aangeboden {offers}, en geen daarvan werkt voor jou: {reasons}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="49"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="50"/>
        <source>online ({times})</source>
        <translation>online ({times})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="51"/>
        <source>{mode} in {place}</source>
        <translation>{mode} in {place}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="52"/>
        <source>{mode} in {place} ({times})</source>
        <translation>{mode} in {place} ({times})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="53"/>
        <source>the earliest possible finish is {finish_date} (week {finish} of your route), after your deadline ({deadline})</source>
        <translation>je kunt op zijn vroegst klaar zijn op {finish_date} (week {finish} van je route), na je deadline ({deadline})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="55"/>
        <source>with 1 hour a week the modules you need do not fit in time</source>
        <translation>met 1 uur per week passen de modules die je nodig hebt niet op tijd</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="58"/>
        <source>&apos;{title}&apos; cannot come first together with your other wishes</source>
        <translation>&apos;{title}&apos; kan niet als eerste samen met je andere wensen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="59"/>
        <source>&apos;{title}&apos; cannot come before &apos;{before_title}&apos; together with your other wishes</source>
        <translation>&apos;{title}&apos; kan niet vóór &apos;{before_title}&apos; samen met je andere wensen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="60"/>
        <source>pinned &apos;{title}&apos; cannot start on {date} together with your other wishes</source>
        <translation>vastgezette &apos;{title}&apos; kan niet op {date} beginnen samen met je andere wensen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="64"/>
        <source>No route fits all of your wishes, but there was no time left to find out which of them are to blame; give the planner more time.</source>
        <translation>Geen route past bij al je wensen, maar er was geen tijd meer om uit te zoeken welke wensen dat veroorzaken; geef de planner meer tijd.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="67"/>
        <source>not every change could be checked in the time given; with more time there may be more suggestions</source>
        <translation>niet elke wijziging kon in de gegeven tijd worden gecontroleerd; met meer tijd komen er misschien meer suggesties</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="68"/>
        <source>you do not study {mode}</source>
        <translation>je studeert niet {mode}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="69"/>
        <source>you do not study {modes}</source>
        <translation>je studeert niet {modes}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="72"/>
        <source>its {what} on {date} falls in your time off</source>
        <translation>de {what} op {date} valt in je vakantie</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="80"/>
        <source>its {facet} is {value}, which you never want</source>
        <translation>de {facet} is {value}, wat je nooit wilt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="81"/>
        <source>its {facet} is not {value}, which you must have</source>
        <translation>de {facet} is niet {value}, wat je per se wilt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="92"/>
        <source>the order you wished for modules</source>
        <translation>de volgorde van modules die je wenst</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="93"/>
        <source>the order you wished: {wishes}</source>
        <translation>de volgorde die je wenst: {wishes}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="94"/>
        <source>the start dates you pinned</source>
        <translation>de begindata die je vastzette</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="95"/>
        <source>&apos;{title}&apos; first</source>
        <translation>&apos;{title}&apos; als eerste</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="96"/>
        <source>&apos;{title}&apos; before &apos;{before_title}&apos;</source>
        <translation>&apos;{title}&apos; vóór &apos;{before_title}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="100"/>
        <source>how you want to learn ({wishes})</source>
        <translation>hoe je wilt leren ({wishes})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="103"/>
        <source>{pct}% of your preferences on how you learn are met (weighed by EC)</source>
        <translation>{pct}% van je voorkeuren over hoe je leert is gehaald (gewogen naar EC)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="104"/>
        <source>{facet} must be {value}</source>
        <translation>{facet} moet {value} zijn</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="105"/>
        <source>never {value}</source>
        <translation>nooit {value}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="106"/>
        <source>preferably {value}</source>
        <translation>liefst {value}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="107"/>
        <source>preferably no {value}</source>
        <translation>liefst geen {value}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="126"/>
        <source>drop the wish {wish}: {finish}</source>
        <translation>laat de wens {wish} los: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="127"/>
        <source>let &apos;{title}&apos; start on another date than {date}: {finish}</source>
        <translation>laat &apos;{title}&apos; op een andere datum dan {date} beginnen: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="139"/>
        <source>allow every mode of study</source>
        <translation>sta elke studievorm toe</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="140"/>
        <source>add {place} to your places</source>
        <translation>voeg {place} toe aan je plaatsen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="141"/>
        <source>allow any place</source>
        <translation>sta elke plaats toe</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="143"/>
        <source>allow sessions at any time</source>
        <translation>sta bijeenkomsten op elk moment toe</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="147"/>
        <source>study during your holidays and busy periods</source>
        <translation>studeer tijdens je vakanties en drukke periodes</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="154"/>
        <source>raise your budget to {budget}, what the fastest route found costs</source>
        <translation>verhoog je budget naar {budget}, wat de snelste gevonden route kost</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="155"/>
        <source>unpin &apos;{title}&apos;</source>
        <translation>maak &apos;{title}&apos; los</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="156"/>
        <source>unpin every module</source>
        <translation>maak alle vastgezette modules los</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="157"/>
        <source>stop excluding &apos;{title}&apos;</source>
        <translation>sluit &apos;{title}&apos; niet langer uit</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="158"/>
        <source>stop excluding modules</source>
        <translation>sluit geen modules meer uit</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="159"/>
        <source>drop the wish {wish}</source>
        <translation>laat de wens {wish} los</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="160"/>
        <source>drop every wish about the order of modules</source>
        <translation>laat alle wensen over de volgorde van modules los</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="161"/>
        <source>let &apos;{title}&apos; start on another date than {date}</source>
        <translation>laat &apos;{title}&apos; op een andere datum dan {date} beginnen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="162"/>
        <source>let every pinned module start on any date</source>
        <translation>laat elke vastgezette module op elke datum beginnen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="163"/>
        <source>make milestone &apos;{title}&apos; a target instead of a must</source>
        <translation>maak mijlpaal &apos;{title}&apos; een streefdoel in plaats van een must</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="164"/>
        <source>accept {facet} {value} when there is no other way (avoid instead of never)</source>
        <translation>accepteer {facet} {value} als het niet anders kan (liever niet in plaats van nooit)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="165"/>
        <source>prefer {facet} {value} instead of requiring it</source>
        <translation>{facet} {value} liever wel in plaats van per se</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="166"/>
        <source>make every must and never on how you learn a preference</source>
        <translation>maak van elke moet en nooit over hoe je leert een voorkeur</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="167"/>
        <source>make every milestone a target instead of a must</source>
        <translation>maak elke mijlpaal een streefdoel in plaats van een must</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="168"/>
        <source>offering &apos;{offering}&apos; is not in the catalogues</source>
        <translation>uitvoering &apos;{offering}&apos; staat niet in de catalogi</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="169"/>
        <source>module &apos;{module}&apos; is in the route more than once</source>
        <translation>module &apos;{module}&apos; staat meer dan eens in de route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="171"/>
        <source>&apos;{module}&apos; runs {weeks} weeks in the plan but its offering runs {expected} weeks</source>
        <translation>&apos;{module}&apos; duurt in het plan {weeks} weken, maar de uitvoering duurt {expected} weken</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="175"/>
        <source>a session of &apos;{module}&apos; ({session}) is outside the free times</source>
        <translation>een bijeenkomst van &apos;{module}&apos; ({session}) valt buiten de vrije tijd</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="176"/>
        <source>&apos;{module}&apos; has a {what} on {date}, in the learner&apos;s time off</source>
        <translation>&apos;{module}&apos; heeft een {what} op {date}, in de vakantie van de lerende</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="177"/>
        <source>&apos;{module}&apos; is {mode}, which the learner does not accept</source>
        <translation>&apos;{module}&apos; heeft leervorm {mode}, en die accepteert de deelnemer niet</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="178"/>
        <source>&apos;{module}&apos; is in {place}, not one of the learner&apos;s places</source>
        <translation>&apos;{module}&apos; is in {place}, en dat hoort niet bij de plaatsen van de deelnemer</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="180"/>
        <source>&apos;{module}&apos; ends {end}, after the deadline {deadline}</source>
        <translation>&apos;{module}&apos; eindigt op {end}, na de deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="181"/>
        <source>&apos;{module}&apos; has {facet} {value}, which the learner never wants</source>
        <translation>&apos;{module}&apos; heeft {facet} {value}, wat de lerende nooit wil</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="182"/>
        <source>&apos;{module}&apos; does not have {facet} {value}, which the learner must have</source>
        <translation>&apos;{module}&apos; heeft geen {facet} {value}, wat de lerende per se wil</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="183"/>
        <source>the route does not gain &apos;{outcome}&apos;, which the goal requires</source>
        <translation>de route levert &apos;{outcome}&apos; niet op, terwijl het doel die vereist</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="184"/>
        <source>the route gains {have} of the {n} outcomes needed for choice &apos;{group}&apos;</source>
        <translation>de route levert {have} van de {n} leeruitkomsten op die nodig zijn voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="186"/>
        <source>the route has {have} of the {n} modules needed for choice &apos;{group}&apos;</source>
        <translation>de route heeft {have} van de {n} modules die nodig zijn voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="188"/>
        <source>the route has {have} EC of the {need} EC needed for choice &apos;{group}&apos;</source>
        <translation>de route heeft {have} EC van de {need} EC die nodig zijn voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="190"/>
        <source>pinned &apos;{ref}&apos; is not in the route</source>
        <translation>&apos;{ref}&apos; is vastgezet, maar staat niet in de route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="191"/>
        <source>excluded &apos;{ref}&apos; is in the route</source>
        <translation>&apos;{ref}&apos; is uitgesloten, maar staat in de route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="193"/>
        <source>pinned &apos;{ref}&apos; starts in week {week}, not in week {pinned} as pinned</source>
        <translation>vastgezette &apos;{ref}&apos; begint in week {week}, niet in week {pinned} zoals vastgezet</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="194"/>
        <source>&apos;{ref}&apos;, pinned to start in week {pinned}, is not in the route</source>
        <translation>&apos;{ref}&apos;, vastgezet om te beginnen in week {pinned}, zit niet in de route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="195"/>
        <source>&apos;{module}&apos; is an assessment of prior learning, but the learner claims no experience in it</source>
        <translation>&apos;{module}&apos; is een EVC-assessment, maar de deelnemer geeft daarin geen ervaring op</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="196"/>
        <source>the totals do not match the modules ({field}: {have} instead of {expected})</source>
        <translation>de totalen kloppen niet met de modules ({field}: {have} in plaats van {expected})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="202"/>
        <source>&apos;{badge}&apos; ({file}) is not used: it was issued to someone else (its recipient, {recipient}, is none of the e-mail addresses in the learner file)</source>
        <translation>&apos;{badge}&apos; ({file}) wordt niet gebruikt: de badge is aan iemand anders uitgereikt (de ontvanger, {recipient}, is geen van de e-mailadressen in het lerendenbestand)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="203"/>
        <source>&apos;{badge}&apos; ({file}): recipient not compared ({recipient})</source>
        <translation>&apos;{badge}&apos; ({file}): ontvanger niet vergeleken ({recipient})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="204"/>
        <source>&apos;{badge}&apos; ({file}): recipient not compared: the badge names no recipient</source>
        <translation>&apos;{badge}&apos; ({file}): ontvanger niet vergeleken: de badge noemt geen ontvanger</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="205"/>
        <source>&apos;{badge}&apos; ({file}): recipient not compared: the learner file lists no e-mail address (the badge names {recipient})</source>
        <translation>&apos;{badge}&apos; ({file}): ontvanger niet vergeleken: het lerendenbestand noemt geen e-mailadres (de badge noemt {recipient})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="206"/>
        <source>&apos;{badge}&apos; ({file}): revocation not checked: status list at {url} (Leerroute makes no network calls)</source>
        <translation>&apos;{badge}&apos; ({file}): intrekking niet gecontroleerd: statuslijst op {url} (Leerroute maakt geen netwerkverbindingen)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="207"/>
        <source>&apos;{badge}&apos; ({file}): {credits} credits available are credit hours (Open Badges 3.0), not taken as EC</source>
        <translation>&apos;{badge}&apos; ({file}): {credits} creditsAvailable zijn credit hours (Open Badges 3.0), niet als EC gelezen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="208"/>
        <source>{file} is an Open Badges 1.x badge, which Leerroute does not read: ask the issuer or your backpack for an Open Badges 2.0 or 3.0 export</source>
        <translation>{file} is een Open Badges 1.x-badge, die Leerroute niet leest: vraag de uitgever of je backpack om een export in Open Badges 2.0 of 3.0</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="209"/>
        <source>{file}: the badge is baked in a legacy tEXt chunk, as Open Badges 1.x did ({text}): ask the issuer or your backpack for an Open Badges 2.0 or 3.0 export</source>
        <translation>{file}: de badge zit in een verouderd tEXt-blok, zoals bij Open Badges 1.x ({text}): vraag de uitgever of je backpack om een export in Open Badges 2.0 of 3.0</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="210"/>
        <source>{file} holds only a link to the badge ({url}); Leerroute makes no network calls: download the badge&apos;s JSON from its issuer and import that file</source>
        <translation>{file} bevat alleen een link naar de badge ({url}); Leerroute maakt geen netwerkverbindingen: download de JSON van de badge bij de uitgever en importeer dat bestand</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="211"/>
        <source>{file}: the SVG declares a DTD (DOCTYPE) or entities, which Leerroute does not read</source>
        <translation>{file}: de SVG declareert een DTD (DOCTYPE) of entiteiten, die Leerroute niet leest</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="212"/>
        <source>{file}: the {image} image holds no baked badge</source>
        <translation>{file}: de {image}-afbeelding bevat geen ingebakken badge</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="218"/>
        <source>&apos;{title}&apos; cannot start on {date}: the week of {busy} has {free} study hours, and it needs {need} a week</source>
        <translation>&apos;{title}&apos; kan niet op {date} beginnen: de week van {busy} heeft {free} studie-uren, en het vraagt {need} per week</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="219"/>
        <source>&apos;{title}&apos; cannot start on {date}: it needs {outcomes} first, which your route gives later</source>
        <translation>&apos;{title}&apos; kan niet op {date} beginnen: het vraagt eerst {outcomes}, en die geeft je route pas later</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="220"/>
        <source>&apos;{outcome_title}&apos;</source>
        <translation>&apos;{outcome_title}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="221"/>
        <source>&apos;{title}&apos; cannot start on {date}: the modules it needs completed first end later in your route</source>
        <translation>&apos;{title}&apos; kan niet op {date} beginnen: de modules die eerst af moeten zijn, eindigen later in je route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="222"/>
        <source>&apos;{title}&apos; has no offering that can start on {date}</source>
        <translation>&apos;{title}&apos; heeft geen aanbod dat op {date} kan beginnen</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="223"/>
        <source>The catalogue “{id}” ({path}) changed since this plan was saved; the plan was checked again.</source>
        <translation>De catalogus “{id}” ({path}) is gewijzigd sinds dit plan is opgeslagen; het plan is opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="224"/>
        <source>The catalogue “{id}” ({path}) is missing; open it from its new place and plan again.</source>
        <translation>De catalogus “{id}” ({path}) ontbreekt; open hem vanaf de nieuwe plek en plan opnieuw.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="225"/>
        <source>The offering of “{title}” in this plan ({offering}) is no longer in the catalogue.</source>
        <translation>De uitvoering van “{title}” in dit plan ({offering}) staat niet meer in de catalogus.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="226"/>
        <source>“{title}”: the {field} changed from {old} to {new}.</source>
        <translation>“{title}”: {field} is gewijzigd van {old} naar {new}.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="227"/>
        <source>The catalogue “{id}” ({path}) is not the one this plan was made with; the plan uses the copy saved in it. What changed is listed below; re-plan to use the new catalogue.</source>
        <translation>De catalogus “{id}” ({path}) is niet die waarmee dit plan is gemaakt; het plan gebruikt de kopie die erin is bewaard. Hieronder staat wat er is veranderd; plan opnieuw om de nieuwe catalogus te gebruiken.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="228"/>
        <source>The plan file holds no route, so there is nothing that could hold; plan again and save.</source>
        <translation>Het planbestand bevat geen route, dus er is niets dat kan kloppen; plan opnieuw en sla op.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="229"/>
        <source>The plan cannot be recomputed from the catalogues and the learner: {error}</source>
        <translation>Het plan kan niet opnieuw worden berekend uit de catalogi en de deelnemer: {error}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="230"/>
        <source>A newer catalogue beside this plan cannot be used: {error}</source>
        <translation>Een nieuwere catalogus naast dit plan is niet bruikbaar: {error}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="231"/>
        <source>The scenarios in this file had different facts about the learner (it was saved by an older version); every scenario now has those of “{name}” and is planned again.</source>
        <translation>De scenario&apos;s in dit bestand hadden verschillende gegevens over de lerende (het is met een oudere versie opgeslagen); elk scenario heeft nu die van “{name}” en wordt opnieuw gepland.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="232"/>
        <source>“{id}”, {kind}: {added} added, {removed} removed, {changed} changed ({names})</source>
        <translation>“{id}”, {kind}: {added} toegevoegd, {removed} verwijderd, {changed} gewijzigd ({names})</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="233"/>
        <source>“{id}” was published on {old}; the new one on {new}.</source>
        <translation>“{id}” is gepubliceerd op {old}; de nieuwe op {new}.</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="24"/>
        <source>&apos;{outcome_title}&apos; is not planned: your edubadge &apos;{badge}&apos; ({issuer}, {issued_on}) proves it (signature not verified)</source>
        <translation>&apos;{outcome_title}&apos; is niet ingepland: je edubadge &apos;{badge}&apos; ({issuer}, {issued_on}) toont het aan (handtekening niet gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="25"/>
        <source>&apos;{outcome_title}&apos; is not planned: your edubadge &apos;{badge}&apos; ({issuer}, {issued_on}) proves it (signature verified)</source>
        <translation>&apos;{outcome_title}&apos; is niet ingepland: je edubadge &apos;{badge}&apos; ({issuer}, {issued_on}) toont het aan (handtekening gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="109"/>
        <source>add {place} to your places: {finish}</source>
        <translation>voeg {place} toe aan je plaatsen: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="110"/>
        <source>allow any place: {finish}</source>
        <translation>sta elke plaats toe: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="112"/>
        <source>allow sessions at any time: {finish}</source>
        <translation>sta bijeenkomsten op elk tijdstip toe: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="113"/>
        <source>+{extra} h/week ({hours} h), the fewest that work: {finish}</source>
        <translation>+{extra} u/week ({hours} u), het minste dat werkt: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="114"/>
        <source>+{extra} h/week ({hours} h) works; fewer may, but not {lower} h or fewer: {finish}</source>
        <translation>+{extra} u/week ({hours} u) werkt; minder misschien ook, maar niet {lower} u of minder: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="115"/>
        <source>+{extra} h/week ({hours} h) works; fewer may: {finish}</source>
        <translation>+{extra} u/week ({hours} u) werkt; minder misschien ook: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="116"/>
        <source>study during your holidays and busy periods: {finish}</source>
        <translation>studeer ook in je vakanties en drukke periodes: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="117"/>
        <source>move your deadline to {deadline}, the earliest that works: {finish}</source>
        <translation>verschuif je deadline naar {deadline}, de vroegste die werkt: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="118"/>
        <source>a deadline of {deadline} works; an earlier one may, but not {lower} or earlier: {finish}</source>
        <translation>een deadline van {deadline} werkt; een eerdere misschien ook, maar niet {lower} of eerder: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="119"/>
        <source>a deadline of {deadline} works; an earlier one may: {finish}</source>
        <translation>een deadline van {deadline} werkt; een eerdere misschien ook: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="120"/>
        <source>raise your budget to {budget}, the least that works: {finish}</source>
        <translation>verhoog je budget naar {budget}, het minste dat werkt: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="121"/>
        <source>a budget of {budget} works; less may, but not {lower} or less: {finish}</source>
        <translation>een budget van {budget} werkt; minder misschien ook, maar niet {lower} of minder: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="122"/>
        <source>a budget of {budget} works; less may: {finish}</source>
        <translation>een budget van {budget} werkt; minder misschien ook: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="123"/>
        <source>raise your budget to {budget}, what the fastest route found costs: {finish}</source>
        <translation>verhoog je budget naar {budget}, wat de snelste gevonden route kost: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="124"/>
        <source>unpin &apos;{title}&apos;: {finish}</source>
        <translation>maak &apos;{title}&apos; los: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="125"/>
        <source>stop excluding &apos;{title}&apos;: {finish}</source>
        <translation>sluit &apos;{title}&apos; niet langer uit: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="128"/>
        <source>make milestone &apos;{title}&apos; a target instead of a must: {finish}</source>
        <translation>maak mijlpaal &apos;{title}&apos; een streefdoel in plaats van verplicht: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="129"/>
        <source>accept {facet} {value} when there is no other way (avoid instead of never): {finish}</source>
        <translation>accepteer {facet} {value} als het niet anders kan (liever niet in plaats van nooit): {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="130"/>
        <source>prefer {facet} {value} instead of requiring it: {finish}</source>
        <translation>{facet} {value} liever wel in plaats van per se: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="131"/>
        <source>together — {changes}: {finish}</source>
        <translation>samen — {changes}: {finish}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="132"/>
        <source>finish in week {week}, the earliest with this change (proven)</source>
        <translation>klaar in week {week}, het vroegst mogelijk met deze wijziging (bewezen)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="133"/>
        <source>finish in week {week}; with this change an earlier finish may exist</source>
        <translation>klaar in week {week}; met deze wijziging kan het misschien eerder</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="134"/>
        <source>finish in week {week}</source>
        <translation>klaar in week {week}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="135"/>
        <source>finish on {date} (week {week} of your route), the earliest with this change (proven)</source>
        <translation>klaar op {date} (week {week} van je route), het vroegst mogelijk met deze wijziging (bewezen)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="136"/>
        <source>finish on {date} (week {week} of your route); with this change an earlier finish may exist</source>
        <translation>klaar op {date} (week {week} van je route); met deze wijziging kan het misschien eerder</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="137"/>
        <source>also study {mode}</source>
        <translation>studeer ook {mode}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="138"/>
        <source>also study {more_modes}</source>
        <translation>studeer ook {more_modes}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="142"/>
        <source>add {window} to your free times (just the hours of that session)</source>
        <translation>voeg {window} toe aan je vrije tijden (alleen de uren van die bijeenkomst)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="144"/>
        <source>+{extra} h/week ({hours} h), the fewest that work</source>
        <translation>+{extra} u/week ({hours} u), het minste dat werkt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="145"/>
        <source>+{extra} h/week ({hours} h; fewer may work, but not {lower} h or fewer)</source>
        <translation>+{extra} u/week ({hours} u; minder werkt misschien ook, maar niet {lower} u of minder)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="146"/>
        <source>+{extra} h/week ({hours} h; fewer may work)</source>
        <translation>+{extra} u/week ({hours} u; minder werkt misschien ook)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="148"/>
        <source>move your deadline to {deadline}, the earliest that works</source>
        <translation>verschuif je deadline naar {deadline}, de vroegste die werkt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="149"/>
        <source>move your deadline to {deadline} (an earlier one may work, but not {lower} or earlier)</source>
        <translation>verschuif je deadline naar {deadline} (een eerdere werkt misschien ook, maar niet {lower} of eerder)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="150"/>
        <source>move your deadline to {deadline} (an earlier one may work)</source>
        <translation>verschuif je deadline naar {deadline} (een eerdere werkt misschien ook)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="151"/>
        <source>raise your budget to {budget}, the least that works</source>
        <translation>verhoog je budget naar {budget}, het minste dat werkt</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="152"/>
        <source>raise your budget to {budget} (less may work, but not {lower} or less)</source>
        <translation>verhoog je budget naar {budget} (minder werkt misschien ook, maar niet {lower} of minder)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="153"/>
        <source>raise your budget to {budget} (less may work)</source>
        <translation>verhoog je budget naar {budget} (minder werkt misschien ook)</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="170"/>
        <source>&apos;{module}&apos; starts in week {week} of the route, which is not a start of offering &apos;{offering}&apos;</source>
        <translation>&apos;{module}&apos; begint in week {week} van de route, geen startweek van uitvoering &apos;{offering}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="172"/>
        <source>&apos;{module}&apos; starts in week {week} of the route, before its prerequisites are met</source>
        <translation>&apos;{module}&apos; begint in week {week} van de route, voordat aan de ingangseisen is voldaan</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="173"/>
        <source>week {week} of the route needs {load} hours, more than the {capacity} available</source>
        <translation>week {week} van de route vraagt {load} uur, meer dan de {capacity} beschikbare</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="174"/>
        <source>sessions of &apos;{a}&apos; and &apos;{b}&apos; clash in week {week} of the route</source>
        <translation>bijeenkomsten van &apos;{a}&apos; en &apos;{b}&apos; vallen tegelijk in week {week} van de route</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="185"/>
        <source>the route does not gain the 1 outcome needed for choice &apos;{group}&apos;</source>
        <translation>de route levert de ene leeruitkomst niet op die nodig is voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="187"/>
        <source>the route does not have the 1 module needed for choice &apos;{group}&apos;</source>
        <translation>de route heeft de ene module niet die nodig is voor keuzegroep &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="189"/>
        <source>hard milestone &apos;{milestone}&apos; is reached in week {week} of the route, after week {target}</source>
        <translation>verplichte mijlpaal &apos;{milestone}&apos; wordt gehaald in week {week} van de route, na week {target}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="192"/>
        <source>&apos;{module}&apos; ends in week {end} of the route, after &apos;{other}&apos; starts (week {week}), against the order wished</source>
        <translation>&apos;{module}&apos; eindigt in week {end} van de route, nadat &apos;{other}&apos; begint (week {week}), tegen de gewenste volgorde in</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="197"/>
        <source>&apos;{badge}&apos; ({file}) proves &apos;{outcome_title}&apos;</source>
        <translation>&apos;{badge}&apos; ({file}) toont &apos;{outcome_title}&apos; aan</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="198"/>
        <source>&apos;{badge}&apos; ({file}) proves nothing in the loaded catalogues: no catalogue declares its badge class ({badge_class}) and none of its {alignments} alignments names a catalogue outcome</source>
        <translation>&apos;{badge}&apos; ({file}) toont niets aan in de geopende catalogi: geen catalogus noemt de badgeklasse ({badge_class}) en geen van de {alignments} koppelingen (alignments) noemt een leeruitkomst uit een catalogus</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="199"/>
        <source>&apos;{badge}&apos; ({file}) is not used: the issuer revoked it</source>
        <translation>&apos;{badge}&apos; ({file}) wordt niet gebruikt: de uitgever heeft de badge ingetrokken</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="200"/>
        <source>&apos;{badge}&apos; ({file}) is not used: it expired on {expires}</source>
        <translation>&apos;{badge}&apos; ({file}) wordt niet gebruikt: de badge is verlopen op {expires}</translation>
    </message>
    <message>
        <location filename="../message_templates.py" line="201"/>
        <source>{file} cannot be read as a badge: {error}</source>
        <translation>{file} is niet te lezen als badge: {error}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>The planner stopped with an error: {error}</source>
        <translation>De planner is gestopt met een fout: {error}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>Planning was cancelled; this is the best route found so far.</source>
        <translation>Het plannen is afgebroken; dit is de beste route tot nu toe.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="68"/>
        <source>outcomes</source>
        <translation>leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>offerings</source>
        <translation>aanbiedingen</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>goals</source>
        <translation>doelen</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../itemmodels.py" line="100"/>
        <location filename="../itemmodels.py" line="237"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="100"/>
        <source>Mode</source>
        <translation>Leervorm</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="100"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="100"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="100"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="100"/>
        <location filename="../itemmodels.py" line="543"/>
        <source>Hours/week</source>
        <translation>Uur/week</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="101"/>
        <location filename="../itemmodels.py" line="237"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="101"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="101"/>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="115"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="166"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="166"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="166"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="166"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="172"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="172"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="235"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="235"/>
        <location filename="../itemmodels.py" line="237"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="235"/>
        <source>Outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="235"/>
        <location filename="../itemmodels.py" line="237"/>
        <location filename="../itemmodels.py" line="238"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="237"/>
        <source>Modes</source>
        <translation>Leervormen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="237"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="238"/>
        <location filename="../itemmodels.py" line="332"/>
        <location filename="../itemmodels.py" line="471"/>
        <source>Outcome</source>
        <translation>Leeruitkomst</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="238"/>
        <location filename="../itemmodels.py" line="471"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="238"/>
        <source>Taught by</source>
        <translation>Onderwezen in</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="253"/>
        <source>assessment (EVC)</source>
        <translation>assessment (EVC)</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="253"/>
        <source>taught</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="332"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="336"/>
        <source>diploma</source>
        <translation>diploma</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="336"/>
        <source>edubadge</source>
        <translation>edubadge</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="337"/>
        <source>EVC (recognised prior learning)</source>
        <translation>EVC (erkenning van verworven competenties)</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="338"/>
        <source>work experience (to show in an EVC assessment)</source>
        <translation>werkervaring (aan te tonen in een EVC-assessment)</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="365"/>
        <source>Edubadge “{name}”</source>
        <translation>Edubadge “{name}”</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="367"/>
        <source>Issued by {issuer}</source>
        <translation>Uitgegeven door {issuer}</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="369"/>
        <source>Issued on {date}</source>
        <translation>Uitgegeven op {date}</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="372"/>
        <source>Signature verified</source>
        <translation>Handtekening gecontroleerd</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="373"/>
        <source>Signature not verified</source>
        <translation>Handtekening niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="395"/>
        <source>Mark “{title}” proven</source>
        <translation>“{title}” als aangetoond markeren</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="398"/>
        <source>Unmark “{title}” as proven</source>
        <translation>“{title}” niet meer als aangetoond markeren</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="408"/>
        <source>Change evidence of “{title}”</source>
        <translation>Bewijs voor “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="483"/>
        <source>{title}
Already part of your goal.</source>
        <translation>{title}
Hoort al bij je doel.</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="504"/>
        <source>Aim for “{title}”</source>
        <translation>“{title}” behalen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="508"/>
        <source>A route needs something to reach: keep at least one outcome, or choose a goal.</source>
        <translation>Een route heeft iets nodig om te behalen: houd minstens één leeruitkomst, of kies een doel.</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="511"/>
        <source>No longer aim for “{title}”</source>
        <translation>“{title}” niet meer behalen</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="542"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="542"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="569"/>
        <source>Edit a holiday</source>
        <translation>Vakantie bewerken</translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="569"/>
        <source>Edit weekly hours</source>
        <translation>Uren per week bewerken</translation>
    </message>
</context>
<context>
    <name>ooapi_endpoint</name>
    <message>
        <location filename="../ooapi_endpoint.py" line="90"/>
        <source>Reading {url}…</source>
        <translation>{url} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="91"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="93"/>
        <source>Import from an OOAPI Endpoint</source>
        <translation>Importeren uit een OOAPI-endpoint</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="101"/>
        <source>{url}: page {pages}, {items} items</source>
        <translation>{url}: pagina {pages}, {items} items</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="120"/>
        <source>Writing the draft catalogue {file}…</source>
        <translation>De conceptcatalogus {file} wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="134"/>
        <source>Import cancelled: nothing was written</source>
        <translation>Import geannuleerd: er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="136"/>
        <source>Cannot read the OOAPI endpoint</source>
        <translation>Het OOAPI-endpoint kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../ooapi_endpoint.py" line="137"/>
        <source>{error}

Nothing was written to {file}.</source>
        <translation>{error}

Er is niets geschreven naar {file}.</translation>
    </message>
</context>
<context>
    <name>planfiles</name>
    <message>
        <location filename="../planfiles.py" line="28"/>
        <location filename="../planfiles.py" line="45"/>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <location filename="../planfiles.py" line="29"/>
        <source>The catalogues of this plan are missing: {names}. Put them in the plan&apos;s folder and open it again.</source>
        <translation>De catalogi van dit plan ontbreken: {names}. Zet ze in de map van het plan en open het opnieuw.</translation>
    </message>
    <message>
        <location filename="../planfiles.py" line="42"/>
        <source>The catalogues saved in this plan have errors. Open the learner and catalogues instead, then plan again.</source>
        <translation>De catalogi die in dit plan zijn bewaard bevatten fouten. Open in plaats daarvan de deelnemer en de catalogi en plan opnieuw.</translation>
    </message>
    <message>
        <location filename="../planfiles.py" line="55"/>
        <source>Using the catalogues saved in this plan</source>
        <translation>De catalogi uit dit plan worden gebruikt</translation>
    </message>
    <message>
        <location filename="../planfiles.py" line="84"/>
        <source>Cannot use the new catalogue</source>
        <translation>Kan de nieuwe catalogus niet gebruiken</translation>
    </message>
    <message>
        <location filename="../planfiles.py" line="85"/>
        <source>Fix the file and try again.</source>
        <translation>Herstel het bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../planfiles.py" line="90"/>
        <source>Planning again with the new catalogues</source>
        <translation>Opnieuw plannen met de nieuwe catalogi</translation>
    </message>
</context>
</TS>
