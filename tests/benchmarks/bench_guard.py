"""The sensitive-data guard: three shapes, each beside a same-run baseline.

1. Scan of 1 MB of mixed municipal text (target <= 50 ms). The text is mostly clean
   Finnish prose full of dates, times, amounts, diary numbers and postal codes, with a
   contact block (hetu, phones, e-mail, IBAN) in every tenth paragraph. Baseline: a
   single `re.finditer(r"\\d+", text)` pass over the same text, the floor for "one regex
   pass" that still builds a match object per number.
2. Scan of 300 KB of overlapping e-mail candidates ("ab.ab@ab.ab@..."; each address
   shares its local part with the previous one's domain). This was quadratic (55 s);
   target <= 250 ms. Baseline: one `re.finditer(r"[\\w.]+@", text)` pass.
3. The preview marking 4,000 findings in 208 KB, per keystroke (`PreviewPanel.show_text`
   with a changed text). This was quadratic in the findings (4.8 s). Target: at most 4x
   the baseline, the same panel showing the same text without scanning or marking.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


EMAIL_CHAIN_SIZE = 300_000
EMAIL_CHAIN_TARGET_MS = 250.0
PREVIEW_SIZE = 208_000
PREVIEW_TARGET_RATIO = 4.0


def email_chain(size: int = EMAIL_CHAIN_SIZE) -> str:
    """Addresses glued together: the domain of one is the local part of the next."""
    return ("ab.ab@" * (size // 6 + 1))[:size]


def marked_text(size: int = PREVIEW_SIZE) -> str:
    """About one phone number per 52 characters (4,000 in 208 KB), with an emoji in every
    line so the UTF-16 conversion has work to do."""
    line = "Asiakas Maija, puh. 040 123 4567, tiedot \U0001F600 tässä.\n"
    return (line * (size // len(line) + 1))[:size]


def bench_email_chain() -> None:
    text = email_chain()
    findings = scan(text)
    ours = time_ms(lambda: scan(text), 5)
    floor = time_ms(lambda: sum(1 for _ in re.finditer(r"[\w.]+@", text)), 5)
    figure = median(ours)
    report(
        f"guard scan, {len(text) // 1000} KB e-mail chain ({len(findings)} findings)",
        f"{figure:.1f} ms",
        f"<= {EMAIL_CHAIN_TARGET_MS:g} ms",
        f"one re [\\w.]+@ pass {median(floor):.1f} ms",
        figure <= EMAIL_CHAIN_TARGET_MS,
    )


def bench_preview_marks() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from promptlib.gui.panels import PreviewPanel

    panel = PreviewPanel()
    panel.resize(800, 600)
    panel.show()
    text = marked_text()
    typed = iter(range(10**9))  # every keystroke changes the text, as typing does

    def keystroke(scan_it: bool) -> None:
        panel.show_text(f"{text}{next(typed)}", ["[Nimi]"], scan=scan_it)
        app.processEvents()

    keystroke(True)
    count = len(panel.findings)
    ours, plain = [], []
    for _ in range(5):  # interleaved, so that load on the machine hits both alike; each
        keystroke(True)  # timed keystroke follows one of its kind, as in typing
        ours += time_ms(lambda: keystroke(True), 1)
        keystroke(False)
        plain += time_ms(lambda: keystroke(False), 1)
    figure, floor = median(ours), median(plain)
    panel.close()
    report(
        f"preview keystroke, {len(text) // 1000} KB, {count} findings marked",
        f"{figure:.0f} ms",
        f"<= {PREVIEW_TARGET_RATIO:g}x baseline",
        f"same text unmarked {floor:.0f} ms",
        figure <= PREVIEW_TARGET_RATIO * floor,
    )


def bench_mixed_text() -> None:
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


def main() -> None:
    bench_mixed_text()
    bench_email_chain()
    bench_preview_marks()


if __name__ == "__main__":
    main()
