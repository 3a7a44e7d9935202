<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AnswerChecklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="32"/>
        <source>Check the answer</source>
        <translation>Kontrollera svaret</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="37"/>
        <source>Don&apos;t show this again</source>
        <translation>Visa inte det här igen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="38"/>
        <source>You can turn it back on in the Settings menu</source>
        <translation>Du kan slå på den igen i menyn Inställningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="40"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="54"/>
        <source>Before you use the answer to “%1”, check:</source>
        <translation>Innan du använder svaret på ”%1”, kontrollera:</translation>
    </message>
</context>
<context>
    <name>CategoryListModel</name>
    <message>
        <location filename="../../promptlib/gui/models.py" line="197"/>
        <source>All templates</source>
        <translation>Alla promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="198"/>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="199"/>
        <source>Recently used</source>
        <translation>Senast använda</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="40"/>
        <source>Export templates</source>
        <translation>Exportera promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="44"/>
        <source>The selected template</source>
        <translation>Den valda promptmallen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="47"/>
        <source>Templates for the role %1</source>
        <translation>Promptmallarna för rollen %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="48"/>
        <source>Templates for the current role (pick a role first)</source>
        <translation>Promptmallarna för den valda rollen (välj en roll först)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="50"/>
        <source>A whole library:</source>
        <translation>Ett helt bibliotek:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="54"/>
        <source>My own templates</source>
        <translation>Mina egna promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="56"/>
        <source>Every template I can see</source>
        <translation>Alla promptmallar som jag ser</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="69"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="43"/>
        <source>Personal data in the prompt?</source>
        <translation>Personuppgifter i prompten?</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="45"/>
        <source>These look like personal data. Never paste personal or confidential data into an AI service your organisation has not approved for it.</source>
        <translation>Det här ser ut som personuppgifter. Klistra aldrig in personuppgifter eller konfidentiella uppgifter i en AI-tjänst som din organisation inte har godkänt för sådana uppgifter.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="50"/>
        <source>What</source>
        <translation>Uppgiftstyp</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="50"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="50"/>
        <source>Text found</source>
        <translation>Hittad text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="68"/>
        <source>&amp;Replace with placeholders</source>
        <translation>&amp;Ersätt med platshållare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="69"/>
        <source>Put a placeholder such as [PERSONAL ID] in the fields instead, then copy</source>
        <translation>Sätt in en platshållare som [PERSONBETECKNING] i fälten i stället och kopiera sedan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="71"/>
        <source>&amp;Go back and edit</source>
        <translation>&amp;Gå tillbaka och redigera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="72"/>
        <source>Copy nothing and show the findings in their fields</source>
        <translation>Kopiera ingenting och visa fynden i fälten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="78"/>
        <source>Copy &amp;anyway</source>
        <translation>Kopiera &amp;ändå</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="79"/>
        <source>Only if the AI service is approved for this data</source>
        <translation>Endast om AI-tjänsten är godkänd för de här uppgifterna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="83"/>
        <source>Your organisation does not allow copying personal data anyway.</source>
        <translation>Din organisation tillåter inte att en prompt med personuppgifter kopieras som den är.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="118"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="124"/>
        <source>### Welcome to promptlib

1. Choose your role on the left, or search (Ctrl+F).
2. Pick a template and fill in its fields. The preview shows the finished prompt.
3. Copy the prompt (Ctrl+Enter) and paste it into the AI service your organisation has approved.

**Never enter** personal identity codes, names or health data of clients or patients, or confidential material, unless the service is approved for it. **Always check** the answer before you use it.

Each template&apos;s guidance appears here. More tips: Help → Good prompts guide (F1).</source>
        <translation>### Välkommen till promptlib

1. Välj din roll till vänster eller sök (Ctrl+F).
2. Välj en promptmall och fyll i fälten. Förhandsvisningen visar den färdiga prompten.
3. Kopiera prompten (Ctrl+Enter) och klistra in den i den AI-tjänst som din organisation har godkänt.

**Skriv aldrig in** personbeteckningar, klienters eller patienters namn eller hälsouppgifter eller sekretessbelagt material, om inte tjänsten är godkänd för det. **Kontrollera alltid** svaret innan du använder det.

Varje malls anvisningar visas här. Fler tips: Hjälp → Så skriver du en bra prompt (F1).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="134"/>
        <source>This template has no guidance notes.</source>
        <translation>Den här promptmallen har inga anvisningar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="138"/>
        <source>Library: %1, version %2 (%3)</source>
        <translation>Bibliotek: %1, version %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="143"/>
        <source>Source: %1, imported %2</source>
        <translation>Källa: %1, importerad %2</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="23"/>
        <source>Good prompts</source>
        <translation>Så skriver du en bra prompt</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="157"/>
        <source>Import library</source>
        <translation>Importera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="159"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), version %3, by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), version %3, utgivare %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="163"/>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="180"/>
        <source>Templates in this library</source>
        <translation>Promptmallar i biblioteket</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="187"/>
        <source>This is an older version than the installed %1.</source>
        <translation>Det här är en äldre version än den installerade %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="195"/>
        <source>&amp;Install</source>
        <translation>&amp;Installera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="204"/>
        <source>All conflicts:</source>
        <translation>Alla konflikter:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="205"/>
        <source>Keep existing</source>
        <translation>Behåll befintlig</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="205"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="206"/>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="216"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 removed</source>
        <translation>nya: %1, uppdaterade: %2, oförändrade: %3, konflikter: %4, borttagna: %5</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="221"/>
        <source>(version %1 → %2)</source>
        <translation>(version %1 → %2)</translation>
    </message>
</context>
<context>
    <name>LibrariesDialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="73"/>
        <source>Libraries</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Templates</source>
        <translation>Promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <location filename="../../promptlib/gui/librariesdialog.py" line="128"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="87"/>
        <source>&amp;Remove library</source>
        <translation>&amp;Ta bort biblioteket</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="93"/>
        <source>Library sources</source>
        <translation>Bibliotekskällor</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="95"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Lägg till källa…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="97"/>
        <source>Remove &amp;source</source>
        <translation>Ta bort &amp;källa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="99"/>
        <source>&amp;Check for updates now</source>
        <translation>&amp;Sök efter uppdateringar nu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="108"/>
        <source>Sources checked for new library versions:</source>
        <translation>Källor där nya versioner av biblioteken söks:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="127"/>
        <source>Built in</source>
        <translation>Inbyggt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="128"/>
        <source>Subscribed</source>
        <translation>Prenumererat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="145"/>
        <source>%1  (your organisation)</source>
        <translation>%1  (din organisation)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="145"/>
        <source>%1  (yours)</source>
        <translation>%1  (din egen)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="150"/>
        <source>%1  (not allowed by your organisation&apos;s policy)</source>
        <translation>%1  (inte tillåten enligt din organisations policy)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="157"/>
        <source>Your organisation&apos;s policy sets the library sources.</source>
        <translation>Din organisations policy bestämmer bibliotekskällorna.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="185"/>
        <source>Remove library</source>
        <translation>Ta bort bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="196"/>
        <source>Add library source</source>
        <translation>Lägg till bibliotekskälla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="196"/>
        <source>Only https:// addresses can be library sources.</source>
        <translation>Endast https://-adresser kan vara bibliotekskällor.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="85"/>
        <source>&amp;Import library…</source>
        <translation>&amp;Importera bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="87"/>
        <source>&amp;Export templates…</source>
        <translation>&amp;Exportera promptmallar…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="89"/>
        <source>&amp;Libraries…</source>
        <translation>&amp;Bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="90"/>
        <source>Check for library &amp;updates</source>
        <translation>Sök efter biblioteks&amp;uppdateringar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="141"/>
        <source>Not imported: %1</source>
        <translation>Inte importerat: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="146"/>
        <source>%1 %2 is already installed; nothing to change.</source>
        <translation>%1 %2 är redan installerat; inget att ändra.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="150"/>
        <source>Import cancelled; nothing was installed.</source>
        <translation>Importen avbröts; ingenting installerades.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="155"/>
        <source>Import library</source>
        <translation>Importera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="158"/>
        <source>Imported %1 %2: %3</source>
        <translation>Importerat %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="197"/>
        <source>Export templates</source>
        <translation>Exportera promptmallar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="199"/>
        <source>Exported %n template(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n promptmall till %1</numerusform>
            <numerusform>Exporterade %n promptmallar till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="217"/>
        <source>Removed the library %1.</source>
        <translation>Biblioteket %1 togs bort.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="227"/>
        <source>Checking library sources for updates…</source>
        <translation>Söker efter uppdateringar i bibliotekskällorna…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="237"/>
        <source>Library sources: %1 updated, %2 with problems (the last good copies stay in use). See File → Check for library updates.</source>
        <translation>Bibliotekskällor: uppdaterade: %1, med problem: %2 (de senaste fungerande kopiorna används fortfarande). Se Arkiv → Sök efter biblioteksuppdateringar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="241"/>
        <source>Libraries are up to date.</source>
        <translation>Biblioteken är uppdaterade.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="57"/>
        <source>Search templates (Ctrl+F)</source>
        <translation>Sök promptmallar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="58"/>
        <source>Search templates</source>
        <translation>Sök promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="63"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="90"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="75"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="91"/>
        <source>Templates</source>
        <translation>Promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="83"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="162"/>
        <source>&amp;Find template</source>
        <translation>&amp;Sök promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="165"/>
        <source>&amp;Copy prompt</source>
        <translation>&amp;Kopiera prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="168"/>
        <source>Add to or remove from fa&amp;vourites</source>
        <translation>Lägg till i eller ta bort från &amp;favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="175"/>
        <source>&amp;Good prompts guide</source>
        <translation>&amp;Så skriver du en bra prompt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="178"/>
        <source>&amp;About promptlib</source>
        <translation>&amp;Om promptlib</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="184"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="186"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="189"/>
        <source>&amp;Template language</source>
        <translation>&amp;Promptmallarnas språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="190"/>
        <source>Same as the interface</source>
        <translation>Samma som gränssnittets språk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="261"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n promptmall</numerusform>
            <numerusform>%n promptmallar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="65"/>
        <source>Details / your choice</source>
        <translation>Detaljer / ditt val</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="69"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="69"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="69"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="70"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="70"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="73"/>
        <source>Keep the existing one</source>
        <translation>Behåll den befintliga</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="73"/>
        <source>Replace with the imported one</source>
        <translation>Ersätt med den importerade</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="74"/>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="86"/>
        <source>Also in %1</source>
        <translation>Finns också i %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="103"/>
        <source>kept as %1</source>
        <translation>behålls som %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="107"/>
        <source>identical in %1</source>
        <translation>identisk i %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="22"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="27"/>
        <source>Prompt preview</source>
        <translation>Förhandsvisning av prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="93"/>
        <source>Looks like personal data</source>
        <translation>Ser ut som en personuppgift</translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="59"/>
        <source>Data rule of this template</source>
        <translation>Vilka uppgifter du får skriva in i den här promptmallen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="84"/>
        <source>Copy prompt</source>
        <translation>Kopiera prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="86"/>
        <source>Copy the finished prompt to the clipboard (Ctrl+Enter)</source>
        <translation>Kopiera den färdiga prompten till urklipp (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="88"/>
        <source>Clear fields</source>
        <translation>Töm fälten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="124"/>
        <source>No template selected</source>
        <translation>Ingen promptmall vald</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="126"/>
        <source>Choose a role or search, then pick a template from the list.</source>
        <translation>Välj en roll eller sök och välj sedan en promptmall i listan.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="139"/>
        <source>Remove from favourites</source>
        <translation>Ta bort från favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="139"/>
        <source>Add to favourites</source>
        <translation>Lägg till i favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="144"/>
        <source>Do not enter personal data: no names, personal identity codes, contact details or health information.</source>
        <translation>Skriv inte in personuppgifter: inga namn, personbeteckningar, kontaktuppgifter eller hälsouppgifter.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="146"/>
        <source>Only pseudonymised data: remove names, identity codes and anything else that could identify a person.</source>
        <translation>Endast pseudonymiserade uppgifter: ta bort namn, personbeteckningar och allt annat som kan identifiera en person.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="148"/>
        <source>For public material only.</source>
        <translation>Endast för offentligt material.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="157"/>
        <source>Shown in Finnish</source>
        <translation>Visas på finska</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="157"/>
        <source>Shown in Swedish</source>
        <translation>Visas på svenska</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="158"/>
        <source>Shown in English</source>
        <translation>Visas på engelska</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="159"/>
        <source>this template has no Finnish version.</source>
        <translation>den här promptmallen finns inte på finska.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="160"/>
        <source>this template has no Swedish version.</source>
        <translation>den här promptmallen finns inte på svenska.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="161"/>
        <source>this template has no English version.</source>
        <translation>den här promptmallen finns inte på engelska.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="175"/>
        <source>Check the field %1: %2</source>
        <translation>Kontrollera fältet %1: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="180"/>
        <source>This template cannot be shown: %1</source>
        <translation>Promptmallen kan inte visas: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="209"/>
        <source>Fill in the required fields first: %1</source>
        <translation>Fyll först i de obligatoriska fälten: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="214"/>
        <source>Check the field %1.</source>
        <translation>Kontrollera fältet %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="217"/>
        <source>This template cannot be used: %1</source>
        <translation>Promptmallen kan inte användas: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="230"/>
        <source>Prompt copied to the clipboard. Paste it into the AI service your organisation has approved, and check the answer.</source>
        <translation>Prompten har kopierats till urklipp. Klistra in den i den AI-tjänst som din organisation har godkänt och kontrollera svaret.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="266"/>
        <source>Nothing was copied. Edit the marked fields: %1</source>
        <translation>Ingenting kopierades. Redigera de markerade fälten: %1</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../promptlib/gui/form.py" line="55"/>
        <source>This template has no fields to fill: copy it as it is.</source>
        <translation>Den här promptmallen har inga fält att fylla i: kopiera den som den är.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="123"/>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="144"/>
        <source>(not specified)</source>
        <translation>(inget val)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="111"/>
        <source>Show the answer &amp;checklist after copying</source>
        <translation>Visa &amp;checklistan för svaret efter kopiering</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="47"/>
        <source>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Prompt templates for the daily work of Finnish municipalities and wellbeing services counties.&lt;/p&gt;&lt;p&gt;Never enter personal or confidential data into an AI service your organisation has not approved for it, and check every answer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Promptmallar för det dagliga arbetet i kommuner och välfärdsområden.&lt;/p&gt;&lt;p&gt;Skriv aldrig in personuppgifter eller konfidentiella uppgifter i en AI-tjänst som din organisation inte har godkänt för sådana uppgifter. Kontrollera alltid svaret.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="51"/>
        <source>About promptlib</source>
        <translation>Om promptlib</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="58"/>
        <source>The last good copy was restored.</source>
        <translation>Den senaste felfria kopian återställdes.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="60"/>
        <source>No backup was available, so it starts empty.</source>
        <translation>Det fanns ingen säkerhetskopia, så databasen börjar om från tomt.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="61"/>
        <source>The file %1 was damaged and has been moved aside to %2 (nothing was deleted). %3</source>
        <translation>Filen %1 var skadad och har flyttats undan till %2 (ingenting raderades). %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="63"/>
        <source>Database repaired</source>
        <translation>Databasen har reparerats</translation>
    </message>
</context>
<context>
    <name>exportdialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="29"/>
        <source>Export templates</source>
        <translation>Exportera promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="30"/>
        <source>Library files (*.json)</source>
        <translation>Biblioteksfiler (*.json)</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="24"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="25"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="26"/>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="27"/>
        <source>Bank account number (IBAN)</source>
        <translation>Kontonummer (IBAN)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="36"/>
        <source>%1 in %2</source>
        <translation>%1 i fältet %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="40"/>
        <source>%n more</source>
        <translation>fler fynd: %n</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="41"/>
        <source>Looks like personal data: %1.</source>
        <translation>Ser ut som personuppgifter: %1.</translation>
    </message>
</context>
<context>
    <name>librariesdialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="42"/>
        <source>Remove %1 (%2, version %3) and its %n template(s)?</source>
        <translation>Vill du ta bort %1 (%2, version %3) och dess promptmallar (%n st.)?</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="44"/>
        <source>Remove library</source>
        <translation>Ta bort bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="51"/>
        <source>Add library source</source>
        <translation>Lägg till bibliotekskälla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="52"/>
        <source>A library file, a folder of library files, or an https:// address:</source>
        <translation>En biblioteksfil, en mapp med biblioteksfiler eller en https://-adress:</translation>
    </message>
</context>
<context>
    <name>libraryactions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="33"/>
        <source>Import library</source>
        <translation>Importera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="34"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>Biblioteksfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="44"/>
        <source>… and %n more problem(s).</source>
        <translation>… och fler problem: %n.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="48"/>
        <source>Cannot import this library</source>
        <translation>Biblioteket kan inte importeras</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="49"/>
        <source>Nothing was installed. The file has these problems:</source>
        <translation>Ingenting installerades. Filen har följande problem:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="65"/>
        <source>No library sources are set. Add one in File → Libraries…</source>
        <translation>Inga bibliotekskällor har angetts. Lägg till en under Arkiv → Bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="69"/>
        <source>Library updates</source>
        <translation>Biblioteksuppdateringar</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="32"/>
        <source>Prompt copied. Opening %1: paste the prompt there, and check the answer.</source>
        <translation>Prompten har kopierats. %1 öppnas: klistra in prompten där och kontrollera svaret.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="36"/>
        <source>Prompt copied, but %1 could not be opened (%2).</source>
        <translation>Prompten har kopierats, men %1 kunde inte öppnas (%2).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="70"/>
        <source>Copy and open %1</source>
        <translation>Kopiera och öppna %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="74"/>
        <source>Copy the prompt, then open %1 (%2)</source>
        <translation>Kopiera prompten och öppna sedan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="86"/>
        <source>Copy and open</source>
        <translation>Kopiera och öppna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="95"/>
        <source>Your organisation&apos;s AI rules</source>
        <translation>Din organisations AI-regler</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="112"/>
        <source>The organisation&apos;s policy file has problems; where it is unclear, the safer setting is used. Please tell your IT support.</source>
        <translation>Organisationens policyfil har problem; där den är oklar används den säkrare inställningen. Meddela IT-supporten.</translation>
    </message>
</context>
<context>
    <name>savefailure</name>
    <message>
        <location filename="../../promptlib/gui/savefailure.py" line="25"/>
        <source>Your change could not be saved. Check that the disk has free space and that promptlib may write to its data folder.</source>
        <translation>Ändringen kunde inte sparas. Kontrollera att det finns ledigt utrymme på disken och att promptlib får skriva i sin datamapp.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/savefailure.py" line="38"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
</TS>
