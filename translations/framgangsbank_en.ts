<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Fb::CaseExporter</name>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
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
        <source>Export format: json, jsonl or markdown (default: jsonl).</source>
        <translation>Export format: json, jsonl or markdown (default: jsonl).</translation>
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
        <source>The query has no words to search for.</source>
        <translation>The query has no words to search for.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>No case matches.</translation>
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
    <message numerus="yes">
        <source>%n case(s) written…</source>
        <translation>
            <numerusform>%n case written…</numerusform>
            <numerusform>%n cases written…</numerusform>
        </translation>
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
        <source>Framgångsbanken on the command line: read, search, import and export the local case bank.

Commands:
  list                 list the cases
  show ID              show one case
  search QUERY         search (words, &quot;phrases&quot;, -exclude)
  import FILE          import cases (JSON Lines, JSON array or object)
  export               export every case
  generate             write a synthetic corpus as JSON Lines
  login                log in to a server (password on standard input)
  logout               log out and forget the login
  sync                 send local changes, receive the server&apos;s
  status               server, login, last sync, pending changes
  create --from FILE   create a case from a JSON file
  update ID            change fields (--set, --section)
  delete ID            delete a case
  conflicts            list conflicts and refused changes
  resolve ID PATH      settle a conflict (--take mine|theirs|FILE)
  revert ID            throw away local changes to a case
  attach ID FILE       attach a file to a case
  attachment SHA256    fetch an attachment (-o FILE)</source>
        <translation>Framgångsbanken on the command line: read, search, import and export the local case bank.

Commands:
  list                 list the cases
  show ID              show one case
  search QUERY         search (words, &quot;phrases&quot;, -exclude)
  import FILE          import cases (JSON Lines, JSON array or object)
  export               export every case
  generate             write a synthetic corpus as JSON Lines
  login                log in to a server (password on standard input)
  logout               log out and forget the login
  sync                 send local changes, receive the server&apos;s
  status               server, login, last sync, pending changes
  create --from FILE   create a case from a JSON file
  update ID            change fields (--set, --section)
  delete ID            delete a case
  conflicts            list conflicts and refused changes
  resolve ID PATH      settle a conflict (--take mine|theirs|FILE)
  revert ID            throw away local changes to a case
  attach ID FILE       attach a file to a case
  attachment SHA256    fetch an attachment (-o FILE)</translation>
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
</context>
<context>
    <name>Fb::MainWindow</name>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message>
        <source>Search cases: words, &quot;phrases&quot;, -exclude</source>
        <translation>Search cases: words, &quot;phrases&quot;, -exclude</translation>
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
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>The cases that match the search and filters</source>
        <translation>The cases that match the search and filters</translation>
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
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Framgångsbanken</source>
        <translation>&amp;About Framgångsbanken</translation>
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
        <source>About Framgångsbanken</source>
        <translation>About Framgångsbanken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Framgångsbanken %1&lt;/h3&gt;&lt;p&gt;Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.&lt;/p&gt;&lt;p&gt;Municipality and county codes: Statistics Sweden (SCB), CC0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Framgångsbanken %1&lt;/h3&gt;&lt;p&gt;Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.&lt;/p&gt;&lt;p&gt;Municipality and county codes: Statistics Sweden (SCB), CC0.&lt;/p&gt;</translation>
    </message>
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
    <message numerus="yes">
        <source>The server has removed %n case(s) that are in your copy. That is unusual: it can mean that something went wrong on the server.

Remove them here too?</source>
        <translation>
            <numerusform>The server has removed %n case that is in your copy. That is unusual: it can mean that something went wrong on the server.

Remove it here too?</numerusform>
            <numerusform>The server has removed %n cases that are in your copy. That is unusual: it can mean that something went wrong on the server.

Remove them here too?</numerusform>
        </translation>
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
        <source>The national Framgångsbanken server.

Commands:
  init                                  create or upgrade the database
  serve --cert FILE --key FILE          serve the API over HTTPS
  org add --type TYPE --name NAME       add an organisation
  org list                              list organisations
  user add NAME --org ID --role ROLE    add a user (password on standard input)
  user list                             list users
  user disable|enable NAME              disable or enable a user
  user passwd NAME                      set a password (on standard input)
  import FILE [--org ID]                import cases from JSON Lines, all or nothing
  backup FILE                           write a consistent copy (SQLite) with a new epoch</source>
        <translation>The national Framgångsbanken server.

Commands:
  init                                  create or upgrade the database
  serve --cert FILE --key FILE          serve the API over HTTPS
  org add --type TYPE --name NAME       add an organisation
  org list                              list organisations
  user add NAME --org ID --role ROLE    add a user (password on standard input)
  user list                             list users
  user disable|enable NAME              disable or enable a user
  user passwd NAME                      set a password (on standard input)
  import FILE [--org ID]                import cases from JSON Lines, all or nothing
  backup FILE                           write a consistent copy (SQLite) with a new epoch</translation>
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
        <source>yes, as %1</source>
        <translation>yes, as %1</translation>
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
