"""Sensitive-data detector: no false alarms on municipal text; mixed text;
line and column; linear time on adversarial input."""

from __future__ import annotations

import datetime
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.guard.detection import Finding, line_and_column, scan

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


# ------------------------------------------------- Swedish and English, and typography

CLEAN_SV_EN = """\
Kommunstyrelsen 23.11.2026 § 412, Dnr 123/00.01.02/2026. Mötet började kl. 9.15 och slutade
kl. 12:30; nästa möte hålls den 7 december 2026 kl. 14–16. Budgeten för 2027–2029 är
1 234 567 890 euro (+3,5 %), och investeringarna 12 500 000 €. Faktura nr 2026-004512,
referensnummer 12345 67890 12344, beställningsnummer PO-2026-004512, artikel SKU-4006381-333931,
EAN 4006381333931, produktkod ABC-1234-XY och version 6.12.0 (build 20261123.4). Leverantör
Exempel Ab (FO-nummer 1234567-8). Öppettider mån–fre 8.00–16.00, lör 9–13. Postadress PB 1,
00099 Helsingfors stad. Rum 3.12, våning 2. Tidsperiod 2019–2026, läsåret 2026/2027.

Council meeting of 23 November 2026, item 412. Invoice INV-2026-00123 dated 2026-11-23, due
2026-12-07; order 4500123456, purchase order PO 2026/0457, reference RF18 5390 0754 7034.
The release v2.10.3 (2026-11-30) replaces 2.9.14; see pages 12–15 and appendix 3. Opening
hours Mon–Fri 08:00–16:00. Budget £1,234,567.89 and €12.5m (−3.2 %). Case 02-11/2026.
Room B 0408, floor 4; times 06.00–14.00 and 14.00–22.00; duration 00:30:00; ratio 1:20 000.
Serial numbers SN 2026-11-000123 and 20261123-0042; batch 231125-A12; lot 131052/308.
ISBN 978-952-331-123-4, ISSN 2489-5768, DOI 10.1000/182. Coordinates 60.1699, 24.9384.
Commit 3f9e131052a308f0d1 and UUID 123e4567-e89b-12d3-a456-426614174000 were deployed.
"""

TYPOGRAPHY = """\
Kokous klo 10.45\u201311.00 ja 14\u2009\u2013\u200916; budjetti 1\u00a0234\u00a0567\u202f€ (\u22123,2\u00a0%).
Vuodet 2027\u20132029, sivut 12\u201315, jakso 2026/2027\u2026 ja tilaus\u00ad numero 4500\u00ad123456.
Päivämäärät 1.\u00a012.\u00a02026 ja 2026\u201111\u201123; kello 8\u00a0\u2013\u00a016; pinta-ala 120\u00a0m²;
pituus 1,5\u00a0km²; lämpötila \u221212\u00a0°C; hinta ½ ja ¼; osoite Kirkkokatu\u00a02, 02100\u00a0Espoo.
Viite\u200b 12345\u200b67890\u200b12344 ja arkistotunnus 2026\u2013000123\u2013A.
Rivitetty luku 1 234
567 euroa; taulukko 12 13 85 45 67 89 ja 10 11 12 13 14 15 16.
"""


@pytest.mark.parametrize("corpus", [CLEAN_SV_EN, TYPOGRAPHY], ids=["sv-en", "typography"])
def test_ordinary_text_in_swedish_english_and_with_typography_gives_zero_findings(corpus):
    assert scan(corpus) == []
    for line in corpus.splitlines():
        assert scan(line) == [], line


# Ordinary pieces, generated: dates, times, versions, amounts, invoice and reference
# numbers, product codes. None of them is personal data, however it is combined.
DAY, MONTH = st.integers(1, 28), st.integers(1, 12)
YEAR = st.integers(1990, 2030)
ORDINARY = st.one_of(
    st.builds("{}.{}.{}".format, DAY, MONTH, YEAR),
    st.builds("{:04d}-{:02d}-{:02d}".format, YEAR, MONTH, DAY),
    st.builds("klo {}.{:02d}\u2013{}.{:02d}".format, st.integers(6, 12), st.integers(0, 59),
              st.integers(13, 22), st.integers(0, 59)),
    st.builds("{}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    st.builds("v{}.{}.{}".format, st.integers(0, 30), st.integers(0, 99), st.integers(0, 999)),
    st.builds("{} {:03d},{:02d}\u00a0€".format, st.integers(1, 999), st.integers(0, 999), st.integers(0, 99)),
    st.builds("{},{} %".format, st.integers(0, 99), st.integers(0, 9)),
    st.builds("lasku {}-{:05d}".format, YEAR, st.integers(0, 99999)),
    st.builds("INV-{}-{:05d}".format, YEAR, st.integers(0, 99999)),
    st.builds("Dnro {}/{:02d}.{:02d}.{:02d}/{}".format, st.integers(1, 9999), st.integers(0, 99),
              st.integers(0, 99), st.integers(0, 99), YEAR),
    st.builds("tuote {}-{:04d}-{}".format, st.sampled_from(["ABC", "XK", "SKU"]), st.integers(0, 9999),
              st.sampled_from(["XY", "B", "FI"])),
    st.builds("{:05d} {}".format, st.integers(100, 99999), st.sampled_from(["Helsinki", "Espoo", "Turku"])),
    st.builds("{}\u2013{}".format, YEAR, YEAR),
    st.builds("s. {}\u2013{}".format, st.integers(1, 400), st.integers(1, 400)),
    st.sampled_from(["ja", "och", "and", "kokous", "§ 45", "(liite 3)", "Y-tunnus 1234567-8", "–", "…"]),
)


@given(st.lists(ORDINARY, min_size=1, max_size=12),
       st.sampled_from([" ", ", ", "; ", "\n", " \u2013 ", ".\u00a0", "\u200b "]))
@settings(max_examples=400, deadline=None)
def test_generated_ordinary_text_gives_zero_findings(pieces, separator):
    text = separator.join(pieces)
    assert scan(text) == []


# ------------------------------------------------------ disguised identity codes

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
         "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}
DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d",
          "\u02d7", "\u2043"]
INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
SPACES = [" ", "\u00a0", "\u202f", "\u2007", "\u2009"]
WRAPS = ["\n", "\r\n", "\n  ", " \n", "\n\t"]
CYRILLIC = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
            "M": "\u041c", "P": "\u0420", "T": "\u0422", "X": "\u0425", "Y": "\u0423"}
ARABIC_INDIC = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


def fullwidth(character: str) -> str:
    return chr(ord(character) + 0xFEE0) if character.isascii() and character.isalnum() else character


@st.composite
def disguised_codes(draw):
    """A valid code (correct check character), then a random mix of disguises; returns
    the code as written."""
    day = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2099, 12, 31)))
    sign = draw(st.sampled_from([s for s, century in SIGNS.items() if century == day.year // 100 * 100]))
    individual = draw(st.integers(2, 999))
    digits = f"{day.day:02d}{day.month:02d}{day.year % 100:02d}{individual:03d}"
    chars = list(digits[:6] + sign + digits[6:] + CHECK[int(digits) % 31])
    if draw(st.booleans()):
        chars = [c.lower() for c in chars]
    if chars[6] == "-" and draw(st.booleans()):
        chars[6] = draw(st.sampled_from(DASHES))
    if chars[10].upper() in CYRILLIC and draw(st.booleans()):
        chars[10] = CYRILLIC[chars[10].upper()]
    if draw(st.booleans()):
        chars = [fullwidth(c) if draw(st.booleans()) else c for c in chars]
    elif draw(st.booleans()):
        chars = [c.translate(ARABIC_INDIC) for c in chars]
    # Ten gaps between eleven characters: what may stand in each.
    gaps = [""] * 10
    for pair_end in (1, 3):  # after DD and MM: one space
        if draw(st.booleans()):
            gaps[pair_end] = draw(st.sampled_from(SPACES))
    if sign in "-+":
        for around in (5, 6):
            gaps[around] = draw(st.sampled_from(["", " ", "  ", "\u00a0", "\u00a0 "]))
    if draw(st.booleans()):
        where = draw(st.integers(0, 9))
        gaps[where] = draw(st.sampled_from(WRAPS)) if not gaps[where] else gaps[where].strip() + "\n"
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.integers(0, 9))
        gaps[where] += draw(st.sampled_from(INVISIBLE))
    return "".join(c + (gaps[i] if i < 10 else "") for i, c in enumerate(chars))


@pytest.mark.slow
@given(code=disguised_codes(),
       before=st.sampled_from(["", "Hetu ", "hetu:", "tunnus_", "Asiakas (", "x", "»", "\u200b"]),
       after=st.sampled_from(["", ".", ")", " ja puh.", "_", "kopio", "\n"]))
@settings(max_examples=600, deadline=None)
def test_disguised_valid_codes_are_all_found_covering_the_code_as_written(code, before, after):
    text = before + code + after
    assert scan(text) == [Finding("hetu", len(before), len(before) + len(code), code)]


HELD_OUT_STYLE = [
    "131052\u2013308T", "131052\u2014308T", "131052\u2212308T", "131052\u2011308T", "131052\uff0d308T",
    "131052\u2012308T", "131052\ufe63308T", "13\u00ad10\u00ad52-308T", "1310\u200b52-308T", "131052-3\u200c08T",
    "131052-308\u200dT", "131052\u2060-308T", "131052-\ufeff308T", "131052 - 308T", "131052\u00a0-\u00a0308T",
    "131052 -308T", "13 10 52-308T", "13\u00a010\u00a052-308T", "131052-\n308T", "13105\n2-308T",
    "131052-30\r\n8T", "131052-308\uff34", "131052-308\u0422", "\uff11\uff13\uff11\uff10\uff15\uff12-308T",
    "131052+308T".replace("+", "-"), "010594Y9021", "010594y9021", "010594\u04239021",
    "\u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T",
]


@pytest.mark.parametrize("code", HELD_OUT_STYLE)
@pytest.mark.parametrize("context", ["Asiakkaan tiedot: {}, kiitos.", "hetu_{}", "HETU{}x", "({})"])
def test_held_out_style_disguises_are_found(code, context):
    text = context.format(code)
    start = text.index(code)
    assert scan(text) == [Finding("hetu", start, start + len(code), code)]


# ------------------------------------------------------------- linear in the work done

def scan_work(text: str) -> int:
    """Python-level work of one scan, counted and not timed: every function call (C
    functions included) and every resumption of a generator. Quadratic loops in Python
    make it grow with the square of the text; the clock is never asked."""
    events = 0

    def count(frame, event, arg):
        nonlocal events
        events += 1

    sys.setprofile(count)
    try:
        scan(text)
    finally:
        sys.setprofile(None)
    return events


# (piece, repeats) for 4x the text: chains of overlapping candidates and many findings.
CHAINS = [
    ("ab.ab@", 4_000),             # each address's domain is the next one's local part
    ("a.b@c.fi", 3_000),
    ("0401234567@a.fi", 2_000),    # phones inside e-mail addresses
    ("131052-308T@x.fi ", 1_500),  # identity codes inside e-mail addresses
    ("FI2112345600000785@a.fi ", 1_000),
    ("131052-308T ", 2_000),       # many findings
    ("040 123 4567 ", 2_000),
    ("13\u00ad1052\u2013308T ", 1_500),  # many findings that need the offset map
]


@pytest.mark.parametrize("piece, repeats", CHAINS, ids=lambda value: repr(value)[:12])
def test_work_grows_linearly_with_chains_of_overlapping_candidates(piece: str, repeats: int) -> None:
    """Four times the text must cost about four times the work; quadratic is sixteen. The
    count is exact, so the bound can be tight: five."""
    quarter = scan_work(piece * (repeats // 4))
    full = scan_work(piece * repeats)
    assert full <= 5 * quarter, f"{full / quarter:.1f} times the work for 4 times the text"
