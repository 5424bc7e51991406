<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AvailabilityGrid</name>
    <message>
        <location filename="../availability.py" line="63"/>
        <source>Weekly free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../availability.py" line="65"/>
        <source>Days across, half hours from 07:00 to 23:00 down. Drag or press Space to mark free time; arrow keys move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../catalogue_browser.py" line="61"/>
        <source>Search goals, modules and outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="65"/>
        <source>Filter modules by mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="66"/>
        <source>Any mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="74"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="74"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="75"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="103"/>
        <source>Problems in the catalogue files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="142"/>
        <source>Choose a module or an outcome to see what it needs and what needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="151"/>
        <source>Problems in the files: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="152"/>
        <source>No problems found in the catalogue files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="164"/>
        <source>A goal has no prerequisites of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="165"/>
        <source>Choose a module or an outcome of this goal to see its graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="172"/>
        <source>The graph cannot be drawn: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../catalogue_browser.py" line="176"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: what it needs (above) and what needs it (below). Double-click a box to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../details.py" line="49"/>
        <source>Module details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="52"/>
        <location filename="../details.py" line="132"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="54"/>
        <source>Keep this module and offering in the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="55"/>
        <source>E&amp;xclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="57"/>
        <source>Plan a route without this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="62"/>
        <source>Other offerings of this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="63"/>
        <source>&amp;Use this offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="69"/>
        <source>Outcome to mark as proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="74"/>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="78"/>
        <source>I &amp;can already show this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="81"/>
        <source>A diploma, edubadge or passed EVC proves the outcome and the route skips it; work experience lets the route use an assessment-only (EVC) route for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="84"/>
        <source>Change the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="91"/>
        <source>Offering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="94"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="96"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="128"/>
        <source>Select a module in the timeline or the list to see why it is in your route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="132"/>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="134"/>
        <source>none (self-paced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="136"/>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="137"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="137"/>
        <source>{start} – {end} (weeks {a}–{b})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="140"/>
        <source>Study load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="140"/>
        <source>{ec:g} EC, {hours:g} hours, {hpw:g} hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="142"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="143"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="146"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="146"/>
        <source>assessment only (EVC): shows what you already master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="148"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="148"/>
        <source>microcredential (edubadge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="163"/>
        <source> — {weeks} weeks, {hours:g} h/week, € {cost:,.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../details.py" line="166"/>
        <source> (in route)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../explanation.py" line="22"/>
        <source>Why there is no route, and what would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explanation.py" line="46"/>
        <source>No route fits your wishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explanation.py" line="52"/>
        <source>The planner gave no reason. Try fewer restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explanation.py" line="56"/>
        <source>This plan breaks these rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explanation.py" line="59"/>
        <source>What would give a route (one click applies it, Undo takes it back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explanation.py" line="64"/>
        <source>Apply this change to your wishes and plan again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../graphview.py" line="39"/>
        <source>Prerequisite graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../graphview.py" line="60"/>
        <source>Nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../graphview.py" line="99"/>
        <source>square: module   round: outcome   arrow: needed before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <location filename="../learnerform.py" line="78"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="90"/>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="92"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="98"/>
        <source>Deadline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="99"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="103"/>
        <source>Budget in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="112"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="113"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="114"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="115"/>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="118"/>
        <source>Milestones I must reach in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="124"/>
        <source>How and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="134"/>
        <source>Any place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="142"/>
        <source>Prefer online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="144"/>
        <source>Fewer campus evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="148"/>
        <source>Preferred teaching language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="149"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="150"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="151"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="155"/>
        <source>Teaching language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="161"/>
        <source>Free time each week (drag to paint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="165"/>
        <source>Other hours in some weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="167"/>
        <source>Holidays (no study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="177"/>
        <source>Search outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="180"/>
        <source>Only proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="184"/>
        <source>Outcomes you can already prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="192"/>
        <source>What I can already do, and how I show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="211"/>
        <source>Rename learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="214"/>
        <source>Change start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="216"/>
        <source>Change hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="225"/>
        <source>Change free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="237"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="239"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="265"/>
        <source>{goal} (not in the open catalogues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="268"/>
        <source>(chosen outcomes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="317"/>
        <source>“{title}” by week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="320"/>
        <source>{title}
Checked: the route must reach it in time. Unchecked: it is a target only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="337"/>
        <source>Change milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="344"/>
        <source>Not changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="350"/>
        <source>Choose goal “{g}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="355"/>
        <source>Change deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="360"/>
        <source>Change budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="364"/>
        <source>Change accepted modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="369"/>
        <source>Change places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="375"/>
        <source>Change preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="387"/>
        <source>Add a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="387"/>
        <source>Add other hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="395"/>
        <source>Remove a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnerform.py" line="395"/>
        <source>Remove other hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <location filename="../loadchart.py" line="33"/>
        <source>Weekly load against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="57"/>
        <source>Highest weekly load {load:g} hours, capacity {cap:g} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="74"/>
        <source>No route to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="95"/>
        <source>hours / week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="128"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="135"/>
        <source>available hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadchart.py" line="161"/>
        <source>Week {w}: {load:g} of {cap:g} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="117"/>
        <source>Modules in the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="132"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="133"/>
        <source>Weekly &amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="134"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="135"/>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="136"/>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="148"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="155"/>
        <source>Changes, oldest first; choose one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="156"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="157"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="171"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="193"/>
        <source>Open &amp;Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="195"/>
        <source>Open one or more catalogue files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="196"/>
        <source>&amp;Add Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="198"/>
        <source>Load another catalogue next to the open ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="199"/>
        <source>Open &amp;Learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="200"/>
        <source>Open a learner file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="201"/>
        <source>Save Learner &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="202"/>
        <source>Save the learner as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="203"/>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="204"/>
        <source>Open a saved plan (*.leerroute.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="205"/>
        <source>&amp;Save Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="206"/>
        <source>Save learner, catalogue references and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="207"/>
        <source>Save Plan &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="208"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="209"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="212"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="217"/>
        <source>&amp;Plan Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="218"/>
        <source>Plan the route again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="219"/>
        <source>&amp;Cancel Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="220"/>
        <source>Stop planning and keep the best route found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="222"/>
        <source>&amp;Pin or Unpin Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="223"/>
        <source>Keep the selected module in the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="224"/>
        <source>E&amp;xclude Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="226"/>
        <source>Plan without the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="235"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="239"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="248"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="254"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="258"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="273"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="277"/>
        <source>Planning in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="305"/>
        <source>{s:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="335"/>
        <source>… and {n} more (see the Catalogue tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="358"/>
        <location filename="../mainwindow.py" line="362"/>
        <source>Cannot open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="359"/>
        <location filename="../mainwindow.py" line="393"/>
        <source>Fix the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="363"/>
        <source>{files}: {error}

Check that this is a Leerroute catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="373"/>
        <source>The catalogue has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="375"/>
        <source>Fix these lines in the file and open it again; the list in the Catalogue tab shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="376"/>
        <source>{n} problems in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="381"/>
        <source>Opened {n} catalogue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="392"/>
        <location filename="../mainwindow.py" line="396"/>
        <source>Cannot open the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="397"/>
        <source>{file}: {error}

Check that this is a Leerroute learner file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="414"/>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="415"/>
        <source>Open the learner and catalogues instead, then plan again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="442"/>
        <source>Catalogues changed since this plan was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="444"/>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="456"/>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="456"/>
        <source>Open a catalogue and a learner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="461"/>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="462"/>
        <source>Choose another folder with Save Plan As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="468"/>
        <location filename="../mainwindow.py" line="510"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="477"/>
        <source>Save Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="478"/>
        <location filename="../mainwindow.py" line="535"/>
        <source>Leerroute plans (*.leerroute.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="505"/>
        <source>Cannot save the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="506"/>
        <source>{file}: {error}

Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="514"/>
        <source>Open Catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="515"/>
        <source>Catalogues (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="520"/>
        <source>Open Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="521"/>
        <source>Learners (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="526"/>
        <source>Save Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="527"/>
        <source>Learners (*.yaml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="534"/>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="562"/>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="586"/>
        <source>Cannot make this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="595"/>
        <source>Pin “{m}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="604"/>
        <source>Unpin “{m}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="609"/>
        <source>Exclude “{m}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="614"/>
        <source>Use another offering of “{m}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="621"/>
        <source>Mark “{o}” proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="625"/>
        <source>Apply: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="637"/>
        <source>The goal “{g}” is not in the open catalogues; choose a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="646"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="653"/>
        <source>Planning your route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="658"/>
        <source>Found a route finishing in week {w}; looking for a better one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="663"/>
        <source>Planning cancelled; showing the previous route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="667"/>
        <source>Best route found in {s:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="668"/>
        <source>Route found in {s:.1f} s; a faster one may exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="669"/>
        <source>Planning stopped after {s:.1f} s; showing the best route so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="670"/>
        <source>No route fits; see what would help above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="671"/>
        <source>The planner found no answer in {s:.1f} s; try Plan Again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="675"/>
        <location filename="../mainwindow.py" line="676"/>
        <source>The planner failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="677"/>
        <source>{error}

Change your wishes or the catalogue and plan again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="733"/>
        <source>{name}[*] — Leerroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="747"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="748"/>
        <source>The route has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../summary.py" line="18"/>
        <source>Route totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="23"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="23"/>
        <source>EC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="23"/>
        <source>Study hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="24"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="24"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="25"/>
        <location filename="../summary.py" line="46"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="48"/>
        <source>Planner · improving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="50"/>
        <source>planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="50"/>
        <source>no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="51"/>
        <source>best route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="51"/>
        <source>good route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="52"/>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="52"/>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="53"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="57"/>
        <source>Planner · at most {gap:.0%} later than best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="59"/>
        <source>Planner · earliest possible finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../summary.py" line="70"/>
        <source>Done in week {week}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline.py" line="52"/>
        <source>Route timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="53"/>
        <source>A bar for every module in the route, by week; milestones as markers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="79"/>
        <source>No route to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="80"/>
        <source>No route: see above what would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="81"/>
        <source>Nothing to plan: you can already prove every outcome of your goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="110"/>
        <source>No study this week (holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="133"/>
        <location filename="../timeline.py" line="135"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="157"/>
        <source>{title}
{mode}{location}
{start} – {end}, {hours} h/week, {ec} EC, € {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="178"/>
        <source>Target for “{title}”: week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="183"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="183"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="183"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="189"/>
        <source>“{title}” reached in week {week} ({state}); target week {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="191"/>
        <source>week {week}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../weekcalendar.py" line="124"/>
        <source>Week number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="129"/>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="159"/>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../weekcalendar.py" line="53"/>
        <source>Sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../weekcalendar.py" line="108"/>
        <source>No sessions this week: self-paced study only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>certifies &apos;{outcome_title}&apos;, which your goal requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>certifies &apos;{outcome_title}&apos;, one of your choices in &apos;{group_title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>needed for milestone &apos;{milestone_title}&apos; (week {week})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>&apos;{module_title}&apos; later in your route requires &apos;{outcome_title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>you pinned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>milestone &apos;{title}&apos; reached in week {week} (target week {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>milestone &apos;{title}&apos; reached in week {week}, {late} weeks after its target (week {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>the fastest possible route: proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>a good route; the fastest possible finish is at least week {bound} (gap {gap_pct}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>stopped before a route was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>you have already proven every outcome of the goal: nothing to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>No route fits all of your wishes. These choices together make it impossible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>No route exists in the loaded catalogues, whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>no module in the loaded catalogues certifies &apos;{outcome_title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>&apos;{outcome_title}&apos; cannot be reached: every module that certifies it needs something that cannot be reached ({missing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>&apos;{outcome_title}&apos; is only offered as {offers}, and that does not work for you: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>the earliest possible finish is week {finish} ({finish_date}), after your deadline ({deadline})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>with {hours} hours a week the modules you need do not fit in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>the cheapest route costs €{cost:.0f}, more than your budget of €{budget:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>pinned &apos;{title}&apos; cannot be part of a route together with your other wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>milestone &apos;{title}&apos; cannot be reached by week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>the goal &apos;{goal}&apos; is not in the loaded catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>you do not accept {mode} study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>{place} is not one of your places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="47"/>
        <source>its session on {session} is outside your free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>costs more than your budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>you excluded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>it has no start date between your start and your deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>it needs {hours} hours a week, more than you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="52"/>
        <source>it is an assessment of prior learning, and you claim no experience in what it assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>your {hours} hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>your holidays and busy periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>your deadline of {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>studying only {modes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>only the places {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>your free times ({windows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>your budget of €{budget:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>the modules you pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>the modules you excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>the milestones you made hard ({milestones})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>allow {mode} study: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>add {place} to your places: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>allow any place: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>add {window} to your free times: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>allow sessions at any time: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="68"/>
        <source>+{extra} h/week ({hours} h): finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>study during your holidays and busy periods: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>move your deadline to {deadline}: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>raise your budget to €{budget:.0f}: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>unpin &apos;{title}&apos;: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="73"/>
        <source>stop excluding &apos;{title}&apos;: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>make milestone &apos;{title}&apos; a target instead of a must: finish in week {finish_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="75"/>
        <source>offering &apos;{offering}&apos; is not in the catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="76"/>
        <source>module &apos;{module}&apos; is in the route more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>&apos;{module}&apos; starts in week {week}, which is not a start of offering &apos;{offering}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>&apos;{module}&apos; runs {weeks} weeks in the plan but its offering runs {expected} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>&apos;{module}&apos; starts in week {week} before its prerequisites are met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="80"/>
        <source>week {week} needs {load} hours, more than the {capacity} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>sessions of &apos;{a}&apos; and &apos;{b}&apos; clash in week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="82"/>
        <source>a session of &apos;{module}&apos; ({session}) is outside the free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>&apos;{module}&apos; is {mode}, which the learner does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>&apos;{module}&apos; is in {place}, not one of the learner&apos;s places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="85"/>
        <source>the route costs €{cost:.0f}, more than the budget of €{budget:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="86"/>
        <source>&apos;{module}&apos; ends {end}, after the deadline {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="87"/>
        <source>the route does not gain &apos;{outcome}&apos;, which the goal requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>the route gains {have} of the {n} outcomes needed for choice &apos;{group}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>hard milestone &apos;{milestone}&apos; is reached in week {week}, after week {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="90"/>
        <source>pinned &apos;{ref}&apos; is not in the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="91"/>
        <source>excluded &apos;{ref}&apos; is in the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="92"/>
        <source>&apos;{module}&apos; is an assessment of prior learning, but the learner claims no experience in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="93"/>
        <source>the totals do not match the modules ({field}: {have} instead of {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="95"/>
        <source>The catalogue “{id}” ({path}) changed since this plan was saved; the plan was checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="98"/>
        <source>The catalogue “{id}” ({path}) is missing; open it from its new place and plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>The offering of “{title}” in this plan ({offering}) is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="103"/>
        <source>“{title}”: the {field} changed from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>The planner stopped with an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="106"/>
        <source>Planning was cancelled; this is the best route found so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mode</name>
    <message>
        <location filename="../palette.py" line="39"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../palette.py" line="40"/>
        <source>on campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../palette.py" line="41"/>
        <source>at the workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../palette.py" line="42"/>
        <source>hybrid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../itemmodels.py" line="87"/>
        <location filename="../itemmodels.py" line="195"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="87"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="87"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="87"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="87"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="87"/>
        <location filename="../itemmodels.py" line="344"/>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="88"/>
        <location filename="../itemmodels.py" line="195"/>
        <source>EC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="88"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="88"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="102"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="151"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="151"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="151"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="151"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="157"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="157"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="193"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="193"/>
        <location filename="../itemmodels.py" line="195"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="193"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="193"/>
        <location filename="../itemmodels.py" line="195"/>
        <location filename="../itemmodels.py" line="196"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="195"/>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="195"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="196"/>
        <location filename="../itemmodels.py" line="256"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="196"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="196"/>
        <source>Taught by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="205"/>
        <source>assessment (EVC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="205"/>
        <source>taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="256"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="260"/>
        <source>diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="260"/>
        <source>edubadge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="261"/>
        <source>EVC (recognised prior learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="262"/>
        <source>work experience (to show in an EVC assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="303"/>
        <source>Mark “{title}” proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="306"/>
        <source>Unmark “{title}” as proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="316"/>
        <source>Change evidence of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="343"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="343"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="370"/>
        <source>Edit a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../itemmodels.py" line="370"/>
        <source>Edit weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../app.py" line="64"/>
        <source>The demo catalogue was not found; open a catalogue (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
