"""The words and phrases the prompt-quality lint looks for, in Finnish, Swedish and English.

Everything here is matched case-insensitively against the body's prose
(`prose.Prose`: template tags masked). The lists lean towards recognising too much
rather than too little: a rule fires when something is *missing*, and a hint that
fires on a good prompt teaches people to ignore hints (library/README.md,
"Prompt-quality lint"). The tests in tests/unit/core/quality/ hold good and bad
prompts for every rule in every language; add a case there with every word added here.
"""

from __future__ import annotations

import re

from .prose import PLACEHOLDER

# One word of prose, or a `{{ value }}` standing for one.
_W = rf"[\w{PLACEHOLDER}][\w{PLACEHOLDER}'\u2019-]*"


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _compile(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.I)


# -- no-role: a role or point of view, matched where a sentence begins ---------------
ROLE_AT_SENTENCE_START = {
    "fi": _compile(
        # "Toimi kokeneena HR-asiantuntijana", "Toimit kunnan viestijänä": essive -na/-nä.
        r"toimi(?:t)?\s+[^.!?:;\n]{0,120}?[\w-](?:na|nä)\b",
        # "Kokeneena viestijänä laadit ...", "HR-asiantuntijana": an agent noun in the essive.
        rf"(?:{_W}\s+){{0,3}}{_W}(?:ja|jä|ntija|ntijä|lainen|läinen|henkilö|sihteeri|neuvoja)(?:na|nä)\b",
        r"(?:sinä\s+)?olet\b", r"(?:sinun\s+)?roolisi\b", r"roolinasi\b",
        r"kuvittele,?\s+että\s+olet\b", rf"ota\s+(?:{_W}\s+){{1,3}}rooli", r"eläydy\b",
    ),
    "sv": _compile(
        r"du\s+är\b", r"agera\s+som\b", r"som\s+[^.!?:;\n]{1,80}?\s+ska\s+du\b",
        r"du\s+(?:arbetar|jobbar|verkar|fungerar|tjänstgör)\s+som\b", r"din\s+roll\s+är\b",
        r"(?:tänk|föreställ)\s+dig\s+att\s+du\s+är\b", r"(?:anta|ta|inta)\s+rollen\s+som\b",
        r"i\s+rollen\s+som\b", r"fungera\s+som\b",
        r"du\s+(?:hjälper|stöder|stödjer|bistår|skriver|arbetar|jobbar)\b",
    ),
    "en": _compile(
        r"you\s+are\b", r"you['\u2019]re\b", r"act(?:ing)?\s+as\b",
        # "As a communications officer, ..." but not "As a result, ...".
        r"as\s+(?!a\s+(?:result|rule|whole|reminder|start|first\s+step)\b|an\s+example\b)"
        r"(?:an?|our|your)\s+[^.!?:;\n]{1,80}?,",
        r"your\s+role\s+is\b", r"imagine\s+(?:that\s+)?you\s+are\b",
        r"(?:take|assume|play)\s+(?:on\s+)?the\s+role\s+of\b", r"in\s+the\s+role\s+of\b",
        r"you\s+(?:work|serve|support|help|write|advise|assist)\b",
        r"if\s+you\s+were\s+an?\b",
    ),
}
# A point of view the model is to write from: "Kirjoita asukkaan näkökulmasta". A bare
# "näkökulmasta" is not enough ("kuormituksen näkökulmasta" only means "as regards workload").
ROLE_ANYWHERE = {
    "fi": _compile(rf"\b(?:kirjoita|vastaa|kerro|kuvaa|selitä|arvioi|kommentoi)\s+(?:{_W}\s+)?{_W}n\s+näkökulmasta\b"),
    "sv": _compile(rf"\b(?:skriv|svara|berätta|beskriv|förklara|bedöm|kommentera)\s+(?:{_W}\s+)?"
                   rf"ur\s+{_W}\s+(?:perspektiv|synvinkel)\b"),
    "en": _compile(r"\b(?:write|answer|respond|reply|explain|describe|assess|comment)\s+(?:\w+\s+)?"
                   r"from\s+the\s+(?:perspective|point\s+of\s+view|viewpoint)\s+of\b"),
}

# -- no-task: an instruction verb (the imperative) where a sentence or clause begins --
TASK_VERBS = {
    "fi": _word_set("""
        kirjoita laadi tee tiivistä muotoile ehdota luettele selitä käännä korjaa vertaile
        arvioi muokkaa kokoa koosta jäsennä tarkista anna kerro listaa valmistele suunnittele
        luonnostele kuvaa esitä nimeä poimi analysoi luokittele tunnista hahmottele rakenna
        selkeytä lyhennä täydennä kommentoi vastaa ryhmittele ryhmitä priorisoi yhdistä
        laske keksi muunna tuota päivitä kirjaa erittele perustele ideoi auta mieti pohdi etsi
        selvitä opasta neuvo ilmaise järjestä pisteytä kysy kehitä tarkenna
        uudista siisti oikolue kiteytä hahmota mitoita aikatauluta rajaa kuvaile sovella
        havainnollista tulkitse yksinkertaista pilko
        luo laajenna paranna suosittele vertaa käy laadi selosta referoi kuvittele
        """),
    "sv": _word_set("""
        skriv sammanfatta gör föreslå lista förklara översätt formulera skapa utarbeta
        granska jämför bedöm korrigera rätta redigera bearbeta strukturera ordna gruppera
        beskriv analysera identifiera räkna svara ge ange nämn planera utforma sammanställ
        välj prioritera hjälp förenkla förkorta kontrollera bygg komplettera uppdatera
        omformulera klassificera kategorisera motivera kommentera tolka utvärdera
        klargör tydliggör rangordna sortera dokumentera skissa fundera
        presentera
        korrekturläs förbättra rekommendera hitta beräkna extrahera förbered utöka skissera
        berätta gå
        """),
    "en": _word_set("""
        write draft summarise summarize list explain translate propose compare review create
        prepare produce suggest rewrite edit revise correct fix check assess evaluate
        analyse analyze identify outline describe structure organise organize group classify
        categorise categorize rank prioritise prioritize answer respond reply give provide
        name design plan build compose formulate turn convert simplify shorten expand extract
        collect compile highlight recommend generate help draw
        interpret break sort tell present state
        proofread improve polish rephrase reword paraphrase condense tighten clarify
        calculate estimate find detect spot flag mark brainstorm develop define determine
        decide choose select recommend argue justify critique score rate grade map
        transform reformat restructure format tidy clean draw up set out walk go
        """),
}
# Words that may come before the verb: "Lopuksi luettele", "Please write", "Skriv sedan".
TASK_LEAD_WORDS = _word_set("""
    nyt seuraavaksi lopuksi ensin sitten lisäksi myös vielä ole hyvä ja
    nu sedan slutligen först därefter också även vänligen
    please now then first finally next also kindly briefly carefully
    sinä du you
    """)
# After these a clause begins: "Toimi X-na ja kirjoita", "You will write", "Du ska skriva".
TASK_CONJUNCTIONS = _word_set("ja sekä tai och samt eller sedan and or then will should must ska bör")
# Task frames that say "here is what to do" without an imperative.
TASK_FRAMES = {
    "fi": _compile(r"\btehtävä(?:si|näsi)?\s*(?:on\b|:)", r"\bpyydän\s+(?:sinua|että)\b", r"\bhaluan,?\s+että\b",
                   r"\btarvitsen\b"),
    "sv": _compile(r"\b(?:din\s+)?uppgift(?:en)?\s*(?:är\b|:)", r"\bjag\s+(?:vill|behöver)\s+att\s+du\b",
                   r"\bjag\s+behöver\b"),
    "en": _compile(r"\b(?:your\s+)?task\s*(?:is\b|:)", r"\bi\s+(?:want|need|would\s+like)\s+you\s+to\b",
                   r"\bi\s+need\b"),
}

# -- no-output-format: anything that says what the answer looks like ----------------
_LENGTH_FI = (r"sana|virke|virkke|lause|kappale|kappalee|sivu|rivi|merkki|merki|minuut|kohta|kohda|osio|"
              r"kysymy|vaihtoeh|ehdotu|otsiko|luku|luvu")
_LENGTH_SV = r"ord|mening|stycke|sid|rad|tecken|minut|punkt|alternativ|förslag|fråg|rubrik|avsnitt"
_LENGTH_EN = (r"words?|sentences?|paragraphs?|pages?|lines?|characters?|minutes?|points?|items?|options?|"
              r"questions?|bullets?|ideas?|suggestions?|headings?|sections?|steps?|examples?")
_NUMBER_FI = (r"\d+|yksi|yhden|yhteen|kaksi|kahden|kahteen|kolme|kolmen|neljä|neljän|viisi|viiden|kuusi|kuuden|"
              r"seitsemän|kahdeksan|yhdeksän|kymmenen|puoli|puolen|puoleen|puolella|muutama|muutaman|pari")
_NUMBER_SV = r"\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|halv|halva|några|ett\s+par"
_NUMBER_EN = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a|a\s+few|a\s+couple\s+of"
_RANGE = r"(?:\s*[–-]\s*\d+)?"
OUTPUT_FORMAT_ANYWHERE = {
    "fi": _compile(
        r"\b(?:luettelo|luettele|listaa|listana|listaksi|taulukko|taulukk|taulukoi|otsiko|väliotsik|ranskalai|"
        r"luettelomerk|numeroi|kohdittain|kohdiksi|jäsenn|rakenne\b|rakentee(?:n|seen|ssa)\b|rakenteel|"
        r"muodossa\b|muotoon\b|"
        r"kappaleittain|osioihin|osioittain|tässä\s+järjestyksessä|seuraavasti\s*:|näin\s*:|pituus|"
        r"sanamäärä|merkkimäärä|ranskis)",
        rf"\b(?:enintään|korkeintaan|vähintään|alle)\s+(?:{_NUMBER_FI})\b",
        rf"\b(?:{_NUMBER_FI}){_RANGE}\s*(?:[\w-]+\s+)?(?:{_LENGTH_FI})",
    ),
    "sv": _compile(
        r"\b(?:lista|listan|listor|punktlist|punktform|punkter|strecksats|tabell|rubrik|mellanrubrik|numrera|"
        r"strukturera|struktur|disposition|i\s+form\s+av|format|räkna\s+upp|i\s+denna\s+ordning|"
        r"i\s+den\s+här\s+ordningen|så\s+här\s*:|följande\s+delar|längd|ordantal)",
        rf"\b(?:högst|max|minst|under)\s+(?:{_NUMBER_SV}|en|ett)\b",
        rf"\b(?:{_NUMBER_SV}){_RANGE}\s*(?:[\w-]+\s+)?(?:{_LENGTH_SV})",
        r"\b(?:en|ett)\s+(?:kort\s+|enda\s+)?(?:sida|stycke|mening|rad)\b",
    ),
    "en": _compile(
        r"\b(?:list|lists|listing|bullet|bulleted|numbered|tables?\b|tabular|headings?|subheadings?|headlines?|"
        r"sections?\b|structure|structured|format|formatted|outline|in\s+this\s+order|as\s+follows|"
        r"the\s+following\s+parts|length|word\s+count|columns?)",
        rf"\b(?:at\s+most|no\s+more\s+than|up\s+to|at\s+least|under|maximum\s+of)\s+(?:{_NUMBER_EN})\b",
        rf"\b(?:{_NUMBER_EN}){_RANGE}\s*(?:[\w-]+\s+)?(?:{_LENGTH_EN})\b",
        r"\b(?:a|an)\s+(?:short\s+|single\s+|brief\s+)?(?:page|paragraph|sentence|line)\b",
    ),
}
OUTPUT_FORMAT_ANY_LANGUAGE = _compile(r"\b(?:json|csv|tsv|markdown|yaml|xml|html|excel)\b", r"\|\s*:?-{3,}")

# -- vague-wording: open-ended fillers -----------------------------------------------
VAGUE = {
    "fi": _compile(r"\bjne\b\.?", r"\byms\b\.?", r"\bym\.", r"\btms\b\.?", r"\btmv\b\.?",
                   r"\bja\s+niin\s+edelleen\b", r"\bja\s+niin\s+poispäin\b", r"\bynnä\s+muuta\b",
                   r"\bsun\s+muuta\b"),
    "sv": _compile(r"\bosv\b\.?", r"\bo\.s\.v\.?", r"\bm\.m\.", r"\bmed\s+mera\b", r"\boch\s+så\s+vidare\b",
                   r"\bo\.dyl\.?", r"\boch\s+dylikt\b"),
    "en": _compile(r"\band\s+so\s+on\b", r"\band\s+so\s+forth\b", r"\band\s+the\s+like\b",
                   r"\band\s+(?:other\s+)?such\s+things\b", r"\bor\s+whatever\b"),
}
VAGUE_ANY_LANGUAGE = _compile(r"\betc\b\.?", r"\bet\s+cetera\b")

# -- undelimited-input: what counts as marking where pasted material begins and ends --
# A line that is itself a delimiter, or a line that ends by opening one.
DELIMITER_LINE = re.compile(r'\s*(?:"""|```|~~~|---+|===+|\*\*\*+|<[\w -]+>|\[[\w -]+\]|#{1,6}\s.*|\*\*[^*]+\*\*|.*:)\s*')
OPENING_DELIMITER = re.compile(r'(?:"""|```|~~~|<[\w -]+>|:|["“”«»\'(\[])\s*$')
CLOSING_DELIMITER = re.compile(r'\s*(?:"""|```|~~~|</[\w -]+>|["“”«»\')\]])?[\s.,;]*')
