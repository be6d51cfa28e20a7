<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Fb::CaseExporter</name>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for study visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fb::CaseListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for study visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open for study visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fb::CaseView</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected case with its fields and sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fb::CliApplication</name>
    <message>
        <source>Framgångsbanken on the command line: read, search, import and export the local case bank.

Commands:
  list                 list the cases
  show ID              show one case
  search QUERY         search (words, &quot;phrases&quot;, -exclude)
  import FILE          import cases (JSON Lines, JSON array or object)
  export               export every case
  generate             write a synthetic corpus as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the replica FILE directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: json, jsonl or markdown (default: jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N results (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid cases even if some are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages and labels: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile or --db, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --seed need whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or wrong number of arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framgangsbank-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has no words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, or use --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::ErrorMessages</name>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field has an invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not in the list of allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown municipality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown county code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case id is not a valid UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid web address: only https:// and http:// are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value occurs twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was written by a newer version of Framgångsbanken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local case bank could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local case bank could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local case bank was created by a newer version of Framgångsbanken. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local case bank could not be upgraded; it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local case bank is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the program is missing. Reinstall Framgångsbanken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than any valid case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the message, %2 the field or file concerned</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fb::FacetModel</name>
    <message>
        <source>County and municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for study visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open for study visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <extracomment>Screen-reader text of a facet value: %1 the value, %n the number of cases</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with this value among the current results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::FacetPanel</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check values to narrow the list. Space toggles the current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fb::MainWindow</name>
    <message>
        <source>Framgångsbanken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases: words, &quot;phrases&quot;, -exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; This is the built-in sample bank, written from public sources to show how Framgångsbanken works. It is not the national bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases that match the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be shown.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Framgångsbanken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case bank could not be opened.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case bank could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of %2</source>
        <extracomment>%n cases shown, %2 cases in the bank</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The case bank is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Framgångsbanken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Framgångsbanken %1&lt;/h3&gt;&lt;p&gt;Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.&lt;/p&gt;&lt;p&gt;Municipality and county codes: Statistics Sweden (SCB), CC0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Framgångsbanken starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Framgångsbanken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
