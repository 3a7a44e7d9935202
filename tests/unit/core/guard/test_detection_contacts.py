"""Sensitive-data detector: phone numbers and e-mail addresses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.guard.detection import Finding, scan


def only(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in scan(text)]


# ----------------------------------------------------------------------- phones

PHONES = [
    # Finnish mobiles
    "040 123 4567", "0401234567", "040-1234567", "040-123 4567", "041 123 4567", "044 123 45 67",
    "045 7890 1234", "0457 890 1234", "046 555 0101", "050 555 1234", "050-555 12 34",
    "0400 123 456", "0400123456", "040 1234 567", "(040) 123 4567", "040\u00a0123\u00a04567",
    # Finnish landlines and service numbers
    "09 123 4567", "(09) 1234 567", "02 234 5678", "03 565 6111", "05 123 4567", "06 321 4567",
    "08 123 4567", "013 123 456", "014 266 0000", "017 182 111", "019 123 4567", "09-310 1691",
    "(09) 310 1691", "029 497 000", "020 634 0000", "010 123 4567", "0800 123 456", "0800 98 765",
    # International
    "+358 40 123 4567", "+358401234567", "+358 (0)40 123 4567", "+358-40-123-4567", "+358 9 310 1691",
    "+358 (0)9 310 1691", "00358 40 123 4567", "00358401234567", "+46 8 123 456 78", "+46 70 123 45 67",
    "+44 20 7946 0958", "+44 7700 900123", "+49 30 12345678", "+1 (212) 555-1234", "+1 212 555 1234",
    "+372 5123 4567", "+47 22 12 34 56", "0046 8 123 456 78", "0044 20 7946 0958",
]


@pytest.mark.parametrize("phone", PHONES)
def test_phone_formats_are_found_exactly(phone):
    text = f"Lisätietoja antaa neuvoja, puh. {phone}, arkisin."
    start = text.index(phone)
    assert scan(text) == [Finding("phone", start, start + len(phone), phone)]


@pytest.mark.parametrize("template", [
    "{}", "({})", "puh.{}", "Puhelin: {}.", "p. {};", "tel. {}\n", "»{}«", "<{}>", "soita {}!",
])
def test_phone_with_punctuation_around(template):
    text = template.format("040 123 4567")
    start = text.index("040")
    assert scan(text) == [Finding("phone", start, start + 12, "040 123 4567")]


def test_several_phones_in_one_text():
    text = "Vaihde (09) 310 1691, päivystys 040 123 4567 tai +358 50 555 1234."
    assert only(text) == [
        ("phone", "(09) 310 1691"), ("phone", "040 123 4567"), ("phone", "+358 50 555 1234"),
    ]


def test_number_followed_by_a_year_or_a_count_keeps_only_the_number():
    assert only("Puh. 040 123 4567 2026") == [("phone", "040 123 4567")]
    assert only("p. 09 123 4567 12 kpl") == [("phone", "09 123 4567")]


@pytest.mark.parametrize("text", [
    "040651-2421",  # shaped like an identity code with a wrong check character
    "0201256-6",  # Y-tunnus starting with 0
    "0912345-6",
    "02-11-2026",  # dd-mm-yyyy that begins with an area code
    "09/05/2026",
    "00100 Helsinki", "02100 Espoo", "04400 Järvenpää", "00520 Helsinki",
    "+12 500 000 €", "+12 345 678 euroa", "+1 234 567", "040 123 4567 %",
    "0123456789",  # 012 is no Finnish prefix
    "09 123",  # too short
    "040 12345678901",  # too long
    "0401234567890123",
    "12040 123 4567",  # glued to other digits
    "2026-040-1234567",
    "v0.40.1234567",
    "0012 3456 7890 1234 5678",  # more than 15 digits
    "+0 123 456 789",
])
def test_not_phones(text):
    assert [f for f in scan(text) if f.kind == "phone"] == []


def test_identity_code_shaped_text_is_a_phone_only_when_written_as_one():
    assert only("040 651 2421") == [("phone", "040 651 2421")]
    assert only("040-6512421") == [("phone", "040-6512421")]
    assert only("040651-2421") == []


MOBILE_PREFIXES = ["040", "041", "044", "045", "046", "050"]


@st.composite
def mobile_numbers(draw):
    prefix = draw(st.sampled_from(MOBILE_PREFIXES))
    subscriber = draw(st.text("0123456789", min_size=7, max_size=7))
    style = draw(st.sampled_from(["plain", "space", "dash", "groups", "pairs", "dashgroup", "intl", "intl0",
                                  "intl_plain", "00"]))
    a, b, c = subscriber[:3], subscriber[3:], subscriber
    national = prefix[1:]
    return {
        "plain": f"{prefix}{c}",
        "space": f"{prefix} {c}",
        "dash": f"{prefix}-{c}",
        "groups": f"{prefix} {a} {b}",
        "pairs": f"{prefix} {a} {b[:2]} {b[2:]}",
        "dashgroup": f"{prefix}-{a} {b}",
        "intl": f"+358 {national} {a} {b}",
        "intl0": f"+358 (0){national} {a} {b}",
        "intl_plain": f"+358{national}{c}",
        "00": f"00358 {national} {a} {b}",
    }[style]


@pytest.mark.slow
@given(phone=mobile_numbers(), before=st.sampled_from(["", "puh. ", "Soita numeroon ", "(", "tel: "]),
       after=st.sampled_from(["", ".", ", kiitos.", ")", " tai sähköpostitse.", "\n"]))
@settings(max_examples=400, deadline=None)
def test_random_valid_mobiles_are_found(phone, before, after):
    text = before + phone + after
    assert scan(text) == [Finding("phone", len(before), len(before) + len(phone), phone)]


@given(digits=st.text("0123456789", min_size=1, max_size=30))
@settings(max_examples=300, deadline=None)
def test_plain_digit_runs_are_phones_only_with_a_prefix_and_length(digits):
    findings = scan(f"numero {digits} ")
    for finding in findings:
        assert finding.kind in ("phone", "hetu")
        if finding.kind == "phone":
            assert finding.text == digits
            assert digits.startswith("0") and 7 <= len(digits) <= 17


# ----------------------------------------------------------------------- e-mail

EMAILS = [
    "matti.meikalainen@hel.fi", "kirjaamo@espoo.fi", "Etunimi.Sukunimi@Vantaa.FI", "a@b.co",
    "neuvonta+kysely@kunta.example.fi", "maija_virtanen@pohde.fi", "p.niemi-korhonen@sote.kunta.fi",
    "pääkäyttäjä@kunta.fi", "user%tag@example.org", "0401234567@sms.example.com",
]


@pytest.mark.parametrize("email", EMAILS)
def test_email_addresses_are_found_exactly(email):
    text = f"Lähetä hakemus osoitteeseen {email}."
    start = text.index(email)
    assert scan(text) == [Finding("email", start, start + len(email), email)]


@pytest.mark.parametrize(("text", "expected"), [
    ("<kirjaamo@espoo.fi>", "kirjaamo@espoo.fi"),
    ("mailto:kirjaamo@espoo.fi", "kirjaamo@espoo.fi"),
    ("(kirjaamo@espoo.fi)", "kirjaamo@espoo.fi"),
    ("kirjaamo@espoo.fi, kaupunki@espoo.fi", "kirjaamo@espoo.fi"),
    ("...kirjaamo@espoo.fi...", "kirjaamo@espoo.fi"),
    ("Sähköposti:kirjaamo@espoo.fi", ["Sähköposti", "kirjaamo@espoo.fi"][1]),
])
def test_email_boundaries(text, expected):
    findings = scan(text)
    assert findings[0] == Finding("email", text.index(expected), text.index(expected) + len(expected), expected)


@pytest.mark.parametrize("text", [
    "@kunta", "Tervetuloa @ kaupungintalolle", "matti@localhost", "matti@", "@hel.fi", "a@b.c",
    "kokous @ 12:30", "hinta 3 @ 5,00 €", "matti@kunta.", "matti@-kunta.fi",
])
def test_not_email_addresses(text):
    assert [f for f in scan(text) if f.kind == "email"] == []


def test_emails_and_phones_together():
    text = "Yhteyshenkilö: Maija Virtanen, maija.virtanen@kunta.fi, p. 044 123 4567"
    assert only(text) == [("email", "maija.virtanen@kunta.fi"), ("phone", "044 123 4567")]


@pytest.mark.parametrize("phone", [
    "040\u2013123 4567", "040\u2011123\u20114567", "040\u200b123\u200b4567", "04\u00ad0 123 4567",
    "\uff10\uff14\uff10 123 4567", "040\u00a0123\u202f4567", "+358\u00a040\u00a0123\u00a04567", "\uff0b358 40 123 4567",
    "\u0660\u0664\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666\u0667",
])
def test_disguised_phone_numbers_are_found_as_written(phone):
    text = f"Soita {phone}, kiitos."
    assert scan(text) == [Finding("phone", 6, 6 + len(phone), phone)]


@pytest.mark.parametrize("email", ["kirjaamo\uff20espoo.fi", "kirjaamo\ufe6bespoo.fi", "kirjaamo@espoo\uff0efi"])
def test_disguised_email_addresses_are_found_as_written(email):
    text = f"Osoite {email} tänään"
    assert scan(text) == [Finding("email", 7, 7 + len(email), email)]
