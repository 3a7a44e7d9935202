<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AnswerChecklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="32"/>
        <source>Check the answer</source>
        <translation>Tarkista vastaus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="37"/>
        <source>Don&apos;t show this again</source>
        <translation>Älä näytä tätä uudelleen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="38"/>
        <source>You can turn it back on in the Settings menu</source>
        <translation>Voit ottaa sen taas käyttöön Asetukset-valikosta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="40"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="54"/>
        <source>Before you use the answer to “%1”, check:</source>
        <translation>Ennen kuin käytät vastausta kehotteeseen ”%1”, tarkista:</translation>
    </message>
</context>
<context>
    <name>CategoryListModel</name>
    <message>
        <location filename="../../promptlib/gui/models.py" line="197"/>
        <source>All templates</source>
        <translation>Kaikki kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="198"/>
        <source>Favourites</source>
        <translation>Suosikit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="199"/>
        <source>Recently used</source>
        <translation>Viimeksi käytetyt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="40"/>
        <source>Export templates</source>
        <translation>Vie kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="44"/>
        <source>The selected template</source>
        <translation>Valittu kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="47"/>
        <source>Templates for the role %1</source>
        <translation>Roolin %1 kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="48"/>
        <source>Templates for the current role (pick a role first)</source>
        <translation>Valitun roolin kehotepohjat (valitse ensin rooli)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="50"/>
        <source>A whole library:</source>
        <translation>Koko kirjasto:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="54"/>
        <source>My own templates</source>
        <translation>Omat kehotepohjani</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="56"/>
        <source>Every template I can see</source>
        <translation>Kaikki näkyvät kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="69"/>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="43"/>
        <source>Personal data in the prompt?</source>
        <translation>Henkilötietoja kehotteessa?</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="45"/>
        <source>These look like personal data. Never paste personal or confidential data into an AI service your organisation has not approved for it.</source>
        <translation>Nämä näyttävät henkilötiedoilta. Älä koskaan liitä henkilötietoja tai luottamuksellisia tietoja tekoälypalveluun, jota organisaatiosi ei ole hyväksynyt niiden käsittelyyn.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="50"/>
        <source>What</source>
        <translation>Tietotyyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="50"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="50"/>
        <source>Text found</source>
        <translation>Löytynyt teksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="68"/>
        <source>&amp;Replace with placeholders</source>
        <translation>&amp;Korvaa paikkamerkeillä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="69"/>
        <source>Put a placeholder such as [PERSONAL ID] in the fields instead, then copy</source>
        <translation>Laita tiedon tilalle kenttään paikkamerkki, kuten [HENKILÖTUNNUS], ja kopioi sitten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="71"/>
        <source>&amp;Go back and edit</source>
        <translation>&amp;Palaa muokkaamaan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="72"/>
        <source>Copy nothing and show the findings in their fields</source>
        <translation>Älä kopioi mitään, vaan näytä löydökset kentissä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="78"/>
        <source>Copy &amp;anyway</source>
        <translation>Kopioi &amp;silti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="79"/>
        <source>Only if the AI service is approved for this data</source>
        <translation>Vain jos tekoälypalvelu on hyväksytty näiden tietojen käsittelyyn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="83"/>
        <source>Your organisation does not allow copying personal data anyway.</source>
        <translation>Organisaatiosi ei salli henkilötietoja sisältävän kehotteen kopioimista sellaisenaan.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="118"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="124"/>
        <source>### Welcome to promptlib

1. Choose your role on the left, or search (Ctrl+F).
2. Pick a template and fill in its fields. The preview shows the finished prompt.
3. Copy the prompt (Ctrl+Enter) and paste it into the AI service your organisation has approved.

**Never enter** personal identity codes, names or health data of clients or patients, or confidential material, unless the service is approved for it. **Always check** the answer before you use it.

Each template&apos;s guidance appears here. More tips: Help → Good prompts guide (F1).</source>
        <translation>### Tervetuloa promptlibiin

1. Valitse roolisi vasemmalta tai hae (Ctrl+F).
2. Valitse kehotepohja ja täytä sen kentät. Esikatselu näyttää valmiin kehotteen.
3. Kopioi kehote (Ctrl+Enter) ja liitä se tekoälypalveluun, jonka organisaatiosi on hyväksynyt.

**Älä koskaan syötä** henkilötunnuksia, asiakkaiden tai potilaiden nimiä tai terveystietoja tai salassa pidettävää aineistoa, ellei palvelua ole hyväksytty niille. **Tarkista aina** vastaus ennen kuin käytät sitä.

Kunkin kehotepohjan ohjeet näkyvät tässä. Lisää vinkkejä: Ohje → Hyvän kehotteen opas (F1).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="134"/>
        <source>This template has no guidance notes.</source>
        <translation>Tällä kehotepohjalla ei ole ohjeita.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="138"/>
        <source>Library: %1, version %2 (%3)</source>
        <translation>Kirjasto: %1, versio %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="143"/>
        <source>Source: %1, imported %2</source>
        <translation>Lähde: %1, tuotu %2</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="23"/>
        <source>Good prompts</source>
        <translation>Hyvä kehote</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="157"/>
        <source>Import library</source>
        <translation>Tuo kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="159"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), version %3, by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), versio %3, julkaisija %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="163"/>
        <source>From: %1</source>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="180"/>
        <source>Templates in this library</source>
        <translation>Kirjaston kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="187"/>
        <source>This is an older version than the installed %1.</source>
        <translation>Tämä on vanhempi versio kuin asennettu %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="195"/>
        <source>&amp;Install</source>
        <translation>&amp;Asenna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="204"/>
        <source>All conflicts:</source>
        <translation>Kaikki ristiriidat:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="205"/>
        <source>Keep existing</source>
        <translation>Säilytä nykyinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="205"/>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="206"/>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="216"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 removed</source>
        <translation>uusia %1, päivitettyjä %2, ennallaan %3, ristiriitoja %4, poistettuja %5</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="221"/>
        <source>(version %1 → %2)</source>
        <translation>(versio %1 → %2)</translation>
    </message>
</context>
<context>
    <name>LibrariesDialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="73"/>
        <source>Libraries</source>
        <translation>Kirjastot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="79"/>
        <source>Publisher</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Templates</source>
        <translation>Kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <location filename="../../promptlib/gui/librariesdialog.py" line="128"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="87"/>
        <source>&amp;Remove library</source>
        <translation>&amp;Poista kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="93"/>
        <source>Library sources</source>
        <translation>Kirjastolähteet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="95"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Lisää lähde…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="97"/>
        <source>Remove &amp;source</source>
        <translation>Poista &amp;lähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="99"/>
        <source>&amp;Check for updates now</source>
        <translation>&amp;Tarkista päivitykset nyt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="108"/>
        <source>Sources checked for new library versions:</source>
        <translation>Lähteet, joista kirjastojen uusia versioita haetaan:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="127"/>
        <source>Built in</source>
        <translation>Sisäänrakennettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="128"/>
        <source>Subscribed</source>
        <translation>Tilattu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="145"/>
        <source>%1  (your organisation)</source>
        <translation>%1  (organisaatiosi)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="145"/>
        <source>%1  (yours)</source>
        <translation>%1  (omasi)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="150"/>
        <source>%1  (not allowed by your organisation&apos;s policy)</source>
        <translation>%1  (organisaatiosi käytäntö ei salli tätä)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="157"/>
        <source>Your organisation&apos;s policy sets the library sources.</source>
        <translation>Organisaatiosi käytäntö määrää kirjastolähteet.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="185"/>
        <source>Remove library</source>
        <translation>Poista kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="196"/>
        <source>Add library source</source>
        <translation>Lisää kirjastolähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="196"/>
        <source>Only https:// addresses can be library sources.</source>
        <translation>Kirjastolähteenä voi olla vain https://-osoite.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="85"/>
        <source>&amp;Import library…</source>
        <translation>&amp;Tuo kirjasto…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="87"/>
        <source>&amp;Export templates…</source>
        <translation>&amp;Vie kehotepohjia…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="89"/>
        <source>&amp;Libraries…</source>
        <translation>&amp;Kirjastot…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="90"/>
        <source>Check for library &amp;updates</source>
        <translation>Tarkista kirjastojen &amp;päivitykset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="141"/>
        <source>Not imported: %1</source>
        <translation>Ei tuotu: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="146"/>
        <source>%1 %2 is already installed; nothing to change.</source>
        <translation>%1 %2 on jo asennettu, eikä muutettavaa ole.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="150"/>
        <source>Import cancelled; nothing was installed.</source>
        <translation>Tuonti peruttiin, eikä mitään asennettu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="155"/>
        <source>Import library</source>
        <translation>Tuo kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="158"/>
        <source>Imported %1 %2: %3</source>
        <translation>Tuotu %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="197"/>
        <source>Export templates</source>
        <translation>Vie kehotepohjia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="199"/>
        <source>Exported %n template(s) to %1</source>
        <translation>
            <numerusform>Viety %n kehotepohja tiedostoon %1</numerusform>
            <numerusform>Viety %n kehotepohjaa tiedostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="217"/>
        <source>Removed the library %1.</source>
        <translation>Kirjasto %1 poistettiin.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="227"/>
        <source>Checking library sources for updates…</source>
        <translation>Tarkistetaan kirjastolähteiden päivityksiä…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="237"/>
        <source>Library sources: %1 updated, %2 with problems (the last good copies stay in use). See File → Check for library updates.</source>
        <translation>Kirjastolähteet: päivitettyjä %1, ongelmallisia %2 (viimeisimmät toimivat versiot pysyvät käytössä). Katso Tiedosto → Tarkista kirjastojen päivitykset.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="241"/>
        <source>Libraries are up to date.</source>
        <translation>Kirjastot ovat ajan tasalla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="57"/>
        <source>Search templates (Ctrl+F)</source>
        <translation>Hae kehotepohjia (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="58"/>
        <source>Search templates</source>
        <translation>Hae kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="63"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="90"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="75"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="91"/>
        <source>Templates</source>
        <translation>Kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="83"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="162"/>
        <source>&amp;Find template</source>
        <translation>&amp;Hae kehotepohjaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="165"/>
        <source>&amp;Copy prompt</source>
        <translation>&amp;Kopioi kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="168"/>
        <source>Add to or remove from fa&amp;vourites</source>
        <translation>Lisää &amp;suosikkeihin tai poista suosikeista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="175"/>
        <source>&amp;Good prompts guide</source>
        <translation>&amp;Hyvän kehotteen opas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="178"/>
        <source>&amp;About promptlib</source>
        <translation>&amp;Tietoja promptlibistä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="184"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="186"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="189"/>
        <source>&amp;Template language</source>
        <translation>K&amp;ehotepohjien kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="190"/>
        <source>Same as the interface</source>
        <translation>Sama kuin käyttöliittymän kieli</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="261"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n kehotepohja</numerusform>
            <numerusform>%n kehotepohjaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="64"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="65"/>
        <source>Details / your choice</source>
        <translation>Tiedot / valintasi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="69"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="69"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="69"/>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="70"/>
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="70"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="73"/>
        <source>Keep the existing one</source>
        <translation>Säilytä nykyinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="73"/>
        <source>Replace with the imported one</source>
        <translation>Korvaa tuodulla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="74"/>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="86"/>
        <source>Also in %1</source>
        <translation>Myös kirjastossa %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="103"/>
        <source>kept as %1</source>
        <translation>säilytetään nimellä %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="107"/>
        <source>identical in %1</source>
        <translation>samanlainen kirjastossa %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="22"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="27"/>
        <source>Prompt preview</source>
        <translation>Kehotteen esikatselu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="93"/>
        <source>Looks like personal data</source>
        <translation>Näyttää henkilötiedolta</translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="59"/>
        <source>Data rule of this template</source>
        <translation>Mitä tietoja tähän kehotepohjaan saa syöttää</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="84"/>
        <source>Copy prompt</source>
        <translation>Kopioi kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="86"/>
        <source>Copy the finished prompt to the clipboard (Ctrl+Enter)</source>
        <translation>Kopioi valmis kehote leikepöydälle (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="88"/>
        <source>Clear fields</source>
        <translation>Tyhjennä kentät</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="124"/>
        <source>No template selected</source>
        <translation>Kehotepohjaa ei ole valittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="126"/>
        <source>Choose a role or search, then pick a template from the list.</source>
        <translation>Valitse rooli tai hae hakusanalla ja valitse sitten kehotepohja luettelosta.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="139"/>
        <source>Remove from favourites</source>
        <translation>Poista suosikeista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="139"/>
        <source>Add to favourites</source>
        <translation>Lisää suosikkeihin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="144"/>
        <source>Do not enter personal data: no names, personal identity codes, contact details or health information.</source>
        <translation>Älä syötä henkilötietoja: ei nimiä, henkilötunnuksia, yhteystietoja eikä terveystietoja.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="146"/>
        <source>Only pseudonymised data: remove names, identity codes and anything else that could identify a person.</source>
        <translation>Vain pseudonymisoituja tietoja: poista nimet, henkilötunnukset ja kaikki muu, mistä henkilön voisi tunnistaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="148"/>
        <source>For public material only.</source>
        <translation>Vain julkiselle aineistolle.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="157"/>
        <source>Shown in Finnish</source>
        <translation>Näytetään suomeksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="157"/>
        <source>Shown in Swedish</source>
        <translation>Näytetään ruotsiksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="158"/>
        <source>Shown in English</source>
        <translation>Näytetään englanniksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="159"/>
        <source>this template has no Finnish version.</source>
        <translation>tästä kehotepohjasta ei ole suomenkielistä versiota.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="160"/>
        <source>this template has no Swedish version.</source>
        <translation>tästä kehotepohjasta ei ole ruotsinkielistä versiota.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="161"/>
        <source>this template has no English version.</source>
        <translation>tästä kehotepohjasta ei ole englanninkielistä versiota.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="175"/>
        <source>Check the field %1: %2</source>
        <translation>Tarkista kenttä %1: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="180"/>
        <source>This template cannot be shown: %1</source>
        <translation>Kehotepohjaa ei voi näyttää: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="209"/>
        <source>Fill in the required fields first: %1</source>
        <translation>Täytä ensin pakolliset kentät: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="214"/>
        <source>Check the field %1.</source>
        <translation>Tarkista kenttä %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="217"/>
        <source>This template cannot be used: %1</source>
        <translation>Kehotepohjaa ei voi käyttää: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="230"/>
        <source>Prompt copied to the clipboard. Paste it into the AI service your organisation has approved, and check the answer.</source>
        <translation>Kehote kopioitiin leikepöydälle. Liitä se organisaatiosi hyväksymään tekoälypalveluun ja tarkista vastaus.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="266"/>
        <source>Nothing was copied. Edit the marked fields: %1</source>
        <translation>Mitään ei kopioitu. Muokkaa merkittyjä kenttiä: %1</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../promptlib/gui/form.py" line="55"/>
        <source>This template has no fields to fill: copy it as it is.</source>
        <translation>Tässä kehotepohjassa ei ole täytettäviä kenttiä: kopioi se sellaisenaan.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="123"/>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="144"/>
        <source>(not specified)</source>
        <translation>(ei valintaa)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="111"/>
        <source>Show the answer &amp;checklist after copying</source>
        <translation>Näytä vastauksen &amp;tarkistuslista kopioinnin jälkeen</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="47"/>
        <source>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Prompt templates for the daily work of Finnish municipalities and wellbeing services counties.&lt;/p&gt;&lt;p&gt;Never enter personal or confidential data into an AI service your organisation has not approved for it, and check every answer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Kehotepohjia kuntien ja hyvinvointialueiden päivittäiseen työhön.&lt;/p&gt;&lt;p&gt;Älä koskaan syötä henkilötietoja tai luottamuksellisia tietoja tekoälypalveluun, jota organisaatiosi ei ole hyväksynyt niiden käsittelyyn. Tarkista aina vastaus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="51"/>
        <source>About promptlib</source>
        <translation>Tietoja promptlibistä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="58"/>
        <source>The last good copy was restored.</source>
        <translation>Viimeisin ehjä kopio palautettiin.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="60"/>
        <source>No backup was available, so it starts empty.</source>
        <translation>Varmuuskopiota ei ollut, joten tietokanta aloitetaan tyhjänä.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="61"/>
        <source>The file %1 was damaged and has been moved aside to %2 (nothing was deleted). %3</source>
        <translation>Tiedosto %1 oli vioittunut, ja se on siirretty talteen nimellä %2 (mitään ei poistettu). %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="63"/>
        <source>Database repaired</source>
        <translation>Tietokanta korjattu</translation>
    </message>
</context>
<context>
    <name>exportdialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="29"/>
        <source>Export templates</source>
        <translation>Vie kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="30"/>
        <source>Library files (*.json)</source>
        <translation>Kirjastotiedostot (*.json)</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="24"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="25"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="26"/>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="27"/>
        <source>Bank account number (IBAN)</source>
        <translation>Tilinumero (IBAN)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="36"/>
        <source>%1 in %2</source>
        <translation>%1 kentässä %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="40"/>
        <source>%n more</source>
        <translation>muita löydöksiä: %n</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="41"/>
        <source>Looks like personal data: %1.</source>
        <translation>Näyttää henkilötiedoilta: %1.</translation>
    </message>
</context>
<context>
    <name>librariesdialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="42"/>
        <source>Remove %1 (%2, version %3) and its %n template(s)?</source>
        <translation>Poistetaanko kirjasto %1 (%2, versio %3) ja sen kehotepohjat (%n kpl)?</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="44"/>
        <source>Remove library</source>
        <translation>Poista kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="51"/>
        <source>Add library source</source>
        <translation>Lisää kirjastolähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="52"/>
        <source>A library file, a folder of library files, or an https:// address:</source>
        <translation>Kirjastotiedosto, kirjastotiedostojen kansio tai https://-osoite:</translation>
    </message>
</context>
<context>
    <name>libraryactions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="33"/>
        <source>Import library</source>
        <translation>Tuo kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="34"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>Kirjastotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="44"/>
        <source>… and %n more problem(s).</source>
        <translation>… ja muita ongelmia: %n.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="48"/>
        <source>Cannot import this library</source>
        <translation>Kirjastoa ei voi tuoda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="49"/>
        <source>Nothing was installed. The file has these problems:</source>
        <translation>Mitään ei asennettu. Tiedostossa on nämä ongelmat:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="65"/>
        <source>No library sources are set. Add one in File → Libraries…</source>
        <translation>Kirjastolähteitä ei ole määritetty. Lisää lähde kohdassa Tiedosto → Kirjastot…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="69"/>
        <source>Library updates</source>
        <translation>Kirjastojen päivitykset</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="32"/>
        <source>Prompt copied. Opening %1: paste the prompt there, and check the answer.</source>
        <translation>Kehote kopioitiin. Avataan %1: liitä kehote sinne ja tarkista vastaus.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="36"/>
        <source>Prompt copied, but %1 could not be opened (%2).</source>
        <translation>Kehote kopioitiin, mutta palvelua %1 ei voitu avata (%2).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="70"/>
        <source>Copy and open %1</source>
        <translation>Kopioi ja avaa %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="74"/>
        <source>Copy the prompt, then open %1 (%2)</source>
        <translation>Kopioi kehote ja avaa sitten %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="86"/>
        <source>Copy and open</source>
        <translation>Kopioi ja avaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="95"/>
        <source>Your organisation&apos;s AI rules</source>
        <translation>Organisaatiosi tekoälyohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="112"/>
        <source>The organisation&apos;s policy file has problems; where it is unclear, the safer setting is used. Please tell your IT support.</source>
        <translation>Organisaation käytäntötiedostossa on ongelmia. Epäselvissä kohdissa käytetään turvallisempaa asetusta. Kerro asiasta IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>savefailure</name>
    <message>
        <location filename="../../promptlib/gui/savefailure.py" line="25"/>
        <source>Your change could not be saved. Check that the disk has free space and that promptlib may write to its data folder.</source>
        <translation>Muutosta ei voitu tallentaa. Tarkista, että levyllä on vapaata tilaa ja että promptlib voi kirjoittaa datakansioonsa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/savefailure.py" line="38"/>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
</TS>
