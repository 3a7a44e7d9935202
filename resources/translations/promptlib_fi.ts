<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AnswerChecklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="33"/>
        <source>Check the answer</source>
        <translation>Tarkista vastaus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="41"/>
        <source>Don&apos;t show this again</source>
        <translation>Älä näytä tätä uudelleen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="42"/>
        <source>You can turn it back on in the Settings menu</source>
        <translation>Voit ottaa sen taas käyttöön Asetukset-valikosta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="44"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="58"/>
        <source>Before you use the answer to “%1”, check:</source>
        <translation>Ennen kuin käytät vastausta kehotteeseen ”%1”, tarkista:</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/body.py" line="74"/>
        <source>Declared variables</source>
        <translation>Määritellyt muuttujat</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../promptlib/gui/fields/calendarpopup.py" line="21"/>
        <location filename="../../promptlib/gui/fields/calendarpopup.py" line="23"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
</context>
<context>
    <name>CategoryListModel</name>
    <message>
        <location filename="../../promptlib/gui/models.py" line="231"/>
        <source>All templates</source>
        <translation>Kaikki kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="232"/>
        <source>Favourites</source>
        <translation>Suosikit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="233"/>
        <source>Recently used</source>
        <translation>Viimeksi käytetyt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/models.py" line="236"/>
        <source>My templates</source>
        <translation>Omat kehotepohjani</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="97"/>
        <source>Checks</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="102"/>
        <source>Add variable</source>
        <translation>Lisää muuttuja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="104"/>
        <source>Remove variable</source>
        <translation>Poista muuttuja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="106"/>
        <source>Insert into the prompt</source>
        <translation>Lisää kehotteeseen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="109"/>
        <source>Quick fix:</source>
        <translation>Pikakorjaus:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/checks.py" line="136"/>
        <source>%n error(s) to fix before saving a version (the draft is kept).</source>
        <translation>
            <numerusform>%n virhe korjattava ennen version tallentamista (luonnos säilyy).</numerusform>
            <numerusform>%n virhettä korjattava ennen version tallentamista (luonnos säilyy).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="138"/>
        <source>No errors: the template can be saved.</source>
        <translation>Ei virheitä: kehotepohjan voi tallentaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="140"/>
        <source>No errors, warnings or hints.</source>
        <translation>Ei virheitä, varoituksia eikä vinkkejä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/checks.py" line="142"/>
        <source>%n warning(s) or hint(s).</source>
        <translation>
            <numerusform>%n varoitus tai vinkki.</numerusform>
            <numerusform>%n varoitusta tai vinkkiä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="182"/>
        <source>Your choice for %1</source>
        <translation>Valintasi kohteelle %1</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="75"/>
        <source>Choices</source>
        <translation>Vaihtoehdot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="81"/>
        <source>New choice, then Enter</source>
        <translation>Uusi vaihtoehto, sitten Enter</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="82"/>
        <source>New choice</source>
        <translation>Uusi vaihtoehto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="84"/>
        <source>Add choice</source>
        <translation>Lisää vaihtoehto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="86"/>
        <source>Remove choice</source>
        <translation>Poista vaihtoehto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="88"/>
        <source>Move choice up</source>
        <translation>Siirrä vaihtoehtoa ylös</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="90"/>
        <source>Move choice down</source>
        <translation>Siirrä vaihtoehtoa alas</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="39"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Valitse kalenterista (Alt+Alas)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="44"/>
        <source>Choose from the calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="120"/>
        <source>Not a date. Write it as, for example, 15.12.2026 or 2026-12-15.</source>
        <translation>Ei päivämäärä. Kirjoita se esimerkiksi muodossa 15.12.2026 tai 2026-12-15.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="122"/>
        <source>Not a date. Write it as, for example, 2026-12-15.</source>
        <translation>Ei päivämäärä. Kirjoita se esimerkiksi muodossa 2026-12-15.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/date.py" line="125"/>
        <source>A date, %1. Alt+Down opens a calendar.</source>
        <translation>Päivämäärä, %1. Alt+Alas avaa kalenterin.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="87"/>
        <source>&amp;New template</source>
        <translation>&amp;Uusi kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="88"/>
        <source>New from te&amp;xt…</source>
        <translation>Uusi kehotepohja teksti&amp;stä…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="90"/>
        <source>Edit a &amp;copy of the template</source>
        <translation>Muokkaa k&amp;opiota kehotepohjasta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="91"/>
        <source>E&amp;dit my template</source>
        <translation>Muokk&amp;aa omaa kehotepohjaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="92"/>
        <source>Dele&amp;te my template…</source>
        <translation>Po&amp;ista oma kehotepohja…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="206"/>
        <source>Deleted “%1”.</source>
        <translation>Poistettu: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="221"/>
        <source>Saved “%1” in your templates.</source>
        <translation>”%1” tallennettu omiin kehotepohjiisi.</translation>
    </message>
</context>
<context>
    <name>EditorPreview</name>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="29"/>
        <source>The form as users see it</source>
        <translation>Lomake sellaisena kuin käyttäjät sen näkevät</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="31"/>
        <source>Leave &amp;optional fields empty</source>
        <translation>Jätä &amp;vapaaehtoiset kentät tyhjiksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="80"/>
        <source>Check the field %1.</source>
        <translation>Tarkista kenttä %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/preview.py" line="84"/>
        <source>This template cannot be shown: %1</source>
        <translation>Kehotepohjaa ei voi näyttää: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="41"/>
        <source>Export templates</source>
        <translation>Vie kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="46"/>
        <source>The selected template</source>
        <translation>Valittu kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="49"/>
        <source>Templates for the role %1</source>
        <translation>Roolin %1 kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="50"/>
        <source>Templates for the current role (pick a role first)</source>
        <translation>Valitun roolin kehotepohjat (valitse ensin rooli)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="52"/>
        <source>A whole library:</source>
        <translation>Koko kirjasto:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="54"/>
        <source>Library to export</source>
        <translation>Vietävä kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="57"/>
        <source>My own templates</source>
        <translation>Omat kehotepohjani</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="59"/>
        <source>Every template I can see</source>
        <translation>Kaikki näkyvät kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="72"/>
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
        <location filename="../../promptlib/gui/guarddialog.py" line="46"/>
        <source>These look like personal data. Never paste personal or confidential data into an AI service your organisation has not approved for it.</source>
        <translation>Nämä näyttävät henkilötiedoilta. Älä koskaan liitä henkilötietoja tai luottamuksellisia tietoja tekoälypalveluun, jota organisaatiosi ei ole hyväksynyt niiden käsittelyyn.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="51"/>
        <source>What was found</source>
        <translation>Löydetyt tiedot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="52"/>
        <source>What</source>
        <translation>Tietotyyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="52"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="52"/>
        <source>Text found</source>
        <translation>Löytynyt teksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="70"/>
        <source>&amp;Replace with placeholders</source>
        <translation>&amp;Korvaa paikkamerkeillä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="71"/>
        <source>Put a placeholder such as [PERSONAL ID] in the fields instead, then copy</source>
        <translation>Laita tiedon tilalle kenttään paikkamerkki, kuten [HENKILÖTUNNUS], ja kopioi sitten</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="73"/>
        <source>&amp;Go back and edit</source>
        <translation>&amp;Palaa muokkaamaan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="74"/>
        <source>Copy nothing and show the findings in their fields</source>
        <translation>Älä kopioi mitään, vaan näytä löydökset kentissä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="80"/>
        <source>Copy &amp;anyway</source>
        <translation>Kopioi &amp;silti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="81"/>
        <source>Only if the AI service is approved for this data</source>
        <translation>Vain jos tekoälypalvelu on hyväksytty näiden tietojen käsittelyyn</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guarddialog.py" line="85"/>
        <source>Your organisation does not allow copying personal data anyway.</source>
        <translation>Organisaatiosi ei salli henkilötietoja sisältävän kehotteen kopioimista sellaisenaan.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="194"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="207"/>
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
        <location filename="../../promptlib/gui/panels.py" line="221"/>
        <source>This template has no guidance notes.</source>
        <translation>Tällä kehotepohjalla ei ole ohjeita.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="229"/>
        <source>Library: %1, version %2 (%3)</source>
        <translation>Kirjasto: %1, versio %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="233"/>
        <source>Source: %1, imported %2</source>
        <translation>Lähde: %1, tuotu %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="282"/>
        <source>[picture not shown: %1]</source>
        <translation>[kuvaa ei näytetä: %1]</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="289"/>
        <source>Opens in your browser: %1</source>
        <translation>Avautuu selaimessasi: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="297"/>
        <source>Not a link: only https:// addresses open.</source>
        <translation>Ei linkki: vain https://-osoitteet avautuvat.</translation>
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
    <name>HistoryActions</name>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="38"/>
        <source>&amp;History…</source>
        <translation>H&amp;istoria…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="45"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="47"/>
        <source>History of this template</source>
        <translation>Pohjan historia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="85"/>
        <location filename="../../promptlib/gui/historyactions.py" line="98"/>
        <source>Select a template to see its history.</source>
        <translation>Valitse pohja nähdäksesi sen historian.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="87"/>
        <source>No history yet: versions are kept when a template is saved in the editor or brought by a library import.</source>
        <translation>Ei vielä historiaa: versiot tallentuvat, kun pohja tallennetaan muokkauksessa tai kun se tulee kirjaston tuonnissa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="90"/>
        <source>See the versions of this template and what changed in each (Ctrl+H)</source>
        <translation>Näytä pohjan versiot ja mitä kussakin muuttui (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyactions.py" line="150"/>
        <source>The editor has changes to this template that are not saved: save or discard them first.</source>
        <translation>Pohjan muokkauksessa on tallentamattomia muutoksia: tallenna tai hylkää ne ensin.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../promptlib/gui/historydialog.py" line="23"/>
        <source>History of “%1”</source>
        <translation>Pohjan ”%1” historia</translation>
    </message>
</context>
<context>
    <name>HistorySettingsDialog</name>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="30"/>
        <source>Template history</source>
        <translation>Kehotepohjien historia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="40"/>
        <source>All versions</source>
        <translation>Kaikki versiot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="44"/>
        <source>Your &amp;name in the history:</source>
        <translation>&amp;Nimesi historiassa:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="45"/>
        <source>&amp;Keep the last N unpublished versions of each own template:</source>
        <translation>&amp;Säilytä kunkin oman pohjan viimeiset N julkaisematonta versiota:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="47"/>
        <source>Published versions and the newest version are always kept. Older versions are removed when you next save a template; 0 keeps them all.</source>
        <translation>Julkaistut versiot ja uusin versio säilytetään aina. Vanhemmat versiot poistetaan, kun seuraavan kerran tallennat pohjan; 0 säilyttää kaikki.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="55"/>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="56"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="56"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="56"/>
        <source>Author</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="57"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="57"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="57"/>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="69"/>
        <source>Difference from the version before</source>
        <translation>Muutokset edelliseen versioon</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="70"/>
        <source>Lines marked + are added, lines marked - are removed, lines marked ~ are changed.</source>
        <translation>+-merkityt rivit lisätään, --merkityt poistetaan ja ~-merkityt muuttuvat.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="77"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Palauta tämä versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="79"/>
        <source>Make the selected version the newest one again; the versions in between are kept</source>
        <translation>Tee valitusta versiosta taas uusin; välissä olevat versiot säilyvät</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="81"/>
        <source>&amp;Open as draft</source>
        <translation>&amp;Avaa luonnoksena</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="83"/>
        <source>Edit the template starting from the selected version</source>
        <translation>Muokkaa pohjaa valitusta versiosta alkaen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="116"/>
        <source>in %1</source>
        <translation>versiossa %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="129"/>
        <source>No versions of this template are kept yet.</source>
        <translation>Tästä pohjasta ei ole vielä tallennettuja versioita.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="135"/>
        <source>edited</source>
        <translation>muokattu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="137"/>
        <source>restored from %1</source>
        <translation>palautettu versiosta %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="139"/>
        <source>imported from %1</source>
        <translation>tuotu kirjastosta %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="141"/>
        <source>published as %1</source>
        <translation>julkaistu: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="155"/>
        <source>Version %1, the first kept:</source>
        <translation>Versio %1, ensimmäinen tallennettu:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="157"/>
        <source>Version %1 (-) and version %2 (+):</source>
        <translation>Versio %1 (-) ja versio %2 (+):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/historyview.py" line="174"/>
        <source>Restored: version %1 is a copy of version %2.</source>
        <translation>Palautettu: versio %1 on kopio versiosta %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="196"/>
        <source>Import library</source>
        <translation>Tuo kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), version %3, by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), versio %3, julkaisija %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="203"/>
        <source>From: %1</source>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="226"/>
        <source>Templates in this library</source>
        <translation>Kirjaston kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="229"/>
        <source>%1 unchanged templates are not listed.</source>
        <translation>%1 muuttumatonta pohjaa ei ole listattu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="231"/>
        <source>Show &amp;unchanged</source>
        <translation>Näytä &amp;muuttumattomat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="233"/>
        <source>Show unchanged templates</source>
        <translation>Näytä muuttumattomat pohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="241"/>
        <source>Difference of the selected template</source>
        <translation>Valitun pohjan muutokset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="242"/>
        <source>Lines marked + are added, lines marked - are removed, lines marked ~ are changed.</source>
        <translation>+-merkityt rivit lisätään, --merkityt poistetaan ja ~-merkityt muuttuvat.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="257"/>
        <source>The installed version was verified; this one is not.</source>
        <translation>Asennettu versio oli varmennettu; tämä ei ole.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="263"/>
        <source>This is an older version than the installed %1.</source>
        <translation>Tämä on vanhempi versio kuin asennettu %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="281"/>
        <source>&amp;Install</source>
        <translation>&amp;Asenna</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="307"/>
        <source>Select a template to see what changes in it.</source>
        <translation>Valitse pohja nähdäksesi, mitä siinä muuttuu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="311"/>
        <source>“%1” is new:</source>
        <translation>”%1” on uusi:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="313"/>
        <source>“%1” is removed from this library:</source>
        <translation>”%1” poistuu tästä kirjastosta:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="315"/>
        <source>“%1” in %2 (-) and in this library (+):</source>
        <translation>”%1” kirjastossa %2 (-) ja tässä kirjastossa (+):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="318"/>
        <source>“%1” is unchanged:</source>
        <translation>”%1” ei muutu:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="320"/>
        <source>“%1”, installed (-) and incoming (+):</source>
        <translation>”%1”, asennettu (-) ja tuleva (+):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="322"/>
        <source>(the installed text could not be found)</source>
        <translation>(asennettua tekstiä ei löytynyt)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="332"/>
        <source>the version from %1 will not be installed; the one in %2 stays.</source>
        <translation>kirjaston %1 versiota ei asenneta; kirjaston %2 versio säilyy.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="335"/>
        <source>both are kept; the imported copy is installed as %1.</source>
        <translation>molemmat säilyvät; tuotu kopio asennetaan tunnuksella %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="338"/>
        <source>the imported version is installed; the built-in %1 version is hidden.</source>
        <translation>tuotu versio asennetaan; sisäänrakennetun kirjaston %1 versio piilotetaan.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="340"/>
        <source>the imported version is installed; %1 loses this template.</source>
        <translation>tuotu versio asennetaan; kirjastosta %1 poistuu tämä pohja.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="344"/>
        <source>“%1” (%2): %3</source>
        <translation>”%1” (%2): %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="347"/>
        <source>… and %1 more conflicts.</source>
        <translation>… ja %1 muuta ristiriitaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="348"/>
        <source>If you install now:</source>
        <translation>Jos asennat nyt:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="394"/>
        <source>All conflicts:</source>
        <translation>Kaikki ristiriidat:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="395"/>
        <source>Keep existing</source>
        <translation>Säilytä nykyinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="395"/>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="396"/>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="406"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 removed</source>
        <translation>uusia %1, päivitettyjä %2, ennallaan %3, ristiriitoja %4, poistettuja %5</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="411"/>
        <source>(version %1 → %2)</source>
        <translation>(versio %1 → %2)</translation>
    </message>
</context>
<context>
    <name>LibrariesDialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="74"/>
        <source>Libraries</source>
        <translation>Kirjastot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="80"/>
        <source>Installed libraries</source>
        <translation>Asennetut kirjastot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="82"/>
        <source>Publisher</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <source>Templates</source>
        <translation>Kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="83"/>
        <location filename="../../promptlib/gui/librariesdialog.py" line="133"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="90"/>
        <source>&amp;Remove library</source>
        <translation>&amp;Poista kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="96"/>
        <source>Library sources</source>
        <translation>Kirjastolähteet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="98"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Lisää lähde…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="100"/>
        <source>Remove &amp;source</source>
        <translation>Poista &amp;lähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="102"/>
        <source>&amp;Check for updates now</source>
        <translation>&amp;Tarkista päivitykset nyt</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="111"/>
        <source>Sources checked for new library versions:</source>
        <translation>Lähteet, joista kirjastojen uusia versioita haetaan:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="132"/>
        <source>Built in</source>
        <translation>Sisäänrakennettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="133"/>
        <source>Subscribed</source>
        <translation>Tilattu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="150"/>
        <source>%1  (your organisation)</source>
        <translation>%1  (organisaatiosi)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="150"/>
        <source>%1  (yours)</source>
        <translation>%1  (omasi)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="155"/>
        <source>%1  (not allowed by your organisation&apos;s policy)</source>
        <translation>%1  (organisaatiosi käytäntö ei salli tätä)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="162"/>
        <source>Your organisation&apos;s policy sets the library sources.</source>
        <translation>Organisaatiosi käytäntö määrää kirjastolähteet.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="190"/>
        <source>Remove library</source>
        <translation>Poista kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="201"/>
        <source>Add library source</source>
        <translation>Lisää kirjastolähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="201"/>
        <source>Only https:// addresses can be library sources.</source>
        <translation>Kirjastolähteenä voi olla vain https://-osoite.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="94"/>
        <source>&amp;Import library…</source>
        <translation>&amp;Tuo kirjasto…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="96"/>
        <source>&amp;Export templates…</source>
        <translation>&amp;Vie kehotepohjia…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="100"/>
        <source>&amp;Libraries…</source>
        <translation>&amp;Kirjastot…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="101"/>
        <source>Check for library &amp;updates</source>
        <translation>Tarkista kirjastojen &amp;päivitykset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="163"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="167"/>
        <source>Not imported: %1</source>
        <translation>Ei tuotu: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="175"/>
        <source>%1 %2 is already installed; nothing to change.</source>
        <translation>%1 %2 on jo asennettu, eikä muutettavaa ole.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="159"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="179"/>
        <source>Import cancelled; nothing was installed.</source>
        <translation>Tuonti peruttiin, eikä mitään asennettu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="98"/>
        <source>&amp;Publish to a team library…</source>
        <translation>&amp;Julkaise tiimin kirjastoon…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="151"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Tuonti on jo käynnissä. Odota, että se valmistuu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="168"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="186"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="216"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="217"/>
        <location filename="../../promptlib/gui/libraryactions.py" line="260"/>
        <source>Import library</source>
        <translation>Tuo kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="194"/>
        <source>Imported %1 %2: %3</source>
        <translation>Tuotu %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="213"/>
        <source>Reading and checking the library file %1…</source>
        <translation>Luetaan ja tarkistetaan kirjastotiedostoa %1…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="214"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="259"/>
        <source>Not imported: the file could not be checked.</source>
        <translation>Ei tuotu: tiedostoa ei voitu tarkistaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="261"/>
        <source>This library file could not be checked: it may be damaged, or too large or too complex. Nothing was installed.</source>
        <translation>Tätä kirjastotiedostoa ei voitu tarkistaa: se voi olla vioittunut tai liian suuri tai monimutkainen. Mitään ei asennettu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="276"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="278"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n päivitetty</numerusform>
            <numerusform>%n päivitettyä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="282"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ennallaan</numerusform>
            <numerusform>%n ennallaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="284"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="286"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n poistettu</numerusform>
            <numerusform>%n poistettua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="325"/>
        <source>Export templates</source>
        <translation>Vie kehotepohjia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="327"/>
        <source>Exported %n template(s) to %1</source>
        <translation>
            <numerusform>Viety %n kehotepohja tiedostoon %1</numerusform>
            <numerusform>Viety %n kehotepohjaa tiedostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="337"/>
        <source>My templates</source>
        <translation>Omat kehotepohjani</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="339"/>
        <source>Exported templates (%1)</source>
        <translation>Viedyt kehotepohjat (%1)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="341"/>
        <source>Exported templates</source>
        <translation>Viedyt kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="351"/>
        <source>Published %1 %2 to %3</source>
        <translation>Julkaistu %1 %2 tiedostoon %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="369"/>
        <source>Removed the library %1.</source>
        <translation>Kirjasto %1 poistettiin.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="379"/>
        <source>Checking library sources for updates…</source>
        <translation>Tarkistetaan kirjastolähteiden päivityksiä…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="389"/>
        <source>Library sources: %1 updated, %2 with problems (the last good copies stay in use). See File → Check for library updates.</source>
        <translation>Kirjastolähteet: päivitettyjä %1, ongelmallisia %2 (viimeisimmät toimivat versiot pysyvät käytössä). Katso Tiedosto → Tarkista kirjastojen päivitykset.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="393"/>
        <source>Libraries are up to date.</source>
        <translation>Kirjastot ovat ajan tasalla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="77"/>
        <source>Search templates (Ctrl+F)</source>
        <translation>Hae kehotepohjia (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="78"/>
        <source>Search templates</source>
        <translation>Hae kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="83"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="110"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="95"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="111"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="315"/>
        <source>Templates</source>
        <translation>Kehotepohjat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="103"/>
        <location filename="../../promptlib/gui/mainwindow.py" line="316"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="186"/>
        <source>&amp;Find template</source>
        <translation>&amp;Hae kehotepohjaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="189"/>
        <source>&amp;Copy prompt</source>
        <translation>&amp;Kopioi kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="192"/>
        <source>Add to or remove from fa&amp;vourites</source>
        <translation>Lisää &amp;suosikkeihin tai poista suosikeista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="199"/>
        <source>&amp;Good prompts guide</source>
        <translation>&amp;Hyvän kehotteen opas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="202"/>
        <source>&amp;About promptlib</source>
        <translation>&amp;Tietoja promptlibistä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="210"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="213"/>
        <source>&amp;Template language</source>
        <translation>K&amp;ehotepohjien kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="214"/>
        <source>Same as the interface</source>
        <translation>Sama kuin käyttöliittymän kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/mainwindow.py" line="356"/>
        <source>Templates and guidance</source>
        <translation>Kehotepohjat ja ohjeet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="395"/>
        <source>%n template(s) in the list; the one shown is not among them</source>
        <translation>
            <numerusform>Luettelossa %n kehotepohja; näkyvä pohja ei ole se</numerusform>
            <numerusform>Luettelossa %n kehotepohjaa; näkyvä pohja ei ole niiden joukossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="398"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n kehotepohja</numerusform>
            <numerusform>%n kehotepohjaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="41"/>
        <source>Template id</source>
        <translation>Kehotepohjan tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="42"/>
        <source>Made from the title until the template is first saved, then fixed: favourites and history remember templates by it.</source>
        <translation>Muodostetaan otsikosta, kunnes kehotepohja tallennetaan ensimmäisen kerran; sen jälkeen se ei muutu, koska suosikit ja historia tunnistavat kehotepohjat sen perusteella.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="48"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="57"/>
        <source>Comma-separated, lowercase: rekrytointi, työpaikkailmoitus</source>
        <translation>Pilkuin eroteltuina, pienin kirjaimin: rekrytointi, työpaikkailmoitus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="60"/>
        <source>No personal data</source>
        <translation>Ei henkilötietoja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="61"/>
        <source>Only pseudonymised data</source>
        <translation>Vain pseudonymisoituja tietoja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="62"/>
        <source>Public material</source>
        <translation>Julkista aineistoa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="62"/>
        <source>Not set</source>
        <translation>Ei määritelty</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="66"/>
        <source>Markdown: when to use the template, what never to enter, what to check in the answer, a tip</source>
        <translation>Markdown: milloin kehotepohjaa käytetään, mitä siihen ei saa syöttää, mitä vastauksesta tarkistetaan, vinkki</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="68"/>
        <source>Insert the guidance &amp;headings</source>
        <translation>Lisää ohjeiden &amp;väliotsikot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="72"/>
        <source>&amp;Id</source>
        <translation>&amp;Tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="72"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="73"/>
        <source>&amp;Roles</source>
        <translation>&amp;Roolit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="73"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Asiasanat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="74"/>
        <source>S&amp;ummary</source>
        <translation>T&amp;iivistelmä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="74"/>
        <source>&amp;Data rule</source>
        <translation>Tieto&amp;sääntö</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/metadata.py" line="79"/>
        <location filename="../../promptlib/gui/editor/metadata.py" line="81"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="78"/>
        <source>Not a number. Write it as, for example, %1 or %2.</source>
        <translation>Ei luku. Kirjoita se esimerkiksi muodossa %1 tai %2.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="81"/>
        <source>Too large: the largest number is %1.</source>
        <translation>Liian suuri: suurin mahdollinen luku on %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="84"/>
        <source>Too small: the smallest allowed is %1.</source>
        <translation>Liian pieni: pienin sallittu on %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="87"/>
        <source>Too large: the largest allowed is %1.</source>
        <translation>Liian suuri: suurin sallittu on %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="94"/>
        <source>A number from %1 to %2.</source>
        <translation>Luku väliltä %1–%2.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="98"/>
        <source>A number, at least %1.</source>
        <translation>Luku, vähintään %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="101"/>
        <source>A number, at most %1.</source>
        <translation>Luku, enintään %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/number.py" line="103"/>
        <source>A number.</source>
        <translation>Luku.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="95"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="96"/>
        <source>Details / your choice</source>
        <translation>Tiedot / valintasi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="100"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="100"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="100"/>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="101"/>
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="101"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="104"/>
        <source>Keep the existing one</source>
        <translation>Säilytä nykyinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="104"/>
        <source>Replace with the imported one</source>
        <translation>Korvaa tuodulla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="105"/>
        <source>Keep both</source>
        <translation>Säilytä molemmat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="118"/>
        <source>%1 (%2 %3, built in)</source>
        <translation>%1 (%2 %3, sisäänrakennettu)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="118"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="121"/>
        <source>Also in %1</source>
        <translation>Myös kirjastossa %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="140"/>
        <source>kept as %1</source>
        <translation>säilytetään nimellä %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/importdialog.py" line="144"/>
        <source>identical in %1</source>
        <translation>samanlainen kirjastossa %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="27"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="32"/>
        <source>Prompt preview</source>
        <translation>Kehotteen esikatselu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="65"/>
        <source>Hidden characters, shown as %1, are pasted with the prompt: %2</source>
        <translation>Näkymättömät merkit, jotka näkyvät merkkinä %1, liitetään kehotteen mukana: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/panels.py" line="116"/>
        <source>Looks like personal data</source>
        <translation>Näyttää henkilötiedolta</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="69"/>
        <source>Publish to a team library</source>
        <translation>Julkaise tiimin kirjastoon</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="79"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="80"/>
        <source>Choose the library file to publish to</source>
        <translation>Valitse kirjastotiedosto, johon julkaistaan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="87"/>
        <source>What changed and why</source>
        <translation>Mitä muuttui ja miksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="88"/>
        <source>Suggested from the notes of the versions saved since the last publish; edit them as you like.</source>
        <translation>Ehdotus on koottu viime julkaisun jälkeen tallennettujen versioiden muistiinpanoista; muokkaa sitä vapaasti.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="92"/>
        <source>none: the library is published unsigned</source>
        <translation>ei avainta: kirjasto julkaistaan allekirjoittamattomana</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="93"/>
        <source>B&amp;rowse…</source>
        <translation>Se&amp;laa…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="94"/>
        <source>Choose the signing key file</source>
        <translation>Valitse allekirjoitusavaimen tiedosto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="97"/>
        <source>&amp;Library:</source>
        <translation>&amp;Kirjasto:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="98"/>
        <source>Publish &amp;to:</source>
        <translation>&amp;Julkaise tiedostoon:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="99"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versio:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="100"/>
        <source>Release &amp;notes:</source>
        <translation>Julkaisu&amp;tiedot:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="101"/>
        <source>Signing &amp;key (optional):</source>
        <translation>&amp;Allekirjoitusavain (valinnainen):</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="110"/>
        <source>What subscribers will get</source>
        <translation>Mitä tilaajat saavat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="113"/>
        <source>&amp;Check</source>
        <translation>Ta&amp;rkista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="115"/>
        <source>&amp;Publish</source>
        <translation>J&amp;ulkaise</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="177"/>
        <source>You have no library to publish: write templates of your own, or import a library first.</source>
        <translation>Sinulla ei ole julkaistavaa kirjastoa: kirjoita ensin omia kehotepohjia tai tuo kirjasto.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="181"/>
        <source>Choose the library file to publish to, for example in your team&apos;s shared folder.</source>
        <translation>Valitse kirjastotiedosto, johon julkaistaan, esimerkiksi tiimisi jaetusta kansiosta.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="203"/>
        <source>new template</source>
        <translation>uusi pohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="210"/>
        <source>%1 (%2), version %3, by %4</source>
        <translation>%1 (%2), versio %3, julkaisija %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="213"/>
        <source>At the target now: version %1</source>
        <translation>Kohteessa nyt: versio %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="215"/>
        <source>At the target now: a file that is not a library; it will be replaced</source>
        <translation>Kohteessa nyt: tiedosto, joka ei ole kirjasto; se korvataan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="217"/>
        <source>At the target now: nothing (a new library)</source>
        <translation>Kohteessa nyt: ei mitään (uusi kirjasto)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="219"/>
        <source>What subscribers will get: %1 new, %2 updated, %3 removed, %4 unchanged</source>
        <translation>Mitä tilaajat saavat: uusia %1, päivitettyjä %2, poistettuja %3, ennallaan %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="222"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="222"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="222"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="226"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="228"/>
        <source>The prompt check has %n hint(s) or warning(s); they do not stop publishing.</source>
        <translation>
            <numerusform>Kehotteiden tarkistus antoi %n vihjeen tai varoituksen; se ei estä julkaisemista.</numerusform>
            <numerusform>Kehotteiden tarkistus antoi %n vihjettä tai varoitusta; ne eivät estä julkaisemista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="233"/>
        <source>Cannot publish: %n template(s) have errors to fix first:</source>
        <translation>
            <numerusform>Julkaiseminen ei onnistu: %n kehotepohjassa on virheitä, jotka on korjattava ensin:</numerusform>
            <numerusform>Julkaiseminen ei onnistu: %n kehotepohjassa on virheitä, jotka on korjattava ensin:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="240"/>
        <source>Cannot publish: version %1 is not newer than the published %2, so subscribers would not get it (use %3 or later).</source>
        <translation>Julkaiseminen ei onnistu: versio %1 ei ole uudempi kuin julkaistu %2, joten tilaajat eivät saisi sitä (käytä versiota %3 tai uudempaa).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="244"/>
        <source>Cannot publish: the file holds another library (%1); publish %2 to a file of its own.</source>
        <translation>Julkaiseminen ei onnistu: tiedostossa on toinen kirjasto (%1); julkaise %2 omaan tiedostoonsa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="246"/>
        <source>Cannot publish.</source>
        <translation>Julkaiseminen ei onnistu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="250"/>
        <source>The signing key can be read by other users, so it is not used. Allow only yourself to read it (chmod 600), and make a new key if others may have copied it.</source>
        <translation>Muut käyttäjät voivat lukea allekirjoitusavaimen, joten sitä ei käytetä. Salli sen lukeminen vain itsellesi (chmod 600) ja luo uusi avain, jos muut ovat voineet kopioida sen.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="253"/>
        <source>This is the public key (.pub); choose the private key file beside it.</source>
        <translation>Tämä on julkinen avain (.pub); valitse sen vieressä oleva yksityisen avaimen tiedosto.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="255"/>
        <source>There is no such key file.</source>
        <translation>Avaintiedostoa ei ole.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="256"/>
        <source>This file is not a signing key made by promptlib keygen.</source>
        <translation>Tämä tiedosto ei ole komennolla promptlib keygen luotu allekirjoitusavain.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="113"/>
        <source>Draft restored: the changes you had not saved are back.</source>
        <translation>Luonnos palautettu: tallentamattomat muutoksesi ovat tallessa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="122"/>
        <source>Title of the template</source>
        <translation>Kehotepohjan otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="123"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="124"/>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="134"/>
        <source>Discard the draft</source>
        <translation>Hylkää luonnos</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="141"/>
        <source>Prompt</source>
        <translation>Kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="142"/>
        <source>Write the prompt. Type {{ to use a variable.</source>
        <translation>Kirjoita kehote. Kirjoita {{, kun haluat käyttää muuttujaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="144"/>
        <source>Insert &amp;variable</source>
        <translation>Lisää &amp;muuttuja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="147"/>
        <source>Insert con&amp;dition</source>
        <translation>Lisää &amp;ehto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="150"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="162"/>
        <source>Variables: the fields of the form, in this order</source>
        <translation>Muuttujat: lomakkeen kentät tässä järjestyksessä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="188"/>
        <source>Template editor</source>
        <translation>Kehotepohjan muokkaus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="189"/>
        <source>Parts of the template</source>
        <translation>Kehotepohjan osat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="190"/>
        <source>Prompt and variables</source>
        <translation>Kehote ja muuttujat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="191"/>
        <source>Details and guidance</source>
        <translation>Tiedot ja ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="198"/>
        <source>Checks</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="202"/>
        <source>Preview: the form filled with the examples, and the prompt</source>
        <translation>Esikatselu: lomake esimerkeillä täytettynä ja valmis kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="221"/>
        <source>&amp;Save version</source>
        <translation>&amp;Tallenna versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="223"/>
        <source>Save this version to your templates (Ctrl+S)</source>
        <translation>Tallenna tämä versio omiin kehotepohjiisi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="225"/>
        <location filename="../../promptlib/gui/editor/window.py" line="249"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="246"/>
        <source>Save version</source>
        <translation>Tallenna versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="280"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="319"/>
        <source>Untitled template</source>
        <translation>Nimetön kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="321"/>
        <source>Template editor – %1</source>
        <translation>Kehotepohjan muokkaus – %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="337"/>
        <source>Fix the errors listed under Checks to see the preview.</source>
        <translation>Korjaa Tarkistukset-kohdan virheet, niin näet esikatselun.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="382"/>
        <source>The prompt still uses “%1”: “%2” is not a valid name, or the prompt already uses it.</source>
        <translation>Kehotteessa on yhä ”%1”: ”%2” ei kelpaa nimeksi, tai se on jo käytössä kehotteessa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="390"/>
        <source>Renamed “%1” to “%2” everywhere in the prompt.</source>
        <translation>”%1” nimetty uudelleen ”%2”:ksi kaikkialla kehotteessa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="409"/>
        <source>New variable…</source>
        <translation>Uusi muuttuja…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/window.py" line="429"/>
        <source>Not saved: %n error(s) to fix first (the draft is kept).</source>
        <translation>
            <numerusform>Ei tallennettu: %n virhe on korjattava ensin (luonnos säilyy).</numerusform>
            <numerusform>Ei tallennettu: %n virhettä on korjattava ensin (luonnos säilyy).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="453"/>
        <source>Saved: “%1” is in your templates.</source>
        <translation>Tallennettu: ”%1” on omissa kehotepohjissasi.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="468"/>
        <source>Draft kept on this computer.</source>
        <translation>Luonnos tallessa tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="476"/>
        <source>Draft discarded.</source>
        <translation>Luonnos hylätty.</translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="86"/>
        <source>Data rule of this template</source>
        <translation>Mitä tietoja tähän kehotepohjaan saa syöttää</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="121"/>
        <source>Copy prompt</source>
        <translation>Kopioi kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="123"/>
        <source>Copy the finished prompt to the clipboard (Ctrl+Enter)</source>
        <translation>Kopioi valmis kehote leikepöydälle (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="125"/>
        <source>Clear fields</source>
        <translation>Tyhjennä kentät</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="127"/>
        <source>&amp;Undo clearing</source>
        <translation>&amp;Kumoa tyhjennys</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="128"/>
        <source>Put back the values that were cleared (Ctrl+Z)</source>
        <translation>Palauta tyhjennetyt arvot (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="186"/>
        <source>No template selected</source>
        <translation>Kehotepohjaa ei ole valittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="188"/>
        <source>Choose a role or search, then pick a template from the list.</source>
        <translation>Valitse rooli tai hae hakusanalla ja valitse sitten kehotepohja luettelosta.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="277"/>
        <source>Remove from favourites</source>
        <translation>Poista suosikeista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="277"/>
        <source>Add to favourites</source>
        <translation>Lisää suosikkeihin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="282"/>
        <source>Do not enter personal data: no names, personal identity codes, contact details or health information.</source>
        <translation>Älä syötä henkilötietoja: ei nimiä, henkilötunnuksia, yhteystietoja eikä terveystietoja.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="284"/>
        <source>Only pseudonymised data: remove names, identity codes and anything else that could identify a person.</source>
        <translation>Vain pseudonymisoituja tietoja: poista nimet, henkilötunnukset ja kaikki muu, mistä henkilön voisi tunnistaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="286"/>
        <source>For public material only.</source>
        <translation>Vain julkiselle aineistolle.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="295"/>
        <source>Shown in Finnish</source>
        <translation>Näytetään suomeksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="295"/>
        <source>Shown in Swedish</source>
        <translation>Näytetään ruotsiksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="296"/>
        <source>Shown in English</source>
        <translation>Näytetään englanniksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="297"/>
        <source>this template has no Finnish version.</source>
        <translation>tästä kehotepohjasta ei ole suomenkielistä versiota.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="298"/>
        <source>this template has no Swedish version.</source>
        <translation>tästä kehotepohjasta ei ole ruotsinkielistä versiota.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="299"/>
        <source>this template has no English version.</source>
        <translation>tästä kehotepohjasta ei ole englanninkielistä versiota.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="313"/>
        <location filename="../../promptlib/gui/templatepane.py" line="390"/>
        <source>Check the field %1: %2</source>
        <translation>Tarkista kenttä %1: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="320"/>
        <source>This template cannot be shown: %1</source>
        <translation>Kehotepohjaa ei voi näyttää: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="334"/>
        <source>Fields cleared. Ctrl+Z or &quot;Undo clearing&quot; puts the values back.</source>
        <translation>Kentät tyhjennettiin. Ctrl+Z tai ”Kumoa tyhjennys” palauttaa arvot.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="339"/>
        <source>The cleared values are back.</source>
        <translation>Tyhjennetyt arvot palautettiin.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="398"/>
        <source>Fill in the required fields first: %1</source>
        <translation>Täytä ensin pakolliset kentät: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="403"/>
        <source>Check the field %1.</source>
        <translation>Tarkista kenttä %1.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="408"/>
        <source>This template cannot be used: %1</source>
        <translation>Kehotepohjaa ei voi käyttää: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="421"/>
        <source>Prompt copied to the clipboard. Paste it into the AI service your organisation has approved, and check the answer.</source>
        <translation>Kehote kopioitiin leikepöydälle. Liitä se organisaatiosi hyväksymään tekoälypalveluun ja tarkista vastaus.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/templatepane.py" line="488"/>
        <source>Nothing was copied. Edit the marked fields: %1</source>
        <translation>Mitään ei kopioitu. Muokkaa merkittyjä kenttiä: %1</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../promptlib/gui/form.py" line="59"/>
        <source>This template has no fields to fill: copy it as it is.</source>
        <translation>Tässä kehotepohjassa ei ole täytettäviä kenttiä: kopioi se sellaisenaan.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="139"/>
        <source>%1 – required, missing</source>
        <translation>%1 – pakollinen, puuttuu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="150"/>
        <source>Required, missing.</source>
        <translation>Pakollinen, puuttuu.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/form.py" line="152"/>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/base.py" line="60"/>
        <location filename="../../promptlib/gui/fields/date.py" line="103"/>
        <location filename="../../promptlib/gui/fields/number.py" line="54"/>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/choice.py" line="79"/>
        <source>(not specified)</source>
        <translation>(ei valintaa)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/fields/choice.py" line="82"/>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="160"/>
        <source>Variables, in form order</source>
        <translation>Muuttujat lomakkeen järjestyksessä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Label</source>
        <translation>Kentän otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="161"/>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="170"/>
        <source>&amp;Add variable</source>
        <translation>&amp;Lisää muuttuja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="172"/>
        <source>Remove variable</source>
        <translation>Poista muuttuja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="174"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="175"/>
        <source>Move the variable up in the form</source>
        <translation>Siirrä muuttujaa ylöspäin lomakkeessa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="177"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="178"/>
        <source>Move the variable down in the form</source>
        <translation>Siirrä muuttujaa alaspäin lomakkeessa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="186"/>
        <source>Variable name</source>
        <translation>Muuttujan nimi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="187"/>
        <source>Lowercase letters, digits and _; used in the body as {{ name }}</source>
        <translation>Pieniä kirjaimia, numeroita ja _; kehotteessa muodossa {{ nimi }}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="193"/>
        <source>Required: the prompt cannot be copied without it</source>
        <translation>Pakollinen: kehotetta ei voi kopioida ilman tätä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="203"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="203"/>
        <source>&amp;Label</source>
        <translation>Kentän &amp;otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="204"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="205"/>
        <source>&amp;Help</source>
        <translation>O&amp;hjeteksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="205"/>
        <source>E&amp;xample</source>
        <translation>&amp;Esimerkki</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="206"/>
        <source>De&amp;fault</source>
        <translation>Ole&amp;tusarvo</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="206"/>
        <source>&amp;Choices</source>
        <translation>&amp;Vaihtoehdot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="207"/>
        <source>M&amp;inimum</source>
        <translation>&amp;Pienin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="207"/>
        <source>Ma&amp;ximum</source>
        <translation>S&amp;uurin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="214"/>
        <source>Shown in the empty field, and used in the preview</source>
        <translation>Näkyy tyhjässä kentässä ja esikatselussa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="215"/>
        <source>One line under the field: what to write</source>
        <translation>Yksi rivi kentän alla: mitä kenttään kirjoitetaan</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="227"/>
        <source>Settings of the selected variable</source>
        <translation>Valitun muuttujan asetukset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="274"/>
        <source>Field %1</source>
        <translation>Kenttä %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="307"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="307"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="345"/>
        <source>A date, written YYYY-MM-DD</source>
        <translation>Päivämäärä muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="345"/>
        <source>A number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="346"/>
        <source>One of the choices</source>
        <translation>Yksi vaihtoehdoista</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <location filename="../../promptlib/gui/checklist.py" line="128"/>
        <source>Show the answer &amp;checklist after copying</source>
        <translation>Näytä vastauksen &amp;tarkistuslista kopioinnin jälkeen</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="49"/>
        <source>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Prompt templates for the daily work of Finnish municipalities and wellbeing services counties.&lt;/p&gt;&lt;p&gt;Never enter personal or confidential data into an AI service your organisation has not approved for it, and check every answer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;promptlib %1&lt;/b&gt;&lt;p&gt;Kehotepohjia kuntien ja hyvinvointialueiden päivittäiseen työhön.&lt;/p&gt;&lt;p&gt;Älä koskaan syötä henkilötietoja tai luottamuksellisia tietoja tekoälypalveluun, jota organisaatiosi ei ole hyväksynyt niiden käsittelyyn. Tarkista aina vastaus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="53"/>
        <source>About promptlib</source>
        <translation>Tietoja promptlibistä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="66"/>
        <source>The last good copy was restored.</source>
        <translation>Viimeisin ehjä kopio palautettiin.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="68"/>
        <source>No backup was available, so it starts empty.</source>
        <translation>Varmuuskopiota ei ollut, joten tietokanta aloitetaan tyhjänä.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="69"/>
        <source>The file %1 was damaged and has been moved aside to %2 (nothing was deleted). %3</source>
        <translation>Tiedosto %1 oli vioittunut, ja se on siirretty talteen nimellä %2 (mitään ei poistettu). %3</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/dialogs.py" line="71"/>
        <source>Database repaired</source>
        <translation>Tietokanta korjattu</translation>
    </message>
</context>
<context>
    <name>difftext</name>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="51"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="52"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="53"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="54"/>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="55"/>
        <source>Tags</source>
        <translation>Asiasanat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="56"/>
        <source>type</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="57"/>
        <source>label</source>
        <translation>kentän otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="58"/>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="59"/>
        <source>choices</source>
        <translation>vaihtoehdot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="60"/>
        <source>default value</source>
        <translation>oletusarvo</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="61"/>
        <source>minimum</source>
        <translation>pienin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="62"/>
        <source>maximum</source>
        <translation>suurin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="63"/>
        <source>help text</source>
        <translation>ohjeteksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="64"/>
        <source>example</source>
        <translation>esimerkki</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="74"/>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="76"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="76"/>
        <source>no</source>
        <translation>ei</translation>
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
        <translation>%1%2: %3 poistettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="109"/>
        <source>%1%2: %3 → %4</source>
        <translation>%1%2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="127"/>
        <source>%1 added</source>
        <translation>%1 lisätty</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="128"/>
        <source>%1 removed</source>
        <translation>%1 poistettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="140"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="141"/>
        <source>Variables</source>
        <translation>Muuttujat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="142"/>
        <source>Prompt</source>
        <translation>Kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/difftext.py" line="147"/>
        <source>No changes.</source>
        <translation>Ei muutoksia.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="36"/>
        <source>New template from text</source>
        <translation>Uusi kehotepohja tekstistä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="39"/>
        <source>Prompt text</source>
        <translation>Kehotteen teksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="40"/>
        <source>&amp;Paste the prompt. Blanks marked [like this], &lt;like this&gt; or {like this} become fields of the form.</source>
        <translation>&amp;Liitä kehote. Näin [merkityistä], &lt;merkityistä&gt; tai {merkityistä} aukoista tulee lomakkeen kenttiä.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="45"/>
        <source>&amp;Create template</source>
        <translation>&amp;Luo kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="61"/>
        <source>The template “%1” is removed from your templates.</source>
        <translation>Kehotepohja ”%1” poistetaan omista kehotepohjistasi.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="63"/>
        <source>It is removed from your favourites.</source>
        <translation>Se poistetaan suosikeistasi.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="65"/>
        <source>Its versions in other languages stay.</source>
        <translation>Sen muunkieliset versiot säilyvät.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="66"/>
        <source>This cannot be undone. Your other templates, favourites and history stay. To keep a copy, export it first (File → Export templates).</source>
        <translation>Poistoa ei voi perua. Muut kehotepohjasi, suosikkisi ja historiasi säilyvät. Jos haluat säilyttää kopion, vie kehotepohja ensin (Tiedosto → Vie kehotepohjia).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/actions.py" line="68"/>
        <source>Delete template</source>
        <translation>Poista kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="26"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="26"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="27"/>
        <source>Hint</source>
        <translation>Vinkki</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="31"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="31"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="32"/>
        <source>Prompt</source>
        <translation>Kehote</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="32"/>
        <source>Variables</source>
        <translation>Muuttujat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="33"/>
        <source>Tags</source>
        <translation>Asiasanat</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="33"/>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="34"/>
        <source>Guidance</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="34"/>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="35"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="35"/>
        <source>Data rule</source>
        <translation>Tietosääntö</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="36"/>
        <source>Copied from</source>
        <translation>Kopioitu kehotepohjasta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="37"/>
        <source>Waived quality hints</source>
        <translation>Ohitetut laatuvinkit</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="42"/>
        <source>The field “{name}” has no label of its own: the form would show its raw name.</source>
        <translation>Kentällä ”{name}” ei ole omaa otsikkoa: lomake näyttäisi sen teknisen nimen.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="44"/>
        <source>The field “{name}” has no help or example: say what to write.</source>
        <translation>Kentällä ”{name}” ei ole ohjetekstiä eikä esimerkkiä: kerro, mitä siihen kirjoitetaan.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="45"/>
        <source>The required field “{name}” is used only inside {% if %}: make it optional, or use it outside the condition.</source>
        <translation>Pakollista kenttää ”{name}” käytetään vain {% if %} -ehdon sisällä: tee siitä vapaaehtoinen tai käytä sitä ehdon ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="48"/>
        <source>The {field} of the field “{name}” looks like personal data ({kind}): use a made-up value.</source>
        <translation>Kentän ”{name}” {field} näyttää henkilötiedolta ({kind}): käytä keksittyä arvoa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="53"/>
        <source>example</source>
        <translation>esimerkki</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="54"/>
        <source>default value</source>
        <translation>oletusarvo</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="72"/>
        <source>Variable “%1”</source>
        <translation>Muuttuja ”%1”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/checks.py" line="74"/>
        <source>Prompt, line %1</source>
        <translation>Kehote, rivi %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="40"/>
        <source>Text (one line)</source>
        <translation>Teksti (yksi rivi)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="40"/>
        <source>Long text</source>
        <translation>Pitkä teksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="41"/>
        <source>Choice</source>
        <translation>Valinta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="41"/>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/variables.py" line="42"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="58"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="59"/>
        <source>“%1” has changes that are not saved as a version.</source>
        <translation>Kehotepohjassa ”%1” on muutoksia, joita ei ole tallennettu versioksi.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="60"/>
        <source>Untitled template</source>
        <translation>Nimetön kehotepohja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="63"/>
        <source>A draft is kept on this computer if you close now; you can continue it the next time you open the template.</source>
        <translation>Jos suljet nyt, luonnos jää tälle tietokoneelle; voit jatkaa sitä, kun avaat kehotepohjan seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="65"/>
        <source>&amp;Save version</source>
        <translation>&amp;Tallenna versio</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="66"/>
        <source>&amp;Keep the draft and close</source>
        <translation>&amp;Säilytä luonnos ja sulje</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="68"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Hylkää muutokset</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="70"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/window.py" line="76"/>
        <source>Cannot save the template</source>
        <translation>Kehotepohjaa ei voi tallentaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="27"/>
        <source>You already have a template with the id “{id}” in this language ({language}). Change the title, or edit that template instead.</source>
        <translation>Sinulla on jo tällä kielellä ({language}) kehotepohja, jonka tunnus on ”{id}”. Muuta otsikkoa tai muokkaa sitä kehotepohjaa.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="29"/>
        <source>The template “{id}” ({language}) is no longer in your templates.</source>
        <translation>Kehotepohja ”{id}” ({language}) ei ole enää omissa kehotepohjissasi.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="30"/>
        <source>The template cannot be filled in with its examples: {detail}</source>
        <translation>Kehotepohjaa ei voi täyttää sen esimerkeillä: {detail}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/editor/savetexts.py" line="47"/>
        <source>The draft could not be written. Check that the disk has free space and that promptlib may write to its data folder.</source>
        <translation>Luonnosta ei voitu tallentaa. Tarkista, että levyllä on vapaata tilaa ja että promptlib voi kirjoittaa datakansioonsa.</translation>
    </message>
</context>
<context>
    <name>exportdialog</name>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="30"/>
        <source>Export templates</source>
        <translation>Vie kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/exportdialog.py" line="31"/>
        <source>Library files (*.json)</source>
        <translation>Kirjastotiedostot (*.json)</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="26"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="27"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="28"/>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="29"/>
        <source>Bank account number (IBAN)</source>
        <translation>Tilinumero (IBAN)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="39"/>
        <source>personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="40"/>
        <source>phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="41"/>
        <source>e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="42"/>
        <source>bank account number (IBAN)</source>
        <translation>tilinumero (IBAN)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="51"/>
        <source>%1 in %2</source>
        <translation>%1 kentässä %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="55"/>
        <source>%n more</source>
        <translation>muita löydöksiä: %n</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/guardmarks.py" line="56"/>
        <source>Looks like personal data: %1.</source>
        <translation>Näyttää henkilötiedoilta: %1.</translation>
    </message>
</context>
<context>
    <name>historysettings</name>
    <message>
        <location filename="../../promptlib/gui/historysettings.py" line="79"/>
        <source>Template &amp;history…</source>
        <translation>Kehotepohjien &amp;historia…</translation>
    </message>
</context>
<context>
    <name>librariesdialog</name>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="43"/>
        <source>Remove %1 (%2, version %3) and its %n template(s)?</source>
        <translation>Poistetaanko kirjasto %1 (%2, versio %3) ja sen kehotepohjat (%n kpl)?</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="45"/>
        <source>Remove library</source>
        <translation>Poista kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="52"/>
        <source>Add library source</source>
        <translation>Lisää kirjastolähde</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/librariesdialog.py" line="53"/>
        <source>A library file, a folder of library files, or an https:// address:</source>
        <translation>Kirjastotiedosto, kirjastotiedostojen kansio tai https://-osoite:</translation>
    </message>
</context>
<context>
    <name>libraryactions</name>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="40"/>
        <source>Import library</source>
        <translation>Tuo kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="41"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>Kirjastotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="51"/>
        <source>… and %n more problem(s).</source>
        <translation>… ja muita ongelmia: %n.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="55"/>
        <source>Cannot import this library</source>
        <translation>Kirjastoa ei voi tuoda</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="56"/>
        <source>Nothing was installed. The file has these problems:</source>
        <translation>Mitään ei asennettu. Tiedostossa on nämä ongelmat:</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="86"/>
        <source>No library sources are set. Add one in File → Libraries…</source>
        <translation>Kirjastolähteitä ei ole määritetty. Lisää lähde kohdassa Tiedosto → Kirjastot…</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/libraryactions.py" line="76"/>
        <source>Library updates</source>
        <translation>Kirjastojen päivitykset</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="43"/>
        <source>Prompt copied. Opening %1: paste the prompt there, and check the answer.</source>
        <translation>Kehote kopioitiin. Avataan %1: liitä kehote sinne ja tarkista vastaus.</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="47"/>
        <source>Prompt copied, but %1 could not be opened (%2).</source>
        <translation>Kehote kopioitiin, mutta palvelua %1 ei voitu avata (%2).</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="81"/>
        <source>Copy and open %1</source>
        <translation>Kopioi ja avaa %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="85"/>
        <source>Copy the prompt, then open %1 (%2)</source>
        <translation>Kopioi kehote ja avaa sitten %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="97"/>
        <source>Copy and open</source>
        <translation>Kopioi ja avaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="106"/>
        <source>Your organisation&apos;s AI rules</source>
        <translation>Organisaatiosi tekoälyohjeet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/policyui.py" line="123"/>
        <source>The organisation&apos;s policy file has problems; where it is unclear, the safer setting is used. Please tell your IT support.</source>
        <translation>Organisaation käytäntötiedostossa on ongelmia. Epäselvissä kohdissa käytetään turvallisempaa asetusta. Kerro asiasta IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>problemtexts</name>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="22"/>
        <source>required, but missing</source>
        <translation>pakollinen, mutta puuttuu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="23"/>
        <source>unknown role “{role}” (roles: {roles})</source>
        <translation>tuntematon rooli ”{role}” (roolit: {roles})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="25"/>
        <source>you have no templates of your own yet</source>
        <translation>sinulla ei ole vielä omia kehotepohjia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="27"/>
        <source>there is no library “{library}” (libraries: {libraries})</source>
        <translation>kirjastoa ”{library}” ei ole (kirjastot: {libraries})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="29"/>
        <source>the templates {ids} are not in this selection</source>
        <translation>kehotepohjat {ids} eivät ole tässä valinnassa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="31"/>
        <source>nothing to export: no templates match</source>
        <translation>ei vietävää: mikään kehotepohja ei vastaa valintaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="33"/>
        <source>cannot write {path}: {reason}</source>
        <translation>tiedostoa {path} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="35"/>
        <source>“{library}” is a built-in library and cannot be removed</source>
        <translation>”{library}” on sisäänrakennettu kirjasto, eikä sitä voi poistaa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="37"/>
        <source>no library “{library}” is installed (installed: {installed})</source>
        <translation>kirjastoa ”{library}” ei ole asennettu (asennetut: {installed})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="39"/>
        <source>the prompt would be longer than {limit} characters</source>
        <translation>kehotteesta tulisi yli {limit} merkin pituinen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="41"/>
        <source>the template cannot be filled in: {detail}</source>
        <translation>pohjaa ei voi täyttää: {detail}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="43"/>
        <source>the template cannot be filled in ({detail})</source>
        <translation>pohjaa ei voi täyttää ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="45"/>
        <source>the template cannot be filled in: it is nested too deeply or is too large</source>
        <translation>pohjaa ei voi täyttää: se on liian syvälle sisäkkäinen tai liian suuri</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="47"/>
        <source>there are no .json library files in this folder</source>
        <translation>kansiossa ei ole .json-kirjastotiedostoja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="49"/>
        <source>could not be installed: {reason}</source>
        <translation>asentaminen ei onnistunut: {reason}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="51"/>
        <source>not checked: your organisation&apos;s policy allows only the library sources it sets</source>
        <translation>ei tarkistettu: organisaatiosi käytäntö sallii vain sen itse määrittämät kirjastolähteet</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="53"/>
        <source>the file is nested too deeply to be checked</source>
        <translation>tiedosto on liian syvälle sisäkkäinen tarkistettavaksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="55"/>
        <source>is a device, a pipe or a socket, not a regular file</source>
        <translation>on laite, putki tai pistoke eikä tavallinen tiedosto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="57"/>
        <source>the server&apos;s answer is not valid HTTP ({reason})</source>
        <translation>palvelimen vastaus ei ole kelvollista HTTP:tä ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="59"/>
        <source>no complete answer in {seconds} seconds (the time limit for reading a library)</source>
        <translation>täydellistä vastausta ei tullut {seconds} sekunnissa (kirjaston lukemisen aikaraja)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="61"/>
        <source>the download broke off: the connection ended after {received} of {expected} bytes</source>
        <translation>lataus keskeytyi: yhteys katkesi, kun {expected} tavusta oli saatu {received}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="63"/>
        <source>“{value}” is not a version: ASCII digits and letters with “.”, “-”, “+”, “_” or “~”, at most 64 characters (e.g. 2026.11.0)</source>
        <translation>”{value}” ei ole versionumero: vain ASCII-numeroita ja -kirjaimia sekä merkit ”.”, ”-”, ”+”, ”_” tai ”~”, enintään 64 merkkiä (esim. 2026.11.0)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="66"/>
        <source>if blocks are nested more than {limit} levels deep</source>
        <translation>if-lohkoja on sisäkkäin yli {limit} tasoa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="68"/>
        <source>a number in the template is too large (it would be infinite)</source>
        <translation>pohjan luku on liian suuri (se olisi ääretön)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="70"/>
        <source>a number in the template is larger than {limit}</source>
        <translation>pohjan luku on suurempi kuin {limit}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="72"/>
        <source>a number in the template has too many digits</source>
        <translation>pohjan luvussa on liian monta numeroa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="74"/>
        <source>the template has more than {limit} parts; split it into smaller templates</source>
        <translation>pohjassa on yli {limit} osaa; jaa se pienemmiksi pohjiksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="76"/>
        <source>the template cannot be read: {detail}</source>
        <translation>pohjaa ei voi lukea: {detail}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="78"/>
        <source>the file cannot be checked ({error})</source>
        <translation>tiedostoa ei voi tarkistaa ({error})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="80"/>
        <source>“{op}” cannot compare {left} with {right} (the values in a template are text: compare text with text in quotes, e.g. tone == &apos;formal&apos;)</source>
        <translation>”{op}” ei voi verrata arvoa {left} arvoon {right} (pohjan arvot ovat tekstiä: vertaa tekstiä lainausmerkeissä olevaan tekstiin, esim. tone == &apos;formal&apos;)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="83"/>
        <source>contains a text-direction or control character ({character}, at character {position}), which would make the text look different from what is pasted; remove it</source>
        <translation>sisältää tekstin suuntaa muuttavan merkin tai ohjausmerkin ({character}, merkki {position}), jolloin teksti näyttäisi erilaiselta kuin liitettäessä; poista se</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="86"/>
        <source>the key “{key}” appears twice (column {column}, at {path}); each key may appear only once in an object, otherwise the last one would silently win</source>
        <translation>avain ”{key}” esiintyy kahdesti (sarake {column}, kohdassa {path}); kukin avain saa esiintyä oliossa vain kerran, muuten viimeinen voittaisi huomaamatta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="89"/>
        <source>an expression is nested more than {limit} levels deep (a long chain of and/or/not, filters or comparisons); split it into {% if %}/{% elif %} branches</source>
        <translation>lauseke on sisäkkäin yli {limit} tasoa (pitkä and/or/not-ketju, suodattimia tai vertailuja); jaa se {% if %}/{% elif %}-haaroiksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="92"/>
        <source>the filter “{name}” takes text as its argument, not {kind}</source>
        <translation>suodatin ”{name}” ottaa argumentikseen tekstiä, ei arvoa {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="94"/>
        <source>the filter “{name}” takes no arguments, but was given {count}</source>
        <translation>suodatin ”{name}” ei ota argumentteja, mutta sille annettiin {count}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="96"/>
        <source>the filter “{name}” takes at most {limit} arguments, but was given {count}</source>
        <translation>suodatin ”{name}” ottaa enintään {limit} argumenttia, mutta sille annettiin {count}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="98"/>
        <source>contains an invisible, text-direction or control character ({character}, at character {position}); remove it</source>
        <translation>sisältää näkymättömän, tekstin suuntaa muuttavan tai ohjausmerkin ({character}, merkki {position}); poista se</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="101"/>
        <source>“{op}” looks for text inside text, not {left} in {right}</source>
        <translation>”{op}” etsii tekstiä tekstin sisältä, ei arvoa {left} arvosta {right}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="103"/>
        <source>“{id}” is the id of the built-in library “{name}” and is reserved for it; give this library an id of its own (e.g. &apos;org.example.hr&apos;)</source>
        <translation>”{id}” on sisäänrakennetun kirjaston ”{name}” tunnus ja varattu sille; anna tälle kirjastolle oma tunnus (esim. &apos;org.example.hr&apos;)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="106"/>
        <source>the test “{name}” takes no arguments</source>
        <translation>testi ”{name}” ei ota argumentteja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="108"/>
        <source>the library has more than {limit} characters inside the template tags of bodies beyond the simple forms ({{ name }}, {{ name | lower }}, {% if name %}...); simplify them or split the library</source>
        <translation>kirjastossa on yli {limit} merkkiä muiden kuin yksinkertaisten muotojen ({{ name }}, {{ name | lower }}, {% if name %}...) pohjamerkintöjen sisällä; yksinkertaista niitä tai jaa kirjasto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="112"/>
        <source>the library has more than {limit} template tags in all; split it into several libraries</source>
        <translation>kirjastossa on yhteensä yli {limit} pohjamerkintää; jaa se useaksi kirjastoksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="114"/>
        <source>has {count} template tags ({{ }}, {% %}, {# #}); at most {limit} are allowed in one template</source>
        <translation>sisältää {count} pohjamerkintää ({{ }}, {% %}, {# #}); yhdessä pohjassa saa olla enintään {limit}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="116"/>
        <source>“{value}” is not a valid id: “{device}” is a device name on Windows, so the library could not be exported there; choose another id</source>
        <translation>”{value}” ei kelpaa tunnukseksi: ”{device}” on Windowsin laitenimi, joten kirjastoa ei voisi viedä sinne; valitse toinen tunnus</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="119"/>
        <source>must be text, not {kind}</source>
        <translation>pitää olla tekstiä, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="120"/>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="121"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>on {length} merkkiä pitkä; enintään {limit} on sallittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="122"/>
        <source>“{value}” is not a valid id (lowercase a–z, digits, “.”, “_” and “-”; starts with a letter or digit; at most 100 characters)</source>
        <translation>”{value}” ei kelpaa tunnisteeksi (pienet kirjaimet a–z, numerot, ”.”, ”_” ja ”-”; alkaa kirjaimella tai numerolla; enintään 100 merkkiä)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="124"/>
        <source>unknown field (a misspelt name?)</source>
        <translation>tuntematon kenttä (kirjoitusvirhe nimessä?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="125"/>
        <source>must be a list of texts, not {kind}</source>
        <translation>pitää olla luettelo tekstejä, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="126"/>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>sisältää {count} kohtaa; enintään {limit} on sallittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="127"/>
        <source>must be a text that is not empty</source>
        <translation>pitää olla teksti, joka ei ole tyhjä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="128"/>
        <source>is longer than {limit} characters</source>
        <translation>on pidempi kuin {limit} merkkiä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="129"/>
        <source>must be a list, not {kind}</source>
        <translation>pitää olla luettelo, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="130"/>
        <source>must be an object, not {kind}</source>
        <translation>pitää olla objekti, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="131"/>
        <source>must be true or false, not {kind}</source>
        <translation>pitää olla true tai false, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="132"/>
        <source>a library file must be a JSON object, not {kind}</source>
        <translation>kirjastotiedoston pitää olla JSON-objekti, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="133"/>
        <source>the JSON is nested more than {limit} levels deep</source>
        <translation>JSON on sisäkkäinen yli {limit} tason syvyydeltä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="134"/>
        <source>must be “{format}” (is this a promptlib library file?)</source>
        <translation>pitää olla ”{format}” (onko tämä promptlibin kirjastotiedosto?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="135"/>
        <source>missing; this version of promptlib reads format version {version}</source>
        <translation>puuttuu; tämä promptlibin versio lukee tiedostomuodon versiota {version}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="136"/>
        <source>format version {found} is not supported; this version of promptlib reads version {version} (is a newer promptlib needed?)</source>
        <translation>tiedostomuodon versiota {found} ei tueta; tämä promptlibin versio lukee versiota {version} (tarvitaanko uudempi promptlib?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="138"/>
        <source>missing, or not a list</source>
        <translation>puuttuu tai ei ole luettelo</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="139"/>
        <source>{count} templates; at most {limit} are allowed</source>
        <translation>kehotepohjia {count}; enintään {limit} on sallittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="140"/>
        <source>the template “{id}” in the language “{language}” appears twice (first at templates[{first}])</source>
        <translation>kehotepohja ”{id}” kielellä ”{language}” on kahdesti (ensimmäinen kohdassa templates[{first}])</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="142"/>
        <source>must be an object of names by language, e.g. {&quot;fi&quot;: &quot;…&quot;, &quot;sv&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>pitää olla objekti, jossa nimet kielittäin, esim. {&quot;fi&quot;: &quot;…&quot;, &quot;sv&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="144"/>
        <source>the language must be one of {languages}</source>
        <translation>kielen pitää olla jokin näistä: {languages}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="145"/>
        <source>“{value}” is not one of the languages {languages}</source>
        <translation>”{value}” ei ole mikään kielistä {languages}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="146"/>
        <source>needs at least one role</source>
        <translation>tarvitsee vähintään yhden roolin</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="147"/>
        <source>unknown role “{role}” (built-in roles: {roles}; declare other roles in the library&apos;s “roles”)</source>
        <translation>tuntematon rooli ”{role}” (sisäänrakennetut roolit: {roles}; esittele muut roolit kirjaston kohdassa ”roles”)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="149"/>
        <source>must be one of {policies}</source>
        <translation>pitää olla jokin näistä: {policies}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="150"/>
        <source>must be an object such as {&quot;waive&quot;: [&quot;no-role&quot;], &quot;why&quot;: &quot;...&quot;}, not {kind}</source>
        <translation>pitää olla olio, kuten {&quot;waive&quot;: [&quot;no-role&quot;], &quot;why&quot;: &quot;...&quot;}, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="152"/>
        <source>must be a non-empty list of lint rule names</source>
        <translation>pitää olla luettelo laatutarkistuksen sääntöjen nimistä, eikä se saa olla tyhjä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="153"/>
        <source>unknown lint rule &apos;{rule}&apos; (one of {rules})</source>
        <translation>tuntematon laatutarkistuksen sääntö &apos;{rule}&apos; (sallitut: {rules})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="154"/>
        <source>uses the variable “{name}”, which is not declared in “variables”</source>
        <translation>käyttää muuttujaa ”{name}”, jota ei ole esitelty kohdassa ”variables”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="155"/>
        <source>the declared variable “{name}” is not used in the body</source>
        <translation>esiteltyä muuttujaa ”{name}” ei käytetä pohjan tekstissä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="156"/>
        <source>the template has a syntax error ({detail})</source>
        <translation>pohjan tekstissä on syntaksivirhe ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="157"/>
        <source>the template is nested too deeply</source>
        <translation>pohjan teksti on sisäkkäinen liian syvältä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="158"/>
        <source>templates may not use this construct: {construct}</source>
        <translation>kehotepohjissa ei saa käyttää tätä rakennetta: {construct}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="159"/>
        <source>the filter “{name}” is not allowed (allowed: {allowed})</source>
        <translation>suodatin ”{name}” ei ole sallittu (sallitut: {allowed})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="160"/>
        <source>the test “{name}” is not allowed</source>
        <translation>testi ”{name}” ei ole sallittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="161"/>
        <source>the arguments of “{name}” must be plain constants</source>
        <translation>kohteen ”{name}” argumenttien pitää olla pelkkiä vakioita</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="162"/>
        <source>“{name}” takes no named or spread arguments</source>
        <translation>”{name}” ei ota nimettyjä eikä levitettyjä argumentteja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="163"/>
        <source>templates may not assign to a variable</source>
        <translation>kehotepohjat eivät saa asettaa muuttujan arvoa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="164"/>
        <source>{count} variables; at most {limit} are allowed</source>
        <translation>muuttujia {count}; enintään {limit} on sallittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="165"/>
        <source>the variable name “{name}” appears twice</source>
        <translation>muuttujan nimi ”{name}” on kahdesti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="166"/>
        <source>“{name}” is not a valid variable name (lowercase letters, digits and _, not starting with a digit)</source>
        <translation>”{name}” ei kelpaa muuttujan nimeksi (pienet kirjaimet, numerot ja _, ei numeroa alussa)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="168"/>
        <source>“{name}” is a reserved word in templates; choose another name</source>
        <translation>”{name}” on kehotepohjissa varattu sana; valitse toinen nimi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="169"/>
        <source>unknown type “{type}” (one of {types})</source>
        <translation>tuntematon tyyppi ”{type}” (jokin näistä: {types})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="170"/>
        <source>only choice variables have choices (the type is “{type}”)</source>
        <translation>vain valintamuuttujilla on vaihtoehtoja (tyyppi on ”{type}”)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="171"/>
        <source>only number variables have “{field}”</source>
        <translation>vain lukumuuttujilla on ”{field}”</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="172"/>
        <source>a choice variable needs a list of choices that is not empty</source>
        <translation>valintamuuttuja tarvitsee vaihtoehtoluettelon, joka ei ole tyhjä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="173"/>
        <source>the same choice appears twice</source>
        <translation>sama vaihtoehto on kahdesti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="174"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} ei ole mikään vaihtoehdoista</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="175"/>
        <source>must be a number, not {kind}</source>
        <translation>pitää olla luku, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="176"/>
        <source>must be a finite number of reasonable size</source>
        <translation>pitää olla äärellinen ja kohtuullisen kokoinen luku</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="177"/>
        <source>the minimum {min} is greater than the maximum {max}</source>
        <translation>vähimmäisarvo {min} on suurempi kuin enimmäisarvo {max}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="178"/>
        <source>{value} is outside the minimum and maximum</source>
        <translation>{value} on vähimmäis- ja enimmäisarvon ulkopuolella</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="179"/>
        <source>must be a date written YYYY-MM-DD, not {kind}</source>
        <translation>pitää olla päivämäärä muodossa VVVV-KK-PP, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="180"/>
        <source>“{value}” is not a date written YYYY-MM-DD</source>
        <translation>”{value}” ei ole päivämäärä muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="181"/>
        <source>contains a broken character (character {position}) that cannot be saved as UTF-8 text</source>
        <translation>sisältää rikkinäisen merkin (merkki {position}), jota ei voi tallentaa UTF-8-tekstinä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="183"/>
        <source>is a number too large to store</source>
        <translation>on liian suuri luku tallennettavaksi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="184"/>
        <source>has a key {key} that is not text</source>
        <translation>sisältää avaimen {key}, joka ei ole tekstiä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="185"/>
        <source>holds a value of type {type}, which is not JSON</source>
        <translation>sisältää {type}-tyyppisen arvon, joka ei ole JSONia</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="186"/>
        <source>the data cannot be stored as JSON</source>
        <translation>tietoja ei voi tallentaa JSON-muodossa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="187"/>
        <source>the file is {size} MB; at most {limit} MB is allowed</source>
        <translation>tiedosto on {size} Mt; enintään {limit} Mt on sallittu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="188"/>
        <source>the library is larger than the limit of {limit} MB</source>
        <translation>kirjasto on suurempi kuin {limit} Mt:n raja</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="189"/>
        <source>this is a folder, not a library file</source>
        <translation>tämä on kansio eikä kirjastotiedosto</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="190"/>
        <source>the file cannot be read ({reason})</source>
        <translation>tiedostoa ei voi lukea ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="191"/>
        <source>a library file must be a JSON object with &quot;format&quot;: &quot;{format}&quot;, not {kind}</source>
        <translation>kirjastotiedoston pitää olla JSON-objekti, jossa on &quot;format&quot;: &quot;{format}&quot;, ei {kind}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="193"/>
        <source>the file is saved as UTF-16 text; save it as UTF-8</source>
        <translation>tiedosto on tallennettu UTF-16-tekstinä; tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="194"/>
        <source>the file is not UTF-8 text (byte {byte}, 0x{hex}); save it as UTF-8</source>
        <translation>tiedosto ei ole UTF-8-tekstiä (tavu {byte}, 0x{hex}); tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="195"/>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="196"/>
        <source>not valid JSON at column {column} ({detail})</source>
        <translation>virheellistä JSONia sarakkeessa {column} ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="197"/>
        <source>not valid JSON at column {column}: nested too deeply</source>
        <translation>virheellistä JSONia sarakkeessa {column}: sisäkkäisyys liian syvä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="198"/>
        <source>not valid JSON at column {column}: a \u escape is half of a character ({detail})</source>
        <translation>virheellistä JSONia sarakkeessa {column}: \u-koodi on puolikas merkki ({detail})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="200"/>
        <source>no such file or folder</source>
        <translation>tiedostoa tai kansiota ei ole</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="201"/>
        <source>no such file or folder (is the network drive connected?)</source>
        <translation>tiedostoa tai kansiota ei ole (onko verkkolevy yhdistetty?)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="202"/>
        <source>the address was refused ({reason})</source>
        <translation>osoite hylättiin ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="203"/>
        <source>the server answered {status} {reason}</source>
        <translation>palvelin vastasi {status} {reason}</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="204"/>
        <source>no answer in {seconds} seconds</source>
        <translation>ei vastausta {seconds} sekunnissa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="205"/>
        <source>cannot connect ({reason})</source>
        <translation>yhteyttä ei saada ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="206"/>
        <source>the download failed ({reason})</source>
        <translation>lataus epäonnistui ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="207"/>
        <source>a built-in library cannot be loaded ({reason})</source>
        <translation>sisäänrakennettua kirjastoa ei voi ladata ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="208"/>
        <source>the library cannot be used</source>
        <translation>kirjastoa ei voi käyttää</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="209"/>
        <source>the signature file cannot be read ({reason})</source>
        <translation>allekirjoitustiedostoa ei voi lukea ({reason})</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="211"/>
        <source>the signature file is damaged; ask the library&apos;s publisher to publish it again</source>
        <translation>allekirjoitustiedosto on vioittunut; pyydä kirjaston julkaisijaa julkaisemaan se uudelleen</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="213"/>
        <source>the file was changed after it was signed; do not use this copy, ask the library&apos;s publisher for a fresh one</source>
        <translation>tiedostoa on muutettu allekirjoittamisen jälkeen; älä käytä tätä kopiota, vaan pyydä kirjaston julkaisijalta uusi</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="216"/>
        <source>the signature beside this file is for another file ({signed_id} {signed_version}; this file is {id} {version}): a new version may be being published; try again in a moment, else ask the library&apos;s publisher</source>
        <translation>tiedoston vieressä oleva allekirjoitus kuuluu toiselle tiedostolle ({signed_id} {signed_version}; tämä tiedosto on {id} {version}): uutta versiota voidaan olla julkaisemassa; yritä hetken päästä uudelleen tai kysy kirjaston julkaisijalta</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="220"/>
        <source>the signature was not made with the key of {publisher}, the trusted publisher it names; do not use this file</source>
        <translation>allekirjoitusta ei ole tehty julkaisijan {publisher} avaimella, vaikka se nimeää tämän luotetun julkaisijan; älä käytä tätä tiedostoa</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="223"/>
        <source>the library is not signed, and your organisation accepts only libraries signed by a trusted publisher</source>
        <translation>kirjastoa ei ole allekirjoitettu, ja organisaatiosi hyväksyy vain luotetun julkaisijan allekirjoittamat kirjastot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="226"/>
        <source>the library is signed with a key your organisation has not named as a trusted publisher (key {key_id}), and your organisation accepts only libraries signed by a trusted publisher</source>
        <translation>kirjasto on allekirjoitettu avaimella, jota organisaatiosi ei ole nimennyt luotetuksi julkaisijaksi (avain {key_id}), ja organisaatiosi hyväksyy vain luotetun julkaisijan allekirjoittamat kirjastot</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="235"/>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="235"/>
        <source>a list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="236"/>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="236"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="237"/>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="237"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="268"/>
        <source>(and %n more)</source>
        <translation>(muita: %n)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/problemtexts.py" line="280"/>
        <source>The installed libraries changed after this preview (another promptlib window?). Nothing was installed; please import again.</source>
        <translation>Asennetut kirjastot muuttuivat esikatselun jälkeen (toinen promptlib-ikkuna?). Mitään ei asennettu; tuo kirjasto uudelleen.</translation>
    </message>
</context>
<context>
    <name>publishdialog</name>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="46"/>
        <source>Publish to a team library</source>
        <translation>Julkaise tiimin kirjastoon</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="47"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>Kirjastotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="54"/>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/publishdialog.py" line="55"/>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
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
<context>
    <name>signaturetext</name>
    <message>
        <location filename="../../promptlib/gui/signaturetext.py" line="18"/>
        <source>Verified: %1</source>
        <translation>Varmennettu: %1</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/signaturetext.py" line="20"/>
        <source>Unverified: the library is not signed</source>
        <translation>Varmentamaton: kirjastoa ei ole allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/signaturetext.py" line="22"/>
        <source>Unverified: signed with a key your organisation has not named as a trusted publisher</source>
        <translation>Varmentamaton: allekirjoitettu avaimella, jota organisaatiosi ei ole nimennyt luotetuksi julkaisijaksi</translation>
    </message>
</context>
<context>
    <name>updatetexts</name>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="39"/>
        <source>nothing from it is installed yet</source>
        <translation>siitä ei ole vielä asennettu mitään</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="41"/>
        <source>the last good copy, %1 %2 (installed %3), stays in use</source>
        <translation>viimeisin toimiva kopio, %1 %2 (asennettu %3), pysyy käytössä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="43"/>
        <source>the last good copy, %1 %2, stays in use</source>
        <translation>viimeisin toimiva kopio, %1 %2, pysyy käytössä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="55"/>
        <source>installed %1: %2</source>
        <translation>asennettu %1: %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="57"/>
        <source>updated %1 %2 → %3: %4</source>
        <translation>päivitetty %1 %2 → %3: %4</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="60"/>
        <source>%1 is available (%2); not installed</source>
        <translation>%1 on saatavilla (%2); ei asennettu</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="63"/>
        <source>%1 is up to date</source>
        <translation>%1 on ajan tasalla</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="65"/>
        <source>has %1, older than the installed %2; the installed one stays</source>
        <translation>lähteessä on %1, joka on vanhempi kuin asennettu %2; asennettu pysyy käytössä</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="68"/>
        <source>%1 differs from the installed copy but has the same version; not applied (ask its publisher to raise the version)</source>
        <translation>%1 poikkeaa asennetusta kopiosta, mutta versio on sama; muutosta ei otettu käyttöön (pyydä julkaisijaa nostamaan versiota)</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="71"/>
        <source>cannot be read: %1; %2</source>
        <translation>ei voi lukea: %1; %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="74"/>
        <source>not a valid library: %1; %2</source>
        <translation>ei ole kelvollinen kirjasto: %1; %2</translation>
    </message>
    <message>
        <location filename="../../promptlib/gui/updatetexts.py" line="79"/>
        <source>could not be checked or installed: %1</source>
        <translation>tarkistaminen tai asentaminen ei onnistunut: %1</translation>
    </message>
</context>
</TS>
