<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>EditActionCommand</name>
    <message>
        <location filename="../ui/plan/EditActionCommand.cpp" line="13"/>
        <source>edit action %1</source>
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
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Plan navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Status key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Show &amp;indicator trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Open a plan file with File ▸ Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Open plan read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>WRES Tracker plans (*.wres);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Import &amp;Metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>&amp;Record This Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Record this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>A name for this pack, e.g. the meeting it went to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Trust Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Everyone&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Whose due dates? (open actions with a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>wres-due-dates.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>wres-due-dates-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>&amp;About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>About WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>&lt;p&gt;&lt;b&gt;WRES Tracker %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Workforce Race Equality Standard action plans, metrics and board packs for NHS Trusts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>Wrote %1 due date(s) to %2; open it in Outlook or any calendar to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>Read-only: %1 can be viewed, searched and printed here, but no change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>Shared drive: one person at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>This plan is on a network drive, where only one program at a time can safely have it open. For several people editing at once, use team mode (a PostgreSQL server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Replace %1 with the backup %2?

Every change made since that backup will be gone from the plan. The plan as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>Restored %1 from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="480"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>wres-plan.wres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>WRES Tracker plans (*.wres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>Organisation (the Trust):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>WRES Action Plan %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>Period (e.g. 2024/25):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Plan not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>%1 already exists; choose a new name for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="573"/>
        <source>%1 — WRES Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="598"/>
        <location filename="../ui/MainWindow.cpp" line="670"/>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="598"/>
        <source>Open a plan file first; its metrics are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="602"/>
        <source>Import metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="602"/>
        <source>Metrics CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <location filename="../ui/MainWindow.cpp" line="624"/>
        <source>Metrics not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="625"/>
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
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <source>Imported metrics from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="664"/>
        <source>This action is not linked to any WRES indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="670"/>
        <source>Open a plan file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="673"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="675"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="683"/>
        <source>board-pack-public.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="683"/>
        <source>board-pack.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="684"/>
        <source>brief-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="685"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="685"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Board pack not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="705"/>
        <source>Board pack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="730"/>
        <source>Board pack not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="733"/>
        <source>Wrote %n page(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="744"/>
        <source>Pack not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>Recorded this pack; the next one will show what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="756"/>
        <source>%1 of %2 actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="761"/>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="763"/>
        <source>  Lead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="766"/>
        <source>Lead for My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="768"/>
        <source>&amp;My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="772"/>
        <source>Show only this lead&apos;s actions, overdue first (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="776"/>
        <source>Add &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="780"/>
        <source>Record status, RAG and progress for the selected action (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="799"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="800"/>
        <source>Action %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="842"/>
        <location filename="../ui/MainWindow.cpp" line="877"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="858"/>
        <source>Showing the version saved by someone else; your edits were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="877"/>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="887"/>
        <source>edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="895"/>
        <source>Move action to another objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="906"/>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="927"/>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="936"/>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="937"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="937"/>
        <location filename="../ui/MainWindow.cpp" line="961"/>
        <source>Theme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="940"/>
        <source>New &amp;Objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="941"/>
        <location filename="../ui/MainWindow.cpp" line="1093"/>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="941"/>
        <location filename="../ui/MainWindow.cpp" line="961"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="944"/>
        <source>New &amp;Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <location filename="../ui/MainWindow.cpp" line="1122"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <source>What will be done (bullets on their own lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="951"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="955"/>
        <source>Choose a theme or objective in the navigator to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="961"/>
        <location filename="../ui/MainWindow.cpp" line="1152"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="965"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="970"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="972"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="978"/>
        <source>Audit &amp;Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1005"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1005"/>
        <source>The plan was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1010"/>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1063"/>
        <source>New theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1079"/>
        <source>Choose a theme first: the objective goes under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1108"/>
        <source>Choose an objective (or an action) first: the new action goes beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1112"/>
        <source>No action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1112"/>
        <source>An action needs a description; the text was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1165"/>
        <source>Choose a theme, objective or action to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1179"/>
        <source>this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1180"/>
        <source>this objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1181"/>
        <source>this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1187"/>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1187"/>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1189"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1189"/>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1191"/>
        <source>status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1191"/>
        <source>status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1192"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1193"/>
        <source>Delete %1? Its %2 will go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1193"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1194"/>
        <location filename="../ui/MainWindow.cpp" line="1206"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1194"/>
        <source> (Edit ▸ Undo brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1247"/>
        <source>Already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1247"/>
        <source>Already last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1251"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1256"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1256"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1292"/>
        <source>Choose an action in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1315"/>
        <location filename="../ui/MainWindow.cpp" line="1335"/>
        <source>Update not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1316"/>
        <location filename="../ui/MainWindow.cpp" line="1335"/>
        <source>The update was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1337"/>
        <source>update of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1341"/>
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
