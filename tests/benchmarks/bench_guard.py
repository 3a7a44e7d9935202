"""Sensitive-data scan of 1 MB of mixed municipal text (target <= 50 ms).

The text is mostly clean Finnish prose full of dates, times, amounts, diary
numbers and postal codes, with a contact block (hetu, phones, e-mail, IBAN)
in every tenth paragraph. The same-run baseline is a single
`re.finditer(r"\\d+", text)` pass over the same text: the floor for "one
regex pass" that still builds a match object per number.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parents[1]):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from _harness import median, report, time_ms  # noqa: E402

from promptlib.core.guard.detection import scan  # noqa: E402

SIZE = 1_000_000
REPEAT = 15
TARGET_MS = 50.0

CLEAN = [
    "Kaupunginhallitus päätti kokouksessaan {d}.11.2026 (Dnro {n}/00.01.02/2026) esittää "
    "valtuustolle, että talousarvion toimintamenot ovat 1 234 567 890 euroa ja investoinnit "
    "12 500 000 euroa. Toimintamenot kasvavat 3,5 % edellisvuodesta.",
    "Kokous alkoi klo 9.15 ja päättyi klo 12:30; tauko pidettiin klo 10.45–11.00. Seuraava "
    "kokous pidetään {d}.12.2026 klo 14.00, ja esityslista julkaistaan viikkoa aiemmin.",
    "Asiakastietojärjestelmä päivitetään versioon 6.12.{d} (nykyinen v2.10.3) 1.1.2027 alkaen. "
    "Katso ohje s. 12–15 ja liite 3, sivut 101-115.",
    "Toimittaja Esimerkki Oy (Y-tunnus 1234567-8) toimittaa laitteet tilausnumerolla 45001{n}; "
    "hankinnan arvo on 249 999,00 € (alv 0 %) ja sopimuskausi 2026–2029.",
    "Palvelupiste sijaitsee osoitteessa Kirkkokatu 2, 02100 Espoo, ja postiosoite on PL 1, "
    "00099 Helsingin kaupunki. Aukioloajat ma–pe 8.00–16.00.",
    "Varhaiskasvatuksessa on 31 245 lasta {n} yksikössä; 65 vuotta täyttäneiden osuus on 21,4 % "
    "(2020: 19,8 %). Sosiaali- ja terveyslautakunta 15.3.2026 § {n}.",
    "Oppilaaksiottoalueet lukuvuodelle 2027–2028 vahvistettiin {d}.10.2026. Koulukuljetuksen "
    "raja on 5 km, ja tilahankkeen kustannusarvio on 18,4 M€ (ind. 105,3; 2015=100).",
]
CONTACT = (
    "Yhteyshenkilö Maija Virtanen, hetu 131052-308T, puh. 040 123 {n:04d} tai (09) 310 1691, "
    "maija.virtanen{n}@kunta.fi, tili FI21 1234 5600 0007 85."
)


def mixed_text(size: int = SIZE) -> str:
    parts = []
    length = 0
    index = 0
    while length < size:
        if index % 10 == 9:
            paragraph = CONTACT.format(n=index % 10_000)
        else:
            paragraph = CLEAN[index % len(CLEAN)].format(d=index % 28 + 1, n=index % 900 + 100)
        parts.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def main() -> None:
    text = mixed_text()
    findings = scan(text)
    ours = time_ms(lambda: scan(text), REPEAT)
    floor = time_ms(lambda: sum(1 for _ in re.finditer(r"\d+", text)), REPEAT)
    figure = median(ours)
    report(
        f"guard scan, {len(text) / 1e6:.1f} MB mixed text ({len(findings)} findings)",
        f"{figure:.1f} ms",
        f"<= {TARGET_MS:g} ms",
        f"one re \\d+ pass {median(floor):.1f} ms",
        figure <= TARGET_MS,
    )


if __name__ == "__main__":
    main()
