<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/store/AuditStore.cpp" line="26"/>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AuditStore.cpp" line="31"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="45"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="58"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="236"/>
        <source>1. Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="238"/>
        <source>This plan has no actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="241"/>
        <source>%1 actions in %2 themes, as at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="246"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="246"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="247"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="247"/>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="248"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="248"/>
        <location filename="../ui/report/StatusChart.cpp" line="40"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="249"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="285"/>
        <source>Delayed and overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="286"/>
        <source>No action is delayed or past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="297"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="413"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="532"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="588"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="298"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="414"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="521"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="588"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="299"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="415"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="300"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="589"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="301"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="417"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="496"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="589"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="302"/>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="324"/>
        <source>2. WRES metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="326"/>
        <source>No metrics recorded for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="334"/>
        <source>-: cannot be computed (the reason is given in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="336"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="533"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="336"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="337"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="337"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="522"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="360"/>
        <source>Indicator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="373"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="405"/>
        <source>3. Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="409"/>
        <source>This plan has no themes or actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="416"/>
        <source>Time-scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="418"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="499"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="590"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="419"/>
        <source>Ind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="420"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="590"/>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="428"/>
        <source>No objectives or actions under this theme yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="431"/>
        <source>WRES indicators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="434"/>
        <source>Aligned with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="441"/>
        <source>Objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="449"/>
        <source>No actions under this objective yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="473"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="489"/>
        <source>4. What has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="483"/>
        <source>Changes since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="484"/>
        <source>Nothing has changed since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="490"/>
        <source>Changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="502"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="505"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="508"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="511"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="520"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="523"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="524"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="531"/>
        <source>5. Appendix: the WRES indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="534"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="573"/>
        <source>%1 — actions for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PagePrinter.cpp" line="100"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/StatusChart.cpp" line="18"/>
        <source>Actions by status and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/StatusChart.cpp" line="53"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/TablePages.cpp" line="70"/>
        <source>
⚠ overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/TablePages.cpp" line="135"/>
        <source>Status key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/TablePages.cpp" line="225"/>
        <source>Status key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/TablePages.cpp" line="315"/>
        <source> (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="58"/>
        <source>the pack recorded on %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="78"/>
        <location filename="../core/report/BoardPack.cpp" line="131"/>
        <source>added to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="103"/>
        <source>no longer in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="139"/>
        <source>status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="252"/>
        <source>Delayed and overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActionCommand</name>
    <message>
        <location filename="../ui/plan/EditActionCommand.cpp" line="13"/>
        <source>edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Narrative</name>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="33"/>
        <source>experienced harassment, bullying or abuse from patients, relatives or the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="36"/>
        <source>experienced harassment, bullying or abuse from staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="41"/>
        <source>personally experienced discrimination from a manager, team leader or colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="53"/>
        <source>, better than %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="55"/>
        <source>, worse than %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="57"/>
        <source>, the same as in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="59"/>
        <location filename="../core/metrics/Narrative.cpp" line="152"/>
        <source> (%1 in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="95"/>
        <source>No figures recorded for indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="102"/>
        <source>The %1 figure for indicator %2 rests on small numbers and is not published (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="107"/>
        <source>The relative likelihood for %1 cannot be computed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="114"/>
        <source>%1 times more likely than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="115"/>
        <source>%1 times as likely as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="122"/>
        <source> (%1 against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="125"/>
        <source>In %1, %2 %3 were %4 %5 %3 %6%7%8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="135"/>
        <source>In the %1 Staff Survey, %2 of %3 staff %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="138"/>
        <source>, against %1 of White staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="141"/>
        <source>% in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="148"/>
        <source>%1 staff were %2 of the workforce with a known ethnicity in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="162"/>
        <source> The lowest share is in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="165"/>
        <source>The overall share of %1 staff in %2 is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="177"/>
        <source>the whole Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="180"/>
        <source>R for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="182"/>
        <source>%1 percentage points for %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/Narrative.cpp" line="188"/>
        <source>In %1, the difference between the %2 share of the Board and of the workforce was %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres</name>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="31"/>
        <source>--format: &apos;%1&apos; is not a format; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="68"/>
        <source>--action ID is required: the action&apos;s id, as listed by &apos;actions&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="79"/>
        <source>Nothing to record: give --status, --rag or --progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="99"/>
        <source>--format: &apos;%1&apos; is not a format; use text or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="110"/>
        <source>--since: &apos;%1&apos; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="135"/>
        <source>-o OUT.ics is required: the calendar file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="143"/>
        <source>No action of this plan is led by &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="146"/>
        <source>Wrote %1 due date%2 to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="159"/>
        <source>List actions, filtered by lead, status, RAG, indicator or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="164"/>
        <location filename="../app/cli/ActionCommands.cpp" line="259"/>
        <source>Only this lead&apos;s actions (exact name, any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="167"/>
        <source>Only actions with this status: Not started, In progress, Delayed, Complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="172"/>
        <source>Only actions with this RAG rating: R, A, G or B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="175"/>
        <source>Only actions linked to this WRES indicator (1-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="178"/>
        <source>Only actions past their due date and not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="181"/>
        <source>Only actions due in the next DAYS days and not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="185"/>
        <source>Only actions with no status update in the last DAYS days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="187"/>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="197"/>
        <source>Record a status update on an action (status, RAG, progress note) in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="202"/>
        <source>The action&apos;s id, as listed by &apos;actions&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="204"/>
        <source>The new status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="207"/>
        <source>The new RAG rating: R, A, G or B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="209"/>
        <source>The progress note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="212"/>
        <source>Who gives the update (default: your user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="221"/>
        <source>Show the audit trail: who changed what, when, from what to what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="226"/>
        <source>Only changes to this action (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="229"/>
        <source>Only changes by this person (exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="232"/>
        <source>Only changes made on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="236"/>
        <source>Only changes whose field or values contain this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="238"/>
        <source>text (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="241"/>
        <source>Write to this file instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="250"/>
        <source>Write the open actions&apos; due dates as an iCalendar (.ics) file for Outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ActionCommands.cpp" line="256"/>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="58"/>
        <source>%1 %2: %3
Try &apos;%1 %2 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="124"/>
        <source>%1: &apos;%2&apos; is not a command.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="28"/>
        <source>import-metrics takes one metrics file (.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="36"/>
        <location filename="../app/cli/PlanCommands.cpp" line="49"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="51"/>
        <source>Imported %1 metric rows into %2%3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="54"/>
        <source> (%1 replaced earlier ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="64"/>
        <source>--format: &apos;%1&apos; is not a format; use csv, json or narrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="100"/>
        <source>Import WRES metric counts from a metrics CSV; all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="111"/>
        <source>Print the WRES figures computed from the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="115"/>
        <source>Only this indicator (1-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="117"/>
        <source>Show R for every figure resting on a count below the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="121"/>
        <location filename="../app/cli/ReportCommands.cpp" line="97"/>
        <source>The redaction threshold (default: the file&apos;s setting, 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MetricCommands.cpp" line="124"/>
        <source>csv (default), json or narrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="15"/>
        <source>The plan file (.wres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="22"/>
        <source>The plan to use when the file holds several (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="29"/>
        <source>The reference day for overdue and due-within, as YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="38"/>
        <source>--db FILE is required: the plan file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="56"/>
        <source>warning: today&apos;s backup could not be made: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="70"/>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="88"/>
        <source>--today: &apos;%1&apos; is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="97"/>
        <source>--status: &apos;%1&apos; is not a status; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="107"/>
        <source>--rag: &apos;%1&apos; is not a RAG rating; use R, A, G or B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="45"/>
        <source>%1 does not exist; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="61"/>
        <source>%1 already exists; the demo is written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="68"/>
        <source>Created %1 with the demo plan &quot;%2&quot;: %3 themes, %4 actions, and %5 rows of demo metrics.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="82"/>
        <source>import takes one plan file (.csv, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="98"/>
        <source>Imported &quot;%1&quot; into %2 as plan %3: %4 themes, %5 actions.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="110"/>
        <source>-o FILE is required: where to write the plan (.csv, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="114"/>
        <source>%1: cannot export as .%2; use .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="136"/>
        <source>Wrote &quot;%1&quot; (%2 actions) to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="152"/>
        <source>%1: the integrity check failed; restore the file from a backup.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="161"/>
        <source>%1: OK. File format %2 (this program writes %3); %4 plan(s), %5 action(s), %6 lead(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="177"/>
        <source>Create a plan file holding the bundled demo plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="185"/>
        <source>Import a plan (.csv, .xlsx or .json) into a plan file, creating it if missing; all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="190"/>
        <source>The Trust the plan belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="194"/>
        <source>The plan&apos;s title (default: the file name, or the JSON&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="197"/>
        <source>The period the plan covers, e.g. 2023/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="207"/>
        <source>Write a whole plan as CSV, an Excel workbook or JSON (JSON keeps everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="213"/>
        <source>Where to write: a .csv, .xlsx or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="222"/>
        <source>Check a plan file&apos;s integrity and show its file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="26"/>
        <source>-o FILE.pdf is required: where to write the board pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="55"/>
        <source>--since: &apos;%1&apos; is neither a date (YYYY-MM-DD) nor a recorded pack&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="66"/>
        <source>Wrote %1 to %2: %3 pages.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="71"/>
        <source>Recorded this pack as number %1; the next pack shows what changed since.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="84"/>
        <source>Write the board pack as a PDF (or its public version, or a lead&apos;s brief).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="90"/>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="94"/>
        <source>The public version: R for figures resting on small numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="100"/>
        <source>A brief of this lead&apos;s actions instead of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="103"/>
        <source>Report changes since this date (YYYY-MM-DD) or recorded pack number (default: the last recorded pack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="108"/>
        <source>After writing, record this pack under LABEL, to compare the next with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="111"/>
        <source>The meeting, for the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="114"/>
        <source>The version, for the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvTable.cpp" line="70"/>
        <location filename="../core/io/CsvTable.cpp" line="164"/>
        <source>the file is empty; a header row is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvTable.cpp" line="78"/>
        <source>the file is not valid UTF-8 (byte %1); save it as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvTable.cpp" line="138"/>
        <source>unexpected text after a closing quote (field %1); a quote inside a quoted field is written as two quotes &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvTable.cpp" line="155"/>
        <source>a quoted field (field %1) is never closed; add the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="81"/>
        <location filename="../core/metrics/MetricsCsv.cpp" line="202"/>
        <source>the file has a header but no rows; nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="104"/>
        <source>unknown column; the plan columns are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="107"/>
        <location filename="../core/metrics/MetricsCsv.cpp" line="66"/>
        <source>this column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="115"/>
        <location filename="../core/metrics/MetricsCsv.cpp" line="73"/>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="149"/>
        <source>theme &apos;%1&apos; already has indicators &apos;%2&apos; (line %3); give the same or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="180"/>
        <source>objective %1 of theme &apos;%2&apos; already has a different text; number the objectives apart or give the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="195"/>
        <source>the row has %1 fields but the header has %2; quote fields that contain commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="216"/>
        <source>&apos;%1&apos; is not a status; use %2, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="223"/>
        <source>&apos;%1&apos; is not a RAG rating; use R, A, G or B, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="241"/>
        <source>the action text is empty; every action needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanFiles.cpp" line="37"/>
        <source>cannot import a .%1 file; give a plan as .csv, .xlsx or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="70"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="71"/>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="77"/>
        <source>this is not a WRES Tracker plan export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="82"/>
        <source>written by a newer WRES Tracker; install the newer version to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="112"/>
        <location filename="../core/io/PlanJson.cpp" line="243"/>
        <source>not an ISO date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="142"/>
        <source>not a valid metric row (indicator %1, period &apos;%2&apos;, group &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="185"/>
        <source>&apos;%1&apos; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanJson.cpp" line="220"/>
        <source>the action text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="174"/>
        <source>the workbook is protected by a password; save a copy without the password (File ▸ Info ▸ Protect Workbook in Excel) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="177"/>
        <source>this is an old Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="183"/>
        <source>not an Excel workbook (.xlsx): it is not a zip package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="187"/>
        <source>not an Excel workbook (.xlsx), or a damaged one: it has no workbook part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="204"/>
        <source>the workbook is damaged or has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="217"/>
        <source>the workbook is damaged: its first sheet &apos;%1&apos; has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="223"/>
        <source>the workbook is damaged: the part of sheet &apos;%1&apos; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="236"/>
        <source>the workbook is damaged: its shared strings cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="289"/>
        <source>%1!%2: the cell refers to a shared string that is not there; the workbook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="311"/>
        <source>the workbook is damaged: sheet &apos;%1&apos; cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="314"/>
        <source>the first sheet &apos;%1&apos; is empty; the plan must be on the first sheet, with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="63"/>
        <source>unknown column; the metrics columns are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="86"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="97"/>
        <source>&apos;%1&apos; is not a WRES indicator (1 to 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="104"/>
        <source>the period is empty (e.g. 2021/22, 2021, March 2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="107"/>
        <source>&apos;%1&apos; has no four-digit year to order it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="114"/>
        <source>&apos;%1&apos; is not a group; use White, BME, Asian, Black, Mixed or Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="120"/>
        <source>indicator %1 needs a group (its figure is computed per group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="123"/>
        <source>indicator %1 does not use the group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="130"/>
        <source>indicator 1 needs the band, e.g. &quot;Clinical Band 5&quot; or &quot;Overall&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="134"/>
        <source>indicator 9 needs the board scope: Board overall, Voting, Executive or Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="143"/>
        <source>indicator %1 has no categories; leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="155"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="156"/>
        <source>&apos;%1&apos; is not a number (give a whole number, R or leave it empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="163"/>
        <source>&apos;%1&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="172"/>
        <source>the count %1 is more than its total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="181"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="187"/>
        <source>a row without a group carries the published figure in value only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="191"/>
        <source>the row has neither counts nor a published value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsCsv.cpp" line="195"/>
        <source>the same indicator, period, category and group as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="52"/>
        <source>Recorded pack %1 belongs to another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/BoardPack.cpp" line="276"/>
        <source>No action of this plan is led by &apos;%1&apos;. Leads are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="198"/>
        <location filename="../core/store/ActionStore.cpp" line="206"/>
        <location filename="../core/store/ActionStore.cpp" line="220"/>
        <location filename="../core/store/ActionStore.cpp" line="310"/>
        <source>There is no action with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="213"/>
        <source>Nothing to record: give a status, a RAG rating or a progress note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="252"/>
        <source>The action changed while it was being updated; nothing was recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="346"/>
        <location filename="../core/store/PlanWriter.cpp" line="180"/>
        <source>An action needs a description; the action text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="352"/>
        <source>Someone else changed this action since you opened it (revision %1, now %2); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="387"/>
        <source>The action changed while it was being saved; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Backups.cpp" line="43"/>
        <source>Cannot create the backups folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Backups.cpp" line="100"/>
        <source>%1 is damaged (%2); it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Backups.cpp" line="116"/>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Backups.cpp" line="126"/>
        <source>Cannot copy %1 beside %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Backups.cpp" line="135"/>
        <source>Cannot replace %1 with the backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="52"/>
        <source>%1 does not exist; check the name, or create it with &apos;demo&apos; or &apos;import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="57"/>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="61"/>
        <source>%1 is not a WRES Tracker plan file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="65"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="71"/>
        <source>%1 is read-only; nothing can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="78"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="97"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="119"/>
        <source>%1 is not a WRES Tracker plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="122"/>
        <source>%1 is in use by another person or program%2; try again when they have closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="129"/>
        <source>%1 is damaged and cannot be read (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="135"/>
        <source>%1 is damaged (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="144"/>
        <source>%1 was saved by a newer version of WRES Tracker (file format %2; this program reads up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="161"/>
        <source>%1 is an SQLite database but not a WRES Tracker plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="170"/>
        <source>%1 is empty, not a plan file; create a plan with &apos;demo&apos; or &apos;import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="175"/>
        <source>%1 is empty; there is no plan to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="242"/>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="270"/>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/MetricStore.cpp" line="94"/>
        <location filename="../core/store/MetricStore.cpp" line="200"/>
        <source>WRES has no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/MetricStore.cpp" line="252"/>
        <source>The redaction threshold must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/PlanStore.cpp" line="50"/>
        <source>There is no plan %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/PlanStore.cpp" line="60"/>
        <source>The file holds no plan yet; import one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/PlanStore.cpp" line="66"/>
        <source>The file holds %1 plans; choose one with --plan (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/PlanWriter.cpp" line="33"/>
        <source>The indicator framework &apos;%1&apos; is not known in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/PlanWriter.cpp" line="44"/>
        <source>%1 has no indicator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SnapshotStore.cpp" line="60"/>
        <source>There is no recorded pack %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="19"/>
        <source>The plan file is in use by another program and stayed locked; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="25"/>
        <source>The plan file cannot be written (it is read-only); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="29"/>
        <source>The plan file is damaged (%1); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="33"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="37"/>
        <source>The file is not a WRES Tracker plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="41"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/StructureStore.cpp" line="58"/>
        <source>There is no such %1 in this file (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/StructureStore.cpp" line="141"/>
        <location filename="../core/store/StructureStore.cpp" line="182"/>
        <source>A theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/StructureStore.cpp" line="180"/>
        <source>An action&apos;s text is changed in the action editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/StructureStore.cpp" line="190"/>
        <source>There is no such %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::ActionEditor</name>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="69"/>
        <source>All indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="70"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="71"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="79"/>
        <source>Leads, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="81"/>
        <source>e.g. June 2024, Summer 2023, Q3 2024/25, Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="86"/>
        <source>e.g. People Promise: We are a team; Model Employer: targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="93"/>
        <source>Save this action (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="98"/>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="100"/>
        <source>(no RAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="103"/>
        <source>WRES &amp;indicators it aims to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="130"/>
        <source>O&amp;bjective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="131"/>
        <source>N&amp;o.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="132"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="133"/>
        <source>&amp;Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="134"/>
        <source>&amp;Timescale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="136"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="137"/>
        <source>&amp;RAG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="138"/>
        <source>&amp;Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="139"/>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="140"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="151"/>
        <source>&amp;History (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="198"/>
        <source>&lt;b&gt;Action %1&lt;/b&gt; (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="219"/>
        <source>%1 — %2 — %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="224"/>
        <source>No updates recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="249"/>
        <source>Choose an action in the table to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="295"/>
        <source>An action needs a description: the action text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="323"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="326"/>
        <source>Ongoing: no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="329"/>
        <source>⚠ Not a date we can read: kept as typed, but it will never show as overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionEditor.cpp" line="332"/>
        <source>No timescale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::ActionTableModel</name>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="102"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="104"/>
        <source>? not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="113"/>
        <source>%1 (theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="129"/>
        <source>&quot;%1&quot; gives no due date; it is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="133"/>
        <source>The action lists no indicators of its own; its theme aims at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="138"/>
        <source>Status: %1; RAG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="139"/>
        <location filename="../ui/plan/ActionTableModel.cpp" line="140"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="162"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="164"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="166"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="168"/>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="170"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="172"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="174"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="176"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="178"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::AuditDialog</name>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="104"/>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="120"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="106"/>
        <source>Search fields and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="108"/>
        <source>Search the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="110"/>
        <source>Who made the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="111"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="115"/>
        <source>Only action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="115"/>
        <source>Only the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="139"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="141"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="150"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="154"/>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="154"/>
        <source>audit-trail.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="192"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="192"/>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="195"/>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="204"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="205"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="79"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="81"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="83"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="85"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="87"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="89"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AuditDialog.cpp" line="91"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="16"/>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="18"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="20"/>
        <source>Before an upgrade to file format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="28"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="29"/>
        <source>Choose the copy to go back to. The plan as it is now is kept as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="33"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="35"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="35"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="35"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="50"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="59"/>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::BoardPackDialog</name>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="24"/>
        <source>&amp;Public version: show R for figures resting on small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="28"/>
        <source>Board pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="31"/>
        <source>The whole board pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="33"/>
        <source>Brief for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="35"/>
        <source>e.g. Trust Board, 27 September 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="36"/>
        <source>e.g. 1.0, final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="39"/>
        <source>Nothing (no pack recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="39"/>
        <source>The last recorded pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="43"/>
        <source>Pack recorded %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="47"/>
        <source>A date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="60"/>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="62"/>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="63"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="64"/>
        <source>Changes &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDialog.cpp" line="65"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="29"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="31"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="32"/>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="34"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="35"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="36"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="37"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="38"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="51"/>
        <source>Someone else changed this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="52"/>
        <source>&lt;b&gt;Action %1 was changed by someone else since you opened it.&lt;/b&gt;&lt;br&gt;Compare the two versions and choose which to keep. Their change stays in the history and the audit trail whichever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="60"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="60"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="60"/>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="73"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="74"/>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="75"/>
        <source>Keep &amp;editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="76"/>
        <source>Save your version over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="77"/>
        <source>Drop your edits and show the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::DashboardTab</name>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="52"/>
        <source>WRES indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="52"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="60"/>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="61"/>
        <source>Due in the next &amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="64"/>
        <source>Actions per WRES &amp;indicator (activate to filter the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="108"/>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/DashboardTab.cpp" line="110"/>
        <source>Nothing falls due in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::FilterBar</name>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="33"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="35"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="36"/>
        <source>WRES indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="37"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="37"/>
        <source>O&amp;verdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="38"/>
        <source>Due in &amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="38"/>
        <source>No &amp;update for 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="39"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="43"/>
        <source>Search actions, leads, progress… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="45"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="54"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="58"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="59"/>
        <source>Any RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="62"/>
        <source>No RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="63"/>
        <source>Any indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="101"/>
        <source>Any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="107"/>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="153"/>
        <source>All %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/FilterBar.cpp" line="154"/>
        <source>%1 of %2 actions match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::HelpDialog</name>
    <message>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="48"/>
        <source>WRES Tracker user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="61"/>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="62"/>
        <source>Everywhere else: Tab and Shift+Tab move between controls, the underlined letter with Alt opens a menu or presses a button, Escape clears the filters or closes a dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Plan navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Status key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Show &amp;indicator trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Open a plan file with File ▸ Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Open plan read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>WRES Tracker plans (*.wres);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Import &amp;Metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Record This Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Record this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>A name for this pack, e.g. the meeting it went to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Trust Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>&amp;Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>Plans (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Save the imported plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>E&amp;xport Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Excel workbook (*.xlsx);;CSV, the plan only (*.csv);;JSON, everything (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Everyone&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Whose due dates? (open actions with a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>wres-due-dates.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>wres-due-dates-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>&amp;About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>&lt;p&gt;&lt;b&gt;WRES Tracker %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Workforce Race Equality Standard action plans, metrics and board packs for NHS Trusts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>Plan not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>%1: choose a name ending in .xlsx, .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="408"/>
        <source>Exporting the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>Cancelled: the plan was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422"/>
        <source>Exported the plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%1
… and %2 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>Plan not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="419"/>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="467"/>
        <source>Wrote %1 due date(s) to %2; open it in Outlook or any calendar to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Read-only: %1 can be viewed, searched and printed here, but no change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="494"/>
        <source>Shared drive: one person at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>This plan is on a network drive, where only one program at a time can safely have it open. For several people editing at once, use team mode (a PostgreSQL server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="520"/>
        <source>Replace %1 with the backup %2?

Every change made since that backup will be gone from the plan. The plan as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="539"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="539"/>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="544"/>
        <source>Restored %1 from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="599"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <location filename="../ui/MainWindow.cpp" line="610"/>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <location filename="../ui/MainWindow.cpp" line="622"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>wres-plan.wres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>WRES Tracker plans (*.wres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="610"/>
        <source>Organisation (the Trust):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>WRES Action Plan %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="622"/>
        <source>Period (e.g. 2024/25):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <location filename="../ui/MainWindow.cpp" line="638"/>
        <source>Plan not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="632"/>
        <source>%1 already exists; choose a new name for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="692"/>
        <source>%1 — WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="693"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <location filename="../ui/MainWindow.cpp" line="789"/>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <source>Open a plan file first; its metrics are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="721"/>
        <source>Import metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="721"/>
        <source>Metrics CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="734"/>
        <location filename="../ui/MainWindow.cpp" line="743"/>
        <source>Metrics not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="742"/>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="744"/>
        <source>%1 has %n problem(s); nothing was imported.

%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="750"/>
        <source>Imported metrics from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="783"/>
        <source>This action is not linked to any WRES indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="789"/>
        <source>Open a plan file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="792"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="793"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="794"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="802"/>
        <source>board-pack-public.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="802"/>
        <source>board-pack.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <source>brief-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="804"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="804"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="818"/>
        <source>Board pack not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="824"/>
        <source>Board pack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="846"/>
        <source>Writing the board pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="846"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="866"/>
        <source>Cancelled: no board pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="870"/>
        <source>Board pack not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="875"/>
        <source>Wrote 1 page to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="875"/>
        <source>Wrote %1 pages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="886"/>
        <source>Pack not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="889"/>
        <source>Recorded this pack; the next one will show what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="898"/>
        <source>%1 of %2 actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="903"/>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="905"/>
        <source>  Lead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="908"/>
        <source>Lead for My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="910"/>
        <source>&amp;My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="914"/>
        <source>Show only this lead&apos;s actions, overdue first (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="918"/>
        <source>Add &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="922"/>
        <source>Record status, RAG and progress for the selected action (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="941"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="942"/>
        <source>Action %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="984"/>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1000"/>
        <source>Showing the version saved by someone else; your edits were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1029"/>
        <source>edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1037"/>
        <source>Move action to another objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1048"/>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1069"/>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1078"/>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1079"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1079"/>
        <location filename="../ui/MainWindow.cpp" line="1103"/>
        <source>Theme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1082"/>
        <source>New &amp;Objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1083"/>
        <location filename="../ui/MainWindow.cpp" line="1235"/>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1083"/>
        <location filename="../ui/MainWindow.cpp" line="1103"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1086"/>
        <source>New &amp;Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1087"/>
        <location filename="../ui/MainWindow.cpp" line="1264"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1087"/>
        <source>What will be done (bullets on their own lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1093"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1097"/>
        <source>Choose a theme or objective in the navigator to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1103"/>
        <location filename="../ui/MainWindow.cpp" line="1294"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1107"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1112"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1114"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1120"/>
        <source>Audit &amp;Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1147"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1147"/>
        <source>The plan was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1152"/>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1205"/>
        <source>New theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1221"/>
        <source>Choose a theme first: the objective goes under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1250"/>
        <source>Choose an objective (or an action) first: the new action goes beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>No action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1254"/>
        <source>An action needs a description; the text was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1307"/>
        <source>Choose a theme, objective or action to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1321"/>
        <source>this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1322"/>
        <source>this objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1323"/>
        <source>this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1329"/>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1329"/>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1331"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1331"/>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <source>status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <source>status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1334"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1335"/>
        <source>Delete %1? Its %2 will go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1335"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <location filename="../ui/MainWindow.cpp" line="1348"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1336"/>
        <source> (Edit ▸ Undo brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1389"/>
        <source>Already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1389"/>
        <source>Already last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1393"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1398"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1398"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1434"/>
        <source>Choose an action in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1457"/>
        <location filename="../ui/MainWindow.cpp" line="1477"/>
        <source>Update not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1458"/>
        <location filename="../ui/MainWindow.cpp" line="1477"/>
        <source>The update was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1479"/>
        <source>update of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1483"/>
        <source>Update recorded. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::MetricCellDelegate</name>
    <message>
        <location filename="../ui/metrics/MetricCellDelegate.cpp" line="19"/>
        <source>Published value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricCellDelegate.cpp" line="19"/>
        <source>Whole number, or R</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::MetricGridModel</name>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="139"/>
        <source>change on previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="153"/>
        <source>Published ratio (counts redacted at source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="259"/>
        <source>Redacted: rests on a count below the threshold, or would reveal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="261"/>
        <source>Cannot be computed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="267"/>
        <source>The Trust&apos;s published figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="282"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="290"/>
        <source>Type the published ratio for a year whose counts were redacted at source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="292"/>
        <source>Type a whole number, or R when it was not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="345"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="350"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="360"/>
        <source>%1: &apos;%2&apos; is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="367"/>
        <source>%1: the count %2 is more than its total %3; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricGridModel.cpp" line="375"/>
        <source>%1: a row needs counts or a published value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::MetricsTab</name>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="38"/>
        <source>&amp;Redact for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="39"/>
        <source>By band &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="40"/>
        <source>Add &amp;band…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="45"/>
        <source>WRES indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="64"/>
        <source>Show R for every figure resting on a count below the threshold, as the public version must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="68"/>
        <source>below </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="69"/>
        <source>Redaction threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="71"/>
        <source>Period shown by band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="72"/>
        <source>Add &amp;period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="73"/>
        <source>Add &amp;target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="74"/>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="79"/>
        <source>Counts and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="94"/>
        <source>Actions linked to this indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="129"/>
        <source>&amp;Actions meant to move this indicator (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="148"/>
        <source>The threshold was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="177"/>
        <source>Metric %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="185"/>
        <source>Saved %1 for %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="186"/>
        <source>the published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="248"/>
        <source>No figures recorded for this indicator yet. Use File ▸ Import Metrics, or add a period and type the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="270"/>
        <source>No action in the plan names this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="318"/>
        <source>The chart could not be written to %1. Check the folder exists and you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="327"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="328"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="333"/>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="344"/>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="344"/>
        <source>Period as published (e.g. %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="350"/>
        <source>&apos;%1&apos; has no four-digit year, so it cannot be placed in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="359"/>
        <source>Add band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="359"/>
        <source>Band or staff group (e.g. Clinical Band 6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="372"/>
        <location filename="../ui/metrics/MetricsTab.cpp" line="376"/>
        <location filename="../ui/metrics/MetricsTab.cpp" line="380"/>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="372"/>
        <source>Target value for indicator %1 (e.g. 25.6 for 25.6%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="376"/>
        <source>Name (e.g. Model Employer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="377"/>
        <source>Model Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics/MetricsTab.cpp" line="380"/>
        <source>By when (e.g. 2025):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::PlanTreeModel</name>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="51"/>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="66"/>
        <source>
WRES indicators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="76"/>
        <source>(no objective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="161"/>
        <source>No RAG ratings recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="162"/>
        <source>RAG roll-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="176"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="178"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="180"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="36"/>
        <source>Every change you make is recorded in the audit trail under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="40"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="41"/>
        <source>A copy of the plan file is taken the first time it is opened each day, in a &quot;backups&quot; folder beside it; older daily copies are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="45"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="46"/>
        <source>Keep daily &amp;backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="48"/>
        <source>Leave the name empty to use your computer&apos;s user name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::UpdateDialog</name>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="20"/>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="29"/>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="32"/>
        <source>(no RAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="35"/>
        <source>What has happened since the last update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="43"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="44"/>
        <source>&amp;RAG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="45"/>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="46"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="48"/>
        <source>Latest progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="53"/>
        <source>&amp;Record update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/UpdateDialog.cpp" line="84"/>
        <source>Nothing has changed: give a new status, RAG or a progress note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
