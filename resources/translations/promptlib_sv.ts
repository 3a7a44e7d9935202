<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AnswerChecklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="33"/>
        <source>Check the answer</source>
        <translation>Kontrollera svaret</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="41"/>
        <source>Don&apos;t show this again</source>
        <translation>Visa inte det här igen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="42"/>
        <source>You can turn it back on in the Settings menu</source>
        <translation>Du kan slå på den igen i menyn Inställningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="44"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="58"/>
        <source>Before you use the answer to “%1”, check:</source>
        <translation>Innan du använder svaret på ”%1”, kontrollera:</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/body.py" line="74"/>
        <source>Declared variables</source>
        <translation>Deklarerade variabler</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../promptlib/gui/fields/calendarpopup.py" line="21"/>
        <location filename="../../promptlib/gui/fields/calendarpopup.py" line="23"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>CategoryListModel</name>
    <message>
        <location filename="../../promptlib/gui/models.py" line="231"/>
        <source>All templates</source>
        <translation>Alla promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="232"/>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="233"/>
        <source>Recently used</source>
        <translation>Senast använda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="236"/>
        <source>My templates</source>
        <translation>Mina promptmallar</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="97"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="102"/>
        <source>Add variable</source>
        <translation>Lägg till variabel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="104"/>
        <source>Remove variable</source>
        <translation>Ta bort variabeln</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="106"/>
        <source>Insert into the prompt</source>
        <translation>Infoga i prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="109"/>
        <source>Quick fix:</source>
        <translation>Snabbfix:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/checks.py" line="136"/>
        <source>%n error(s) to fix before saving a version (the draft is kept).</source>
        <translation>
            <numerusform>%n fel att rätta innan en version kan sparas (utkastet sparas).</numerusform>
            <numerusform>%n fel att rätta innan en version kan sparas (utkastet sparas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="138"/>
        <source>No errors: the template can be saved.</source>
        <translation>Inga fel: promptmallen kan sparas.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="140"/>
        <source>No errors, warnings or hints.</source>
        <translation>Inga fel, varningar eller tips.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/checks.py" line="142"/>
        <source>%n warning(s) or hint(s).</source>
        <translation>
            <numerusform>%n varning eller tips.</numerusform>
            <numerusform>%n varningar eller tips.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="182"/>
        <source>Your choice for %1</source>
        <translation>Ditt val för %1</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="75"/>
        <source>Choices</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="81"/>
        <source>New choice, then Enter</source>
        <translation>Nytt alternativ, sedan Enter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="82"/>
        <source>New choice</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="84"/>
        <source>Add choice</source>
        <translation>Lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="86"/>
        <source>Remove choice</source>
        <translation>Ta bort alternativet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="88"/>
        <source>Move choice up</source>
        <translation>Flytta alternativet uppåt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="90"/>
        <source>Move choice down</source>
        <translation>Flytta alternativet nedåt</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="39"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Välj i kalendern (Alt+Nedåt)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="44"/>
        <source>Choose from the calendar</source>
        <translation>Välj i kalendern</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="120"/>
        <source>Not a date. Write it as, for example, 15.12.2026 or 2026-12-15.</source>
        <translation>Inte ett datum. Skriv det till exempel som 15.12.2026 eller 2026-12-15.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="122"/>
        <source>Not a date. Write it as, for example, 2026-12-15.</source>
        <translation>Inte ett datum. Skriv det till exempel som 2026-12-15.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="125"/>
        <source>A date, %1. Alt+Down opens a calendar.</source>
        <translation>Ett datum, %1. Alt+Nedåt öppnar en kalender.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="87"/>
        <source>&amp;New template</source>
        <translation>&amp;Ny promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="88"/>
        <source>New from te&amp;xt…</source>
        <translation>Ny från &amp;text…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="90"/>
        <source>Edit a &amp;copy of the template</source>
        <translation>Redigera en &amp;kopia av mallen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="91"/>
        <source>E&amp;dit my template</source>
        <translation>&amp;Redigera min promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="92"/>
        <source>Dele&amp;te my template…</source>
        <translation>Ra&amp;dera min promptmall…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="206"/>
        <source>Deleted “%1”.</source>
        <translation>Raderad: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="221"/>
        <source>Saved “%1” in your templates.</source>
        <translation>”%1” har sparats bland dina promptmallar.</translation>
    </message>
</context>
<context>
    <name>EditorPreview</name>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="29"/>
        <source>The form as users see it</source>
        <translation>Formuläret så som användarna ser det</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="31"/>
        <source>Leave &amp;optional fields empty</source>
        <translation>Lämna &amp;frivilliga fält tomma</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="80"/>
        <source>Check the field %1.</source>
        <translation>Kontrollera fältet %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="84"/>
        <source>This template cannot be shown: %1</source>
        <translation>Promptmallen kan inte visas: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="41"/>
        <source>Export templates</source>
        <translation>Exportera promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="46"/>
        <source>The selected template</source>
        <translation>Den valda promptmallen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="49"/>
        <source>Templates for the role %1</source>
        <translation>Promptmallarna för rollen %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="50"/>
        <source>Templates for the current role (pick a role first)</source>
        <translation>Promptmallarna för den valda rollen (välj en roll först)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="52"/>
        <source>A whole library:</source>
        <translation>Ett helt bibliotek:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="54"/>
        <source>Library to export</source>
        <translation>Bibliotek som ska exporteras</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="57"/>
        <source>My own templates</source>
        <translation>Mina egna promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="59"/>
        <source>Every template I can see</source>
        <translation>Alla promptmallar som jag ser</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="72"/>
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
        <location filename="../../promptlib/gui/guarddialog.py" line="46"/>
        <source>These look like personal data. Never paste personal or confidential data into an AI service your organisation has not approved for it.</source>
        <translation>Det här ser ut som personuppgifter. Klistra aldrig in personuppgifter eller konfidentiella uppgifter i en AI-tjänst som din organisation inte har godkänt för sådana uppgifter.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="51"/>
        <source>What was found</source>
        <translation>Det som hittades</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="52"/>
        <source>What</source>
        <translation>Uppgiftstyp</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="52"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="52"/>
        <source>Text found</source>
        <translation>Hittad text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="70"/>
        <source>&amp;Replace with placeholders</source>
        <translation>&amp;Ersätt med platshållare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="71"/>
        <source>Put a placeholder such as [PERSONAL ID] in the fields instead, then copy</source>
        <translation>Sätt in en platshållare som [PERSONBETECKNING] i fälten i stället och kopiera sedan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="73"/>
        <source>&amp;Go back and edit</source>
        <translation>&amp;Gå tillbaka och redigera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="74"/>
        <source>Copy nothing and show the findings in their fields</source>
        <translation>Kopiera ingenting och visa fynden i fälten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="80"/>
        <source>Copy &amp;anyway</source>
        <translation>Kopiera &amp;ändå</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="81"/>
        <source>Only if the AI service is approved for this data</source>
        <translation>Endast om AI-tjänsten är godkänd för de här uppgifterna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="85"/>
        <source>Your organisation does not allow copying personal data anyway.</source>
        <translation>Din organisation tillåter inte att en prompt med personuppgifter kopieras som den är.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="194"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="207"/>
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
        <location filename="../../promptlib/gui/panels.py" line="221"/>
        <source>This template has no guidance notes.</source>
        <translation>Den här promptmallen har inga anvisningar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="229"/>
        <source>Library: %1, version %2 (%3)</source>
        <translation>Bibliotek: %1, version %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="233"/>
        <source>Source: %1, imported %2</source>
        <translation>Källa: %1, importerad %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="282"/>
        <source>[picture not shown: %1]</source>
        <translation>[bilden visas inte: %1]</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="289"/>
        <source>Opens in your browser: %1</source>
        <translation>Öppnas i din webbläsare: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="297"/>
        <source>Not a link: only https:// addresses open.</source>
        <translation>Ingen länk: bara https://-adresser öppnas.</translation>
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
    <name>HistoryActions</name>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="38"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="45"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="47"/>
        <source>History of this template</source>
        <translation>Mallens historik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="85"/>
        <location filename="../../promptlib/gui/historyactions.py" line="98"/>
        <source>Select a template to see its history.</source>
        <translation>Välj en mall för att se dess historik.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="87"/>
        <source>No history yet: versions are kept when a template is saved in the editor or brought by a library import.</source>
        <translation>Ingen historik än: versioner sparas när en mall sparas i redigeringen eller kommer med en biblioteksimport.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="90"/>
        <source>See the versions of this template and what changed in each (Ctrl+H)</source>
        <translation>Visa mallens versioner och vad som ändrades i var och en (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="150"/>
        <source>The editor has changes to this template that are not saved: save or discard them first.</source>
        <translation>Redigeringen har osparade ändringar i den här mallen: spara eller kassera dem först.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../promptlib/gui/historydialog.py" line="23"/>
        <source>History of “%1”</source>
        <translation>Historik för ”%1”</translation>
    </message>
</context>
<context>
    <name>HistorySettingsDialog</name>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="30"/>
        <source>Template history</source>
        <translation>Mallarnas historik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="40"/>
        <source>All versions</source>
        <translation>Alla versioner</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="44"/>
        <source>Your &amp;name in the history:</source>
        <translation>Ditt &amp;namn i historiken:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="45"/>
        <source>&amp;Keep the last N unpublished versions of each own template:</source>
        <translation>&amp;Behåll de senaste N opublicerade versionerna av varje egen mall:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="47"/>
        <source>Published versions and the newest version are always kept. Older versions are removed when you next save a template; 0 keeps them all.</source>
        <translation>Publicerade versioner och den senaste versionen behålls alltid. Äldre versioner tas bort nästa gång du sparar en mall; 0 behåller alla.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="55"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="56"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="56"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="56"/>
        <source>Author</source>
        <translation>Upphovsperson</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="57"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="57"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="57"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="69"/>
        <source>Difference from the version before</source>
        <translation>Ändringar jämfört med föregående version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="70"/>
        <source>Lines marked + are added, lines marked - are removed, lines marked ~ are changed.</source>
        <translation>Rader märkta + läggs till, rader märkta - tas bort och rader märkta ~ ändras.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="77"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Återställ den här versionen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="79"/>
        <source>Make the selected version the newest one again; the versions in between are kept</source>
        <translation>Gör den valda versionen till den nyaste igen; versionerna emellan sparas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="81"/>
        <source>&amp;Open as draft</source>
        <translation>Ö&amp;ppna som utkast</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="83"/>
        <source>Edit the template starting from the selected version</source>
        <translation>Redigera mallen med den valda versionen som utgångspunkt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="116"/>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="129"/>
        <source>No versions of this template are kept yet.</source>
        <translation>Inga versioner av den här mallen har sparats än.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="135"/>
        <source>edited</source>
        <translation>redigerad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="137"/>
        <source>restored from %1</source>
        <translation>återställd från %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="139"/>
        <source>imported from %1</source>
        <translation>importerad från %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="141"/>
        <source>published as %1</source>
        <translation>publicerad som %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="155"/>
        <source>Version %1, the first kept:</source>
        <translation>Version %1, den första sparade:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="157"/>
        <source>Version %1 (-) and version %2 (+):</source>
        <translation>Version %1 (-) och version %2 (+):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="174"/>
        <source>Restored: version %1 is a copy of version %2.</source>
        <translation>Återställd: version %1 är en kopia av version %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="196"/>
        <source>Import library</source>
        <translation>Importera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), version %3, by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), version %3, utgivare %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="203"/>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="226"/>
        <source>Templates in this library</source>
        <translation>Promptmallar i biblioteket</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="229"/>
        <source>%1 unchanged templates are not listed.</source>
        <translation>%1 oförändrade mallar visas inte.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="231"/>
        <source>Show &amp;unchanged</source>
        <translation>Visa &amp;oförändrade</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="233"/>
        <source>Show unchanged templates</source>
        <translation>Visa oförändrade mallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="241"/>
        <source>Difference of the selected template</source>
        <translation>Ändringar i den valda mallen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="242"/>
        <source>Lines marked + are added, lines marked - are removed, lines marked ~ are changed.</source>
        <translation>Rader märkta + läggs till, rader märkta - tas bort och rader märkta ~ ändras.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="257"/>
        <source>The installed version was verified; this one is not.</source>
        <translation>Den installerade versionen var verifierad; den här är det inte.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="263"/>
        <source>This is an older version than the installed %1.</source>
        <translation>Det här är en äldre version än den installerade %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="281"/>
        <source>&amp;Install</source>
        <translation>&amp;Installera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="307"/>
        <source>Select a template to see what changes in it.</source>
        <translation>Välj en mall för att se vad som ändras i den.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="311"/>
        <source>“%1” is new:</source>
        <translation>”%1” är ny:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="313"/>
        <source>“%1” is removed from this library:</source>
        <translation>”%1” tas bort ur det här biblioteket:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="315"/>
        <source>“%1” in %2 (-) and in this library (+):</source>
        <translation>”%1” i %2 (-) och i det här biblioteket (+):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="318"/>
        <source>“%1” is unchanged:</source>
        <translation>”%1” är oförändrad:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="320"/>
        <source>“%1”, installed (-) and incoming (+):</source>
        <translation>”%1”, installerad (-) och inkommande (+):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="322"/>
        <source>(the installed text could not be found)</source>
        <translation>(den installerade texten hittades inte)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="332"/>
        <source>the version from %1 will not be installed; the one in %2 stays.</source>
        <translation>versionen från %1 installeras inte; den i %2 finns kvar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="335"/>
        <source>both are kept; the imported copy is installed as %1.</source>
        <translation>båda behålls; den importerade kopian installeras som %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="338"/>
        <source>the imported version is installed; the built-in %1 version is hidden.</source>
        <translation>den importerade versionen installeras; den inbyggda versionen i %1 döljs.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="340"/>
        <source>the imported version is installed; %1 loses this template.</source>
        <translation>den importerade versionen installeras; %1 förlorar den här mallen.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="344"/>
        <source>“%1” (%2): %3</source>
        <translation>”%1” (%2): %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="347"/>
        <source>… and %1 more conflicts.</source>
        <translation>… och %1 konflikter till.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="348"/>
        <source>If you install now:</source>
        <translation>Om du installerar nu:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="394"/>
        <source>All conflicts:</source>
        <translation>Alla konflikter:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="395"/>
        <source>Keep existing</source>
        <translation>Behåll befintlig</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="395"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="396"/>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="406"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 removed</source>
        <translation>nya: %1, uppdaterade: %2, oförändrade: %3, konflikter: %4, borttagna: %5</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="411"/>
        <source>(version %1 → %2)</source>
        <translation>(version %1 → %2)</translation>
    </message>
</context>
<context>
    <name>LibrariesDialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="74"/>
        <source>Libraries</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Installed libraries</source>
        <translation>Installerade bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <source>Templates</source>
        <translation>Promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <location filename="../../promptlib/gui/librariesdialog.py" line="133"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="90"/>
        <source>&amp;Remove library</source>
        <translation>&amp;Ta bort biblioteket</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="96"/>
        <source>Library sources</source>
        <translation>Bibliotekskällor</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="98"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Lägg till källa…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="100"/>
        <source>Remove &amp;source</source>
        <translation>Ta bort &amp;källa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="102"/>
        <source>&amp;Check for updates now</source>
        <translation>&amp;Sök efter uppdateringar nu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="111"/>
        <source>Sources checked for new library versions:</source>
        <translation>Källor där nya versioner av biblioteken söks:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="132"/>
        <source>Built in</source>
        <translation>Inbyggt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="133"/>
        <source>Subscribed</source>
        <translation>Prenumererat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="150"/>
        <source>%1  (your organisation)</source>
        <translation>%1  (din organisation)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="150"/>
        <source>%1  (yours)</source>
        <translation>%1  (din egen)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="155"/>
        <source>%1  (not allowed by your organisation&apos;s policy)</source>
        <translation>%1  (inte tillåten enligt din organisations policy)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="162"/>
        <source>Your organisation&apos;s policy sets the library sources.</source>
        <translation>Din organisations policy bestämmer bibliotekskällorna.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="190"/>
        <source>Remove library</source>
        <translation>Ta bort bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="201"/>
        <source>Add library source</source>
        <translation>Lägg till bibliotekskälla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="201"/>
        <source>Only https:// addresses can be library sources.</source>
        <translation>Endast https://-adresser kan vara bibliotekskällor.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="94"/>
        <source>&amp;Import library…</source>
        <translation>&amp;Importera bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="96"/>
        <source>&amp;Export templates…</source>
        <translation>&amp;Exportera promptmallar…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="100"/>
        <source>&amp;Libraries…</source>
        <translation>&amp;Bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="101"/>
        <source>Check for library &amp;updates</source>
        <translation>Sök efter biblioteks&amp;uppdateringar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="163"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="167"/>
        <source>Not imported: %1</source>
        <translation>Inte importerat: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="175"/>
        <source>%1 %2 is already installed; nothing to change.</source>
        <translation>%1 %2 är redan installerat; inget att ändra.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="159"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="179"/>
        <source>Import cancelled; nothing was installed.</source>
        <translation>Importen avbröts; ingenting installerades.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="98"/>
        <source>&amp;Publish to a team library…</source>
        <translation>&amp;Publicera i ett gemensamt bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="151"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation>En import pågår redan. Vänta tills den är klar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="168"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="186"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="216"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="217"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="260"/>
        <source>Import library</source>
        <translation>Importera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="194"/>
        <source>Imported %1 %2: %3</source>
        <translation>Importerat %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="213"/>
        <source>Reading and checking the library file %1…</source>
        <translation>Biblioteksfilen %1 läses och kontrolleras…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="214"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="259"/>
        <source>Not imported: the file could not be checked.</source>
        <translation>Inte importerat: filen kunde inte kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="261"/>
        <source>This library file could not be checked: it may be damaged, or too large or too complex. Nothing was installed.</source>
        <translation>Biblioteksfilen kunde inte kontrolleras: den kan vara skadad eller för stor eller för komplex. Ingenting installerades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="276"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="278"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="282"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="284"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="286"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="325"/>
        <source>Export templates</source>
        <translation>Exportera promptmallar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="327"/>
        <source>Exported %n template(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n promptmall till %1</numerusform>
            <numerusform>Exporterade %n promptmallar till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="337"/>
        <source>My templates</source>
        <translation>Mina promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="339"/>
        <source>Exported templates (%1)</source>
        <translation>Exporterade promptmallar (%1)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="341"/>
        <source>Exported templates</source>
        <translation>Exporterade promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="351"/>
        <source>Published %1 %2 to %3</source>
        <translation>Publicerade %1 %2 i %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="369"/>
        <source>Removed the library %1.</source>
        <translation>Biblioteket %1 togs bort.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="379"/>
        <source>Checking library sources for updates…</source>
        <translation>Söker efter uppdateringar i bibliotekskällorna…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="389"/>
        <source>Library sources: %1 updated, %2 with problems (the last good copies stay in use). See File → Check for library updates.</source>
        <translation>Bibliotekskällor: uppdaterade: %1, med problem: %2 (de senaste fungerande kopiorna används fortfarande). Se Arkiv → Sök efter biblioteksuppdateringar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="393"/>
        <source>Libraries are up to date.</source>
        <translation>Biblioteken är uppdaterade.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="77"/>
        <source>Search templates (Ctrl+F)</source>
        <translation>Sök promptmallar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="78"/>
        <source>Search templates</source>
        <translation>Sök promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="83"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="110"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="95"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="111"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="315"/>
        <source>Templates</source>
        <translation>Promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="103"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="316"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="186"/>
        <source>&amp;Find template</source>
        <translation>&amp;Sök promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="189"/>
        <source>&amp;Copy prompt</source>
        <translation>&amp;Kopiera prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="192"/>
        <source>Add to or remove from fa&amp;vourites</source>
        <translation>Lägg till i eller ta bort från &amp;favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="199"/>
        <source>&amp;Good prompts guide</source>
        <translation>&amp;Så skriver du en bra prompt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="202"/>
        <source>&amp;About promptlib</source>
        <translation>&amp;Om promptlib</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="210"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="213"/>
        <source>&amp;Template language</source>
        <translation>&amp;Promptmallarnas språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="214"/>
        <source>Same as the interface</source>
        <translation>Samma som gränssnittets språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="356"/>
        <source>Templates and guidance</source>
        <translation>Promptmallar och anvisningar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="395"/>
        <source>%n template(s) in the list; the one shown is not among them</source>
        <translation>
            <numerusform>%n promptmall i listan; den som visas är inte den</numerusform>
            <numerusform>%n promptmallar i listan; den som visas finns inte bland dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="398"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n promptmall</numerusform>
            <numerusform>%n promptmallar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="41"/>
        <source>Template id</source>
        <translation>Promptmallens id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="42"/>
        <source>Made from the title until the template is first saved, then fixed: favourites and history remember templates by it.</source>
        <translation>Bildas av rubriken tills mallen sparas första gången och ändras sedan inte: favoriter och historik känner igen mallar på den.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="48"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="57"/>
        <source>Comma-separated, lowercase: rekrytointi, työpaikkailmoitus</source>
        <translation>Åtskilda med kommatecken, med små bokstäver: rekrytering, platsannons</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="60"/>
        <source>No personal data</source>
        <translation>Inga personuppgifter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="61"/>
        <source>Only pseudonymised data</source>
        <translation>Endast pseudonymiserade uppgifter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="62"/>
        <source>Public material</source>
        <translation>Offentligt material</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="62"/>
        <source>Not set</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="66"/>
        <source>Markdown: when to use the template, what never to enter, what to check in the answer, a tip</source>
        <translation>Markdown: när mallen används, vad som aldrig får skrivas in, vad som ska kontrolleras i svaret, ett tips</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="68"/>
        <source>Insert the guidance &amp;headings</source>
        <translation>Infoga anvisningarnas &amp;rubriker</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="72"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="72"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="73"/>
        <source>&amp;Roles</source>
        <translation>R&amp;oller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="73"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Taggar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="74"/>
        <source>S&amp;ummary</source>
        <translation>Sa&amp;mmanfattning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="74"/>
        <source>&amp;Data rule</source>
        <translation>&amp;Dataregel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="79"/>
        <location filename="../../promptlib/gui/editor/metadata.py" line="81"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="78"/>
        <source>Not a number. Write it as, for example, %1 or %2.</source>
        <translation>Inte ett tal. Skriv det till exempel som %1 eller %2.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="81"/>
        <source>Too large: the largest number is %1.</source>
        <translation>För stort: det största möjliga talet är %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="84"/>
        <source>Too small: the smallest allowed is %1.</source>
        <translation>För litet: det minsta tillåtna är %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="87"/>
        <source>Too large: the largest allowed is %1.</source>
        <translation>För stort: det största tillåtna är %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="94"/>
        <source>A number from %1 to %2.</source>
        <translation>Ett tal mellan %1 och %2.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="98"/>
        <source>A number, at least %1.</source>
        <translation>Ett tal, minst %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="101"/>
        <source>A number, at most %1.</source>
        <translation>Ett tal, högst %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="103"/>
        <source>A number.</source>
        <translation>Ett tal.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="96"/>
        <source>Details / your choice</source>
        <translation>Detaljer / ditt val</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="100"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="100"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="100"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="101"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="101"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="104"/>
        <source>Keep the existing one</source>
        <translation>Behåll den befintliga</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="104"/>
        <source>Replace with the imported one</source>
        <translation>Ersätt med den importerade</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="105"/>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="118"/>
        <source>%1 (%2 %3, built in)</source>
        <translation>%1 (%2 %3, inbyggt)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="118"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="121"/>
        <source>Also in %1</source>
        <translation>Finns också i %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="140"/>
        <source>kept as %1</source>
        <translation>behålls som %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="144"/>
        <source>identical in %1</source>
        <translation>identisk i %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="27"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="32"/>
        <source>Prompt preview</source>
        <translation>Förhandsvisning av prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="65"/>
        <source>Hidden characters, shown as %1, are pasted with the prompt: %2</source>
        <translation>Osynliga tecken, som visas som %1, klistras in med prompten: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="116"/>
        <source>Looks like personal data</source>
        <translation>Ser ut som en personuppgift</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="69"/>
        <source>Publish to a team library</source>
        <translation>Publicera i ett gemensamt bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="79"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="80"/>
        <source>Choose the library file to publish to</source>
        <translation>Välj biblioteksfilen som ska publiceras</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="87"/>
        <source>What changed and why</source>
        <translation>Vad ändrades och varför</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="88"/>
        <source>Suggested from the notes of the versions saved since the last publish; edit them as you like.</source>
        <translation>Förslaget bygger på anteckningarna till versionerna som sparats sedan den senaste publiceringen; redigera det fritt.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="92"/>
        <source>none: the library is published unsigned</source>
        <translation>ingen: biblioteket publiceras osignerat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="93"/>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;äddra…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="94"/>
        <source>Choose the signing key file</source>
        <translation>Välj filen med signeringsnyckeln</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="97"/>
        <source>&amp;Library:</source>
        <translation>B&amp;ibliotek:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="98"/>
        <source>Publish &amp;to:</source>
        <translation>Publicera &amp;till:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="99"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="100"/>
        <source>Release &amp;notes:</source>
        <translation>Versionsanteck&amp;ningar:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="101"/>
        <source>Signing &amp;key (optional):</source>
        <translation>Signeringsn&amp;yckel (valfri):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="110"/>
        <source>What subscribers will get</source>
        <translation>Vad prenumeranterna får</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="113"/>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="115"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="177"/>
        <source>You have no library to publish: write templates of your own, or import a library first.</source>
        <translation>Du har inget bibliotek att publicera: skriv först egna promptmallar eller importera ett bibliotek.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="181"/>
        <source>Choose the library file to publish to, for example in your team&apos;s shared folder.</source>
        <translation>Välj biblioteksfilen som ska publiceras, till exempel i ditt teams gemensamma mapp.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="203"/>
        <source>new template</source>
        <translation>ny mall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="210"/>
        <source>%1 (%2), version %3, by %4</source>
        <translation>%1 (%2), version %3, utgivare %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="213"/>
        <source>At the target now: version %1</source>
        <translation>I målfilen nu: version %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="215"/>
        <source>At the target now: a file that is not a library; it will be replaced</source>
        <translation>I målfilen nu: en fil som inte är ett bibliotek; den ersätts</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="217"/>
        <source>At the target now: nothing (a new library)</source>
        <translation>I målfilen nu: ingenting (ett nytt bibliotek)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="219"/>
        <source>What subscribers will get: %1 new, %2 updated, %3 removed, %4 unchanged</source>
        <translation>Vad prenumeranterna får: %1 nya, %2 uppdaterade, %3 borttagna, %4 oförändrade</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="222"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="222"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="222"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="226"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="228"/>
        <source>The prompt check has %n hint(s) or warning(s); they do not stop publishing.</source>
        <translation>
            <numerusform>Promptgranskningen gav %n tips eller varning; det hindrar inte publiceringen.</numerusform>
            <numerusform>Promptgranskningen gav %n tips eller varningar; de hindrar inte publiceringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="233"/>
        <source>Cannot publish: %n template(s) have errors to fix first:</source>
        <translation>
            <numerusform>Kan inte publicera: %n promptmall har fel som måste rättas först:</numerusform>
            <numerusform>Kan inte publicera: %n promptmallar har fel som måste rättas först:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="240"/>
        <source>Cannot publish: version %1 is not newer than the published %2, so subscribers would not get it (use %3 or later).</source>
        <translation>Kan inte publicera: version %1 är inte nyare än den publicerade %2, så prenumeranterna skulle inte få den (använd %3 eller senare).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="244"/>
        <source>Cannot publish: the file holds another library (%1); publish %2 to a file of its own.</source>
        <translation>Kan inte publicera: filen innehåller ett annat bibliotek (%1); publicera %2 i en egen fil.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="246"/>
        <source>Cannot publish.</source>
        <translation>Kan inte publicera.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="250"/>
        <source>The signing key can be read by other users, so it is not used. Allow only yourself to read it (chmod 600), and make a new key if others may have copied it.</source>
        <translation>Andra användare kan läsa signeringsnyckeln, så den används inte. Låt bara dig själv läsa den (chmod 600), och skapa en ny nyckel om andra kan ha kopierat den.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="253"/>
        <source>This is the public key (.pub); choose the private key file beside it.</source>
        <translation>Det här är den publika nyckeln (.pub); välj filen med den privata nyckeln bredvid den.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="255"/>
        <source>There is no such key file.</source>
        <translation>Nyckelfilen finns inte.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="256"/>
        <source>This file is not a signing key made by promptlib keygen.</source>
        <translation>Filen är inte en signeringsnyckel som skapats med promptlib keygen.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="113"/>
        <source>Draft restored: the changes you had not saved are back.</source>
        <translation>Utkastet har återställts: ändringarna du inte hade sparat finns kvar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="122"/>
        <source>Title of the template</source>
        <translation>Promptmallens rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="123"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="124"/>
        <source>&amp;Title</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="134"/>
        <source>Discard the draft</source>
        <translation>Kassera utkastet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="141"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="142"/>
        <source>Write the prompt. Type {{ to use a variable.</source>
        <translation>Skriv prompten. Skriv {{ för att använda en variabel.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="144"/>
        <source>Insert &amp;variable</source>
        <translation>Infoga &amp;variabel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="147"/>
        <source>Insert con&amp;dition</source>
        <translation>Infoga &amp;villkor</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="150"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="162"/>
        <source>Variables: the fields of the form, in this order</source>
        <translation>Variabler: formulärets fält i den här ordningen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="188"/>
        <source>Template editor</source>
        <translation>Redigering av promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="189"/>
        <source>Parts of the template</source>
        <translation>Promptmallens delar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="190"/>
        <source>Prompt and variables</source>
        <translation>Prompt och variabler</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="191"/>
        <source>Details and guidance</source>
        <translation>Uppgifter och anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="198"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="202"/>
        <source>Preview: the form filled with the examples, and the prompt</source>
        <translation>Förhandsvisning: formuläret ifyllt med exemplen, och prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="221"/>
        <source>&amp;Save version</source>
        <translation>&amp;Spara version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="223"/>
        <source>Save this version to your templates (Ctrl+S)</source>
        <translation>Spara den här versionen bland dina promptmallar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="225"/>
        <location filename="../../promptlib/gui/editor/window.py" line="249"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="246"/>
        <source>Save version</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="280"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="319"/>
        <source>Untitled template</source>
        <translation>Namnlös promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="321"/>
        <source>Template editor – %1</source>
        <translation>Redigering av promptmall – %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="337"/>
        <source>Fix the errors listed under Checks to see the preview.</source>
        <translation>Rätta felen under Kontroller för att se förhandsvisningen.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="382"/>
        <source>The prompt still uses “%1”: “%2” is not a valid name, or the prompt already uses it.</source>
        <translation>Prompten använder fortfarande ”%1”: ”%2” är inte ett giltigt namn, eller så används det redan i prompten.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="390"/>
        <source>Renamed “%1” to “%2” everywhere in the prompt.</source>
        <translation>”%1” har bytt namn till ”%2” överallt i prompten.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="409"/>
        <source>New variable…</source>
        <translation>Ny variabel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/window.py" line="429"/>
        <source>Not saved: %n error(s) to fix first (the draft is kept).</source>
        <translation>
            <numerusform>Inte sparad: %n fel måste rättas först (utkastet sparas).</numerusform>
            <numerusform>Inte sparad: %n fel måste rättas först (utkastet sparas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="453"/>
        <source>Saved: “%1” is in your templates.</source>
        <translation>Sparad: ”%1” finns bland dina promptmallar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="468"/>
        <source>Draft kept on this computer.</source>
        <translation>Utkastet har sparats på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="476"/>
        <source>Draft discarded.</source>
        <translation>Utkastet har kasserats.</translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="86"/>
        <source>Data rule of this template</source>
        <translation>Vilka uppgifter du får skriva in i den här promptmallen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="121"/>
        <source>Copy prompt</source>
        <translation>Kopiera prompten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="123"/>
        <source>Copy the finished prompt to the clipboard (Ctrl+Enter)</source>
        <translation>Kopiera den färdiga prompten till urklipp (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="125"/>
        <source>Clear fields</source>
        <translation>Töm fälten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="127"/>
        <source>&amp;Undo clearing</source>
        <translation>&amp;Ångra tömningen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="128"/>
        <source>Put back the values that were cleared (Ctrl+Z)</source>
        <translation>Återställ de värden som tömdes (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="186"/>
        <source>No template selected</source>
        <translation>Ingen promptmall vald</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="188"/>
        <source>Choose a role or search, then pick a template from the list.</source>
        <translation>Välj en roll eller sök och välj sedan en promptmall i listan.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="277"/>
        <source>Remove from favourites</source>
        <translation>Ta bort från favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="277"/>
        <source>Add to favourites</source>
        <translation>Lägg till i favoriter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="282"/>
        <source>Do not enter personal data: no names, personal identity codes, contact details or health information.</source>
        <translation>Skriv inte in personuppgifter: inga namn, personbeteckningar, kontaktuppgifter eller hälsouppgifter.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="284"/>
        <source>Only pseudonymised data: remove names, identity codes and anything else that could identify a person.</source>
        <translation>Endast pseudonymiserade uppgifter: ta bort namn, personbeteckningar och allt annat som kan identifiera en person.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="286"/>
        <source>For public material only.</source>
        <translation>Endast för offentligt material.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="295"/>
        <source>Shown in Finnish</source>
        <translation>Visas på finska</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="295"/>
        <source>Shown in Swedish</source>
        <translation>Visas på svenska</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="296"/>
        <source>Shown in English</source>
        <translation>Visas på engelska</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="297"/>
        <source>this template has no Finnish version.</source>
        <translation>den här promptmallen finns inte på finska.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="298"/>
        <source>this template has no Swedish version.</source>
        <translation>den här promptmallen finns inte på svenska.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="299"/>
        <source>this template has no English version.</source>
        <translation>den här promptmallen finns inte på engelska.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="313"/>
        <location filename="../../promptlib/gui/templatepane.py" line="390"/>
        <source>Check the field %1: %2</source>
        <translation>Kontrollera fältet %1: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="320"/>
        <source>This template cannot be shown: %1</source>
        <translation>Promptmallen kan inte visas: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="334"/>
        <source>Fields cleared. Ctrl+Z or &quot;Undo clearing&quot; puts the values back.</source>
        <translation>Fälten tömdes. Ctrl+Z eller ”Ångra tömningen” återställer värdena.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="339"/>
        <source>The cleared values are back.</source>
        <translation>De tömda värdena återställdes.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="398"/>
        <source>Fill in the required fields first: %1</source>
        <translation>Fyll först i de obligatoriska fälten: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="403"/>
        <source>Check the field %1.</source>
        <translation>Kontrollera fältet %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="408"/>
        <source>This template cannot be used: %1</source>
        <translation>Promptmallen kan inte användas: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="421"/>
        <source>Prompt copied to the clipboard. Paste it into the AI service your organisation has approved, and check the answer.</source>
        <translation>Prompten har kopierats till urklipp. Klistra in den i den AI-tjänst som din organisation har godkänt och kontrollera svaret.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="488"/>
        <source>Nothing was copied. Edit the marked fields: %1</source>
        <translation>Ingenting kopierades. Redigera de markerade fälten: %1</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../promptlib/gui/form.py" line="59"/>
        <source>This template has no fields to fill: copy it as it is.</source>
        <translation>Den här promptmallen har inga fält att fylla i: kopiera den som den är.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="139"/>
        <source>%1 – required, missing</source>
        <translation>%1 – obligatorisk, saknas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="150"/>
        <source>Required, missing.</source>
        <translation>Obligatorisk, saknas.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="152"/>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/base.py" line="60"/>
        <location filename="../../promptlib/gui/fields/date.py" line="103"/>
        <location filename="../../promptlib/gui/fields/number.py" line="54"/>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/choice.py" line="79"/>
        <source>(not specified)</source>
        <translation>(inget val)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/choice.py" line="82"/>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="160"/>
        <source>Variables, in form order</source>
        <translation>Variabler i formulärets ordning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Label</source>
        <translation>Fältets rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="170"/>
        <source>&amp;Add variable</source>
        <translation>&amp;Lägg till variabel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="172"/>
        <source>Remove variable</source>
        <translation>Ta bort variabeln</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="174"/>
        <source>Move up</source>
        <translation>Flytta uppåt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="175"/>
        <source>Move the variable up in the form</source>
        <translation>Flytta variabeln uppåt i formuläret</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="177"/>
        <source>Move down</source>
        <translation>Flytta nedåt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="178"/>
        <source>Move the variable down in the form</source>
        <translation>Flytta variabeln nedåt i formuläret</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="186"/>
        <source>Variable name</source>
        <translation>Variabelns namn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="187"/>
        <source>Lowercase letters, digits and _; used in the body as {{ name }}</source>
        <translation>Små bokstäver, siffror och _; används i prompten som {{ namn }}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="193"/>
        <source>Required: the prompt cannot be copied without it</source>
        <translation>Obligatoriskt: prompten kan inte kopieras utan det</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="203"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="203"/>
        <source>&amp;Label</source>
        <translation>Fältets &amp;rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="204"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälptext</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="205"/>
        <source>E&amp;xample</source>
        <translation>&amp;Exempel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="206"/>
        <source>De&amp;fault</source>
        <translation>Stan&amp;dardvärde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="206"/>
        <source>&amp;Choices</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="207"/>
        <source>M&amp;inimum</source>
        <translation>&amp;Minst</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="207"/>
        <source>Ma&amp;ximum</source>
        <translation>St&amp;örst</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="214"/>
        <source>Shown in the empty field, and used in the preview</source>
        <translation>Visas i det tomma fältet och i förhandsvisningen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="215"/>
        <source>One line under the field: what to write</source>
        <translation>En rad under fältet: vad som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="227"/>
        <source>Settings of the selected variable</source>
        <translation>Inställningar för den valda variabeln</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="274"/>
        <source>Field %1</source>
        <translation>Fält %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="307"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="307"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="345"/>
        <source>A date, written YYYY-MM-DD</source>
        <translation>Ett datum i formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="345"/>
        <source>A number</source>
        <translation>Ett tal</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="346"/>
        <source>One of the choices</source>
        <translation>Ett av alternativen</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="128"/>
        <source>Show the answer &amp;checklist after copying</source>
        <translation>Visa &amp;checklistan för svaret efter kopiering</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="49"/>
        <source>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Prompt templates for the daily work of Finnish municipalities and wellbeing services counties.&lt;/p&gt;&lt;p&gt;Never enter personal or confidential data into an AI service your organisation has not approved for it, and check every answer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Promptmallar för det dagliga arbetet i kommuner och välfärdsområden.&lt;/p&gt;&lt;p&gt;Skriv aldrig in personuppgifter eller konfidentiella uppgifter i en AI-tjänst som din organisation inte har godkänt för sådana uppgifter. Kontrollera alltid svaret.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="53"/>
        <source>About promptlib</source>
        <translation>Om promptlib</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="66"/>
        <source>The last good copy was restored.</source>
        <translation>Den senaste felfria kopian återställdes.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="68"/>
        <source>No backup was available, so it starts empty.</source>
        <translation>Det fanns ingen säkerhetskopia, så databasen börjar om från tomt.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="69"/>
        <source>The file %1 was damaged and has been moved aside to %2 (nothing was deleted). %3</source>
        <translation>Filen %1 var skadad och har flyttats undan till %2 (ingenting raderades). %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="71"/>
        <source>Database repaired</source>
        <translation>Databasen har reparerats</translation>
    </message>
</context>
<context>
    <name>difftext</name>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="51"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="52"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="53"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="54"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="55"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="56"/>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="57"/>
        <source>label</source>
        <translation>fältets rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="58"/>
        <source>required</source>
        <translation>obligatoriskt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="59"/>
        <source>choices</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="60"/>
        <source>default value</source>
        <translation>standardvärde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="61"/>
        <source>minimum</source>
        <translation>minst</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="62"/>
        <source>maximum</source>
        <translation>störst</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="63"/>
        <source>help text</source>
        <translation>hjälptext</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="64"/>
        <source>example</source>
        <translation>exempel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="74"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="76"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="76"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="84"/>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="101"/>
        <source>%1%2:</source>
        <translation>%1%2:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="105"/>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="107"/>
        <source>%1%2: %3 removed</source>
        <translation>%1%2: %3 borttaget</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="109"/>
        <source>%1%2: %3 → %4</source>
        <translation>%1%2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="127"/>
        <source>%1 added</source>
        <translation>%1 tillagd</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="128"/>
        <source>%1 removed</source>
        <translation>%1 borttagen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="140"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="141"/>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="142"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="147"/>
        <source>No changes.</source>
        <translation>Inga ändringar.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="36"/>
        <source>New template from text</source>
        <translation>Ny promptmall från text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="39"/>
        <source>Prompt text</source>
        <translation>Promptens text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="40"/>
        <source>&amp;Paste the prompt. Blanks marked [like this], &lt;like this&gt; or {like this} become fields of the form.</source>
        <translation>&amp;Klistra in prompten. Luckor markerade [så här], &lt;så här&gt; eller {så här} blir fält i formuläret.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="45"/>
        <source>&amp;Create template</source>
        <translation>&amp;Skapa promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="61"/>
        <source>The template “%1” is removed from your templates.</source>
        <translation>Promptmallen ”%1” tas bort bland dina promptmallar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="63"/>
        <source>It is removed from your favourites.</source>
        <translation>Den tas bort från dina favoriter.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="65"/>
        <source>Its versions in other languages stay.</source>
        <translation>Dess versioner på andra språk finns kvar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="66"/>
        <source>This cannot be undone. Your other templates, favourites and history stay. To keep a copy, export it first (File → Export templates).</source>
        <translation>Det går inte att ångra. Dina andra promptmallar, favoriter och din historik finns kvar. Om du vill behålla en kopia, exportera mallen först (Arkiv → Exportera promptmallar).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="68"/>
        <source>Delete template</source>
        <translation>Radera promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="26"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="26"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="27"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="31"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="31"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="32"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="32"/>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="33"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="33"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="34"/>
        <source>Guidance</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="34"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="35"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="35"/>
        <source>Data rule</source>
        <translation>Dataregel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="36"/>
        <source>Copied from</source>
        <translation>Kopierad från</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="37"/>
        <source>Waived quality hints</source>
        <translation>Undantagna kvalitetstips</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="42"/>
        <source>The field “{name}” has no label of its own: the form would show its raw name.</source>
        <translation>Fältet ”{name}” har ingen egen rubrik: formuläret skulle visa dess tekniska namn.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="44"/>
        <source>The field “{name}” has no help or example: say what to write.</source>
        <translation>Fältet ”{name}” har varken hjälptext eller exempel: berätta vad som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="45"/>
        <source>The required field “{name}” is used only inside {% if %}: make it optional, or use it outside the condition.</source>
        <translation>Det obligatoriska fältet ”{name}” används bara inuti {% if %}: gör det frivilligt eller använd det utanför villkoret.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="48"/>
        <source>The {field} of the field “{name}” looks like personal data ({kind}): use a made-up value.</source>
        <translation>Fältet ”{name}”: {field} ser ut som en personuppgift ({kind}): använd ett påhittat värde.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="53"/>
        <source>example</source>
        <translation>exemplet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="54"/>
        <source>default value</source>
        <translation>standardvärdet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="72"/>
        <source>Variable “%1”</source>
        <translation>Variabeln ”%1”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="74"/>
        <source>Prompt, line %1</source>
        <translation>Prompten, rad %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="40"/>
        <source>Text (one line)</source>
        <translation>Text (en rad)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="40"/>
        <source>Long text</source>
        <translation>Lång text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="41"/>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="41"/>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="42"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="58"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="59"/>
        <source>“%1” has changes that are not saved as a version.</source>
        <translation>”%1” har ändringar som inte har sparats som en version.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="60"/>
        <source>Untitled template</source>
        <translation>Namnlös promptmall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="63"/>
        <source>A draft is kept on this computer if you close now; you can continue it the next time you open the template.</source>
        <translation>Om du stänger nu sparas ett utkast på den här datorn; du kan fortsätta med det nästa gång du öppnar mallen.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="65"/>
        <source>&amp;Save version</source>
        <translation>&amp;Spara version</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="66"/>
        <source>&amp;Keep the draft and close</source>
        <translation>&amp;Behåll utkastet och stäng</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="68"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Kassera ändringarna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="70"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="76"/>
        <source>Cannot save the template</source>
        <translation>Promptmallen kan inte sparas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="27"/>
        <source>You already have a template with the id “{id}” in this language ({language}). Change the title, or edit that template instead.</source>
        <translation>Du har redan en promptmall med id:t ”{id}” på det här språket ({language}). Ändra rubriken eller redigera den mallen i stället.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="29"/>
        <source>The template “{id}” ({language}) is no longer in your templates.</source>
        <translation>Promptmallen ”{id}” ({language}) finns inte längre bland dina promptmallar.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="30"/>
        <source>The template cannot be filled in with its examples: {detail}</source>
        <translation>Promptmallen kan inte fyllas i med sina exempel: {detail}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="47"/>
        <source>The draft could not be written. Check that the disk has free space and that promptlib may write to its data folder.</source>
        <translation>Utkastet kunde inte sparas. Kontrollera att det finns ledigt utrymme på disken och att promptlib får skriva i sin datamapp.</translation>
    </message>
</context>
<context>
    <name>exportdialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="30"/>
        <source>Export templates</source>
        <translation>Exportera promptmallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="31"/>
        <source>Library files (*.json)</source>
        <translation>Biblioteksfiler (*.json)</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="26"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="27"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="28"/>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="29"/>
        <source>Bank account number (IBAN)</source>
        <translation>Kontonummer (IBAN)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="39"/>
        <source>personal identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="40"/>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="41"/>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="42"/>
        <source>bank account number (IBAN)</source>
        <translation>kontonummer (IBAN)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="51"/>
        <source>%1 in %2</source>
        <translation>%1 i fältet %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="55"/>
        <source>%n more</source>
        <translation>fler fynd: %n</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="56"/>
        <source>Looks like personal data: %1.</source>
        <translation>Ser ut som personuppgifter: %1.</translation>
    </message>
</context>
<context>
    <name>historysettings</name>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="79"/>
        <source>Template &amp;history…</source>
        <translation>&amp;Historik för mallar…</translation>
    </message>
</context>
<context>
    <name>librariesdialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="43"/>
        <source>Remove %1 (%2, version %3) and its %n template(s)?</source>
        <translation>Vill du ta bort %1 (%2, version %3) och dess promptmallar (%n st.)?</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="45"/>
        <source>Remove library</source>
        <translation>Ta bort bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="52"/>
        <source>Add library source</source>
        <translation>Lägg till bibliotekskälla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="53"/>
        <source>A library file, a folder of library files, or an https:// address:</source>
        <translation>En biblioteksfil, en mapp med biblioteksfiler eller en https://-adress:</translation>
    </message>
</context>
<context>
    <name>libraryactions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="40"/>
        <source>Import library</source>
        <translation>Importera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="41"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>Biblioteksfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="51"/>
        <source>… and %n more problem(s).</source>
        <translation>… och fler problem: %n.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="55"/>
        <source>Cannot import this library</source>
        <translation>Biblioteket kan inte importeras</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="56"/>
        <source>Nothing was installed. The file has these problems:</source>
        <translation>Ingenting installerades. Filen har följande problem:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="86"/>
        <source>No library sources are set. Add one in File → Libraries…</source>
        <translation>Inga bibliotekskällor har angetts. Lägg till en under Arkiv → Bibliotek…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="76"/>
        <source>Library updates</source>
        <translation>Biblioteksuppdateringar</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="43"/>
        <source>Prompt copied. Opening %1: paste the prompt there, and check the answer.</source>
        <translation>Prompten har kopierats. %1 öppnas: klistra in prompten där och kontrollera svaret.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="47"/>
        <source>Prompt copied, but %1 could not be opened (%2).</source>
        <translation>Prompten har kopierats, men %1 kunde inte öppnas (%2).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="81"/>
        <source>Copy and open %1</source>
        <translation>Kopiera och öppna %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="85"/>
        <source>Copy the prompt, then open %1 (%2)</source>
        <translation>Kopiera prompten och öppna sedan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="97"/>
        <source>Copy and open</source>
        <translation>Kopiera och öppna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="106"/>
        <source>Your organisation&apos;s AI rules</source>
        <translation>Din organisations AI-regler</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="123"/>
        <source>The organisation&apos;s policy file has problems; where it is unclear, the safer setting is used. Please tell your IT support.</source>
        <translation>Organisationens policyfil har problem; där den är oklar används den säkrare inställningen. Meddela IT-supporten.</translation>
    </message>
</context>
<context>
    <name>problemtexts</name>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="22"/>
        <source>required, but missing</source>
        <translation>obligatoriskt men saknas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="23"/>
        <source>unknown role “{role}” (roles: {roles})</source>
        <translation>okänd roll ”{role}” (roller: {roles})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="25"/>
        <source>you have no templates of your own yet</source>
        <translation>du har inga egna mallar ännu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="27"/>
        <source>there is no library “{library}” (libraries: {libraries})</source>
        <translation>det finns inget bibliotek ”{library}” (bibliotek: {libraries})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="29"/>
        <source>the templates {ids} are not in this selection</source>
        <translation>mallarna {ids} finns inte i det här urvalet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="31"/>
        <source>nothing to export: no templates match</source>
        <translation>inget att exportera: inga mallar motsvarar urvalet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="33"/>
        <source>cannot write {path}: {reason}</source>
        <translation>det går inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="35"/>
        <source>“{library}” is a built-in library and cannot be removed</source>
        <translation>”{library}” är ett inbyggt bibliotek och kan inte tas bort</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="37"/>
        <source>no library “{library}” is installed (installed: {installed})</source>
        <translation>biblioteket ”{library}” är inte installerat (installerade: {installed})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="39"/>
        <source>the prompt would be longer than {limit} characters</source>
        <translation>prompten skulle bli längre än {limit} tecken</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="41"/>
        <source>the template cannot be filled in: {detail}</source>
        <translation>mallen kan inte fyllas i: {detail}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="43"/>
        <source>the template cannot be filled in ({detail})</source>
        <translation>mallen kan inte fyllas i ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="45"/>
        <source>the template cannot be filled in: it is nested too deeply or is too large</source>
        <translation>mallen kan inte fyllas i: den är för djupt kapslad eller för stor</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="47"/>
        <source>there are no .json library files in this folder</source>
        <translation>mappen innehåller inga .json-biblioteksfiler</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="49"/>
        <source>could not be installed: {reason}</source>
        <translation>kunde inte installeras: {reason}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="51"/>
        <source>not checked: your organisation&apos;s policy allows only the library sources it sets</source>
        <translation>inte kontrollerad: din organisations policy tillåter bara de bibliotekskällor den själv anger</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="53"/>
        <source>the file is nested too deeply to be checked</source>
        <translation>filen är för djupt kapslad för att kunna kontrolleras</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="55"/>
        <source>is a device, a pipe or a socket, not a regular file</source>
        <translation>är en enhet, en pipe eller en socket, inte en vanlig fil</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="57"/>
        <source>the server&apos;s answer is not valid HTTP ({reason})</source>
        <translation>serverns svar är inte giltig HTTP ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="59"/>
        <source>no complete answer in {seconds} seconds (the time limit for reading a library)</source>
        <translation>inget fullständigt svar inom {seconds} sekunder (tidsgränsen för att läsa ett bibliotek)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="61"/>
        <source>the download broke off: the connection ended after {received} of {expected} bytes</source>
        <translation>nedladdningen avbröts: anslutningen bröts efter {received} av {expected} byte</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="63"/>
        <source>“{value}” is not a version: ASCII digits and letters with “.”, “-”, “+”, “_” or “~”, at most 64 characters (e.g. 2026.11.0)</source>
        <translation>”{value}” är inte ett versionsnummer: bara ASCII-siffror och -bokstäver samt ”.”, ”-”, ”+”, ”_” eller ”~”, högst 64 tecken (t.ex. 2026.11.0)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="66"/>
        <source>if blocks are nested more than {limit} levels deep</source>
        <translation>if-block är kapslade mer än {limit} nivåer djupt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="68"/>
        <source>a number in the template is too large (it would be infinite)</source>
        <translation>ett tal i mallen är för stort (det skulle bli oändligt)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="70"/>
        <source>a number in the template is larger than {limit}</source>
        <translation>ett tal i mallen är större än {limit}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="72"/>
        <source>a number in the template has too many digits</source>
        <translation>ett tal i mallen har för många siffror</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="74"/>
        <source>the template has more than {limit} parts; split it into smaller templates</source>
        <translation>mallen har fler än {limit} delar; dela upp den i mindre mallar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="76"/>
        <source>the template cannot be read: {detail}</source>
        <translation>mallen kan inte läsas: {detail}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="78"/>
        <source>the file cannot be checked ({error})</source>
        <translation>filen kan inte kontrolleras ({error})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="80"/>
        <source>“{op}” cannot compare {left} with {right} (the values in a template are text: compare text with text in quotes, e.g. tone == &apos;formal&apos;)</source>
        <translation>”{op}” kan inte jämföra {left} med {right} (värdena i en mall är text: jämför text med text inom citattecken, t.ex. tone == &apos;formal&apos;)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="83"/>
        <source>contains a text-direction or control character ({character}, at character {position}), which would make the text look different from what is pasted; remove it</source>
        <translation>innehåller ett tecken som ändrar textriktningen eller ett styrtecken ({character}, tecken {position}), så att texten skulle se annorlunda ut än det som klistras in; ta bort det</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="86"/>
        <source>the key “{key}” appears twice (column {column}, at {path}); each key may appear only once in an object, otherwise the last one would silently win</source>
        <translation>nyckeln ”{key}” förekommer två gånger (kolumn {column}, vid {path}); varje nyckel får förekomma bara en gång i ett objekt, annars skulle den sista gälla utan att det märks</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="89"/>
        <source>an expression is nested more than {limit} levels deep (a long chain of and/or/not, filters or comparisons); split it into {% if %}/{% elif %} branches</source>
        <translation>ett uttryck är kapslat mer än {limit} nivåer djupt (en lång kedja av and/or/not, filter eller jämförelser); dela upp det i {% if %}/{% elif %}-grenar</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="92"/>
        <source>the filter “{name}” takes text as its argument, not {kind}</source>
        <translation>filtret ”{name}” tar text som argument, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="94"/>
        <source>the filter “{name}” takes no arguments, but was given {count}</source>
        <translation>filtret ”{name}” tar inga argument, men fick {count}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="96"/>
        <source>the filter “{name}” takes at most {limit} arguments, but was given {count}</source>
        <translation>filtret ”{name}” tar högst {limit} argument, men fick {count}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="98"/>
        <source>contains an invisible, text-direction or control character ({character}, at character {position}); remove it</source>
        <translation>innehåller ett osynligt tecken, ett tecken som ändrar textriktningen eller ett styrtecken ({character}, tecken {position}); ta bort det</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="101"/>
        <source>“{op}” looks for text inside text, not {left} in {right}</source>
        <translation>”{op}” söker text i text, inte {left} i {right}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="103"/>
        <source>“{id}” is the id of the built-in library “{name}” and is reserved for it; give this library an id of its own (e.g. &apos;org.example.hr&apos;)</source>
        <translation>”{id}” är id för det inbyggda biblioteket ”{name}” och reserverat för det; ge det här biblioteket ett eget id (t.ex. &apos;org.example.hr&apos;)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="106"/>
        <source>the test “{name}” takes no arguments</source>
        <translation>testet ”{name}” tar inga argument</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="108"/>
        <source>the library has more than {limit} characters inside the template tags of bodies beyond the simple forms ({{ name }}, {{ name | lower }}, {% if name %}...); simplify them or split the library</source>
        <translation>biblioteket har fler än {limit} tecken inne i malltaggar som inte har de enkla formerna ({{ name }}, {{ name | lower }}, {% if name %}...); förenkla dem eller dela upp biblioteket</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="112"/>
        <source>the library has more than {limit} template tags in all; split it into several libraries</source>
        <translation>biblioteket har sammanlagt fler än {limit} malltaggar; dela upp det i flera bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="114"/>
        <source>has {count} template tags ({{ }}, {% %}, {# #}); at most {limit} are allowed in one template</source>
        <translation>har {count} malltaggar ({{ }}, {% %}, {# #}); högst {limit} är tillåtna i en mall</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="116"/>
        <source>“{value}” is not a valid id: “{device}” is a device name on Windows, so the library could not be exported there; choose another id</source>
        <translation>”{value}” duger inte som id: ”{device}” är ett enhetsnamn i Windows, så biblioteket kunde inte exporteras där; välj ett annat id</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="119"/>
        <source>must be text, not {kind}</source>
        <translation>måste vara text, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="120"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="121"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>är {length} tecken långt; högst {limit} är tillåtet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="122"/>
        <source>“{value}” is not a valid id (lowercase a–z, digits, “.”, “_” and “-”; starts with a letter or digit; at most 100 characters)</source>
        <translation>”{value}” är inte ett giltigt id (små bokstäver a–z, siffror, ”.”, ”_” och ”-”; börjar med en bokstav eller siffra; högst 100 tecken)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="124"/>
        <source>unknown field (a misspelt name?)</source>
        <translation>okänt fält (felstavat namn?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="125"/>
        <source>must be a list of texts, not {kind}</source>
        <translation>måste vara en lista med texter, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="126"/>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>har {count} poster; högst {limit} är tillåtet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="127"/>
        <source>must be a text that is not empty</source>
        <translation>måste vara en text som inte är tom</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="128"/>
        <source>is longer than {limit} characters</source>
        <translation>är längre än {limit} tecken</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="129"/>
        <source>must be a list, not {kind}</source>
        <translation>måste vara en lista, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="130"/>
        <source>must be an object, not {kind}</source>
        <translation>måste vara ett objekt, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="131"/>
        <source>must be true or false, not {kind}</source>
        <translation>måste vara true eller false, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="132"/>
        <source>a library file must be a JSON object, not {kind}</source>
        <translation>en biblioteksfil måste vara ett JSON-objekt, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="133"/>
        <source>the JSON is nested more than {limit} levels deep</source>
        <translation>JSON är kapslad mer än {limit} nivåer djupt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="134"/>
        <source>must be “{format}” (is this a promptlib library file?)</source>
        <translation>måste vara ”{format}” (är det här en biblioteksfil för promptlib?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="135"/>
        <source>missing; this version of promptlib reads format version {version}</source>
        <translation>saknas; den här versionen av promptlib läser formatversion {version}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="136"/>
        <source>format version {found} is not supported; this version of promptlib reads version {version} (is a newer promptlib needed?)</source>
        <translation>formatversion {found} stöds inte; den här versionen av promptlib läser version {version} (behövs en nyare promptlib?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="138"/>
        <source>missing, or not a list</source>
        <translation>saknas eller är inte en lista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="139"/>
        <source>{count} templates; at most {limit} are allowed</source>
        <translation>promptmallar: {count}; högst {limit} är tillåtet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="140"/>
        <source>the template “{id}” in the language “{language}” appears twice (first at templates[{first}])</source>
        <translation>promptmallen ”{id}” på språket ”{language}” finns två gånger (den första vid templates[{first}])</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="142"/>
        <source>must be an object of names by language, e.g. {&quot;fi&quot;: &quot;…&quot;, &quot;sv&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>måste vara ett objekt med namn per språk, t.ex. {&quot;fi&quot;: &quot;…&quot;, &quot;sv&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="144"/>
        <source>the language must be one of {languages}</source>
        <translation>språket måste vara ett av {languages}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="145"/>
        <source>“{value}” is not one of the languages {languages}</source>
        <translation>”{value}” är inte något av språken {languages}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="146"/>
        <source>needs at least one role</source>
        <translation>behöver minst en roll</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="147"/>
        <source>unknown role “{role}” (built-in roles: {roles}; declare other roles in the library&apos;s “roles”)</source>
        <translation>okänd roll ”{role}” (inbyggda roller: {roles}; deklarera andra roller i bibliotekets ”roles”)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="149"/>
        <source>must be one of {policies}</source>
        <translation>måste vara något av {policies}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="150"/>
        <source>must be an object such as {&quot;waive&quot;: [&quot;no-role&quot;], &quot;why&quot;: &quot;...&quot;}, not {kind}</source>
        <translation>måste vara ett objekt som {&quot;waive&quot;: [&quot;no-role&quot;], &quot;why&quot;: &quot;...&quot;}, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="152"/>
        <source>must be a non-empty list of lint rule names</source>
        <translation>måste vara en lista med namn på kvalitetskontrollens regler och får inte vara tom</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="153"/>
        <source>unknown lint rule &apos;{rule}&apos; (one of {rules})</source>
        <translation>okänd regel för kvalitetskontrollen &apos;{rule}&apos; (en av {rules})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="154"/>
        <source>uses the variable “{name}”, which is not declared in “variables”</source>
        <translation>använder variabeln ”{name}”, som inte är deklarerad i ”variables”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="155"/>
        <source>the declared variable “{name}” is not used in the body</source>
        <translation>den deklarerade variabeln ”{name}” används inte i mallens text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="156"/>
        <source>the template has a syntax error ({detail})</source>
        <translation>mallens text har ett syntaxfel ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="157"/>
        <source>the template is nested too deeply</source>
        <translation>mallens text är kapslad för djupt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="158"/>
        <source>templates may not use this construct: {construct}</source>
        <translation>promptmallar får inte använda den här konstruktionen: {construct}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="159"/>
        <source>the filter “{name}” is not allowed (allowed: {allowed})</source>
        <translation>filtret ”{name}” är inte tillåtet (tillåtna: {allowed})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="160"/>
        <source>the test “{name}” is not allowed</source>
        <translation>testet ”{name}” är inte tillåtet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="161"/>
        <source>the arguments of “{name}” must be plain constants</source>
        <translation>argumenten till ”{name}” måste vara enkla konstanter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="162"/>
        <source>“{name}” takes no named or spread arguments</source>
        <translation>”{name}” tar inga namngivna eller utspridda argument</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="163"/>
        <source>templates may not assign to a variable</source>
        <translation>promptmallar får inte tilldela en variabel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="164"/>
        <source>{count} variables; at most {limit} are allowed</source>
        <translation>variabler: {count}; högst {limit} är tillåtet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="165"/>
        <source>the variable name “{name}” appears twice</source>
        <translation>variabelnamnet ”{name}” finns två gånger</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="166"/>
        <source>“{name}” is not a valid variable name (lowercase letters, digits and _, not starting with a digit)</source>
        <translation>”{name}” är inte ett giltigt variabelnamn (små bokstäver, siffror och _, inte en siffra först)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="168"/>
        <source>“{name}” is a reserved word in templates; choose another name</source>
        <translation>”{name}” är ett reserverat ord i promptmallar; välj ett annat namn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="169"/>
        <source>unknown type “{type}” (one of {types})</source>
        <translation>okänd typ ”{type}” (en av {types})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="170"/>
        <source>only choice variables have choices (the type is “{type}”)</source>
        <translation>bara valvariabler har alternativ (typen är ”{type}”)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="171"/>
        <source>only number variables have “{field}”</source>
        <translation>bara talvariabler har ”{field}”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="172"/>
        <source>a choice variable needs a list of choices that is not empty</source>
        <translation>en valvariabel behöver en lista med alternativ som inte är tom</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="173"/>
        <source>the same choice appears twice</source>
        <translation>samma alternativ finns två gånger</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="174"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} är inte något av alternativen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="175"/>
        <source>must be a number, not {kind}</source>
        <translation>måste vara ett tal, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="176"/>
        <source>must be a finite number of reasonable size</source>
        <translation>måste vara ett ändligt tal av rimlig storlek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="177"/>
        <source>the minimum {min} is greater than the maximum {max}</source>
        <translation>minimivärdet {min} är större än maximivärdet {max}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="178"/>
        <source>{value} is outside the minimum and maximum</source>
        <translation>{value} ligger utanför minimi- och maximivärdet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="179"/>
        <source>must be a date written YYYY-MM-DD, not {kind}</source>
        <translation>måste vara ett datum i formen ÅÅÅÅ-MM-DD, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="180"/>
        <source>“{value}” is not a date written YYYY-MM-DD</source>
        <translation>”{value}” är inte ett datum i formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="181"/>
        <source>contains a broken character (character {position}) that cannot be saved as UTF-8 text</source>
        <translation>innehåller ett trasigt tecken (tecken {position}) som inte kan sparas som UTF-8-text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="183"/>
        <source>is a number too large to store</source>
        <translation>är ett för stort tal för att sparas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="184"/>
        <source>has a key {key} that is not text</source>
        <translation>har nyckeln {key}, som inte är text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="185"/>
        <source>holds a value of type {type}, which is not JSON</source>
        <translation>innehåller ett värde av typen {type}, som inte är JSON</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="186"/>
        <source>the data cannot be stored as JSON</source>
        <translation>uppgifterna kan inte sparas som JSON</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="187"/>
        <source>the file is {size} MB; at most {limit} MB is allowed</source>
        <translation>filen är {size} MB; högst {limit} MB är tillåtet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="188"/>
        <source>the library is larger than the limit of {limit} MB</source>
        <translation>biblioteket är större än gränsen på {limit} MB</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="189"/>
        <source>this is a folder, not a library file</source>
        <translation>det här är en mapp, inte en biblioteksfil</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="190"/>
        <source>the file cannot be read ({reason})</source>
        <translation>filen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="191"/>
        <source>a library file must be a JSON object with &quot;format&quot;: &quot;{format}&quot;, not {kind}</source>
        <translation>en biblioteksfil måste vara ett JSON-objekt med &quot;format&quot;: &quot;{format}&quot;, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="193"/>
        <source>the file is saved as UTF-16 text; save it as UTF-8</source>
        <translation>filen är sparad som UTF-16-text; spara den som UTF-8</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="194"/>
        <source>the file is not UTF-8 text (byte {byte}, 0x{hex}); save it as UTF-8</source>
        <translation>filen är inte UTF-8-text (byte {byte}, 0x{hex}); spara den som UTF-8</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="195"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="196"/>
        <source>not valid JSON at column {column} ({detail})</source>
        <translation>ogiltig JSON i kolumn {column} ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="197"/>
        <source>not valid JSON at column {column}: nested too deeply</source>
        <translation>ogiltig JSON i kolumn {column}: kapslad för djupt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="198"/>
        <source>not valid JSON at column {column}: a \u escape is half of a character ({detail})</source>
        <translation>ogiltig JSON i kolumn {column}: en \u-kod är ett halvt tecken ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="200"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="201"/>
        <source>no such file or folder (is the network drive connected?)</source>
        <translation>filen eller mappen finns inte (är nätverksenheten ansluten?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="202"/>
        <source>the address was refused ({reason})</source>
        <translation>adressen avvisades ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="203"/>
        <source>the server answered {status} {reason}</source>
        <translation>servern svarade {status} {reason}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="204"/>
        <source>no answer in {seconds} seconds</source>
        <translation>inget svar på {seconds} sekunder</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="205"/>
        <source>cannot connect ({reason})</source>
        <translation>kan inte ansluta ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="206"/>
        <source>the download failed ({reason})</source>
        <translation>hämtningen misslyckades ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="207"/>
        <source>a built-in library cannot be loaded ({reason})</source>
        <translation>ett inbyggt bibliotek kan inte läsas in ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="208"/>
        <source>the library cannot be used</source>
        <translation>biblioteket kan inte användas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="209"/>
        <source>the signature file cannot be read ({reason})</source>
        <translation>signaturfilen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="211"/>
        <source>the signature file is damaged; ask the library&apos;s publisher to publish it again</source>
        <translation>signaturfilen är skadad; be bibliotekets utgivare att publicera det på nytt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="213"/>
        <source>the file was changed after it was signed; do not use this copy, ask the library&apos;s publisher for a fresh one</source>
        <translation>filen har ändrats efter att den signerades; använd inte den här kopian, be bibliotekets utgivare om en ny</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="216"/>
        <source>the signature beside this file is for another file ({signed_id} {signed_version}; this file is {id} {version}): a new version may be being published; try again in a moment, else ask the library&apos;s publisher</source>
        <translation>signaturen bredvid filen hör till en annan fil ({signed_id} {signed_version}; den här filen är {id} {version}): en ny version kan hålla på att publiceras; försök igen om en stund, annars fråga bibliotekets utgivare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="220"/>
        <source>the signature was not made with the key of {publisher}, the trusted publisher it names; do not use this file</source>
        <translation>signaturen har inte gjorts med nyckeln för {publisher}, den betrodda utgivare den anger; använd inte den här filen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="223"/>
        <source>the library is not signed, and your organisation accepts only libraries signed by a trusted publisher</source>
        <translation>biblioteket är inte signerat, och din organisation godkänner endast bibliotek som signerats av en betrodd utgivare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="226"/>
        <source>the library is signed with a key your organisation has not named as a trusted publisher (key {key_id}), and your organisation accepts only libraries signed by a trusted publisher</source>
        <translation>biblioteket är signerat med en nyckel som din organisation inte har angett som betrodd utgivare (nyckel {key_id}), och din organisation godkänner endast bibliotek som signerats av en betrodd utgivare</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="235"/>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="235"/>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="236"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="236"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="237"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="237"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="268"/>
        <source>(and %n more)</source>
        <translation>(fler: %n)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="280"/>
        <source>The installed libraries changed after this preview (another promptlib window?). Nothing was installed; please import again.</source>
        <translation>De installerade biblioteken ändrades efter förhandsvisningen (ett annat promptlib-fönster?). Inget installerades; importera igen.</translation>
    </message>
</context>
<context>
    <name>publishdialog</name>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="46"/>
        <source>Publish to a team library</source>
        <translation>Publicera i ett gemensamt bibliotek</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="47"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>Biblioteksfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="54"/>
        <source>Signing key</source>
        <translation>Signeringsnyckel</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="55"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
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
<context>
    <name>signaturetext</name>
    <message>
        <location filename="../../promptlib/gui/signaturetext.py" line="18"/>
        <source>Verified: %1</source>
        <translation>Verifierad: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/signaturetext.py" line="20"/>
        <source>Unverified: the library is not signed</source>
        <translation>Overifierad: biblioteket är inte signerat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/signaturetext.py" line="22"/>
        <source>Unverified: signed with a key your organisation has not named as a trusted publisher</source>
        <translation>Overifierad: signerad med en nyckel som din organisation inte har angett som betrodd utgivare</translation>
    </message>
</context>
<context>
    <name>updatetexts</name>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="39"/>
        <source>nothing from it is installed yet</source>
        <translation>inget från den är installerat ännu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="41"/>
        <source>the last good copy, %1 %2 (installed %3), stays in use</source>
        <translation>den senaste fungerande kopian, %1 %2 (installerad %3), används fortfarande</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="43"/>
        <source>the last good copy, %1 %2, stays in use</source>
        <translation>den senaste fungerande kopian, %1 %2, används fortfarande</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="55"/>
        <source>installed %1: %2</source>
        <translation>installerade %1: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="57"/>
        <source>updated %1 %2 → %3: %4</source>
        <translation>uppdaterade %1 %2 → %3: %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="60"/>
        <source>%1 is available (%2); not installed</source>
        <translation>%1 finns (%2); inte installerad</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="63"/>
        <source>%1 is up to date</source>
        <translation>%1 är aktuell</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="65"/>
        <source>has %1, older than the installed %2; the installed one stays</source>
        <translation>källan har %1, som är äldre än den installerade %2; den installerade används fortfarande</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="68"/>
        <source>%1 differs from the installed copy but has the same version; not applied (ask its publisher to raise the version)</source>
        <translation>%1 skiljer sig från den installerade kopian men har samma version; ändringen togs inte i bruk (be utgivaren höja versionen)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="71"/>
        <source>cannot be read: %1; %2</source>
        <translation>kan inte läsas: %1; %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="74"/>
        <source>not a valid library: %1; %2</source>
        <translation>är inte ett giltigt bibliotek: %1; %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="79"/>
        <source>could not be checked or installed: %1</source>
        <translation>kunde inte kontrolleras eller installeras: %1</translation>
    </message>
</context>
</TS>
