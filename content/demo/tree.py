"""Where every demo page sits: its stable key, its section and its slug per language.

The order here is the order on the site. Texts live in ``pages/`` under the same keys.
"""

# (key, parent key or None, German slug, English slug)
TREE = [
    ("causes", None, "ursachen", "causes"),
    ("bells-palsy", "causes", "idiopathische-fazialisparese", "bells-palsy"),
    ("infections", "causes", "infektionen", "infections"),
    ("injury-tumour-surgery", "causes", "unfall-tumor-operation", "injury-tumour-surgery"),
    ("central-or-peripheral", "causes", "zentral-oder-peripher", "central-or-peripheral"),
    ("forms", None, "formen-und-schweregrade", "forms-and-grading"),
    ("flaccid-or-synkinetic", "forms", "schlaff-oder-synkinetisch", "flaccid-or-synkinetic"),
    ("synkinesis", "forms", "synkinesien", "synkinesis"),
    ("grading-scales", "forms", "einteilung-nach-schweregrad", "grading-scales"),
    ("electrodiagnostics", "forms", "elektrodiagnostik", "electrodiagnostics"),
    ("timing", None, "warum-der-zeitpunkt-entscheidet", "why-timing-matters"),
    ("first-days", "timing", "die-ersten-tage", "the-first-days"),
    ("weeks-and-months", "timing", "nach-wochen-und-monaten", "after-weeks-and-months"),
    ("surgical-time-windows", "timing", "zeitfenster-fuer-operationen", "time-windows-for-surgery"),
    ("non-operative", None, "konservative-therapie", "non-operative-therapy"),
    (
        "cortisone-antivirals",
        "non-operative",
        "kortison-und-virostatika",
        "cortisone-and-antivirals",
    ),
    ("facial-retraining", "non-operative", "fazialistraining", "facial-retraining"),
    ("botulinum-toxin", "non-operative", "botulinumtoxin", "botulinum-toxin"),
    ("surgery", None, "operative-therapie", "surgery"),
    ("nerve-repair", "surgery", "nervennaht-und-nerventransplantat", "nerve-repair-and-grafts"),
    ("nerve-transfers", "surgery", "nerventransfer", "nerve-transfers"),
    (
        "cross-face-nerve-graft",
        "surgery",
        "cross-face-nerventransplantat",
        "cross-face-nerve-graft",
    ),
    (
        "free-muscle-transfer",
        "surgery",
        "freie-muskeltransplantation",
        "free-functional-muscle-transfer",
    ),
    (
        "temporalis-myoplasty",
        "surgery",
        "temporalis-verlaengerungsmyoplastik",
        "lengthening-temporalis-myoplasty",
    ),
    ("eyelid-procedures", "surgery", "lid-und-augenoperationen", "eyelid-and-eye-procedures"),
    (
        "static-procedures",
        "surgery",
        "statische-verfahren-und-zuegelplastik",
        "static-procedures-and-slings",
    ),
    ("synkinesis-treatment", "surgery", "behandlung-von-synkinesien", "treating-synkinesis"),
    ("facelift-brow-lift", "surgery", "facelift-und-stirnlift", "facelift-and-brow-lift"),
    ("eye", None, "das-auge-schuetzen", "protecting-the-eye"),
    ("eye-care-daily", "eye", "augenpflege-im-alltag", "everyday-eye-care"),
    ("eye-warning-signs", "eye", "warnzeichen-am-auge", "eye-warning-signs"),
    ("children", None, "kinder", "children"),
    ("children-acquired", "children", "erworbene-fazialisparese", "acquired-facial-palsy"),
    ("children-congenital", "children", "angeborene-fazialisparese", "congenital-facial-palsy"),
    ("living", None, "leben-mit-fazialisparese", "living-with-facial-palsy"),
    ("everyday-life", "living", "essen-trinken-sprechen", "eating-drinking-speaking"),
    ("wellbeing", "living", "seelische-gesundheit", "emotional-wellbeing"),
    ("about", None, "ueber-uns", "about-us"),
    ("first-visit", "about", "ihr-erster-termin", "your-first-visit"),
    ("referrers", "about", "fuer-zuweisende", "for-referring-doctors"),
]

# Pages that are not part of the medical information (no review footer, not in the menu).
LEGAL = [
    ("impressum", "impressum", "legal-notice"),
    ("privacy", "datenschutz", "privacy"),
    ("accessibility", "barrierefreiheit", "accessibility"),
]

# The page left without an English translation on purpose, to show the notice.
UNTRANSLATED = "referrers"
