"""Sensitive-data detector: identity codes, IBANs, overlaps, positions, redaction.

Phone numbers and e-mail: test_guard_contacts.py; clean corpus and speed:
test_guard_corpus.py.  Check characters and check digits are computed here
with independent implementations (divmod / datetime / int(ch, 36)).
"""

from __future__ import annotations

import datetime
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.guard.detection import KINDS, Finding, is_valid_hetu, is_valid_iban, scan, scan_values

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}


def make_hetu(day: datetime.date, sign: str, individual: int) -> str:
    """Identity code for *day*; the check character via divmod."""
    assert SIGNS[sign] <= day.year < SIGNS[sign] + 100
    digits = f"{day.day:02d}{day.month:02d}{day.year % 100:02d}{individual:03d}"
    _, remainder = divmod(int(digits), 31)
    return f"{digits[:6]}{sign}{digits[6:]}{CHECK_CHARS[remainder]}"


def raw_hetu(day: int, month: int, yy: int, sign: str, individual: int) -> str:
    """Same, for dates that do not exist (no datetime involved)."""
    digits = f"{day:02d}{month:02d}{yy:02d}{individual:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{CHECK_CHARS[int(digits) % 31]}"


def wrong_check(code: str, rng: random.Random) -> str:
    return code[:-1] + rng.choice([c for c in CHECK_CHARS if c != code[-1]])


def random_date(rng: random.Random, century: int) -> datetime.date:
    first = datetime.date(century, 1, 1).toordinal()
    last = datetime.date(century + 99, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(first, last))


def kinds_texts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in scan(text)]


# ---------------------------------------------------------------- henkilötunnus


def test_known_example_code_is_found_with_exact_position():
    text = "Asiakkaan henkilötunnus on 131052-308T."
    assert scan(text) == [Finding("hetu", 27, 38, "131052-308T")]
    assert is_valid_hetu("131052-308T")


@pytest.mark.parametrize("sign", sorted(SIGNS))
def test_valid_codes_for_every_century_sign_are_found(sign):
    rng = random.Random(f"hetu-{sign}")
    for _ in range(60):
        code = make_hetu(random_date(rng, SIGNS[sign]), sign, rng.randint(2, 899))
        text = f"Hakija (hetu {code}) on saapunut."
        assert is_valid_hetu(code), code
        assert scan(text) == [Finding("hetu", 13, 24, code)], code


@pytest.mark.parametrize("sign", sorted(SIGNS))
def test_wrong_check_character_is_not_reported(sign):
    rng = random.Random(f"wrong-{sign}")
    for _ in range(60):
        code = wrong_check(make_hetu(random_date(rng, SIGNS[sign]), sign, rng.randint(2, 899)), rng)
        assert not is_valid_hetu(code), code
        assert scan(f"Hetu: {code}.") == [], code


@pytest.mark.slow
@given(
    day=st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2099, 12, 31)),
    individual=st.integers(min_value=2, max_value=899),
    data=st.data(),
)
@settings(max_examples=300, deadline=None)
def test_any_valid_code_is_found(day, individual, data):
    century = day.year // 100 * 100
    sign = data.draw(st.sampled_from([s for s, c in SIGNS.items() if c == century]))
    code = make_hetu(day, sign, individual)
    assert scan(f"Tunnus:{code};") == [Finding("hetu", 7, 18, code)]


@pytest.mark.parametrize(
    ("day", "month", "yy", "sign"),
    [
        (31, 2, 95, "-"),  # 31.02.
        (30, 2, 0, "A"),  # 30.02.
        (29, 2, 23, "A"),  # 2023 is not a leap year
        (29, 2, 1, "-"),  # 1901
        (29, 2, 0, "-"),  # 1900: divisible by 100, not by 400
        (29, 2, 0, "+"),  # 1800
        (31, 4, 88, "-"),  # April has 30 days
        (31, 6, 10, "B"),
        (31, 9, 75, "Y"),
        (31, 11, 5, "C"),
        (0, 5, 80, "-"),  # day 00
        (15, 0, 80, "-"),  # month 00
        (15, 13, 80, "-"),  # month 13
        (32, 1, 80, "-"),
    ],
)
def test_impossible_dates_are_not_reported(day, month, yy, sign):
    code = raw_hetu(day, month, yy, sign, 123)
    assert not is_valid_hetu(code)
    assert scan(f"hetu {code}") == []


@pytest.mark.parametrize(
    ("day", "month", "yy", "sign"),
    [(29, 2, 0, "A"), (29, 2, 96, "-"), (29, 2, 4, "+"), (29, 2, 24, "B"), (31, 12, 99, "Y")],
)
def test_leap_days_and_month_ends_that_exist_are_reported(day, month, yy, sign):
    code = raw_hetu(day, month, yy, sign, 456)
    assert is_valid_hetu(code)
    assert kinds_texts(f"hetu {code}") == [("hetu", code)]


@pytest.mark.parametrize(("individual", "valid"), [
    (0, False), (1, False), (2, True), (500, True), (899, True), (900, True), (950, True), (999, True),
])
def test_individual_number_range_is_002_to_999(individual, valid):
    code = make_hetu(datetime.date(1985, 7, 14), "-", individual)
    assert is_valid_hetu(code) is valid
    assert (scan(code) != []) is valid


def test_temporary_codes_in_the_900_range_are_reported():
    # Hospitals and authorities give temporary codes (individual number 900-999) with
    # the same check character: they identify a person too. 010594Y9021 is DVV's
    # published example with the new sign Y.
    assert raw_hetu(1, 5, 94, "Y", 902) == "010594Y9021"
    assert is_valid_hetu("010594Y9021")
    assert scan("hetu 010594Y9021") == [Finding("hetu", 5, 16, "010594Y9021")]
    rng = random.Random("temporary")
    for sign in sorted(SIGNS):
        code = make_hetu(random_date(rng, SIGNS[sign]), sign, rng.randint(900, 999))
        assert scan(f"väliaikainen tunnus {code}.") == [Finding("hetu", 20, 31, code)], code
        assert scan(f"väliaikainen tunnus {wrong_check(code, rng)}.") == [], code


def test_lower_case_sign_and_check_character_are_accepted():
    rng = random.Random("lower")
    for sign in "ABCDEFUVWXY":
        code = make_hetu(random_date(rng, SIGNS[sign]), sign, rng.randint(2, 899))
        lower = code.lower()
        assert is_valid_hetu(lower)
        assert scan(f"hetu {lower}") == [Finding("hetu", 5, 16, lower)]


@pytest.mark.parametrize("bad", [
    "131052-308", "131052-308TT", " 131052-308T", "131052 308T", "131052G308T", "131052Z308T",
    "131052-30BT", "1310520308T", "", "13105-2308T",
])
def test_malformed_codes_are_not_valid(bad):
    assert not is_valid_hetu(bad)


@pytest.mark.parametrize(("template", "start"), [
    ("{}", 0),
    ("Hetu: {}.", 6),
    ("({})", 1),
    ("Henkilötunnus {}, osoite Kotikatu 1.", 14),
    ("»{}«", 1),
    ("\"{}\"", 1),
    ("rivi\n{}\nseuraava", 5),
    ("hetu={}&x=1", 5),
    ("Tunnukset {}/{}", 10),
    ("Hetu:\t{}!", 6),
])
def test_code_embedded_in_text_with_punctuation(template, start):
    code = "131052-308T"
    text = template.format(code, code)
    findings = scan(text)
    assert findings[0] == Finding("hetu", start, start + 11, code)
    assert all(f.kind == "hetu" and f.text == code for f in findings)
    assert len(findings) == template.count("{}")


@pytest.mark.parametrize(("text", "start"), [
    ("x131052-308T", 1), ("131052-308Tb", 0), ("_131052-308T", 1), ("ä131052-308T", 1),
    ("hetu:131052-308T", 5), ("tunnus131052-308Tkopio", 6), ("HETU_131052-308T_", 5),
])
def test_code_glued_to_a_letter_or_underscore_is_reported(text, start):
    assert scan(text) == [Finding("hetu", start, start + 11, "131052-308T")]


@pytest.mark.parametrize("text", ["1131052-308T", "131052-308T5", "9 131052-308T5", "0131052-308T"])
def test_code_glued_to_other_digits_is_not_reported(text):
    # A longer digit structure (an order or reference number) is not an identity code.
    assert scan(text) == []


def test_code_shaped_piece_of_a_hex_hash_is_not_reported():
    code = next(c for c in (make_hetu(datetime.date(2003, 5, d), "A", 100 + n) for d in range(1, 29)
                            for n in range(0, 300)) if c[-1] in "0123456789ABCDEF")
    assert scan(code) == [Finding("hetu", 0, 11, code)]
    digest = "3f9e" + code.lower() + "a7c0d1"  # 21 hex digits in a row: a hash or an id
    assert scan(digest) == []
    assert scan(f"commit {digest} fixes it") == []
    assert scan("id_" + code) == [Finding("hetu", 3, 14, code)]


# ------------------------------------------------------------------------- IBAN


def iban_digits(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def make_iban(country: str, bban: str) -> str:
    check = 98 - iban_digits(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def group(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def random_bban(country: str, rng: random.Random) -> str:
    digits = {"FI": 14, "SE": 20, "DE": 18, "NO": 11, "DK": 14, "EE": 16}
    if country == "GB":
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(
            rng.choice("0123456789") for _ in range(14))
    return "".join(rng.choice("0123456789") for _ in range(digits[country]))


IBAN_COUNTRIES = ["FI", "SE", "DE", "GB", "NO", "DK", "EE"]


@pytest.mark.parametrize("iban", [
    "FI21 1234 5600 0007 85", "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
    "SE45 5000 0000 0583 9825 7466", "FI2112345600000785", "NO9386011117947", "FR1420041010050500013M02606",
])
def test_published_example_ibans(iban):
    assert is_valid_iban(iban)
    text = f"Maksu tilille {iban} eräpäivään mennessä."
    assert scan(text) == [Finding("iban", 14, 14 + len(iban), iban)]


@pytest.mark.parametrize("country", IBAN_COUNTRIES)
def test_generated_ibans_grouped_and_ungrouped_are_found(country):
    rng = random.Random(f"iban-{country}")
    for _ in range(40):
        iban = make_iban(country, random_bban(country, rng))
        for written in (iban, group(iban)):
            assert is_valid_iban(written), written
            text = f"Tilinumero: {written}, viite 12345."
            assert scan(text) == [Finding("iban", 12, 12 + len(written), written)], written


@pytest.mark.parametrize("country", IBAN_COUNTRIES)
def test_ibans_with_one_digit_changed_are_not_reported(country):
    rng = random.Random(f"bad-iban-{country}")
    for _ in range(40):
        iban = make_iban(country, random_bban(country, rng))
        positions = [i for i, ch in enumerate(iban) if ch.isdigit()]
        index = rng.choice(positions)
        changed = iban[:index] + rng.choice([d for d in "0123456789" if d != iban[index]]) + iban[index + 1:]
        for written in (changed, group(changed)):
            assert not is_valid_iban(written), written
            assert [f for f in scan(f"Tili {written}.") if f.kind == "iban"] == [], written


@pytest.mark.parametrize("text", [
    "RF18 5390 0754 7034",  # ISO 11649 creditor reference: same mod-97, not an account
    "FI21 1234 5600 0007 8",  # too short for FI
    "FI21 1234 5600 0007 850",  # too long for FI
    "XX21 1234 5600 0007 85",  # no such country
    "fi21 1234 5600 0007 85",  # lower case is not treated as an IBAN
    "AFI21 1234 5600 0007 85",  # glued to a letter
])
def test_not_ibans(text):
    assert [f for f in scan(text) if f.kind == "iban"] == []


def test_iban_followed_by_upper_case_word_ends_at_the_right_place():
    text = "FI21 1234 5600 0007 85 EUR 120,00"
    assert scan(text) == [Finding("iban", 0, 22, "FI21 1234 5600 0007 85")]


# --------------------------------------------------------------------- overlaps


def test_phone_like_digits_inside_an_iban_are_only_the_iban():
    iban = make_iban("FI", "12340401234567")
    grouped = group(iban)  # FIkk 1234 0401 2345 67
    # The tail on its own would be a mobile number ...
    assert [(f.kind, f.text) for f in scan(grouped[5:])] == [("phone", "0401 2345 67")]
    # ... but inside the IBAN only the IBAN is reported.
    assert scan(f"Tili {grouped}.") == [Finding("iban", 5, 5 + len(grouped), grouped)]


def test_phone_shaped_identity_code_is_only_a_hetu():
    # Find a code of the form 09DDMM-NNNd (a digit as check character): without
    # the dash rule it reads as a Helsinki number "09 1190 1234".
    codes = [make_hetu(datetime.date(1990, 11, 9), "-", n) for n in range(100, 900)]
    code = next(c for c in codes if c[-1].isdigit())
    assert kinds_texts(code.replace("-", " ")) == [("phone", code.replace("-", " "))]
    assert scan(f"Hetu {code}") == [Finding("hetu", 5, 16, code)]


def test_identity_code_and_phone_inside_an_email_address_are_only_the_address():
    text = "Lähetä osoitteeseen 131052-308T@kunta.fi tai 0401234567@sms.kunta.fi."
    assert kinds_texts(text) == [("email", "131052-308T@kunta.fi"), ("email", "0401234567@sms.kunta.fi")]


# ------------------------------------------------------------ positions, API


MIXED = (
    "Hakija: Matti Meikäläinen, hetu 131052-308T\n"
    "Puh. 040 123 4567, sähköposti matti.meikalainen@example.fi\n"
    "Tili FI21 1234 5600 0007 85. Kokous 23.11.2026 klo 12:30."
)


def test_positions_and_texts_are_exact_and_sorted():
    expected = [
        ("hetu", "131052-308T"),
        ("phone", "040 123 4567"),
        ("email", "matti.meikalainen@example.fi"),
        ("iban", "FI21 1234 5600 0007 85"),
    ]
    findings = scan(MIXED)
    assert [(f.kind, f.text) for f in findings] == expected
    for finding in findings:
        assert finding.start == MIXED.index(finding.text)
        assert finding.end == finding.start + len(finding.text)
        assert MIXED[finding.start:finding.end] == finding.text
        assert finding.kind in KINDS


def test_findings_are_frozen():
    finding = scan("131052-308T")[0]
    with pytest.raises(AttributeError):
        finding.kind = "phone"  # type: ignore[misc]


def test_scan_values_reports_only_fields_with_findings():
    values = {"nimi": "Matti", "puhelin": "puh. 09 310 1691", "lisätiedot": "hetu 131052-308T ja 050 555 1234"}
    result = scan_values(values)
    assert set(result) == {"puhelin", "lisätiedot"}
    assert result["puhelin"] == [Finding("phone", 5, 16, "09 310 1691")]
    assert [f.kind for f in result["lisätiedot"]] == ["hetu", "phone"]
    assert scan_values({}) == {}
    assert scan_values({"a": ""}) == {}


@pytest.mark.parametrize("iban", [
    "FI21\u00a01234\u00a05600\u00a00007\u00a085", "FI21\u200b1234\u200b5600\u200b0007\u200b85",
    "FI21 1234 5600 0007 85".replace("FI", "\uff26\uff29"), "FI21 1234 5600 0007 85".replace("1", "\uff11"),
    "FI21\u202f1234\u202f5600\u202f0007\u202f85", "F\u0406" + "21 1234 5600 0007 85",  # Ukrainian I
])
def test_disguised_ibans_are_found_as_written(iban):
    text = f"Tili {iban}."
    assert scan(text) == [Finding("iban", 5, 5 + len(iban), iban)]
