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
        <location filename="../ui/report/BoardPackDocument.cpp" line="46"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="222"/>
        <source>1. Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="224"/>
        <source>This plan has no actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="227"/>
        <source>%1 actions in %2 themes, as at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="232"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="232"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="233"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="233"/>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="234"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="234"/>
        <location filename="../ui/report/StatusChart.cpp" line="40"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="235"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="271"/>
        <source>Delayed and overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="272"/>
        <source>No action is delayed or past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="283"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="399"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="518"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="574"/>
        <location filename="../ui/report/RequestPdf.cpp" line="31"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="284"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="400"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="507"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="574"/>
        <location filename="../ui/report/RequestPdf.cpp" line="32"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="285"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="401"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="286"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="575"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="287"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="403"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="482"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="575"/>
        <location filename="../ui/report/RequestPdf.cpp" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="288"/>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="310"/>
        <source>2. WRES metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="312"/>
        <source>No metrics recorded for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="320"/>
        <source>-: cannot be computed (the reason is given in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="322"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="519"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="322"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="323"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="323"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="508"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="346"/>
        <source>Indicator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="359"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="391"/>
        <source>3. Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="395"/>
        <source>This plan has no themes or actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="402"/>
        <source>Time-scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="404"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="485"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="576"/>
        <location filename="../ui/report/RequestPdf.cpp" line="35"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="405"/>
        <source>Ind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="406"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="576"/>
        <location filename="../ui/report/RequestPdf.cpp" line="36"/>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="414"/>
        <source>No objectives or actions under this theme yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="417"/>
        <source>WRES indicators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="420"/>
        <source>Aligned with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="427"/>
        <source>Objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="435"/>
        <source>No actions under this objective yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="459"/>
        <location filename="../ui/report/BoardPackDocument.cpp" line="475"/>
        <source>4. What has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="469"/>
        <source>Changes since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="470"/>
        <source>Nothing has changed since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="476"/>
        <source>Changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="488"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="491"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="494"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="497"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="506"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="509"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="510"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="517"/>
        <source>5. Appendix: the WRES indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="520"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/BoardPackDocument.cpp" line="559"/>
        <source>%1 — actions for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PagePrinter.cpp" line="103"/>
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
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="15"/>
        <source>Update request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="18"/>
        <source>Plan: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="19"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="21"/>
        <source>How to answer: for each action, write the new status (Not started, In progress, Delayed or Complete), the new RAG (R, A, G or B) and a progress note in the last three columns; leave a row empty if nothing has changed. Return the pages to the EDI team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="28"/>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="30"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="33"/>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="37"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="38"/>
        <source>New RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="39"/>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/RequestPdf.cpp" line="57"/>
        <location filename="../ui/report/RequestPdf.cpp" line="62"/>
        <source>Update request: %1</source>
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
        <location filename="../ui/MainWindow.cpp" line="75"/>
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
        <location filename="../core/updates/UpdateRequests.cpp" line="74"/>
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
        <location filename="../app/cli/CommandLine.cpp" line="125"/>
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
        <location filename="../core/io/PlanCsv.cpp" line="76"/>
        <location filename="../core/metrics/MetricsCsv.cpp" line="202"/>
        <source>the file has a header but no rows; nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="99"/>
        <source>unknown column; the plan columns are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="102"/>
        <location filename="../core/metrics/MetricsCsv.cpp" line="66"/>
        <source>this column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="110"/>
        <location filename="../core/metrics/MetricsCsv.cpp" line="73"/>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="144"/>
        <source>theme &apos;%1&apos; already has indicators &apos;%2&apos; (line %3); give the same or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="175"/>
        <source>objective %1 of theme &apos;%2&apos; already has a different text; number the objectives apart or give the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="190"/>
        <source>the row has %1 fields but the header has %2; quote fields that contain commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="211"/>
        <source>&apos;%1&apos; is not a status; use %2, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="218"/>
        <source>&apos;%1&apos; is not a RAG rating; use R, A, G or B, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlanCsv.cpp" line="236"/>
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
        <location filename="../core/io/Xlsx.cpp" line="250"/>
        <source>the workbook is protected by a password; save a copy without the password (File ▸ Info ▸ Protect Workbook in Excel) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="253"/>
        <source>this is an old Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="259"/>
        <source>not an Excel workbook (.xlsx): it is not a zip package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="263"/>
        <source>not an Excel workbook (.xlsx), or a damaged one: it has no workbook part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="286"/>
        <source>the workbook is damaged or has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="328"/>
        <source>the workbook is damaged: the part of sheet &apos;%1&apos; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="313"/>
        <source>the workbook is damaged: its shared strings cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="203"/>
        <source>%1!%2: the cell refers to a shared string that is not there; the workbook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="224"/>
        <source>the workbook is damaged: sheet &apos;%1&apos; cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="322"/>
        <source>the workbook is damaged: its sheet &apos;%1&apos; has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/Xlsx.cpp" line="349"/>
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
        <location filename="../core/store/ActionStore.cpp" line="315"/>
        <source>There is no action with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="213"/>
        <source>Nothing to record: give a status, a RAG rating or a progress note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="228"/>
        <source>Action %1 has changed since it was read; nothing was recorded. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="257"/>
        <source>The action changed while it was being updated; nothing was recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="351"/>
        <location filename="../core/store/PlanWriter.cpp" line="180"/>
        <source>An action needs a description; the action text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="357"/>
        <source>Someone else changed this action since you opened it (revision %1, now %2); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="392"/>
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
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="33"/>
        <source>-o FOLDER is required: where to write the workbooks, one for each lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="36"/>
        <source>%1 is a file; -o names a folder for the workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="49"/>
        <source>No open actions to ask about; no workbook was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="54"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="65"/>
        <source>%1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="66"/>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="80"/>
        <source>Wrote %1 update request for &quot;%2&quot; (%3 actions):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="81"/>
        <source>Wrote %1 update requests for &quot;%2&quot; (%3 actions):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="92"/>
        <source>import-updates takes the returned workbooks (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="112"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="114"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="124"/>
        <source>%2 from %3: %1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="125"/>
        <source>%2 from %3: %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="128"/>
        <source>, %1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="129"/>
        <source>, %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="131"/>
        <source>, %1 row left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="132"/>
        <source>, %1 rows left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="138"/>
        <source>  CONFLICT %1
    changed in the plan since the request was sent; not applied (accept it in Plan ▸ Import Updates to apply it):
      %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="149"/>
        <source>  Recorded %1 update from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="150"/>
        <source>  Recorded %1 updates from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="155"/>
        <source>Nothing was changed (a dry run); run again with --apply to record these updates.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="168"/>
        <source>Write a workbook for each lead asking for progress on their open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="174"/>
        <source>The folder to write the workbooks in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="177"/>
        <source>Only this lead (exact name, any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="180"/>
        <source>Only actions due in the next DAYS days, or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="183"/>
        <source>Also write each request as a PDF to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="192"/>
        <source>Show (or with --apply, record) the updates in workbooks returned by leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="199"/>
        <source>Record the updates (without it nothing is changed); conflicts are never applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="202"/>
        <source>The returned workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="126"/>
        <source>Update request for %1: %2 (%3), sent %4. For each action, choose a New status and a New RAG from the lists and write a Progress update in the yellow cells; leave a row blank if nothing has changed. Save the file with the same name and send it back. Only the yellow cells can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="219"/>
        <source>this is not an update request made by WRES Tracker (it has no request record); only the workbooks from Request Updates can be imported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="238"/>
        <source>this request was made by a newer WRES Tracker; update the program to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="242"/>
        <source>the request record is damaged (&apos;%1&apos; is missing); nothing can be matched to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="288"/>
        <source>the column &apos;%1&apos; is missing; the header row must keep the columns as they were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="315"/>
        <source>an answer without an action ID; answers belong on the rows sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="321"/>
        <source>&apos;%1&apos; is not an action ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="326"/>
        <source>action %1 was not in this request to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="334"/>
        <source>action %1 is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="343"/>
        <source>&apos;%1&apos; is not a status; use Not started, In progress, Delayed or Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/RequestWorkbook.cpp" line="352"/>
        <source>&apos;%1&apos; is not a RAG rating; use R, A, G or B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="32"/>
        <location filename="../core/updates/UpdateReturns.cpp" line="37"/>
        <location filename="../core/updates/UpdateReturns.cpp" line="62"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="29"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="34"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="68"/>
        <source>%1: %2 → %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="110"/>
        <source>this request was sent from another plan (&quot;%1&quot;), not from %2; import it into the file it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="113"/>
        <source>any plan in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="123"/>
        <source>these answers were imported already, on %1 from %2; nothing is imported twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="144"/>
        <source>action %1 is not in the plan (deleted since the request?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="178"/>
        <source>%1 has problems; nothing from it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="193"/>
        <source>update returned in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="218"/>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="221"/>
        <source>RAG %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="223"/>
        <source>note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="236"/>
        <source>%1 problem in %2; nothing from it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="237"/>
        <source>%1 problems in %2; nothing from it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="244"/>
        <source>when the request was sent: %1, RAG %2, progress %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="246"/>
        <source>in the plan now:           %1, RAG %2, progress %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="249"/>
        <source>  changed since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="250"/>
        <source>the lead&apos;s answer:         %1, RAG %2, note %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="251"/>
        <location filename="../core/updates/UpdateReturns.cpp" line="252"/>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="273"/>
        <source>%2 (%1 update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="274"/>
        <source>%2 (%1 updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="277"/>
        <source>No answers were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="278"/>
        <source>Answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="279"/>
        <source>%1 update recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="280"/>
        <source>%1 updates recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="282"/>
        <source>Every lead asked in the latest round has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/updates/UpdateReturns.cpp" line="283"/>
        <source>Still to answer (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PagePrinter.cpp" line="123"/>
        <source>Cannot write %1: %2</source>
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
        <location filename="../ui/plan/ActionTableModel.cpp" line="95"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="97"/>
        <source>? not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="106"/>
        <source>%1 (theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="122"/>
        <source>&quot;%1&quot; gives no due date; it is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="126"/>
        <source>The action lists no indicators of its own; its theme aims at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="131"/>
        <source>Status: %1; RAG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="132"/>
        <location filename="../ui/plan/ActionTableModel.cpp" line="133"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="155"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="157"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="159"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="161"/>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="163"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="165"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="167"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="169"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionTableModel.cpp" line="171"/>
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
    <name>wres::ui::ImportUpdatesDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="169"/>
        <source>Import updates from leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="176"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="197"/>
        <source>%1 workbook can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="197"/>
        <source>%1 workbooks can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="198"/>
        <source> (%1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="198"/>
        <source> (%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="199"/>
        <source>, %1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="199"/>
        <source>, %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="200"/>
        <source>, %1 row left blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="200"/>
        <source>, %1 rows left blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="202"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="203"/>
        <source>%1 cannot be imported: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="204"/>
        <source>Untick any answer you do not want recorded; conflicts are unticked until you have compared them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="212"/>
        <source>Files not imported and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="218"/>
        <source>Answers to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="233"/>
        <source>The selected answer beside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="235"/>
        <source>Not imported (put these right in the workbook and import it again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="244"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="247"/>
        <source>Tick A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="248"/>
        <source>Tick &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="268"/>
        <source>No answers to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="291"/>
        <source>&amp;Apply %1 Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="291"/>
        <source>&amp;Apply %1 Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="306"/>
        <source>(not answered: stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="311"/>
        <source>When the request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="312"/>
        <source>In the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="312"/>
        <source>The lead&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="319"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="321"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="322"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="326"/>
        <source>Changed in the plan after the request was sent. Tick the answer only if it should still be recorded over these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="331"/>
        <source>The action was edited (see its audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="351"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="353"/>
        <source>%1: nothing from it was recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="363"/>
        <source>Updates imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="365"/>
        <source>Some updates not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Plan navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Status key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Show &amp;indicator trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Open a plan file with File ▸ Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Open plan read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>WRES Tracker plans (*.wres);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Import &amp;Metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Record This Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Record this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>A name for this pack, e.g. the meeting it went to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Trust Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>&amp;Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>Plans (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Save the imported plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>E&amp;xport Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>Excel workbook (*.xlsx);;CSV, the plan only (*.csv);;JSON, everything (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Everyone&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>Whose due dates? (open actions with a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>wres-due-dates.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>wres-due-dates-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>&amp;About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>&lt;p&gt;&lt;b&gt;WRES Tracker %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Workforce Race Equality Standard action plans, metrics and board packs for NHS Trusts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <location filename="../ui/MainWindow.cpp" line="421"/>
        <source>Plan not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>%1: choose a name ending in .xlsx, .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Exporting the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>Cancelled: the plan was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>Exported the plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="442"/>
        <source>%1
… and %2 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443"/>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Plan not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="465"/>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422"/>
        <location filename="../ui/MainWindow.cpp" line="466"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>Wrote %1 due date(s) to %2; open it in Outlook or any calendar to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>Read-only: %1 can be viewed, searched and printed here, but no change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="494"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Shared drive: one person at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>This plan is on a network drive, where only one program at a time can safely have it open. For several people editing at once, use team mode (a PostgreSQL server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="522"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Replace %1 with the backup %2?

Every change made since that backup will be gone from the plan. The plan as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="547"/>
        <source>Restored %1 from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="602"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <location filename="../ui/MainWindow.cpp" line="613"/>
        <location filename="../ui/MainWindow.cpp" line="617"/>
        <location filename="../ui/MainWindow.cpp" line="625"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>wres-plan.wres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>WRES Tracker plans (*.wres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="613"/>
        <source>Organisation (the Trust):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="617"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>WRES Action Plan %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="625"/>
        <source>Period (e.g. 2024/25):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="634"/>
        <location filename="../ui/MainWindow.cpp" line="641"/>
        <source>Plan not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="635"/>
        <source>%1 already exists; choose a new name for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="695"/>
        <source>%1 — WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="696"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="720"/>
        <location filename="../ui/MainWindow.cpp" line="793"/>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="720"/>
        <source>Open a plan file first; its metrics are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="724"/>
        <source>Import metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="724"/>
        <source>Metrics CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="737"/>
        <location filename="../ui/MainWindow.cpp" line="746"/>
        <source>Metrics not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="745"/>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>%2 has %1 problem; nothing was imported.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="748"/>
        <source>%2 has %1 problems; nothing was imported.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="754"/>
        <source>Imported metrics from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="787"/>
        <source>This action is not linked to any WRES indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="793"/>
        <source>Open a plan file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="796"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="797"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <source>board-pack-public.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <source>board-pack.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="807"/>
        <source>brief-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="808"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="808"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="822"/>
        <source>Board pack not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="828"/>
        <source>Board pack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="850"/>
        <source>Writing the board pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="850"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="870"/>
        <source>Cancelled: no board pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="874"/>
        <source>Board pack not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="879"/>
        <source>Wrote 1 page to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="879"/>
        <source>Wrote %1 pages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="890"/>
        <source>Pack not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="893"/>
        <source>Recorded this pack; the next one will show what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="902"/>
        <source>%1 of %2 actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="907"/>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="909"/>
        <source>  Lead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="912"/>
        <source>Lead for My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="914"/>
        <source>&amp;My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="918"/>
        <source>Show only this lead&apos;s actions, overdue first (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="922"/>
        <source>Add &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="926"/>
        <source>Record status, RAG and progress for the selected action (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="946"/>
        <source>Action %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="988"/>
        <location filename="../ui/MainWindow.cpp" line="1023"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1004"/>
        <source>Showing the version saved by someone else; your edits were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1023"/>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1033"/>
        <source>edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1041"/>
        <source>Move action to another objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1052"/>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1073"/>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1082"/>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1083"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1083"/>
        <location filename="../ui/MainWindow.cpp" line="1107"/>
        <source>Theme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1086"/>
        <source>New &amp;Objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1087"/>
        <location filename="../ui/MainWindow.cpp" line="1281"/>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1087"/>
        <location filename="../ui/MainWindow.cpp" line="1107"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1090"/>
        <source>New &amp;Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1091"/>
        <location filename="../ui/MainWindow.cpp" line="1310"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1091"/>
        <source>What will be done (bullets on their own lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1097"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1101"/>
        <source>Choose a theme or objective in the navigator to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1107"/>
        <location filename="../ui/MainWindow.cpp" line="1340"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1111"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1116"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1118"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1124"/>
        <source>Audit &amp;Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1128"/>
        <source>Request &amp;Updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1131"/>
        <source>&amp;Import Updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1132"/>
        <source>Import the workbooks returned by leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1133"/>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1148"/>
        <source>Update requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1165"/>
        <source>Updates from leads recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1193"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1193"/>
        <source>The plan was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1198"/>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1251"/>
        <source>New theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1267"/>
        <source>Choose a theme first: the objective goes under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1296"/>
        <source>Choose an objective (or an action) first: the new action goes beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>No action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1300"/>
        <source>An action needs a description; the text was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1353"/>
        <source>Choose a theme, objective or action to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1367"/>
        <source>this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1368"/>
        <source>this objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1369"/>
        <source>this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1375"/>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1375"/>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1377"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1377"/>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1379"/>
        <source>status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1379"/>
        <source>status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1380"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1381"/>
        <source>Delete %1? Its %2 will go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1381"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1382"/>
        <location filename="../ui/MainWindow.cpp" line="1394"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1382"/>
        <source> (Edit ▸ Undo brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1435"/>
        <source>Already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1435"/>
        <source>Already last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1439"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1444"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1444"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1480"/>
        <source>Choose an action in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1503"/>
        <location filename="../ui/MainWindow.cpp" line="1523"/>
        <source>Update not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1504"/>
        <location filename="../ui/MainWindow.cpp" line="1523"/>
        <source>The update was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1525"/>
        <source>update of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1529"/>
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
    <name>wres::ui::RequestUpdatesDialog</name>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="29"/>
        <source>Only actions &amp;due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="30"/>
        <source>Also write each request as a &amp;PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="33"/>
        <source>Request updates from leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="34"/>
        <source>Each lead gets an Excel workbook listing their open actions, with drop-down lists for the new status and RAG and a cell for a progress note. Send the workbooks by email; import the returned ones with Plan ▸ Import Updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="40"/>
        <source>Folder for the workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="41"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="43"/>
        <source>Folder for the update requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="53"/>
        <source>Which leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="54"/>
        <source>Every lead with open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="60"/>
        <source>Days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="63"/>
        <source> days, or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="73"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="76"/>
        <source>&amp;Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="83"/>
        <source>&amp;Write Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="148"/>
        <source>No open actions to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="149"/>
        <source>%1 lead will be asked about </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="150"/>
        <source>%1 leads will be asked about </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="151"/>
        <source>%1 open action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="151"/>
        <source>%1 open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="159"/>
        <source>Update requests not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="163"/>
        <source>Choose a folder for the workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="167"/>
        <source>No open actions to ask about; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="169"/>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="185"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="206"/>
        <source>%1

The requests were not recorded; write them again when this is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="211"/>
        <source>Update requests written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="212"/>
        <source>Wrote %1 update request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="212"/>
        <source>Wrote %1 update requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="213"/>
        <source> (%1 action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="213"/>
        <source> (%1 actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RequestUpdatesDialog.cpp" line="214"/>
        <source> to %1.

Send each workbook to its lead; when they come back, use Plan ▸ Import Updates.</source>
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
<context>
    <name>wres::ui::UpdateReviewModel</name>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="78"/>
        <source>Will be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="78"/>
        <source>Will not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="98"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="100"/>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="105"/>
        <source>⚠ Conflict: changed in the plan since the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="105"/>
        <source>✓ Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="135"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="137"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="139"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="141"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="143"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="145"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="147"/>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="149"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
