"""Sensitive-data detector: no false alarms on municipal text; mixed text;
line and column; linear time on adversarial input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.guard.detection import line_and_column, scan

CLEAN_CORPUS = """\
Kaupunginhallitus 23.11.2026 § 412

Dnro 123/00.01.02/2026, HEL 2026-012345, Dnro KAUPA/4512/02.08.00/2025

Talousarvio vuodelle 2027 ja taloussuunnitelma vuosille 2027–2029

Kaupunginhallitus päätti kokouksessaan 23.11.2026 esittää valtuustolle, että vuoden 2027
talousarvion toimintamenot ovat 1 234 567 890 euroa ja investointiosan loppusumma
12 500 000 euroa. Toimintamenot kasvavat edellisvuodesta 3.5 % eli noin 41,2 milj. euroa.
Verotulojen arvioidaan kasvavan 2,8 prosenttia. Kunnallisveroprosentti pysyy 7,50 %:ssa
ja kiinteistöveroprosentit ennallaan (yleinen 1,10 %, vakituinen asuinrakennus 0,50 %).
Lainakanta on 31.12.2026 arviolta 1 850 000 000 € eli 2 765,40 € asukasta kohden, kun
asukasluku oli 1.1.2026 yhteensä 669 007. Vuosikate on 145,6 milj. € (2025: 132,1 milj. €).

Kokous alkoi klo 9.15 ja päättyi klo 12:30. Tauko pidettiin klo 10.45–11.00. Seuraava
kokous pidetään 7.12.2026 klo 14.00 alkaen, ja esityslista julkaistaan 1.12.2026. Kokousaika
ma–pe 8.00–16.15, kesäaikana 8–15. Iltakoulu 2026-11-30 klo 17:00–19:30.

Hankinnat: tilausnumero 4500123456, ostotilaus PO-2026-004512, sopimusnumero 2026/0457,
lasku 80012345 (viitenumero 12345 67890 12344, RF18 5390 0754 7034). Toimittaja Esimerkki Oy
(Y-tunnus 1234567-8) ja Helsingin kaupunki (Y-tunnus 0201256-6); ALV-tunniste FI02012566.
Hankinnan arvo 249 999,00 € (alv 0 %) ja arvonlisävero 25,5 %. Kilpailutus HILMA 2026-045123.

Tietojärjestelmät: asiakastietojärjestelmä päivitetään versioon 6.12.0 (nykyinen v2.10.3),
ja tietokantapalvelin versioon 16.4. Käyttöönotto tapahtuu 1.1.2025 alkaen vaiheittain; katso
ohje s. 12–15 ja liite 3, sivut 101-115. Palvelinsali sijaitsee osoitteessa Työpajankatu 8,
00580 Helsinki. Postiosoite: PL 1, 00099 Helsingin kaupunki. Muut toimipisteet: Kirkkokatu 2,
02100 Espoo; Sibeliuksenkatu 5, 04400 Järvenpää; Hämeenkatu 1, 33100 Tampere; 90100 Oulu.

Väestö ja palvelut: 65 vuotta täyttäneiden osuus on 21,4 % (2020: 19,8 %). Varhaiskasvatuksessa
on 31 245 lasta 412 yksikössä. Kotihoidon käyntejä kertyi 1 102 450, joista 12 % iltaisin.
Sosiaali- ja terveyslautakunta 15.3.2026 § 45, 16.3.2026 § 46–52. Kuntalaki (410/2015) 110 §.
Hallintolaki 434/2003, julkisuuslaki 621/1999 24 § 1 mom. 25 kohta. EU 2016/679 artikla 9.
ISBN 978-952-331-123-4 ja ISSN 2489-5768. Kartta 1:20 000. Koordinaatit 60.1699, 24.9384.

Kokoushuoneet: 3.12, A 2.04 ja B 0408. Kerrokset 1–4. Vuorot 06.00–14.00 ja 14.00–22.00.
Mittaukset 0,05 mg/l, 0,8 % ja 12,5 °C. Kesto 00:30:00. Aikaväli 2019–2026, jakso 2026/2027.
Ajoneuvo ABC-123, rekisterinumero XYZ-9. Asianumero 02-11/2026 ei ole tässä merkityksellinen.
Vastaanotto on avoinna arkisin klo 08.00–16.00 ja lauantaisin klo 9–13. Päivämäärät 01.02.2026,
2.3.2026 ja 2026-04-05 sekä 05/2026 ja 11/26. Summa +12 500 000 € ja muutos −3,2 %.
Budjettimuutos +1 234 567 € ja +2,5 %. Luvut 0,25, 0,125 ja 10 000.

Päätösehdotus: Sivistyslautakunta hyväksyy 14.10.2026 § 88 perusopetuksen oppilaaksiottoalueet
lukuvuodelle 2027–2028. Koulukuljetuksen raja on 5 km (1.–3. luokka 3 km). Oppilasmäärä kasvaa
noin 240 oppilaalla (+1,9 %), ja uusia opettajan virkoja perustetaan 12. Palkkauskustannukset
ovat 780 000 €/vuosi. Tilahankkeen kustannusarvio on 18,4 M€ (ind. 105,3; 2015=100). Päätöksestä
voi tehdä oikaisuvaatimuksen 14 päivän kuluessa tiedoksisaannista. Lisätietoja antaa
kirjaamo sähköpostitse tai puhelimitse virka-aikana; yhteystiedot löytyvät kaupungin verkkosivuilta.
Liitteet 1–6: oppilaaksiottoalueet 2027, kartat (mittakaava 1:10 000) ja laskelmat 2026/2027.
"""


def test_corpus_is_long_enough_to_mean_something():
    assert len(CLEAN_CORPUS) > 3000
    assert CLEAN_CORPUS.count("\n\n") >= 5


def test_clean_municipal_text_gives_zero_findings():
    assert scan(CLEAN_CORPUS) == []


@pytest.mark.parametrize("line", [line for line in CLEAN_CORPUS.splitlines() if line.strip()])
def test_every_line_of_the_corpus_is_clean_on_its_own(line):
    assert scan(line) == []


@pytest.mark.parametrize("text", [
    "23.11.2026", "2026-11-23", "1.1.2025", "12:30", "klo 9.15–10.00", "1 234,56 €", "12 500 000 euroa",
    "3.5 %", "v2.10.3", "6.12.0", "Y-tunnus 1234567-8", "Dnro 123/00.01.02/2026", "00100 Helsinki",
    "2026", "45 %", "s. 12–15", "sivut 101-115", "1\u00a0234\u00a0567,00\u00a0€", "08:00", "09.00",
    "puh.", "PL 1, 00099 HELSINGIN KAUPUNKI", "§ 412", "0,5 %",
])
def test_issue_examples_are_not_findings(text):
    assert scan(text) == []


def test_findings_added_to_the_clean_corpus_are_the_only_findings():
    text = CLEAN_CORPUS + "Yhteyshenkilö: Maija, puh. 050 555 1234, maija@kunta.fi, hetu 131052-308T.\n"
    assert [f.kind for f in scan(text)] == ["phone", "email", "hetu"]


# (head, repeated piece, repeats, tail): 400 KB of adversarial text each.
PATHOLOGICAL = [
    ("", "040 ", 100_000, "x"),
    ("", "0", 400_000, ""),
    ("", "+1 ", 130_000, ""),
    ("", "a@", 200_000, ""),
    ("@", "a.", 200_000, ""),
    ("FI", "1", 400_000, ""),
    ("", "FI12 ", 80_000, ""),
    ("", "131052-", 60_000, ""),
    ("", "1", 400_000, ""),
    ("", "(09) ", 80_000, ""),
    ("", "00358 ", 70_000, ""),
    ("", "a-", 200_000, "@x"),
]


def scan_cost(text: str) -> float:
    """The least CPU time of three scans of *text*, counted for this thread only: other
    processes on a busy machine do not add to it."""
    costs = []
    for _ in range(3):
        started = time.thread_time()
        scan(text)
        costs.append(time.thread_time() - started)
    return min(costs)


@pytest.mark.slow
@pytest.mark.parametrize("head, piece, repeats, tail", PATHOLOGICAL, ids=lambda value: repr(value)[:10])
def test_no_catastrophic_backtracking(head: str, piece: str, repeats: int, tail: str) -> None:
    """Four times the text costs about four times the work: matching is linear. Quadratic
    backtracking would cost sixteen times, and exponential would never end. A ratio of two
    measurements, so neither a slow nor a busy machine changes the verdict; the bound of
    ten leaves room for a loaded machine's cache effects (8.2 was seen) and still fails
    anything quadratic."""
    quarter = scan_cost(head + piece * (repeats // 4) + tail)
    full = scan_cost(head + piece * repeats + tail)
    assert full <= 10 * max(quarter, 0.001), f"{full / max(quarter, 0.001):.1f} times the cost for 4 times the text"


SENSITIVE = [
    ("hetu", "131052-308T"), ("hetu", "010594Y456M"), ("hetu", "240305C1235"),
    ("phone", "040 123 4567"), ("phone", "+358 9 310 1691"),
    ("phone", "(09) 1234 567"), ("email", "kirjaamo@espoo.fi"), ("iban", "FI21 1234 5600 0007 85"),
    ("iban", "DE89370400440532013000"),
]
CLEAN_PIECES = [
    "23.11.2026", "klo 12:30", "1 234,56 €", "v2.10.3", "Y-tunnus 1234567-8", "00100 Helsinki",
    "Dnro 123/00.01.02/2026", "3,5 %", "s. 12–15", "kokous", "ja", "2026",
]


@pytest.mark.slow
@given(st.lists(st.one_of(st.sampled_from(SENSITIVE), st.sampled_from(CLEAN_PIECES)), max_size=25),
       st.sampled_from([", ", "; ", "\n", " – ", ". "]))
@settings(max_examples=300, deadline=None)
def test_mixed_text_gives_exactly_the_sensitive_pieces_in_order(pieces, separator):
    text = separator.join(p if isinstance(p, str) else p[1] for p in pieces)
    findings = scan(text)
    assert [(f.kind, f.text) for f in findings] == [p for p in pieces if not isinstance(p, str)]
    position = 0
    for finding in findings:
        assert finding.start >= position
        assert text[finding.start:finding.end] == finding.text
        position = finding.end


def test_line_and_column():
    text = "eka\ntoka rivi\n\nneljäs"
    assert line_and_column(text, 0) == (1, 0)
    assert line_and_column(text, 3) == (1, 3)
    assert line_and_column(text, 4) == (2, 0)
    assert line_and_column(text, 9) == (2, 5)
    assert line_and_column(text, 14) == (3, 0)
    assert line_and_column(text, 15) == (4, 0)
    assert line_and_column(text, len(text)) == (4, 6)
    mixed = "Hakija: Matti, hetu 131052-308T\nPuh. 040 123 4567, matti@example.fi"
    assert [line_and_column(mixed, f.start) for f in scan(mixed)] == [(1, 20), (2, 5), (2, 19)]
    with pytest.raises(ValueError):
        line_and_column(text, len(text) + 1)
    with pytest.raises(ValueError):
        line_and_column(text, -1)
