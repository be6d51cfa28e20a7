<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Fb::CaseExporter</name>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
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
        <source>Tags</source>
        <translation>Taggar</translation>
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
        <source>Export format: json, jsonl or markdown (default: jsonl).</source>
        <translation>Exportformat: json, jsonl eller markdown (standard: jsonl).</translation>
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
        <source>The query has no words to search for.</source>
        <translation>Sökfrågan innehåller inga ord att söka efter.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Inget exempel matchar sökningen.</translation>
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
    <message numerus="yes">
        <source>%n case(s) written…</source>
        <translation>
            <numerusform>%n exempel skrivet…</numerusform>
            <numerusform>%n exempel skrivna…</numerusform>
        </translation>
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
        <translation>Framgångsbanken på kommandoraden: läs, sök, importera och exportera den lokala banken.

Kommandon:
  list                 lista exemplen
  show ID              visa ett exempel
  search QUERY         sök (ord, &quot;fraser&quot;, -uteslut)
  import FILE          importera exempel (JSON Lines, JSON-lista eller -objekt)
  export               exportera alla exempel
  generate             skriv en syntetisk samling som JSON Lines
  login                logga in på en server (lösenord på standard in)
  logout               logga ut och glöm inloggningen
  sync                 skicka lokala ändringar, ta emot serverns
  status               server, inloggning, senaste synkronisering, väntande ändringar
  create --from FILE   skapa ett exempel från en JSON-fil
  update ID            ändra fält (--set, --section)
  delete ID            ta bort ett exempel
  conflicts            lista konflikter och ändringar som servern nekat
  resolve ID PATH      lös en konflikt (--take mine|theirs|FIL)
  revert ID            släng de lokala ändringarna i ett exempel
  attach ID FILE       bifoga en fil till ett exempel
  attachment SHA256    hämta en bilaga (-o FIL)</translation>
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
        <translation>nekad av servern: %1</translation>
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
</context>
<context>
    <name>Fb::MainWindow</name>
    <message>
        <source>Framgångsbanken</source>
        <translation>Framgångsbanken</translation>
    </message>
    <message>
        <source>Search cases: words, &quot;phrases&quot;, -exclude</source>
        <translation>Sök exempel: ord, &quot;fraser&quot;, -uteslut</translation>
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
        <source>Cases</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>The cases that match the search and filters</source>
        <translation>De exempel som matchar sökningen och filtren</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Framgångsbanken</source>
        <translation>&amp;Om Framgångsbanken</translation>
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
        <source>About Framgångsbanken</source>
        <translation>Om Framgångsbanken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Framgångsbanken %1&lt;/h3&gt;&lt;p&gt;Sweden&apos;s national bank of successful municipal and regional projects: questions, solutions, pitfalls, results and study-visit destinations.&lt;/p&gt;&lt;p&gt;Municipality and county codes: Statistics Sweden (SCB), CC0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Framgångsbanken %1&lt;/h3&gt;&lt;p&gt;Sveriges nationella bank av framgångsrika kommunala och regionala exempel: frågeställningar, lösningar, fallgropar, resultat och mål för studiebesök.&lt;/p&gt;&lt;p&gt;Kommun- och länskoder: Statistiska centralbyrån (SCB), CC0.&lt;/p&gt;</translation>
    </message>
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
        <translation>Den nationella Framgångsbanken-servern.

Kommandon:
  init                                  skapa eller uppgradera databasen
  serve --cert FILE --key FILE          tillhandahåll API:t över HTTPS
  org add --type TYPE --name NAME       lägg till en organisation
  org list                              lista organisationer
  user add NAME --org ID --role ROLE    lägg till en användare (lösenord på standard in)
  user list                             lista användare
  user disable|enable NAME              stäng av eller aktivera en användare
  user passwd NAME                      sätt ett lösenord (på standard in)
  import FILE [--org ID]                importera exempel från JSON Lines, allt eller inget
  backup FILE                           skriv en konsekvent kopia (SQLite) med en ny epok</translation>
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
        <source>yes, as %1</source>
        <translation>ja, som %1</translation>
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
        <translation>Ändringar som servern nekat: %1</translation>
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
            <numerusform>%n ändring nekad av servern</numerusform>
            <numerusform>%n ändringar nekade av servern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 på %2</translation>
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
