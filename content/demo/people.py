"""Fictional clinic staff for the demo content. Every one of them is marked as demo."""

PEOPLE = {
    "hoffmann": {
        "name": "Dr. med. Lena Hoffmann",
        "qualification": {
            "de": "Fachärztin für Plastische und Ästhetische Chirurgie",
            "en": "Consultant in plastic and aesthetic surgery",
        },
    },
    "weber": {
        "name": "Prof. Dr. med. Jonas Weber",
        "qualification": {
            "de": "Facharzt für Hals-Nasen-Ohrenheilkunde, Plastische Operationen",
            "en": "Consultant ENT surgeon, facial plastic surgery",
        },
    },
    "okafor": {
        "name": "Dr. med. Miriam Okafor",
        "qualification": {
            "de": "Fachärztin für Neurologie",
            "en": "Consultant neurologist",
        },
    },
    "schneider": {
        "name": "Dr. med. Paul Schneider",
        "qualification": {
            "de": "Facharzt für Augenheilkunde",
            "en": "Consultant ophthalmologist",
        },
    },
    "yilmaz": {
        "name": "Dr. med. Selin Yılmaz",
        "qualification": {
            "de": "Fachärztin für Kinder- und Jugendmedizin",
            "en": "Consultant paediatrician",
        },
    },
    "berg": {
        "name": "Anna Berg",
        "qualification": {
            "de": "Logopädin, Fazialistherapeutin",
            "en": "Speech and language therapist, facial therapy",
        },
    },
}
