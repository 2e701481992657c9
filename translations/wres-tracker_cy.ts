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
        <location filename="../ui/MainWindow.cpp" line="81"/>
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
        <location filename="../app/cli/CommandLine.cpp" line="61"/>
        <source>%1 %2: %3
Try &apos;%1 %2 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="128"/>
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
        <location filename="../app/cli/PlanCommands.cpp" line="46"/>
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
        <location filename="../app/cli/PlanCommands.cpp" line="42"/>
        <source>%1 does not exist; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="58"/>
        <source>%1 already exists; the demo is written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="65"/>
        <source>Created %1 with the demo plan &quot;%2&quot;: %3 themes, %4 actions, and %5 rows of demo metrics.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="79"/>
        <source>import takes one plan file (.csv, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="95"/>
        <source>Imported &quot;%1&quot; into %2 as plan %3: %4 themes, %5 actions.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="107"/>
        <source>-o FILE is required: where to write the plan (.csv, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="111"/>
        <source>%1: cannot export as .%2; use .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="127"/>
        <source>Wrote &quot;%1&quot; (%2 actions) to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="143"/>
        <source>%1: the integrity check failed; restore the file from a backup.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="152"/>
        <source>%1: OK. File format %2 (this program writes %3); %4 plan(s), %5 action(s), %6 lead(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="168"/>
        <source>Create a plan file holding the bundled demo plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="176"/>
        <source>Import a plan (.csv, .xlsx or .json) into a plan file, creating it if missing; all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="181"/>
        <source>The Trust the plan belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="185"/>
        <source>The plan&apos;s title (default: the file name, or the JSON&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="188"/>
        <source>The period the plan covers, e.g. 2023/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="198"/>
        <source>Write a whole plan as CSV, an Excel workbook or JSON (JSON keeps everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="204"/>
        <source>Where to write: a .csv, .xlsx or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommands.cpp" line="213"/>
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
        <location filename="../core/store/ActionStore.cpp" line="30"/>
        <source>The server did not permit a change to action %1: a lead may record updates only on the actions they lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="213"/>
        <location filename="../core/store/ActionStore.cpp" line="221"/>
        <location filename="../core/store/ActionStore.cpp" line="235"/>
        <location filename="../core/store/ActionStore.cpp" line="332"/>
        <source>There is no action with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="228"/>
        <source>Nothing to record: give a status, a RAG rating or a progress note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="243"/>
        <source>Action %1 has changed since it was read; nothing was recorded. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="273"/>
        <source>The action changed while it was being updated; nothing was recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="368"/>
        <location filename="../core/store/PlanWriter.cpp" line="188"/>
        <source>An action needs a description; the action text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="374"/>
        <source>Someone else changed this action since you opened it (revision %1, now %2); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActionStore.cpp" line="440"/>
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
        <location filename="../core/store/Database.cpp" line="62"/>
        <source>&apos;%1&apos; is not a server address; write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="70"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="88"/>
        <source>&apos;%1&apos; in the server address is not an option WRES Tracker passes on (use sslmode, sslrootcert, sslcert, sslkey or connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="98"/>
        <source> The password is read from ~/.pgpass (a line host:port:database:login:password, the file readable by you alone) or the file PGPASSFILE names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="102"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="118"/>
        <source>The database %1 was set up by a newer version of WRES Tracker (format %2; this program reads up to %3). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="128"/>
        <source>The database %1 holds no WRES Tracker plans yet, or your login has no WRES role there: set it up with &apos;server-init&apos; (or &apos;migrate&apos; a plan into it), or ask for a role (&apos;grant&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="140"/>
        <source>The database %1 already holds other tables; give WRES Tracker a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="146"/>
        <source>The database %1 must be upgraded to this version&apos;s format, which writes to it; open it without --read-only as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="162"/>
        <source>%1 does not exist; check the name, or create it with &apos;demo&apos; or &apos;import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="167"/>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="171"/>
        <source>%1 is not a WRES Tracker plan file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="175"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="181"/>
        <source>%1 is read-only; nothing can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="188"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="207"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="229"/>
        <source>%1 is not a WRES Tracker plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="232"/>
        <source>%1 is in use by another person or program%2; try again when they have closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="239"/>
        <source>%1 is damaged and cannot be read (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="245"/>
        <source>%1 is damaged (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="254"/>
        <source>%1 was saved by a newer version of WRES Tracker (file format %2; this program reads up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="271"/>
        <source>%1 is an SQLite database but not a WRES Tracker plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="280"/>
        <source>%1 is empty, not a plan file; create a plan with &apos;demo&apos; or &apos;import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="285"/>
        <source>%1 is empty; there is no plan to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="379"/>
        <source>A plan on a server is backed up by the server (pg_dump), not by WRES Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="389"/>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="419"/>
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
        <location filename="../core/store/SnapshotStore.cpp" line="62"/>
        <source>There is no recorded pack %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="29"/>
        <source>The server did not permit this for your login (%1). A lead may record updates only on the actions they lead; a viewer may only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="35"/>
        <source>Someone else was changing the same thing at the same moment; nothing was changed. Try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="40"/>
        <source>The connection to the server was lost (%1); nothing more was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="45"/>
        <source>The server&apos;s disk is full; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="65"/>
        <source>The plan file is in use by another program and stayed locked; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="71"/>
        <source>The plan file cannot be written (it is read-only); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="75"/>
        <source>The plan file is damaged (%1); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="79"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="83"/>
        <source>The file is not a WRES Tracker plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlQuery.cpp" line="49"/>
        <location filename="../core/store/SqlQuery.cpp" line="87"/>
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
        <location filename="../app/cli/UpdateCommands.cpp" line="30"/>
        <source>-o FOLDER is required: where to write the workbooks, one for each lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="33"/>
        <source>%1 is a file; -o names a folder for the workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="45"/>
        <source>%1 is read-only: requests are recorded in the plan file, so none was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="51"/>
        <source>No open actions to ask about; no workbook was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="56"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="67"/>
        <source>%1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="68"/>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="82"/>
        <source>Wrote %1 update request for &quot;%2&quot; (%3 actions):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="83"/>
        <source>Wrote %1 update requests for &quot;%2&quot; (%3 actions):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="94"/>
        <source>import-updates takes the returned workbooks (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="114"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="116"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="126"/>
        <source>%2 from %3: %1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="127"/>
        <source>%2 from %3: %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="130"/>
        <source>, %1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="131"/>
        <source>, %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="133"/>
        <source>, %1 row left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="134"/>
        <source>, %1 rows left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="141"/>
        <source>  CONFLICT %1
    changed in the plan since the request was sent:
      %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="151"/>
        <source>  Not applied: this file has conflicts. Import it in the window (Plan ▸ Import Updates), where each answer can be ticked or not.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="157"/>
        <source>  Recorded %1 update from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="158"/>
        <source>  Recorded %1 updates from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="163"/>
        <source>Nothing was changed (a dry run); run again with --apply to record these updates.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="176"/>
        <source>Write a workbook for each lead asking for progress on their open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="182"/>
        <source>The folder to write the workbooks in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="185"/>
        <source>Only this lead (exact name, any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="188"/>
        <source>Only actions due in the next DAYS days, or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="191"/>
        <source>Also write each request as a PDF to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="200"/>
        <source>Show (or with --apply, record) the updates in workbooks returned by leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="207"/>
        <source>Record the updates (without it nothing is changed); conflicts are never applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UpdateCommands.cpp" line="210"/>
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
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="29"/>
        <source>--from and --to are required: a plan file and a server address (postgresql://…), either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="39"/>
        <source>%1 already holds &quot;%2&quot; (the same plan); nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="45"/>
        <source>Moved &quot;%1&quot; (%2 actions, with its history, audit trail and metrics) from %3 to %4 as plan %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="58"/>
        <source>server-init sets up a server database: give --db postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="62"/>
        <source>Set up %1 for WRES Tracker (file format %2) with the roles wres_admin, wres_lead and wres_viewer. Give people logins with &apos;grant&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="74"/>
        <source>grant gives a login on a server: give --db postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="80"/>
        <source>--login NAME and --role admin|lead|viewer are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="86"/>
        <source>Cannot read the password from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="89"/>
        <source>The password in %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="95"/>
        <source>%1 is a lead on %2: may update the actions of %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="97"/>
        <source>%1 is a%2 %3 on %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="108"/>
        <source>Move a whole plan (history, audit trail, metrics) between a plan file and a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="112"/>
        <source>Where the plan is: a .wres file or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="115"/>
        <source>Where it goes (made if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="125"/>
        <source>Set up a PostgreSQL database for team mode: the schema and the three roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="133"/>
        <source>Create or change a server login with a role (admin, lead or viewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="137"/>
        <source>The login name (lower case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="139"/>
        <source>admin, lead or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="142"/>
        <source>For a lead: the lead, as the plan names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="146"/>
        <source>Set the login&apos;s password from the first line of FILE (- for standard input); never on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ServerRoles.cpp" line="18"/>
        <source>Roles belong to team mode: give a server address (postgresql://…), not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ServerRoles.cpp" line="126"/>
        <source>&apos;%1&apos; is not a login name the server takes as it is: use lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ServerRoles.cpp" line="132"/>
        <source>&apos;%1&apos; is a name the server keeps for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ServerRoles.cpp" line="134"/>
        <source>Give the role: admin, lead or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ServerRoles.cpp" line="136"/>
        <source>A lead login needs --lead: the lead, as the plan names them, whose actions it may update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ServerRoles.cpp" line="146"/>
        <source>No action of the plans here is led by &apos;%1&apos;.</source>
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
    <name>wres::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="24"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="27"/>
        <source>Connect to a team plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="28"/>
        <source>A team plan lives on a PostgreSQL server, where the EDI team and the leads work on it at once. Your IT team or the Head of EDI gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="40"/>
        <source>from the keyring or ~/.pgpass when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="43"/>
        <source>Required, and the server&apos;s certificate checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="44"/>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="45"/>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="46"/>
        <source>Never: only on this computer or a trusted network (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="55"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="56"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="57"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="58"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="59"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="60"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="64"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="127"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="127"/>
        <source>Give the server, the database and your login.</source>
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
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="177"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="199"/>
        <source>%1 workbook can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="199"/>
        <source>%1 workbooks can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="200"/>
        <source> (%1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="200"/>
        <source> (%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="201"/>
        <source>, %1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="201"/>
        <source>, %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="202"/>
        <source>, %1 row left blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="202"/>
        <source>, %1 rows left blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="204"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="205"/>
        <source>%1 cannot be imported: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="206"/>
        <source>Untick any answer you do not want recorded; conflicts are unticked until you have compared them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="214"/>
        <source>Files not imported and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="220"/>
        <source>Answers to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="235"/>
        <source>The selected answer beside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="237"/>
        <source>Not imported (put these right in the workbook and import it again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="246"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="249"/>
        <source>Tick A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="250"/>
        <source>Tick &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="270"/>
        <source>No answers to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="293"/>
        <source>&amp;Apply %1 Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="293"/>
        <source>&amp;Apply %1 Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="308"/>
        <source>(not answered: stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="313"/>
        <source>When the request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="314"/>
        <source>In the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="314"/>
        <source>The lead&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="321"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="323"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="324"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="328"/>
        <source>Changed in the plan after the request was sent. Tick the answer only if it should still be recorded over these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="333"/>
        <source>The action was edited (see its audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="353"/>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="355"/>
        <source>%1: nothing from it was recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="365"/>
        <source>%1 answer was not ticked and was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="366"/>
        <source>%1 answers were not ticked and were not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="372"/>
        <source>Updates imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportUpdatesDialog.cpp" line="374"/>
        <source>Some updates not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wres::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Plan navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Status key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Show &amp;indicator trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Open a plan file with File ▸ Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Open plan read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>WRES Tracker plans (*.wres);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Import &amp;Metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>&amp;Record This Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Record this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>A name for this pack, e.g. the meeting it went to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Trust Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>&amp;Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>Plans (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Save the imported plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>E&amp;xport Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Excel workbook (*.xlsx);;CSV, the plan only (*.csv);;JSON, everything (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Everyone&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Whose due dates? (open actions with a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>wres-due-dates.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>wres-due-dates-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>&amp;About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>&lt;p&gt;&lt;b&gt;WRES Tracker %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Workforce Race Equality Standard action plans, metrics and board packs for NHS Trusts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="433"/>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>Plan not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>%1: choose a name ending in .xlsx, .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source>Exporting the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="442"/>
        <source>Cancelled: the plan was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>Exported the plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="461"/>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>%1
… and %2 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="472"/>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>Plan not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="494"/>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>Wrote %1 due date(s) to %2; open it in Outlook or any calendar to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Read-only: %1 can be viewed, searched and printed here, but no change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="545"/>
        <source>Shared drive: one person at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="546"/>
        <source>This plan is on a network drive, where only one program at a time can safely have it open. For several people editing at once, use team mode (a PostgreSQL server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="570"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="571"/>
        <source>Replace %1 with the backup %2?

Every change made since that backup will be gone from the plan. The plan as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="595"/>
        <source>Restored %1 from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="654"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="660"/>
        <location filename="../ui/MainWindow.cpp" line="665"/>
        <location filename="../ui/MainWindow.cpp" line="669"/>
        <location filename="../ui/MainWindow.cpp" line="677"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="660"/>
        <source>wres-plan.wres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <location filename="../ui/MainWindow.cpp" line="660"/>
        <source>WRES Tracker plans (*.wres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Connected, but the password could not be kept in the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <source>Viewer: you can read, search and print this team plan; the EDI team and the leads change it. (Login %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="532"/>
        <source>Lead: you can add updates to the actions %1 leads (Ctrl+U); the EDI team changes the rest of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Team plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="538"/>
        <source>On the server %1; the server decides what your login may change, and other people&apos;s changes appear as they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="665"/>
        <source>Organisation (the Trust):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="669"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="670"/>
        <source>WRES Action Plan %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="677"/>
        <source>Period (e.g. 2024/25):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="686"/>
        <location filename="../ui/MainWindow.cpp" line="693"/>
        <source>Plan not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="687"/>
        <source>%1 already exists; choose a new name for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>%1 — WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="748"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="772"/>
        <location filename="../ui/MainWindow.cpp" line="845"/>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="772"/>
        <source>Open a plan file first; its metrics are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="776"/>
        <source>Import metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="776"/>
        <source>Metrics CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="789"/>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <source>Metrics not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="797"/>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="799"/>
        <source>%2 has %1 problem; nothing was imported.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="800"/>
        <source>%2 has %1 problems; nothing was imported.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <source>Imported metrics from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="839"/>
        <source>This action is not linked to any WRES indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="845"/>
        <source>Open a plan file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="849"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="850"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="858"/>
        <source>board-pack-public.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="858"/>
        <source>board-pack.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="859"/>
        <source>brief-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="860"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="860"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="874"/>
        <source>Board pack not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="880"/>
        <source>Board pack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="902"/>
        <source>Writing the board pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="902"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="922"/>
        <source>Cancelled: no board pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="926"/>
        <source>Board pack not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="931"/>
        <source>Wrote 1 page to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="931"/>
        <source>Wrote %1 pages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="942"/>
        <source>Pack not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <source>Recorded this pack; the next one will show what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="954"/>
        <source>%1 of %2 actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="959"/>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="961"/>
        <source>  Lead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="964"/>
        <source>Lead for My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="966"/>
        <source>&amp;My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="970"/>
        <source>Show only this lead&apos;s actions, overdue first (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="974"/>
        <source>Add &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="978"/>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>Record status, RAG and progress for the selected action (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="997"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="998"/>
        <source>Action %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1020"/>
        <source>You may add updates only to the actions you lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1029"/>
        <source>Someone else changed the plan; it will be shown when you have saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1037"/>
        <source>Could not show others&apos; changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1044"/>
        <source>Shown: changes made by others (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1092"/>
        <location filename="../ui/MainWindow.cpp" line="1127"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1108"/>
        <source>Showing the version saved by someone else; your edits were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1127"/>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1137"/>
        <source>edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1145"/>
        <source>Move action to another objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1156"/>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1177"/>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1186"/>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1187"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1187"/>
        <location filename="../ui/MainWindow.cpp" line="1211"/>
        <source>Theme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1190"/>
        <source>New &amp;Objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1191"/>
        <location filename="../ui/MainWindow.cpp" line="1385"/>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1191"/>
        <location filename="../ui/MainWindow.cpp" line="1211"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1194"/>
        <source>New &amp;Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1195"/>
        <location filename="../ui/MainWindow.cpp" line="1414"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1195"/>
        <source>What will be done (bullets on their own lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1201"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1205"/>
        <source>Choose a theme or objective in the navigator to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1211"/>
        <location filename="../ui/MainWindow.cpp" line="1444"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1215"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1220"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1222"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1228"/>
        <source>Audit &amp;Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1232"/>
        <source>Request &amp;Updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1235"/>
        <source>&amp;Import Updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1236"/>
        <source>Import the workbooks returned by leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1237"/>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1252"/>
        <source>Update requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1269"/>
        <source>Updates from leads recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1297"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1297"/>
        <source>The plan was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1302"/>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1355"/>
        <source>New theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1371"/>
        <source>Choose a theme first: the objective goes under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1400"/>
        <source>Choose an objective (or an action) first: the new action goes beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1404"/>
        <source>No action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1404"/>
        <source>An action needs a description; the text was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1457"/>
        <source>Choose a theme, objective or action to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1471"/>
        <source>this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1472"/>
        <source>this objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1473"/>
        <source>this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1479"/>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1479"/>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1481"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1481"/>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1483"/>
        <source>status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1483"/>
        <source>status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1484"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1485"/>
        <source>Delete %1? Its %2 will go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1485"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1486"/>
        <location filename="../ui/MainWindow.cpp" line="1498"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1486"/>
        <source> (Edit ▸ Undo brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1539"/>
        <source>Already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1539"/>
        <source>Already last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1543"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1548"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1548"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1584"/>
        <source>Choose an action in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1607"/>
        <location filename="../ui/MainWindow.cpp" line="1627"/>
        <source>Update not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1608"/>
        <location filename="../ui/MainWindow.cpp" line="1627"/>
        <source>The update was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1629"/>
        <source>update of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1633"/>
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
