"""Demo glossary: terms with German and English definitions."""

TERMS = [
    {
        "slug": {"de": "akustikusneurinom", "en": "acoustic-neuroma"},
        "term": {"de": "Akustikusneurinom", "en": "Acoustic neuroma"},
        "synonyms": {
            "de": [
                "Akustikusneurinoms",
                "Akustikusneurinome",
                "Vestibularisschwannom",
                "Vestibularisschwannoms",
            ],
            "en": ["acoustic neuromas", "vestibular schwannoma", "vestibular schwannomas"],
        },
        "definition": {
            "de": "Ein gutartiger Tumor am Gleichgewichtsnerv, der im Schädel dicht neben dem Gesichtsnerv verläuft. Vor allem nach der Operation eines solchen Tumors kann eine Fazialisparese auftreten.",
            "en": "A benign tumour on the balance nerve, which runs right next to the facial nerve inside the skull. Facial palsy can follow, especially after an operation to remove the tumour.",
        },
    },
    {
        "slug": {"de": "angeborene-fazialisparese", "en": "congenital-facial-palsy"},
        "term": {"de": "Angeborene Fazialisparese", "en": "Congenital facial palsy"},
        "synonyms": {
            "de": [
                "angeborenen Fazialisparese",
                "kongenitale Fazialisparese",
                "kongenitalen Fazialisparese",
                "angeborene Gesichtslähmung",
            ],
            "en": ["congenital facial paralysis", "congenital palsy"],
        },
        "definition": {
            "de": "Eine Gesichtslähmung, die schon bei der Geburt besteht. Sie kann darauf beruhen, dass sich der Nerv nicht richtig entwickelt hat, wie beim Möbius-Syndrom, oder durch eine Verletzung während der Geburt entstehen.",
            "en": "A facial palsy that is already there at birth. It may be caused by a nerve that did not develop properly, as in Möbius syndrome, or by an injury during delivery.",
        },
    },
    {
        "slug": {"de": "aerztlicher-bereitschaftsdienst", "en": "on-call-medical-service"},
        "term": {"de": "Ärztlicher Bereitschaftsdienst", "en": "On-call medical service"},
        "synonyms": {
            "de": [
                "ärztlichen Bereitschaftsdienst",
                "ärztlichen Bereitschaftsdienstes",
                "Bereitschaftsdienst",
                "Bereitschaftsdienstes",
            ],
            "en": ["on-call service"],
        },
        "definition": {
            "de": "Ärztliche Hilfe in Deutschland, wenn die Praxen geschlossen sind, etwa abends und am Wochenende. Sie erreichen ihn unter der Telefonnummer 116 117. Hat sich eine Gesichtslähmung über Stunden entwickelt, ohne weitere Zeichen, sollten Sie noch heute ärztlich untersucht werden; außerhalb der Sprechzeiten hilft dabei der Bereitschaftsdienst. Bei Verdacht auf einen Schlaganfall rufen Sie dagegen sofort den Notruf 112 an.",
            "en": "Medical help in Germany when GP practices are closed, for example in the evening and at weekends. You can reach it by phone on 116 117. If facial weakness developed over hours with no other sign, you should see a doctor today; outside surgery hours, this service can help. If a stroke is possible, call 112 instead (999 in the UK). In the UK, NHS 111 gives help of this kind.",
        },
    },
    {
        "slug": {"de": "augensalbe", "en": "eye-ointment"},
        "term": {"de": "Augensalbe", "en": "Eye ointment"},
        "synonyms": {
            "de": ["Augensalben", "Augengel", "Augengele", "Dexpanthenol-Augensalbe"],
            "en": ["eye ointments", "eye gel", "lubricating gel"],
        },
        "definition": {
            "de": "Eine fetthaltige Salbe oder ein Gel für das Auge, das länger haftet als Tropfen. Sie schützt die Hornhaut vor allem nachts, wenn sich das Lid nicht vollständig schließt.",
            "en": "A greasy ointment or gel for the eye that stays in place longer than drops. It protects the cornea, above all at night, when the eyelid does not close fully.",
        },
    },
    {
        "slug": {"de": "bell-parese", "en": "bells-palsy"},
        "term": {"de": "Bell-Parese", "en": "Bell's palsy"},
        "synonyms": {
            "de": [
                "Bell'sche Parese",
                "Bell'schen Parese",
                "Bellsche Parese",
                "Bellschen Parese",
                "Bell-Paresen",
                "idiopathische Fazialisparese",
                "idiopathischen Fazialisparese",
            ],
            "en": ["Bell palsy", "idiopathic facial palsy", "idiopathic facial paralysis"],
        },
        "definition": {
            "de": "Die häufigste Form der Gesichtslähmung. Sie beginnt plötzlich, ohne dass sich eine Ursache finden lässt; deshalb heißt sie auch „idiopathisch“. Viele Betroffene erholen sich von selbst, und Kortison innerhalb von 72 Stunden verbessert die Aussichten.",
            "en": "The most common form of facial palsy. It starts suddenly and no cause can be found, which is why it is also called ‘idiopathic’. Many people get better on their own, and cortisone started within 72 hours improves the outlook.",
        },
    },
    {
        "slug": {"de": "bell-phaenomen", "en": "bells-phenomenon"},
        "term": {"de": "Bell-Phänomen", "en": "Bell's phenomenon"},
        "synonyms": {
            "de": ["Bell'sches Phänomen", "Bell'sche Phänomen", "Bellsches Phänomen"],
            "en": ["Bell phenomenon"],
        },
        "definition": {
            "de": "Eine natürliche Schutzbewegung: Wenn Sie versuchen, das Auge zu schließen, rollt der Augapfel nach oben. Bei einer Gesichtslähmung wird diese Bewegung sichtbar, weil sich das Lid nicht ganz schließt.",
            "en": "A natural protective movement: when you try to close your eye, the eyeball rolls upwards. In facial palsy you can see this happen, because the lid does not close completely.",
        },
    },
    {
        "slug": {"de": "biofeedback", "en": "biofeedback"},
        "term": {"de": "Biofeedback", "en": "Biofeedback"},
        "synonyms": {
            "de": ["EMG-Biofeedback", "Spiegel-Biofeedback"],
            "en": ["EMG biofeedback", "mirror biofeedback"],
        },
        "definition": {
            "de": "Ein Übungsverfahren, bei dem Sie Ihre eigene Muskelaktivität sehen, etwa im Spiegel oder als Signal auf einem Bildschirm (EMG-Biofeedback). So lernen Sie, unerwünschte Mitbewegungen zu bemerken und zu unterdrücken.",
            "en": "A training method in which you can see your own muscle activity, for example in a mirror or as a signal on a screen (EMG biofeedback). It helps you notice unwanted co-movements and learn to hold them back.",
        },
    },
    {
        "slug": {"de": "borreliose", "en": "lyme-disease"},
        "term": {"de": "Borreliose", "en": "Lyme disease"},
        "synonyms": {
            "de": ["Lyme-Borreliose", "Lyme-Krankheit", "Borrelien", "Borrelieninfektion"],
            "en": ["Lyme borreliosis", "borreliosis"],
        },
        "definition": {
            "de": "Eine Infektion mit Bakterien (Borrelien), die durch Zeckenstiche übertragen wird. Erreicht sie das Nervensystem, spricht man von Neuroborreliose; dann kann auch der Gesichtsnerv gelähmt sein. Die Behandlung erfolgt mit Antibiotika.",
            "en": "An infection with bacteria called Borrelia, passed on by tick bites. When it reaches the nervous system it is called neuroborreliosis, and the facial nerve can then be paralysed. It is treated with antibiotics.",
        },
    },
    {
        "slug": {"de": "botulinumtoxin", "en": "botulinum-toxin"},
        "term": {"de": "Botulinumtoxin", "en": "Botulinum toxin"},
        "synonyms": {
            "de": ["Botulinumtoxins", "Botulinumtoxin A", "Botox", "BoNT", "Chemodenervierung"],
            "en": ["botulinum toxin A", "Botox", "BoNT", "chemodenervation"],
        },
        "definition": {
            "de": "Ein Wirkstoff, der die Übertragung des Signals vom Nerv auf den Muskel vorübergehend blockiert. Gezielt in kleinen Mengen gespritzt, schwächt er überaktive Muskeln, zum Beispiel bei Synkinesien oder auf der gesunden Seite für mehr Symmetrie. Die Wirkung hält mehrere Monate an und lässt dann nach; die Behandlung kann wiederholt werden.",
            "en": "A medicine that temporarily blocks the signal from nerve to muscle. Injected in small, targeted doses, it weakens over-active muscles, for example in synkinesis or on the healthy side to improve symmetry. The effect wears off after several months, and the treatment can be repeated.",
        },
    },
    {
        "slug": {"de": "brauenanhebung", "en": "brow-lift"},
        "term": {"de": "Brauenanhebung", "en": "Brow lift"},
        "synonyms": {
            "de": [
                "Augenbrauenanhebung",
                "Brauenlift",
                "Browpexie",
                "Stirnlift",
                "endoskopischer Stirnlift",
                "endoskopische Stirnlift",
                "endoskopischen Stirnlift",
                "endoskopische Stirnanhebung",
            ],
            "en": ["brow lifts", "browpexy", "brow-pexy", "endoscopic brow lift", "forehead lift"],
        },
        "definition": {
            "de": "Eine Operation, die eine abgesunkene Augenbraue wieder anhebt. Ist der Stirnmuskel gelähmt, hängen Braue und Oberlid und können das Blickfeld nach oben einengen. Die Braue wird entweder direkt angehoben oder endoskopisch, also mit einer kleinen Kamera über kurze Schnitte im behaarten Kopf.",
            "en": "An operation to raise an eyebrow that has dropped. When the forehead muscle is paralysed, the brow and upper lid sag and can narrow the upper field of vision. The brow is lifted either directly or endoscopically, that is with a small camera through short cuts hidden in the hair.",
        },
    },
    {
        "slug": {"de": "chorda-tympani", "en": "chorda-tympani"},
        "term": {"de": "Chorda tympani", "en": "Chorda tympani"},
        "synonyms": {
            "de": ["Paukensaite"],
            "en": [],
        },
        "definition": {
            "de": "Ein feiner Ast des Gesichtsnervs, der durch das Mittelohr zieht und Fasern für den Geschmack führt. Ist er mitbetroffen, kann sich der Geschmack verändern.",
            "en": "A fine branch of the facial nerve that runs through the middle ear and carries fibres for taste. If it is affected too, your sense of taste can change.",
        },
    },
    {
        "slug": {"de": "cross-face-nerventransplantat", "en": "cross-face-nerve-graft"},
        "term": {"de": "Cross-Face-Nerventransplantat", "en": "Cross-face nerve graft"},
        "synonyms": {
            "de": [
                "Cross-Face-Nerventransplantats",
                "Cross-Face-Nerventransplantate",
                "Cross-Face-Transplantat",
                "Cross-Face-Nervennaht",
                "CFNG",
            ],
            "en": [
                "cross-face nerve grafts",
                "cross-facial nerve graft",
                "cross-facial grafting",
                "CFNG",
            ],
        },
        "definition": {
            "de": "Ein Stück Nerv aus der Wade (Nervus suralis) wird quer durch das Gesicht gelegt. Es leitet Nervenfasern von der gesunden auf die gelähmte Seite, damit dort ein spontanes, vom Gefühl gesteuertes Lächeln möglich wird. Bis die Fasern das Transplantat durchwachsen haben, vergehen Monate.",
            "en": "A piece of nerve from the calf (the sural nerve) is laid across the face. It carries nerve fibres from the healthy side to the paralysed side, so that a spontaneous, emotional smile becomes possible there. The fibres need months to grow through the graft.",
        },
    },
    {
        "slug": {"de": "defektheilung", "en": "incomplete-recovery"},
        "term": {"de": "Defektheilung", "en": "Incomplete recovery"},
        "synonyms": {
            "de": ["Defektheilungen", "Defektheilungsphase"],
            "en": ["incomplete recovery with sequelae", "sequelae"],
        },
        "definition": {
            "de": "Der Nerv erholt sich, aber nicht vollständig. Typische Folgen sind Synkinesien, Krokodilstränen oder dauerhaft verspannte, verkürzte Muskeln (Kontraktur).",
            "en": "The nerve recovers, but not fully. Typical after-effects (sequelae) are synkinesis, crocodile tears or muscles that stay tight and shortened (contracture).",
        },
    },
    {
        "slug": {"de": "denervierung", "en": "denervation"},
        "term": {"de": "Denervierung", "en": "Denervation"},
        "synonyms": {
            "de": ["denerviert", "denervierte", "denervierten", "denervierter"],
            "en": ["denervated"],
        },
        "definition": {
            "de": "Ein Muskel ist denerviert, wenn er keine Signale mehr von seinem Nerv erhält. Ohne Nervenversorgung kann er sich nicht bewegen und baut mit der Zeit ab.",
            "en": "A muscle is denervated when it no longer receives signals from its nerve. Without a nerve supply it cannot move, and it wastes away over time.",
        },
    },
    {
        "slug": {"de": "eface", "en": "eface"},
        "term": {"de": "eFACE", "en": "eFACE"},
        "synonyms": {
            "de": ["eFACE-Skala", "Auto-eFACE"],
            "en": ["eFACE scale", "Auto-eFACE"],
        },
        "definition": {
            "de": "Eine digitale Bewertungsskala für die Gesichtsfunktion, die Ärztinnen und Ärzte am Computer ausfüllen. Sie liefert getrennte Werte für das Gesicht in Ruhe, in Bewegung und für Synkinesien und stellt das Ergebnis als Grafik dar.",
            "en": "A digital grading scale for facial function that the doctor fills in on a computer. It gives separate scores for the face at rest, in movement and for synkinesis, and shows the result as a chart.",
        },
    },
    {
        "slug": {"de": "ektropium", "en": "ectropion"},
        "term": {"de": "Ektropium", "en": "Ectropion"},
        "synonyms": {
            "de": [
                "paralytisches Ektropium",
                "paralytische Ektropium",
                "paralytischen Ektropium",
                "Ektropion",
            ],
            "en": ["paralytic ectropion"],
        },
        "definition": {
            "de": "Das Unterlid kippt nach außen und liegt nicht mehr am Auge an. Bei einer Gesichtslähmung geschieht das, weil der Ringmuskel um das Auge erschlafft (paralytisches Ektropium). Die Tränen laufen dann über, und das Auge trocknet trotzdem aus.",
            "en": "The lower eyelid turns outwards and no longer lies against the eye. In facial palsy this happens because the ring muscle around the eye has gone slack (paralytic ectropion). Tears then spill over, and yet the eye still dries out.",
        },
    },
    {
        "slug": {"de": "elektrodiagnostik", "en": "electrodiagnostics"},
        "term": {"de": "Elektrodiagnostik", "en": "Electrodiagnostics"},
        "synonyms": {
            "de": [
                "elektrodiagnostische Untersuchung",
                "elektrodiagnostischen Untersuchung",
                "elektrodiagnostische Untersuchungen",
            ],
            "en": ["electrodiagnostic testing", "electrodiagnostic tests", "electrodiagnosis"],
        },
        "definition": {
            "de": "Oberbegriff für Messungen der elektrischen Funktion von Nerv und Muskel, vor allem ENoG und EMG. Sie zeigen, wie stark der Nerv geschädigt ist und ob ein Muskel noch von Nervenfasern erreicht wird oder wieder erreicht werden kann.",
            "en": "An umbrella term for tests of the electrical activity of nerve and muscle, mainly ENoG and EMG. They show how badly the nerve is damaged and whether a muscle still has, or can regain, a nerve supply.",
        },
    },
    {
        "slug": {"de": "emg", "en": "emg"},
        "term": {"de": "EMG", "en": "EMG"},
        "synonyms": {
            "de": ["Elektromyographie", "Elektromyografie", "Nadel-EMG"],
            "en": ["electromyography", "needle EMG"],
        },
        "definition": {
            "de": "Die Elektromyographie misst mit einer feinen Nadelelektrode die elektrische Aktivität in einem Gesichtsmuskel. Sie zeigt, ob Nervenfasern nachwachsen, oft schon bevor eine Bewegung sichtbar ist, und ob ein lange gelähmter Muskel noch neue Nervenfasern annehmen kann.",
            "en": "Electromyography uses a fine needle electrode to record the electrical activity in a facial muscle. It shows whether nerve fibres are growing back, often before any movement can be seen, and whether a long-paralysed muscle can still take up new nerve fibres.",
        },
    },
    {
        "slug": {"de": "enog", "en": "enog"},
        "term": {"de": "ENoG", "en": "ENoG"},
        "synonyms": {
            "de": ["Elektroneurographie", "Elektroneurografie"],
            "en": ["electroneurography"],
        },
        "definition": {
            "de": "Bei der Elektroneurographie wird der Gesichtsnerv in der Nähe des Ohrs mit kleinen Stromimpulsen gereizt. Gemessen wird die Antwort der Muskeln, auf der kranken und auf der gesunden Seite. Der Vergleich hilft in den ersten Wochen abzuschätzen, wie gut sich der Nerv erholen wird.",
            "en": "In electroneurography the facial nerve is stimulated near the ear with small electrical pulses. The response of the muscles is measured on the affected and on the healthy side. Comparing the two sides in the first weeks helps to judge how well the nerve is likely to recover.",
        },
    },
    {
        "slug": {"de": "epiphora", "en": "epiphora"},
        "term": {"de": "Epiphora", "en": "Epiphora"},
        "synonyms": {
            "de": ["Tränenträufeln", "tränendes Auge", "tränende Auge"],
            "en": ["watering eye", "watery eye"],
        },
        "definition": {
            "de": "Das Auge tränt, und die Tränen laufen über die Wange. Bei einer Gesichtslähmung ist das oft sogar ein Zeichen für ein trockenes, gereiztes Auge. Lidschlag und erschlafftes Unterlid verteilen die Tränen dann nicht mehr richtig und leiten sie schlecht ab.",
            "en": "The eye waters and tears run down the cheek. In facial palsy this is often a sign of a dry, irritated eye. The blink and the slack lower lid no longer spread and drain the tears properly.",
        },
    },
    {
        "slug": {"de": "expositionskeratopathie", "en": "exposure-keratopathy"},
        "term": {"de": "Expositionskeratopathie", "en": "Exposure keratopathy"},
        "synonyms": {
            "de": ["Expositionskeratopathien", "Keratopathie"],
            "en": ["keratopathy"],
        },
        "definition": {
            "de": "Schaden an der Hornhaut, weil das Auge nicht mehr ganz geschlossen wird und austrocknet. Ohne Behandlung kann daraus ein Hornhautgeschwür entstehen, das Narben und eine bleibende Sehverschlechterung hinterlässt.",
            "en": "Damage to the cornea because the eye no longer closes fully and dries out. Without treatment it can lead to a corneal ulcer, which leaves scars and a lasting loss of vision.",
        },
    },
    {
        "slug": {"de": "facelift", "en": "facelift"},
        "term": {"de": "Facelift", "en": "Facelift"},
        "synonyms": {
            "de": [
                "Facelifts",
                "Deep-Plane-Facelift",
                "Gesichtsstraffung",
                "Mittelgesichtsstraffung",
            ],
            "en": ["facelifts", "face-lift", "face lift", "rhytidectomy", "midface lift"],
        },
        "definition": {
            "de": "Eine Operation, die die Weichteile des Gesichts strafft und neu ausrichtet. Bei einer Gesichtslähmung verbessert sie vor allem die Symmetrie in Ruhe und wird oft mit einer Zügelplastik oder einem Muskeltransfer kombiniert.",
            "en": "An operation that tightens and repositions the soft tissues of the face. In facial palsy it mainly improves symmetry at rest and is often combined with a sling or a muscle transfer.",
        },
    },
    {
        "slug": {"de": "faszienzuegelplastik", "en": "static-sling"},
        "term": {"de": "Faszienzügelplastik", "en": "Static sling"},
        "synonyms": {
            "de": [
                "Faszienzügelplastiken",
                "Zügelplastik",
                "Zügelplastiken",
                "Aufhängeplastik",
                "Aufhängeplastiken",
                "statische Aufhängung",
                "Fascia-lata-Zügel",
            ],
            "en": ["static slings", "fascia lata sling", "facial sling"],
        },
        "definition": {
            "de": "Ein Streifen Bindegewebe (Faszie) aus dem Oberschenkel hebt den hängenden Mundwinkel an und wird am Jochbogen befestigt, einem Knochenbogen am Wangenknochen. Das Gesicht wirkt in Ruhe sofort ausgeglichener, gewinnt aber keine Bewegung. Der Streifen kann sich im Lauf der Jahre etwas dehnen.",
            "en": "A strip of connective tissue (fascia) from the thigh lifts the drooping corner of the mouth and is fixed to the zygomatic arch, a bony arch at the cheekbone. The face looks more even at rest straight away but gains no movement. The strip can stretch a little over the years.",
        },
    },
    {
        "slug": {"de": "fast-test", "en": "fast-test"},
        "term": {"de": "FAST-Test", "en": "FAST test"},
        "synonyms": {"de": ["FAST-Tests"], "en": ["FAST tests"]},
        "definition": {
            "de": "Ein einfacher Test, mit dem Laien einen Schlaganfall bei einem anderen Menschen erkennen. Die Buchstaben stehen für Face (Gesicht), Arms (Arme), Speech (Sprache) und Time (Zeit). Hängt ein Gesicht plötzlich herab, innerhalb von Minuten, ist das aber schon für sich allein Grund genug, den Notruf 112 anzurufen.",
            "en": "A simple check that helps anyone spot a stroke in someone else. The letters stand for Face, Arms, Speech and Time. But a face that droops suddenly, within minutes, is reason enough on its own to call 112 (999 in the UK).",
        },
    },
    {
        "slug": {"de": "fazialisaeste", "en": "facial-nerve-branches"},
        "term": {"de": "Fazialisäste", "en": "Facial nerve branches"},
        "synonyms": {
            "de": [
                "Fazialisast",
                "Fazialisästen",
                "Äste des Gesichtsnervs",
                "Stirnast",
                "Rami temporales",
                "Rami zygomatici",
                "Rami buccales",
                "Ramus marginalis mandibulae",
                "Ramus colli",
            ],
            "en": [
                "facial nerve branch",
                "temporal branch",
                "frontal branch",
                "zygomatic branch",
                "buccal branch",
                "marginal mandibular branch",
                "cervical branch",
            ],
        },
        "definition": {
            "de": "In der Ohrspeicheldrüse teilt sich der Gesichtsnerv in fünf Hauptäste: für die Stirn, die Augenregion, die Wange, Unterlippe und Kinn sowie den Hals. Jeder Ast versorgt eine Gruppe von Gesichtsmuskeln; deshalb kann eine Verletzung auch nur einen Teil des Gesichts lähmen.",
            "en": "Inside the parotid gland the facial nerve divides into five main branches: for the forehead, the eye area, the cheek, the lower lip and chin, and the neck. Each branch supplies a group of facial muscles, so an injury may paralyse only part of the face.",
        },
    },
    {
        "slug": {"de": "fazialisparese", "en": "facial-palsy"},
        "term": {"de": "Fazialisparese", "en": "Facial palsy"},
        "synonyms": {
            "de": [
                "Fazialisparesen",
                "Facialisparese",
                "Facialisparesen",
                "Fazialislähmung",
                "Gesichtslähmung",
                "Gesichtslähmungen",
                "Gesichtsnervenlähmung",
            ],
            "en": [
                "facial palsies",
                "facial paralysis",
                "facial nerve palsy",
                "facial nerve paralysis",
            ],
        },
        "definition": {
            "de": "Eine Lähmung der Gesichtsmuskeln auf einer oder auf beiden Seiten, weil der Gesichtsnerv nicht richtig arbeitet. Sie kann teilweise (Parese) oder vollständig (Paralyse) sein.",
            "en": "Weakness or paralysis of the facial muscles on one or both sides, because the facial nerve is not working properly. It can be partial (paresis) or complete (paralysis).",
        },
    },
    {
        "slug": {"de": "fazialisreanimation", "en": "facial-reanimation"},
        "term": {"de": "Fazialisreanimation", "en": "Facial reanimation"},
        "synonyms": {
            "de": [
                "Gesichtsreanimation",
                "dynamische Fazialisreanimation",
                "statische Fazialisreanimation",
                "Reanimation des gelähmten Gesichts",
            ],
            "en": [
                "smile reanimation",
                "dynamic reanimation",
                "static reanimation",
                "facial reanimation surgery",
            ],
        },
        "definition": {
            "de": "Sammelbegriff für Operationen, die einem gelähmten Gesicht wieder Bewegung geben (dynamisch) oder zumindest Symmetrie in Ruhe (statisch). Dazu gehören Nervennaht, Nerventransfer, Muskeltransfer und Zügelplastik.",
            "en": "An umbrella term for operations that give a paralysed face movement again (dynamic) or at least symmetry at rest (static). They include nerve repair, nerve transfer, muscle transfer and slings.",
        },
    },
    {
        "slug": {"de": "fazialistraining", "en": "facial-retraining"},
        "term": {"de": "Fazialistraining", "en": "Facial retraining"},
        "synonyms": {
            "de": [
                "Fazialis-Training",
                "Fazialistherapie",
                "neuromuskuläres Training",
                "neuromuskuläre Training",
                "neuromuskulären Training",
                "mimische Übungsbehandlung",
                "Mimiktherapie",
            ],
            "en": [
                "facial neuromuscular retraining",
                "neuromuscular retraining",
                "facial physiotherapy",
                "mime therapy",
            ],
        },
        "definition": {
            "de": "Eine auf Sie zugeschnittene Übungsbehandlung bei Physio-, Ergo- oder Sprachtherapeutinnen und -therapeuten mit besonderer Erfahrung. Mit kleinen, langsamen und möglichst gleichmäßigen Bewegungen lernen Sie, Ihr Gesicht besser zu steuern und Mitbewegungen zu verringern. Kräftiges Grimassieren hilft dabei nicht.",
            "en": "Exercise treatment planned just for you by a physiotherapist, occupational therapist or speech and language therapist with special experience. Small, slow, balanced movements help you control your face better and reduce unwanted co-movements. Forceful grimacing does not help.",
        },
    },
    {
        "slug": {"de": "fehlinnervation", "en": "aberrant-regeneration"},
        "term": {"de": "Fehlinnervation", "en": "Aberrant regeneration"},
        "synonyms": {
            "de": ["Fehlinnervationen", "Fehlregeneration", "Fehlsprossung"],
            "en": [
                "aberrant regrowth",
                "aberrant reinnervation",
                "misdirected reinnervation",
                "misdirected regeneration",
            ],
        },
        "definition": {
            "de": "Beim Nachwachsen finden manche Nervenfasern nicht zu ihrem ursprünglichen Muskel zurück, sondern zu einem anderen. Daraus entstehen Synkinesien: Beim Lächeln schließt sich zum Beispiel das Auge mit.",
            "en": "As the nerve grows back, some fibres find their way to the wrong muscle instead of their original one. This leads to synkinesis: for example, the eye closes as well when you smile.",
        },
    },
    {
        "slug": {"de": "felsenbeinfraktur", "en": "temporal-bone-fracture"},
        "term": {"de": "Felsenbeinfraktur", "en": "Temporal bone fracture"},
        "synonyms": {
            "de": ["Felsenbeinfrakturen", "Felsenbeinbruch"],
            "en": ["temporal bone fractures"],
        },
        "definition": {
            "de": "Ein Bruch des Felsenbeins, des sehr harten Schädelknochens rund um das Innenohr. Der Gesichtsnerv zieht in einem Knochenkanal hindurch und kann bei einem solchen Bruch gequetscht oder durchtrennt werden.",
            "en": "A break in the temporal bone, the very hard part of the skull around the inner ear. The facial nerve runs through it in a bony canal and can be bruised or torn in such a fracture.",
        },
    },
    {
        "slug": {"de": "fibrillationspotentiale", "en": "fibrillation-potentials"},
        "term": {"de": "Fibrillationspotentiale", "en": "Fibrillation potentials"},
        "synonyms": {
            "de": ["Fibrillationspotenziale", "Fibrillationspotential", "Fibrillationen"],
            "en": ["fibrillation potential", "fibrillations"],
        },
        "definition": {
            "de": "Kleine spontane Signale, die das EMG in einem Muskel misst, der seine Nervenversorgung verloren hat. Sie zeigen, dass der Muskel noch besteht und grundsätzlich noch neue Nervenfasern aufnehmen kann.",
            "en": "Small spontaneous signals that the EMG picks up in a muscle that has lost its nerve supply. They show that the muscle is still there and can, in principle, still accept new nerve fibres.",
        },
    },
    {
        "slug": {"de": "fibrosierung", "en": "fibrosis"},
        "term": {"de": "Fibrosierung", "en": "Fibrosis"},
        "synonyms": {
            "de": ["Fibrose", "fibrosiert"],
            "en": ["fibrosed", "fibrotic"],
        },
        "definition": {
            "de": "Der Umbau von Muskelgewebe in festes, narbenähnliches Bindegewebe. Ein Gesichtsmuskel, der lange ohne Nervenversorgung bleibt, kann sich so verändern. Dann können ihn auch neue Nervenfasern nicht mehr bewegen.",
            "en": "Muscle tissue being replaced by firm, scar-like tissue. A facial muscle that stays without a nerve supply for a long time can change in this way. Even new nerve fibres can then no longer move it.",
        },
    },
    {
        "slug": {
            "de": "freie-funktionelle-muskeltransplantation",
            "en": "free-functional-muscle-transfer",
        },
        "term": {
            "de": "Freie funktionelle Muskeltransplantation",
            "en": "Free functional muscle transfer",
        },
        "synonyms": {
            "de": [
                "freien funktionellen Muskeltransplantation",
                "freie Muskeltransplantation",
                "freien Muskeltransplantation",
                "Muskeltransplantation",
                "freier Muskeltransfer",
                "freie Muskeltransfer",
                "freien Muskeltransfer",
            ],
            "en": [
                "free functional muscle transfers",
                "free muscle transfer",
                "functional muscle transfer",
                "free tissue transfer",
                "free muscle transplant",
            ],
        },
        "definition": {
            "de": "Ein Muskel wird mitsamt seinen Blutgefäßen und seinem Nerv ins Gesicht verpflanzt, meist ein Teil des Gracilis von der Innenseite des Oberschenkels. Gefäße und Nerv werden unter dem Mikroskop angeschlossen; später kann der neue Muskel den Mundwinkel zum Lächeln heben. Das Verfahren kommt vor allem bei lange bestehender oder angeborener Lähmung infrage.",
            "en": "A muscle, usually part of the gracilis from the inner thigh, is moved to the face together with its blood vessels and nerve. These are joined up under the microscope, and later the new muscle can lift the corner of the mouth into a smile. It is mainly used when a palsy has lasted a long time or has been there since birth.",
        },
    },
    {
        "slug": {"de": "geburtstraumatische-fazialisparese", "en": "birth-trauma-facial-palsy"},
        "term": {"de": "Geburtstraumatische Fazialisparese", "en": "Birth-trauma facial palsy"},
        "synonyms": {
            "de": ["geburtstraumatischen Fazialisparese", "geburtstraumatische Gesichtslähmung"],
            "en": [
                "birth trauma facial palsy",
                "birth-related facial palsy",
                "birth injury facial palsy",
            ],
        },
        "definition": {
            "de": "Eine Gesichtslähmung beim Neugeborenen, die durch Druck auf den Nerv während der Geburt entsteht, etwa bei einer Zangengeburt. Die meisten dieser Kinder erholen sich vollständig.",
            "en": "Facial palsy in a newborn baby caused by pressure on the nerve during birth, for example in a forceps delivery. Most of these babies recover fully.",
        },
    },
    {
        "slug": {"de": "geschmacksstoerung", "en": "taste-disturbance"},
        "term": {"de": "Geschmacksstörung", "en": "Taste disturbance"},
        "synonyms": {
            "de": ["Geschmacksstörungen", "Geschmacksveränderung", "Dysgeusie"],
            "en": ["taste disturbances", "taste change", "altered taste", "dysgeusia"],
        },
        "definition": {
            "de": "Der Geschmack ist verändert oder abgeschwächt. Das kann bei einer Gesichtslähmung vorkommen, weil der Gesichtsnerv über einen feinen Ast, die Chorda tympani, auch Geschmacksfasern führt.",
            "en": "Your sense of taste is changed or weaker. This can happen in facial palsy, because the facial nerve also carries taste fibres in a fine branch called the chorda tympani.",
        },
    },
    {
        "slug": {"de": "gesichtsnerv", "en": "facial-nerve"},
        "term": {"de": "Gesichtsnerv", "en": "Facial nerve"},
        "synonyms": {
            "de": [
                "Gesichtsnervs",
                "Gesichtsnerven",
                "Fazialisnerv",
                "Nervus facialis",
                "N. facialis",
                "VII. Hirnnerv",
                "siebte Hirnnerv",
                "siebter Hirnnerv",
                "siebten Hirnnerv",
            ],
            "en": [
                "facial nerves",
                "nervus facialis",
                "cranial nerve VII",
                "seventh cranial nerve",
                "CN VII",
            ],
        },
        "definition": {
            "de": "Der siebte Hirnnerv (Nervus facialis). Er steuert die Muskeln der Mimik, also Stirnrunzeln, Lidschluss, Lächeln und Mundbewegungen, und führt außerdem Fasern für Geschmack, Tränen und Speichel. Auf seinem Weg zieht er durch einen engen Knochenkanal im Felsenbein.",
            "en": "The seventh cranial nerve (nervus facialis). It controls the muscles of facial expression – raising the brows, closing the eyes, smiling, moving the mouth – and also carries fibres for taste, tears and saliva. On its way it passes through a narrow bony canal in the temporal bone.",
        },
    },
    {
        "slug": {"de": "goldgewicht", "en": "gold-weight"},
        "term": {"de": "Goldgewicht", "en": "Gold weight"},
        "synonyms": {
            "de": ["Goldgewichte", "Goldgewichts", "Goldimplantat", "Goldimplantate"],
            "en": ["gold weights", "gold implant", "gold eyelid weight"],
        },
        "definition": {
            "de": "Ein kleines, flaches Plättchen aus Gold, das in das Oberlid eingesetzt wird und das Schließen des Auges erleichtert. Das passende Gewicht wird vorher mit Testgewichten bestimmt, die auf das Lid geklebt werden.",
            "en": "A small, flat piece of gold placed in the upper eyelid to make it easier to close the eye. The right weight is chosen beforehand with test weights taped onto the lid.",
        },
    },
    {
        "slug": {"de": "gracilis", "en": "gracilis"},
        "term": {"de": "Gracilis", "en": "Gracilis"},
        "synonyms": {
            "de": [
                "M. gracilis",
                "Musculus gracilis",
                "Gracilismuskel",
                "Gracilis-Muskel",
                "Grazilis",
            ],
            "en": ["gracilis muscle", "gracilis flap"],
        },
        "definition": {
            "de": "Ein langer, schlanker Muskel an der Innenseite des Oberschenkels. Ein Teil davon kann bei der freien Muskeltransplantation ins Gesicht verpflanzt werden; das Bein verliert dadurch in der Regel keine Funktion.",
            "en": "A long, slim muscle on the inner thigh. Part of it can be moved to the face in a free muscle transfer; as a rule, the leg does not lose any function as a result.",
        },
    },
    {
        "slug": {"de": "hemispasmus-facialis", "en": "hemifacial-spasm"},
        "term": {"de": "Hemispasmus facialis", "en": "Hemifacial spasm"},
        "synonyms": {
            "de": ["Spasmus hemifacialis", "Hemispasmus"],
            "en": ["hemifacial spasms"],
        },
        "definition": {
            "de": "Eine eigene Erkrankung und keine Folge einer Gesichtslähmung: Die Muskeln einer Gesichtshälfte zucken unwillkürlich. Ursache ist meist ein Blutgefäß, das am Hirnstamm, dem unteren Teil des Gehirns, auf den Gesichtsnerv drückt.",
            "en": "A separate condition, not a consequence of facial palsy: the muscles on one side of the face twitch involuntarily. The cause is usually a blood vessel that presses on the facial nerve at the brainstem, the lowest part of the brain.",
        },
    },
    {
        "slug": {"de": "hirnnerven", "en": "cranial-nerves"},
        "term": {"de": "Hirnnerven", "en": "Cranial nerves"},
        "synonyms": {
            "de": ["Hirnnerv", "Hirnnervs"],
            "en": ["cranial nerve"],
        },
        "definition": {
            "de": "Nerven, die direkt vom Gehirn ausgehen und nicht vom Rückenmark. Sie sind nummeriert; der Gesichtsnerv ist der siebte (VII). Die Bell-Parese ist die häufigste Erkrankung eines Hirnnervs.",
            "en": "Nerves that leave the brain directly rather than the spinal cord. They are numbered, and the facial nerve is number seven (VII). Bell's palsy is the most common disorder of a cranial nerve.",
        },
    },
    {
        "slug": {"de": "hornhaut", "en": "cornea"},
        "term": {"de": "Hornhaut", "en": "Cornea"},
        "synonyms": {
            "de": ["Augenhornhaut", "Kornea", "Cornea"],
            "en": ["corneas", "corneal"],
        },
        "definition": {
            "de": "Die klare, gewölbte Schicht vorn am Auge. Sie braucht einen ständigen Tränenfilm; schließt das Lid nicht, kann sie austrocknen und Schaden nehmen. Deshalb hat ihr Schutz bei einer Gesichtslähmung vom ersten Tag an Vorrang.",
            "en": "The clear, curved window at the front of the eye. It needs a constant film of tears; if the lid does not close, it can dry out and be damaged. This is why protecting it comes first from the very first day of a facial palsy.",
        },
    },
    {
        "slug": {"de": "hornhautgeschwuer", "en": "corneal-ulcer"},
        "term": {"de": "Hornhautgeschwür", "en": "Corneal ulcer"},
        "synonyms": {
            "de": ["Hornhautgeschwüre", "Hornhautgeschwürs", "Hornhautulkus", "Ulcus corneae"],
            "en": ["corneal ulcers", "corneal ulceration"],
        },
        "definition": {
            "de": "Eine offene, entzündete Stelle auf der Hornhaut, etwa nach längerer Austrocknung. Sie kann Narben und bleibende Sehstörungen hinterlassen und muss umgehend augenärztlich behandelt werden.",
            "en": "An open, inflamed sore on the cornea, for example after the eye has been dry for some time. It can leave scars and lasting damage to sight and needs urgent treatment by an eye specialist.",
        },
    },
    {
        "slug": {"de": "house-brackmann-skala", "en": "house-brackmann-scale"},
        "term": {"de": "House-Brackmann-Skala", "en": "House–Brackmann scale"},
        "synonyms": {
            "de": [
                "House-Brackmann",
                "House-Brackmann-Grad",
                "House-Brackmann-Klassifikation",
                "House-Brackmann-Score",
                "HB-Grad",
            ],
            "en": [
                "House-Brackmann",
                "House–Brackmann",
                "House-Brackmann scale",
                "House-Brackmann grade",
                "HB grade",
            ],
        },
        "definition": {
            "de": "Die am häufigsten verwendete Einteilung der Gesichtslähmung in sechs Grade, von Grad I (normale Funktion) bis Grad VI (keinerlei Bewegung). Synkinesien und Unterschiede zwischen einzelnen Gesichtsregionen erfasst sie nur grob.",
            "en": "The most widely used way of grading facial palsy, with six grades from I (normal function) to VI (no movement at all). It captures synkinesis and differences between parts of the face only roughly.",
        },
    },
    {
        "slug": {"de": "hyperakusis", "en": "hyperacusis"},
        "term": {"de": "Hyperakusis", "en": "Hyperacusis"},
        "synonyms": {
            "de": ["Geräuschempfindlichkeit", "Geräuschüberempfindlichkeit", "Lärmempfindlichkeit"],
            "en": ["sound sensitivity", "sensitivity to sound"],
        },
        "definition": {
            "de": "Eine Überempfindlichkeit gegenüber Geräuschen auf der gelähmten Seite. Der Gesichtsnerv versorgt auch einen winzigen Muskel im Mittelohr (Steigbügelmuskel), der laute Töne dämpft; fällt er aus, wirken Geräusche unangenehm laut.",
            "en": "Over-sensitivity to sound on the paralysed side. The facial nerve also supplies a tiny muscle in the middle ear (the stapedius) that dampens loud sounds; when it stops working, noises can seem unpleasantly loud.",
        },
    },
    {
        "slug": {"de": "hypertone-fazialisparese", "en": "non-flaccid-facial-palsy"},
        "term": {"de": "Hypertone Fazialisparese", "en": "Non-flaccid facial palsy"},
        "synonyms": {
            "de": [
                "hypertonen Fazialisparese",
                "hypertone Parese",
                "spastische Parese",
                "spastische Fazialisparese",
                "nicht schlaffe Fazialisparese",
            ],
            "en": [
                "non-flaccid palsy",
                "hypertonic palsy",
                "hypertonic facial palsy",
                "non-flaccid facial paralysis",
            ],
        },
        "definition": {
            "de": "Eine Form der Defektheilung: Die Muskeln der betroffenen Seite sind nicht schlaff, sondern dauerhaft angespannt, oft zusammen mit Synkinesien. Das Gesicht fühlt sich steif oder wie „eingefroren“ an.",
            "en": "A form of incomplete recovery: the muscles on the affected side are not slack but permanently tense, often together with synkinesis. The face may feel tight or ‘frozen’.",
        },
    },
    {
        "slug": {
            "de": "hypoglossus-fazialis-anastomose",
            "en": "hypoglossal-facial-nerve-transfer",
        },
        "term": {
            "de": "Hypoglossus-Fazialis-Anastomose",
            "en": "Hypoglossal–facial nerve transfer",
        },
        "synonyms": {
            "de": [
                "Hypoglossus-Fazialis-Transfer",
                "Hypoglossus-Fazialis-Jump-Nervennaht",
                "Jump-Nervennaht",
                "Hypoglossustransfer",
                "XII-auf-VII",
            ],
            "en": [
                "hypoglossal-facial transfer",
                "hypoglossal-facial anastomosis",
                "hypoglossal nerve transfer",
                "jump graft",
                "12-to-7",
            ],
        },
        "definition": {
            "de": "Ein Nerventransfer, bei dem Fasern des Nervs, der die Zunge bewegt (Nervus hypoglossus), mit dem Gesichtsnerv verbunden werden. Er gibt dem Gesicht vor allem die Spannung in Ruhe zurück. Neuere Techniken wie die Jump-Nervennaht nutzen nur einen Teil dieses Nervs, um die Zunge zu schonen.",
            "en": "A nerve transfer that joins fibres of the nerve that moves the tongue (the hypoglossal nerve) to the facial nerve. It mainly brings back tone to the face at rest. Newer techniques, such as the jump graft, use only part of this nerve to spare the tongue.",
        },
    },
    {
        "slug": {"de": "iatrogen", "en": "iatrogenic"},
        "term": {"de": "iatrogen", "en": "iatrogenic"},
        "synonyms": {
            "de": ["iatrogene", "iatrogenen", "iatrogener"],
            "en": ["iatrogenically"],
        },
        "definition": {
            "de": "Durch eine ärztliche Behandlung verursacht, zum Beispiel eine Gesichtslähmung nach einer Operation an der Ohrspeicheldrüse, am Ohr oder an der Schädelbasis.",
            "en": "Caused by medical treatment, for example a facial palsy after surgery on the parotid gland, the ear or the base of the skull.",
        },
    },
    {
        "slug": {"de": "kanthopexie", "en": "canthopexy"},
        "term": {"de": "Kanthopexie", "en": "Canthopexy"},
        "synonyms": {
            "de": [
                "Kanthopexien",
                "laterale Kanthopexie",
                "Kanthoplastik",
                "mediale Kanthoplastik",
            ],
            "en": ["lateral canthopexy", "canthoplasty", "medial canthoplasty"],
        },
        "definition": {
            "de": "Eine Operation am Lidwinkel: Das erschlaffte Unterlid wird am äußeren Augenwinkel am Knochen befestigt und liegt so wieder am Auge an. Bei der Kanthoplastik wird der Lidwinkel zusätzlich neu geformt.",
            "en": "An operation at the corner of the eyelids: the slack lower lid is anchored to the bone at the outer corner of the eye, so that it rests against the eye again. In a canthoplasty the corner is also reshaped.",
        },
    },
    {
        "slug": {"de": "kontraktur", "en": "contracture"},
        "term": {"de": "Kontraktur", "en": "Contracture"},
        "synonyms": {
            "de": ["Kontrakturen"],
            "en": ["contractures"],
        },
        "definition": {
            "de": "Eine dauerhafte Verkürzung und Verspannung von Muskeln. Nach einer Gesichtslähmung kann die betroffene Seite dadurch schon in Ruhe angespannt und verzogen wirken.",
            "en": "Lasting shortening and tightness of muscles. After facial palsy it can make the affected side look tense and pulled out of shape even at rest.",
        },
    },
    {
        "slug": {"de": "kortison", "en": "corticosteroids"},
        "term": {"de": "Kortison", "en": "Corticosteroids"},
        "synonyms": {
            "de": [
                "Cortison",
                "Glukokortikoide",
                "Glucocorticoide",
                "Kortikosteroide",
                "Corticosteroide",
                "Steroide",
            ],
            "en": ["corticosteroid", "steroids", "steroid", "cortisone", "glucocorticoids"],
        },
        "definition": {
            "de": "Gebräuchlicher Name für Glukokortikoide, entzündungshemmende Medikamente wie Prednisolon. Bei der Bell-Parese verbessert eine zehntägige Behandlung mit Tabletten die Heilungschancen, wenn sie innerhalb von 72 Stunden nach Beginn der Lähmung startet.",
            "en": "Anti-inflammatory medicines such as prednisolone, often simply called ‘cortisone’ or ‘steroids’. In Bell's palsy, a ten-day course of tablets improves the chances of a good recovery if it is started within 72 hours of the palsy beginning.",
        },
    },
    {
        "slug": {"de": "krokodilstraenen", "en": "crocodile-tears"},
        "term": {"de": "Krokodilstränen", "en": "Crocodile tears"},
        "synonyms": {
            "de": [
                "Krokodilsträne",
                "Krokodilstränen-Phänomen",
                "gustolakrimaler Reflex",
                "gustolakrimale Reflex",
                "gustolakrimalen Reflex",
                "Bogorad-Syndrom",
            ],
            "en": [
                "crocodile tear syndrome",
                "gustatory lacrimation",
                "gustolacrimal reflex",
                "Bogorad syndrome",
            ],
        },
        "definition": {
            "de": "Das Auge der betroffenen Seite tränt beim Essen. Ursache sind Nervenfasern, die nach der Lähmung fehlgeleitet zur Tränendrüse statt zu den Speicheldrüsen gewachsen sind. Botulinumtoxin, in die Tränendrüse gespritzt, kann helfen.",
            "en": "The eye on the affected side waters when you eat. This happens when nerve fibres meant for the salivary glands grow back to the tear gland by mistake. Botulinum toxin injected into the tear gland can help.",
        },
    },
    {
        "slug": {"de": "lagophthalmus", "en": "lagophthalmos"},
        "term": {"de": "Lagophthalmus", "en": "Lagophthalmos"},
        "synonyms": {
            "de": [
                "inkompletter Lidschluss",
                "inkomplette Lidschluss",
                "inkompletten Lidschluss",
                "unvollständiger Lidschluss",
                "unvollständige Lidschluss",
                "unvollständigen Lidschluss",
            ],
            "en": ["incomplete eye closure", "incomplete lid closure", "lagophthalmus"],
        },
        "definition": {
            "de": "Das Auge lässt sich nicht vollständig schließen, sodass auch im Schlaf ein Spalt offen bleibt. Die Hornhaut kann dann austrocknen und muss vom ersten Tag an geschützt werden: mit Tropfen, Salbe und nachts mit Uhrglasverband oder Pflaster.",
            "en": "The eye cannot be closed completely, so a gap stays open, even during sleep. The cornea can then dry out and needs protecting from the first day: with drops, ointment and, at night, a moisture chamber or tape.",
        },
    },
    {
        "slug": {"de": "laterale-tarsalzungenplastik", "en": "lateral-tarsal-strip"},
        "term": {"de": "Laterale Tarsalzungenplastik", "en": "Lateral tarsal strip"},
        "synonyms": {
            "de": ["lateralen Tarsalzungenplastik", "Tarsalzungenplastik", "Tarsal-Strip"],
            "en": ["tarsal strip", "lateral tarsal strip procedure"],
        },
        "definition": {
            "de": "Eine Operation zur Straffung des Unterlids: Am äußeren Lidwinkel wird aus der festen Platte im Lid (Tarsus) ein schmaler Streifen gebildet und am Knochen verankert. Danach liegt das Lid wieder am Auge an.",
            "en": "An operation to tighten the lower eyelid: at the outer corner, a narrow strip is formed from the firm plate inside the lid (the tarsus) and anchored to the bone. The lid then rests against the eye again.",
        },
    },
    {
        "slug": {"de": "lidschluss", "en": "eye-closure"},
        "term": {"de": "Lidschluss", "en": "Eye closure"},
        "synonyms": {
            "de": ["Lidschlusses", "Augenschluss"],
            "en": ["lid closure", "eyelid closure"],
        },
        "definition": {
            "de": "Das Schließen der Augenlider, etwa beim Blinzeln und im Schlaf. Es wird vom Ringmuskel um das Auge bewirkt, den der Gesichtsnerv steuert; bei jedem Lidschlag verteilt sich der Tränenfilm über die Hornhaut.",
            "en": "Closing the eyelids, as when blinking or sleeping. It is done by the ring muscle around the eye, which the facial nerve controls; each blink spreads the tear film over the cornea.",
        },
    },
    {
        "slug": {
            "de": "masseterikus-fazialis-transfer",
            "en": "masseteric-to-facial-nerve-transfer",
        },
        "term": {
            "de": "Masseterikus-Fazialis-Transfer",
            "en": "Masseteric-to-facial nerve transfer",
        },
        "synonyms": {
            "de": [
                "Masseterikus-Transfer",
                "N.-massetericus-Transfer",
                "Massetertransfer",
                "Masseter-Transfer",
                "V-auf-VII",
            ],
            "en": [
                "masseteric nerve transfer",
                "masseter-to-facial nerve transfer",
                "masseteric transfer",
                "5-to-7",
                "V-to-VII",
            ],
        },
        "definition": {
            "de": "Ein Nerventransfer, bei dem ein Ast des Nervs für einen Kaumuskel (Masseter) mit dem Gesichtsnerv verbunden wird. Er führt oft recht schnell zu einem kräftigen Lächeln. Anfangs lösen Sie das Lächeln durch Zubeißen aus; bei manchen Menschen wird es mit Übung müheloser.",
            "en": "A nerve transfer that joins a branch of the nerve to a chewing muscle (the masseter) to the facial nerve. It often gives a strong smile fairly quickly. At first you trigger the smile by biting; with practice it becomes more effortless for some people.",
        },
    },
    {
        "slug": {"de": "mimische-muskulatur", "en": "muscles-of-facial-expression"},
        "term": {"de": "Mimische Muskulatur", "en": "Muscles of facial expression"},
        "synonyms": {
            "de": [
                "mimischen Muskulatur",
                "mimische Muskeln",
                "mimischen Muskeln",
                "Mimikmuskulatur",
                "Gesichtsmuskulatur",
                "Gesichtsmuskeln",
            ],
            "en": [
                "mimetic muscles",
                "facial muscles",
                "facial expression muscles",
                "muscles of expression",
            ],
        },
        "definition": {
            "de": "Die vielen kleinen Muskeln unter der Gesichtshaut, mit denen wir die Stirn runzeln, die Augen schließen, lächeln oder die Lippen spitzen. Sie alle werden vom Gesichtsnerv gesteuert.",
            "en": "The many small muscles under the skin of the face that let us frown, close our eyes, smile or purse our lips. All of them are controlled by the facial nerve.",
        },
    },
    {
        "slug": {"de": "moebius-syndrom", "en": "moebius-syndrome"},
        "term": {"de": "Möbius-Syndrom", "en": "Möbius syndrome"},
        "synonyms": {
            "de": ["Möbius-Syndroms", "Möbius Syndrom", "Moebius-Syndrom", "Moebius Syndrom"],
            "en": ["Moebius syndrome", "Mobius syndrome"],
        },
        "definition": {
            "de": "Eine seltene angeborene Störung: Der Gesichtsnerv und der Nerv, der das Auge zur Seite bewegt (sechster Hirnnerv), sind meist auf beiden Seiten nicht richtig angelegt. Betroffene Kinder können nicht lächeln, nicht zur Seite blicken und die Lider nicht ganz schließen. Oft fallen ihnen auch Saugen und Trinken schwer.",
            "en": "A rare condition present from birth: the facial nerve and the nerve that turns the eye outwards (cranial nerve VI) have not developed properly, usually on both sides. Children cannot smile, look to the side or close their eyelids fully. Feeding is often difficult too.",
        },
    },
    {
        "slug": {"de": "motorische-endplatte", "en": "motor-end-plate"},
        "term": {"de": "Motorische Endplatte", "en": "Motor end-plate"},
        "synonyms": {
            "de": [
                "motorischen Endplatte",
                "motorische Endplatten",
                "motorischen Endplatten",
                "Endplatte",
                "Endplatten",
            ],
            "en": [
                "motor end-plates",
                "motor endplate",
                "motor endplates",
                "end-plate",
                "end-plates",
            ],
        },
        "definition": {
            "de": "Die Kontaktstelle, an der eine Nervenfaser ihr Signal an den Muskel weitergibt. Bleibt ein Muskel lange ohne Nerv, gehen die Endplatten zugrunde; dann können auch neu herangeführte Nervenfasern den Muskel nicht mehr bewegen.",
            "en": "The contact point where a nerve fibre passes its signal on to the muscle. If a muscle is left without a nerve for a long time, the end-plates break down, and even new nerve fibres can then no longer make it move.",
        },
    },
    {
        "slug": {"de": "motorische-ersatzplastik", "en": "regional-muscle-transfer"},
        "term": {"de": "Motorische Ersatzplastik", "en": "Regional muscle transfer"},
        "synonyms": {
            "de": [
                "motorischen Ersatzplastik",
                "motorische Ersatzplastiken",
                "Ersatzplastik",
                "regionaler Muskeltransfer",
                "regionale Muskeltransfer",
                "regionalen Muskeltransfer",
            ],
            "en": ["regional muscle transfers", "local muscle transfer"],
        },
        "definition": {
            "de": "Ein gesunder Muskel aus der Nachbarschaft, meist der Schläfenmuskel (Temporalis), wird so verlagert, dass er den gelähmten Mundwinkel oder das Augenlid bewegen kann. Anders als bei der freien Muskeltransplantation bleibt er dabei mit seinen eigenen Gefäßen und seinem Nerv verbunden.",
            "en": "A healthy neighbouring muscle, usually the temple muscle (temporalis), is moved so that it can pull the paralysed corner of the mouth or the eyelid. Unlike a free muscle transfer, it stays connected to its own blood vessels and nerve.",
        },
    },
    {
        "slug": {"de": "muskelatrophie", "en": "muscle-atrophy"},
        "term": {"de": "Muskelatrophie", "en": "Muscle atrophy"},
        "synonyms": {
            "de": ["Atrophie", "Muskelschwund", "atrophiert", "atrophierte"],
            "en": ["atrophy", "atrophied", "muscle wasting"],
        },
        "definition": {
            "de": "Der Abbau eines Muskels, der nicht mehr benutzt oder nicht mehr von seinem Nerv versorgt wird. Gesichtsmuskeln ohne Nervenversorgung werden mit der Zeit dünner und wandeln sich schließlich in Fett- und Bindegewebe um.",
            "en": "The wasting of a muscle that is no longer used or no longer supplied by its nerve. Facial muscles without a nerve supply grow thinner over time and are finally replaced by fat and scar-like tissue.",
        },
    },
    {
        "slug": {"de": "myektomie", "en": "myectomy"},
        "term": {"de": "Myektomie", "en": "Myectomy"},
        "synonyms": {
            "de": ["Myektomien", "DAO-Myektomie"],
            "en": ["myectomies", "DAO myectomy"],
        },
        "definition": {
            "de": "Bei Synkinesien wird ein Teil eines störend überaktiven Muskels gezielt entfernt, zum Beispiel des Muskels, der den Mundwinkel nach unten zieht. Eine Probespritze mit einem Betäubungsmittel oder mit Botulinumtoxin zeigt vorher, welche Wirkung der Eingriff hätte.",
            "en": "Part of a muscle that has become troublesome and over-active through synkinesis is removed, for example the muscle that pulls the corner of the mouth down. A test injection with a local anaesthetic or botulinum toxin shows beforehand what the operation would achieve.",
        },
    },
    {
        "slug": {"de": "nasolabialfalte", "en": "nasolabial-fold"},
        "term": {"de": "Nasolabialfalte", "en": "Nasolabial fold"},
        "synonyms": {
            "de": ["Nasolabialfalten", "Nasen-Lippen-Falte"],
            "en": ["nasolabial folds"],
        },
        "definition": {
            "de": "Die Falte, die vom Nasenflügel schräg zum Mundwinkel verläuft. Auf der gelähmten Seite ist sie oft flacher; deshalb achten Ärztinnen und Ärzte bei der Einteilung der Lähmung auf sie.",
            "en": "The crease that runs from the side of the nose down to the corner of the mouth. It is often flatter on the paralysed side, so doctors look at it when they grade a palsy.",
        },
    },
    {
        "slug": {"de": "nerveninterponat", "en": "interposition-nerve-graft"},
        "term": {"de": "Nerveninterponat", "en": "Interposition nerve graft"},
        "synonyms": {
            "de": [
                "Nerveninterponats",
                "Nerveninterponate",
                "Interponat",
                "Nerventransplantat",
                "Nerventransplantation",
                "Kabeltransplantat",
            ],
            "en": [
                "interposition graft",
                "cable graft",
                "nerve graft",
                "nerve grafts",
                "nerve grafting",
            ],
        },
        "definition": {
            "de": "Ein Stück körpereigener Nerv, meist aus der Wade (Nervus suralis) oder vom Hals (Nervus auricularis magnus), das eine Lücke im Gesichtsnerv überbrückt. An dieser Leitschiene entlang wachsen die Nervenfasern zum Muskel.",
            "en": "A piece of your own nerve, usually from the calf (sural nerve) or the neck (great auricular nerve), used to bridge a gap in the facial nerve. The nerve fibres grow along this guide to the muscle.",
        },
    },
    {
        "slug": {"de": "nervennaht", "en": "nerve-repair"},
        "term": {"de": "Nervennaht", "en": "Nerve repair"},
        "synonyms": {
            "de": ["Nervennähte", "direkte Nervennaht"],
            "en": ["nerve repairs", "nerve suture", "direct nerve repair"],
        },
        "definition": {
            "de": "Die beiden Enden eines durchtrennten Nervs werden unter dem Mikroskop mit sehr feinen Fäden wieder vereinigt. Am besten gelingt das in den ersten Tagen nach der Verletzung, solange sich der abgetrennte Teil des Nervs noch mit Stromimpulsen aufspüren lässt.",
            "en": "The two ends of a cut nerve are stitched back together under the microscope with very fine thread. This works best in the first few days after the injury, while the cut-off part of the nerve can still be found with electrical pulses.",
        },
    },
    {
        "slug": {"de": "nerventransfer", "en": "nerve-transfer"},
        "term": {"de": "Nerventransfer", "en": "Nerve transfer"},
        "synonyms": {
            "de": ["Nerventransfers", "Nervenumlagerung", "Nervenumlagerungen"],
            "en": ["nerve transfers"],
        },
        "definition": {
            "de": "Ein gesunder Nerv mit einer anderen Aufgabe, etwa für einen Kaumuskel oder die Zunge, wird umgeleitet und mit dem Gesichtsnerv verbunden. Das gelingt nur, solange die eigenen Gesichtsmuskeln noch neue Nervenfasern annehmen können, am besten im ersten Jahr nach Beginn der Lähmung; ein EMG hilft bei der Entscheidung.",
            "en": "A healthy nerve that normally does another job, for example for a chewing muscle or the tongue, is redirected and joined to the facial nerve. This only works while the face's own muscles can still take up new nerve fibres, ideally within the first year of the palsy; an EMG helps to decide.",
        },
    },
    {
        "slug": {"de": "nervus-suralis", "en": "sural-nerve"},
        "term": {"de": "Nervus suralis", "en": "Sural nerve"},
        "synonyms": {
            "de": ["N. suralis", "Suralisnerv"],
            "en": ["nervus suralis"],
        },
        "definition": {
            "de": "Ein Gefühlsnerv an der Außenseite von Wade und Fuß. Er wird häufig als Spendernerv für Nerveninterponate und Cross-Face-Nerventransplantate entnommen; zurück bleibt eine kleine taube Stelle am äußeren Fußrand.",
            "en": "A nerve for skin sensation that runs down the outside of the calf and foot. It is often taken as a donor nerve for nerve grafts and cross-face nerve grafts; afterwards a small numb patch remains on the outer edge of the foot.",
        },
    },
    {
        "slug": {"de": "neuroborreliose", "en": "lyme-neuroborreliosis"},
        "term": {"de": "Neuroborreliose", "en": "Lyme neuroborreliosis"},
        "synonyms": {
            "de": ["Neuroborreliosen"],
            "en": ["neuroborreliosis", "neurological Lyme disease"],
        },
        "definition": {
            "de": "Eine Borreliose, die das Nervensystem erreicht hat. Sie kann eine ein- oder beidseitige Gesichtslähmung auslösen und ist bei Kindern in Gegenden mit vielen Zecken eine häufige Ursache. Antibiotika wirken in den meisten Fällen gut.",
            "en": "Lyme disease that has reached the nervous system. It can cause facial palsy on one or both sides and is a common cause in children in areas with many ticks. Antibiotics work well in most cases.",
        },
    },
    {
        "slug": {"de": "oberlidbeschwerung", "en": "upper-lid-loading"},
        "term": {"de": "Oberlidbeschwerung", "en": "Upper-lid loading"},
        "synonyms": {
            "de": ["Oberlidbeschwerungen", "Lidbeschwerung", "Lidgewicht", "Lidgewichte"],
            "en": [
                "upper lid loading",
                "eyelid loading",
                "lid loading",
                "eyelid weight",
                "lid weight",
            ],
        },
        "definition": {
            "de": "Ein kleines Gewicht aus Gold oder Platin wird in das Oberlid eingesetzt, damit die Schwerkraft beim Schließen des Auges hilft. Der Eingriff lässt sich rückgängig machen, wenn sich der Nerv erholt.",
            "en": "A small gold or platinum weight is placed in the upper eyelid so that gravity helps the eye to close. The procedure can be reversed if the nerve recovers.",
        },
    },
    {
        "slug": {"de": "orale-kompetenz", "en": "oral-competence"},
        "term": {"de": "Orale Kompetenz", "en": "Oral competence"},
        "synonyms": {
            "de": ["oralen Kompetenz", "orale Inkompetenz", "oralen Inkompetenz", "Mundschluss"],
            "en": ["oral incompetence"],
        },
        "definition": {
            "de": "Die Fähigkeit, die Lippen dicht zu schließen, sodass beim Essen, Trinken und Sprechen nichts herausläuft. Ist sie gestört (orale Inkompetenz), kann zum Beispiel Flüssigkeit aus dem gelähmten Mundwinkel laufen.",
            "en": "The ability to seal the lips so that nothing escapes when eating, drinking or speaking. If it is impaired (oral incompetence), drinks may, for example, spill from the paralysed corner of the mouth.",
        },
    },
    {
        "slug": {"de": "paralyse", "en": "paralysis"},
        "term": {"de": "Paralyse", "en": "Paralysis"},
        "synonyms": {
            "de": [
                "Paralysen",
                "komplette Lähmung",
                "vollständige Lähmung",
                "komplette Fazialisparese",
                "vollständige Fazialisparese",
            ],
            "en": ["complete palsy", "complete paralysis", "complete facial palsy"],
        },
        "definition": {
            "de": "Eine vollständige Lähmung: Der Muskel lässt sich gar nicht mehr bewegen. Nach einer vollständigen Gesichtslähmung ist die Erholung seltener vollständig als nach einer teilweisen (Parese).",
            "en": "Complete loss of movement: the muscle cannot be moved at all. After a complete facial palsy, full recovery is less common than after a partial one (paresis).",
        },
    },
    {
        "slug": {"de": "parese", "en": "paresis"},
        "term": {"de": "Parese", "en": "Paresis"},
        "synonyms": {
            "de": [
                "Paresen",
                "Teillähmung",
                "inkomplette Parese",
                "inkomplette Fazialisparese",
                "inkompletten Fazialisparese",
            ],
            "en": ["partial palsy", "partial paralysis", "incomplete palsy", "paretic"],
        },
        "definition": {
            "de": "Eine teilweise Lähmung: Der Muskel ist geschwächt, kann sich aber noch etwas bewegen. Eine teilweise Gesichtslähmung heilt in aller Regel besser aus als eine vollständige.",
            "en": "Partial paralysis: the muscle is weak but can still move a little. A partial facial palsy usually recovers better than a complete one.",
        },
    },
    {
        "slug": {"de": "parotidektomie", "en": "parotidectomy"},
        "term": {"de": "Parotidektomie", "en": "Parotidectomy"},
        "synonyms": {
            "de": ["Parotidektomien", "Parotisoperation", "Parotis-Operation"],
            "en": ["parotidectomies", "parotid surgery"],
        },
        "definition": {
            "de": "Die teilweise oder vollständige Entfernung der Ohrspeicheldrüse, meist wegen eines Tumors. Weil der Gesichtsnerv mitten durch die Drüse zieht, kann er danach geschwächt sein, meist vorübergehend und seltener auf Dauer.",
            "en": "Removal of all or part of the parotid gland, usually because of a tumour. Because the facial nerve runs right through the gland, it can be weakened afterwards, usually for a while and less often for good.",
        },
    },
    {
        "slug": {"de": "parotis", "en": "parotid-gland"},
        "term": {"de": "Parotis", "en": "Parotid gland"},
        "synonyms": {
            "de": ["Ohrspeicheldrüse", "Ohrspeicheldrüsen", "Glandula parotidea"],
            "en": ["parotid", "parotid glands"],
        },
        "definition": {
            "de": "Die Ohrspeicheldrüse, eine Speicheldrüse vor und unter dem Ohr. In ihrem Inneren teilt sich der Gesichtsnerv in seine Hauptäste.",
            "en": "A salivary gland in front of and below the ear. Inside it, the facial nerve divides into its main branches.",
        },
    },
    {
        "slug": {"de": "parotistumor", "en": "parotid-tumour"},
        "term": {"de": "Parotistumor", "en": "Parotid tumour"},
        "synonyms": {
            "de": [
                "Parotistumoren",
                "Parotistumors",
                "Ohrspeicheldrüsentumor",
                "Tumor der Ohrspeicheldrüse",
            ],
            "en": ["parotid tumours", "parotid tumor", "parotid tumors", "parotid lump"],
        },
        "definition": {
            "de": "Eine Geschwulst in der Ohrspeicheldrüse, gutartig oder bösartig. Tritt eine Gesichtslähmung zusammen mit einem Knoten in der Wange oder unter dem Ohr auf, muss sie rasch fachärztlich abgeklärt werden.",
            "en": "A growth in the parotid gland, which may be benign or malignant. Facial palsy together with a lump in the cheek or below the ear needs prompt assessment by a specialist.",
        },
    },
    {
        "slug": {"de": "periphere-fazialisparese", "en": "peripheral-facial-palsy"},
        "term": {"de": "Periphere Fazialisparese", "en": "Peripheral facial palsy"},
        "synonyms": {
            "de": ["peripheren Fazialisparese", "periphere Gesichtslähmung", "periphere Parese"],
            "en": [
                "peripheral palsy",
                "peripheral facial paralysis",
                "peripheral facial nerve palsy",
            ],
        },
        "definition": {
            "de": "Die Lähmung entsteht am Gesichtsnerv selbst, irgendwo auf seinem Weg vom Hirnstamm zum Gesicht. Typischerweise ist auch die Stirn gelähmt; ein Schlaganfall im Hirnstamm kann aber ähnlich aussehen. Beispiele sind die Bell-Parese, die Borreliose, Verletzungen und Tumoren.",
            "en": "The palsy starts in the facial nerve itself, somewhere along its path from the brainstem to the face. Typically the forehead is paralysed as well, but a stroke in the brainstem can look similar. Examples are Bell's palsy, Lyme disease, injuries and tumours.",
        },
    },
    {
        "slug": {"de": "platinkette", "en": "platinum-chain"},
        "term": {"de": "Platinkette", "en": "Platinum chain"},
        "synonyms": {
            "de": ["Platinketten", "Platingewicht", "Platingewichte", "Platinimplantat"],
            "en": ["platinum chains", "platinum weight", "platinum implant"],
        },
        "definition": {
            "de": "Ein Lidgewicht aus kleinen, beweglich verbundenen Gliedern aus Platin. Es ist kleiner als ein starres Goldplättchen und passt sich der Rundung des Oberlids besser an.",
            "en": "An eyelid weight made of small, linked platinum segments. It is smaller than a rigid gold plate and follows the curve of the upper lid better.",
        },
    },
    {
        "slug": {"de": "prednisolon", "en": "prednisolone"},
        "term": {"de": "Prednisolon", "en": "Prednisolone"},
        "synonyms": {
            "de": ["Prednisolons"],
            "en": [],
        },
        "definition": {
            "de": "Ein Kortisonpräparat in Tablettenform und das Standardmedikament bei der Bell-Parese. Die Einnahme sollte innerhalb von 72 Stunden nach Beginn der Lähmung beginnen. Die genaue Dosis legt Ihre Ärztin oder Ihr Arzt fest.",
            "en": "A type of cortisone taken as tablets, and the standard medicine for Bell's palsy. It should be started within 72 hours of the palsy beginning. Your doctor will decide the exact dose.",
        },
    },
    {
        "slug": {"de": "ptosis", "en": "ptosis"},
        "term": {"de": "Ptosis", "en": "Ptosis"},
        "synonyms": {
            "de": ["Lidptosis", "Oberlidptosis", "hängendes Oberlid", "hängende Oberlid"],
            "en": ["drooping eyelid", "droopy eyelid", "eyelid droop"],
        },
        "definition": {
            "de": "Ein herabhängendes Oberlid. Es kann als Nebenwirkung von Botulinumtoxin oder eines Lidgewichts auftreten. Manchmal wird es mit Botulinumtoxin auch absichtlich für einige Zeit herbeigeführt, um das Auge zu schützen.",
            "en": "A drooping upper eyelid. It can be a side effect of botulinum toxin or of an eyelid weight. Sometimes it is caused on purpose for a while with botulinum toxin, to protect the eye.",
        },
    },
    {
        "slug": {"de": "ramsay-hunt-syndrom", "en": "ramsay-hunt-syndrome"},
        "term": {"de": "Ramsay-Hunt-Syndrom", "en": "Ramsay Hunt syndrome"},
        "synonyms": {
            "de": [
                "Ramsay-Hunt-Syndroms",
                "Ramsay Hunt Syndrom",
                "Zoster oticus",
                "Herpes zoster oticus",
            ],
            "en": ["Ramsay-Hunt syndrome", "Ramsay Hunt", "herpes zoster oticus", "zoster oticus"],
        },
        "definition": {
            "de": "Eine Gesichtslähmung durch das wieder aktiv gewordene Windpocken-Virus (Zoster oticus). Typisch sind Bläschen am Ohr oder im Mund, Ohrenschmerzen und manchmal Hörminderung, Ohrgeräusche oder Schwindel. Behandelt wird mit Kortison und einem Virostatikum.",
            "en": "Facial palsy caused by the chickenpox virus becoming active again (herpes zoster oticus). Typical signs are blisters on the ear or in the mouth, earache and sometimes hearing loss, ringing in the ears or dizziness. It is treated with cortisone and an antiviral medicine.",
        },
    },
    {
        "slug": {"de": "reinnervation", "en": "reinnervation"},
        "term": {"de": "Reinnervation", "en": "Reinnervation"},
        "synonyms": {
            "de": ["Reinnervierung", "reinnerviert", "Neurotisation"],
            "en": ["re-innervation", "reinnervated", "neurotization", "neurotisation"],
        },
        "definition": {
            "de": "Ein Muskel wird wieder von Nervenfasern erreicht, entweder von selbst, wenn der Nerv nachwächst, oder nach einer Nervennaht, einem Nerventransfer oder einem Nerveninterponat. Nervenfasern wachsen nur etwa einen Millimeter pro Tag; deshalb dauert es Monate, bis sich der Muskel bewegt.",
            "en": "A muscle is reached by nerve fibres again, either by itself as the nerve grows back, or after nerve repair, a nerve transfer or a nerve graft. Nerve fibres grow only about one millimetre a day, so it takes months before the muscle moves.",
        },
    },
    {
        "slug": {"de": "reinnervationspotentiale", "en": "reinnervation-potentials"},
        "term": {"de": "Reinnervationspotentiale", "en": "Reinnervation potentials"},
        "synonyms": {
            "de": [
                "Reinnervationspotenziale",
                "polyphasische Potentiale",
                "polyphasische Potenziale",
            ],
            "en": ["reinnervation potential", "polyphasic potentials"],
        },
        "definition": {
            "de": "Signale im EMG, die zeigen, dass neue Nervenfasern den Muskel erreichen. Sie sind ein gutes Zeichen und erscheinen oft, bevor eine Bewegung zu sehen ist.",
            "en": "Signals on the EMG showing that new nerve fibres are reaching the muscle. They are a good sign and often appear before any movement can be seen.",
        },
    },
    {
        "slug": {"de": "schlaffe-parese", "en": "flaccid-palsy"},
        "term": {"de": "Schlaffe Parese", "en": "Flaccid palsy"},
        "synonyms": {
            "de": [
                "schlaffen Parese",
                "schlaffe Lähmung",
                "schlaffe Fazialisparese",
                "flakzide Parese",
                "schlaffe Phase",
            ],
            "en": ["flaccid paralysis", "flaccid facial palsy", "flaccid facial paralysis"],
        },
        "definition": {
            "de": "Die gelähmten Gesichtsmuskeln haben keine Spannung: Braue, Unterlid und Mundwinkel hängen, und das Auge schließt nicht. So sieht eine frische Lähmung aus, aber auch eine, die sich nie erholt hat.",
            "en": "The paralysed facial muscles have no tone: the brow, lower lid and corner of the mouth droop, and the eye does not close. This is how a new palsy looks, and also one that has never recovered.",
        },
    },
    {
        "slug": {"de": "schlaganfall", "en": "stroke"},
        "term": {"de": "Schlaganfall", "en": "Stroke"},
        "synonyms": {
            "de": ["Schlaganfalls", "Schlaganfälle", "Hirninfarkt", "Hirnschlag"],
            "en": ["strokes"],
        },
        "definition": {
            "de": "Eine plötzliche Durchblutungsstörung oder Blutung im Gehirn. Er kann eine Gesichtslähmung verursachen, manchmal ohne weitere Zeichen. Kam die Lähmung innerhalb von Minuten, sind Sie nicht sicher oder gibt es weitere Zeichen wie einen schwachen Arm, Sprachstörungen oder Doppelbilder? Dann rufen Sie sofort den Notruf 112 an. Entstand sie über Stunden ohne weitere Zeichen, gehen Sie noch heute zur Ärztin oder zum Arzt.",
            "en": "A sudden loss of blood supply to part of the brain, or a bleed in the brain. It can cause facial weakness, sometimes with no other sign. Did the weakness come on within minutes, are you not sure, or is there any other sign such as a weak arm, trouble speaking or double vision? Then call 112 now (999 in the UK). If it developed over hours with no other sign, see a doctor today.",
        },
    },
    {
        "slug": {"de": "selektive-neurektomie", "en": "selective-neurectomy"},
        "term": {"de": "Selektive Neurektomie", "en": "Selective neurectomy"},
        "synonyms": {
            "de": [
                "selektiven Neurektomie",
                "modifizierte selektive Neurektomie",
                "Neurektomie",
                "Neurektomien",
                "selektive Neurolyse",
            ],
            "en": ["modified selective neurectomy", "neurectomy", "selective neurolysis"],
        },
        "definition": {
            "de": "Eine Operation bei Synkinesien: Feine Nervenäste, die störende Gegenbewegungen auslösen, werden gezielt durchtrennt, während die Äste für das Lächeln erhalten bleiben. Vorher zeigt eine Probe mit Botulinumtoxin, ob der Eingriff helfen kann.",
            "en": "An operation for synkinesis: small nerve branches that drive unwanted counter-movements are cut, while the branches for smiling are kept. A trial with botulinum toxin beforehand shows whether the operation is likely to help.",
        },
    },
    {
        "slug": {"de": "spiegeltraining", "en": "mirror-therapy"},
        "term": {"de": "Spiegeltraining", "en": "Mirror therapy"},
        "synonyms": {
            "de": ["Spiegeltherapie", "Spiegelübungen"],
            "en": ["mirror training", "mirror exercises"],
        },
        "definition": {
            "de": "Übungen vor dem Spiegel, bei denen Sie Ihre Gesichtsbewegungen beobachten und gezielt angleichen. Nicht alle Therapeutinnen und Therapeuten arbeiten mit dem Spiegel; manche lassen die Bewegung lieber erspüren als anschauen.",
            "en": "Exercises in front of a mirror, in which you watch your facial movements and learn to even them out. Not all therapists use a mirror; some prefer you to feel the movement rather than watch it.",
        },
    },
    {
        "slug": {"de": "stennert-index", "en": "stennert-index"},
        "term": {"de": "Stennert-Index", "en": "Stennert index"},
        "synonyms": {
            "de": ["Stennert-Score", "Stennert-Skala"],
            "en": ["Stennert score", "Stennert scale"],
        },
        "definition": {
            "de": "Eine in der deutschen Fachliteratur verwendete Skala für die Schwere einer Gesichtslähmung, von 0 (normal) bis 10 (stärkste Lähmung).",
            "en": "A scale used in the German medical literature for the severity of facial palsy, from 0 (normal) to 10 (most severe paralysis).",
        },
    },
    {
        "slug": {"de": "stirnaussparung", "en": "forehead-sparing"},
        "term": {"de": "Stirnaussparung", "en": "Forehead sparing"},
        "synonyms": {
            "de": ["Aussparung der Stirn", "ausgesparte Stirn"],
            "en": ["sparing of the forehead", "forehead-sparing"],
        },
        "definition": {
            "de": "Die Stirn lässt sich trotz Gesichtslähmung noch runzeln. Das spricht eher für eine Ursache im Gehirn, etwa einen Schlaganfall. Verlassen Sie sich aber nicht selbst auf dieses Zeichen. Entscheidend ist, wie die Lähmung begann. Kam sie innerhalb von Minuten oder mit weiteren Zeichen, rufen Sie sofort den Notruf 112 an. Entstand sie über Stunden, gehen Sie noch heute zur Ärztin oder zum Arzt.",
            "en": "The forehead can still be wrinkled despite the facial palsy. This points more towards a cause in the brain, such as a stroke. But do not rely on this sign yourself. What counts is how the weakness began: within minutes or with other signs, call 112 now (999 in the UK); over hours, see a doctor today.",
        },
    },
    {
        "slug": {"de": "stirnbeteiligung", "en": "forehead-involvement"},
        "term": {"de": "Stirnbeteiligung", "en": "Forehead involvement"},
        "synonyms": {
            "de": ["Beteiligung der Stirn", "Stirn mitbetroffen"],
            "en": ["involvement of the forehead", "forehead involved"],
        },
        "definition": {
            "de": "Auch die Stirn ist gelähmt und lässt sich nicht mehr runzeln. Das ist typisch für eine periphere Fazialisparese, bei der der Nerv selbst geschädigt ist. Einen Schlaganfall schließt es aber nicht sicher aus.",
            "en": "The forehead is paralysed too and can no longer be wrinkled. This is typical of a peripheral facial palsy, in which the nerve itself is damaged. It does not safely rule out a stroke, however.",
        },
    },
    {
        "slug": {"de": "sunnybrook-skala", "en": "sunnybrook-facial-grading-system"},
        "term": {"de": "Sunnybrook-Skala", "en": "Sunnybrook Facial Grading System"},
        "synonyms": {
            "de": [
                "Sunnybrook",
                "Sunnybrook Facial Grading System",
                "Sunnybrook-Score",
                "Sunnybrook-Wert",
            ],
            "en": ["Sunnybrook", "Sunnybrook scale", "Sunnybrook score", "SFGS"],
        },
        "definition": {
            "de": "Eine Bewertungsskala, die Symmetrie in Ruhe, willkürliche Bewegungen und Synkinesien getrennt beurteilt. Daraus ergibt sich ein Gesamtwert zwischen 0 (vollständige schlaffe Lähmung) und 100 (normal). Sie wird besonders in der Forschung eingesetzt.",
            "en": "A grading scale that scores resting symmetry, voluntary movement and synkinesis separately. Together they give an overall score between 0 (complete flaccid paralysis) and 100 (normal). It is used especially in research.",
        },
    },
    {
        "slug": {"de": "synkinesien", "en": "synkinesis"},
        "term": {"de": "Synkinesien", "en": "Synkinesis"},
        "synonyms": {
            "de": [
                "Synkinese",
                "synkinetisch",
                "synkinetische",
                "synkinetischen",
                "Mitbewegungen",
                "unwillkürliche Mitbewegungen",
                "Massenbewegung",
                "Massenbewegungen",
            ],
            "en": [
                "synkineses",
                "synkinetic",
                "co-movements",
                "involuntary co-movements",
                "mass movement",
                "mass movements",
            ],
        },
        "definition": {
            "de": "Unwillkürliche Mitbewegungen nach einer Gesichtslähmung: Beim Lächeln schließt sich zum Beispiel das Auge, oder beim Blinzeln bewegen sich Wange oder Kinn. Sie entstehen, weil nachwachsende Nervenfasern zum Teil die falschen Muskeln erreichen. Fazialistraining, Botulinumtoxin und in ausgewählten Fällen eine Operation können helfen.",
            "en": "Involuntary co-movements after facial palsy: for instance, the eye closes when you smile, or the cheek or chin moves when you blink. They arise because some regrowing nerve fibres reach the wrong muscles. Facial retraining, botulinum toxin and, in selected cases, surgery can help.",
        },
    },
    {
        "slug": {"de": "tarsorrhaphie", "en": "tarsorrhaphy"},
        "term": {"de": "Tarsorrhaphie", "en": "Tarsorrhaphy"},
        "synonyms": {
            "de": ["Tarsorrhaphien", "laterale Tarsorrhaphie"],
            "en": ["tarsorrhaphies", "lateral tarsorrhaphy"],
        },
        "definition": {
            "de": "Ober- und Unterlid werden an einer Stelle, meist am äußeren Rand, teilweise miteinander vernäht. Das verkleinert die Lidspalte und schützt die Hornhaut. Sie kann vorübergehend angelegt werden; eine dauerhafte Tarsorrhaphie kommt heute nur noch infrage, wenn sich die Hornhaut nicht anders schützen lässt.",
            "en": "The upper and lower eyelids are partly stitched together, usually at the outer corner. This narrows the eye opening and protects the cornea. It can be done as a temporary measure; a permanent one is now only used when the cornea cannot be protected in any other way.",
        },
    },
    {
        "slug": {"de": "temporalis", "en": "temporalis"},
        "term": {"de": "Temporalis", "en": "Temporalis"},
        "synonyms": {
            "de": ["M. temporalis", "Musculus temporalis", "Schläfenmuskel", "Temporalismuskel"],
            "en": ["temporalis muscle", "temporal muscle"],
        },
        "definition": {
            "de": "Der Schläfenmuskel, ein kräftiger Kaumuskel. Ihn steuert der Trigeminusnerv (fünfter Hirnnerv), nicht der Gesichtsnerv. Deshalb arbeitet er bei einer Gesichtslähmung meist noch und kann zum Mundwinkel oder zum Augenlid verlagert werden.",
            "en": "The temple muscle, a strong chewing muscle. It is controlled by the trigeminal nerve (cranial nerve V), not by the facial nerve. So it usually still works in facial palsy and can be moved to the corner of the mouth or the eyelid.",
        },
    },
    {
        "slug": {"de": "traenenersatzmittel", "en": "artificial-tears"},
        "term": {"de": "Tränenersatzmittel", "en": "Artificial tears"},
        "synonyms": {
            "de": [
                "Tränenersatz",
                "künstliche Tränen",
                "Benetzungstropfen",
                "befeuchtende Augentropfen",
            ],
            "en": [
                "lubricating drops",
                "lubricating eye drops",
                "tear substitutes",
                "eye lubricants",
            ],
        },
        "definition": {
            "de": "Tropfen oder Gele, die den fehlenden Tränenfilm ersetzen und die Hornhaut feucht halten. Schließt das Auge nicht, werden sie tagsüber sehr häufig getropft; für den häufigen Gebrauch eignen sich Präparate ohne Konservierungsstoffe.",
            "en": "Drops or gels that replace the missing tear film and keep the cornea moist. If the eye does not close, they are needed very often during the day; for frequent use, choose products without preservatives.",
        },
    },
    {
        "slug": {"de": "uhrglasverband", "en": "moisture-chamber"},
        "term": {"de": "Uhrglasverband", "en": "Moisture chamber"},
        "synonyms": {
            "de": ["Uhrglasverbände", "Uhrglasverbandes", "Uhrglasverbands", "Feuchtkammer"],
            "en": ["moisture chambers", "watch-glass bandage", "watch glass bandage"],
        },
        "definition": {
            "de": "Ein durchsichtiger, gewölbter Kunststoffschild, der rund um das Auge aufgeklebt wird. Darunter bleibt die Luft feucht, sodass die Hornhaut vor allem nachts nicht austrocknet.",
            "en": "A clear, curved plastic shield that is stuck on around the eye. The air underneath stays moist, so the cornea does not dry out, especially at night.",
        },
    },
    {
        "slug": {"de": "unterlidstraffung", "en": "lower-lid-tightening"},
        "term": {"de": "Unterlidstraffung", "en": "Lower-lid tightening"},
        "synonyms": {
            "de": ["Unterlidstraffungen", "Unterlid-Straffung"],
            "en": ["lower lid tightening", "lower eyelid tightening"],
        },
        "definition": {
            "de": "Sammelbegriff für Operationen, die ein erschlafftes, abstehendes Unterlid wieder straff an das Auge legen, zum Beispiel Kanthopexie oder laterale Tarsalzungenplastik. Das schützt das Auge und verringert das Tränenträufeln.",
            "en": "Operations that bring a slack, sagging lower eyelid back into firm contact with the eye, for example a canthopexy or a lateral tarsal strip. This protects the eye and reduces watering.",
        },
    },
    {
        "slug": {
            "de": "verlaengerungs-temporalismyoplastik",
            "en": "lengthening-temporalis-myoplasty",
        },
        "term": {
            "de": "Verlängerungs-Temporalismyoplastik",
            "en": "Lengthening temporalis myoplasty",
        },
        "synonyms": {
            "de": [
                "Temporalismyoplastik",
                "Temporalis-Muskeltransfer",
                "Temporalistransfer",
                "Temporalis-Transfer",
                "Operation nach Labbé",
                "LTM",
            ],
            "en": [
                "temporalis myoplasty",
                "temporalis transfer",
                "temporalis muscle transfer",
                "Labbé technique",
                "LTM",
            ],
        },
        "definition": {
            "de": "Eine Operation nach Labbé: Der ganze Schläfenmuskel wird an seinem Ansatz am Unterkiefer gelöst und an Oberlippe und Mundwinkel neu befestigt. Das Gesicht wirkt in Ruhe sofort ausgeglichener. Danach üben Sie über Monate, vom Lächeln durch Zubeißen hin zu einem willkürlichen und später spontanen Lächeln.",
            "en": "An operation described by Labbé: the whole temple muscle is released from where it attaches to the lower jaw and fixed to the upper lip and the corner of the mouth. The face looks more balanced at rest straight away. Over the following months you train, from a smile triggered by biting towards a voluntary and later a spontaneous smile.",
        },
    },
    {
        "slug": {"de": "virostatika", "en": "antivirals"},
        "term": {"de": "Virostatika", "en": "Antivirals"},
        "synonyms": {
            "de": [
                "Virostatikum",
                "antivirale Medikamente",
                "antiviralen Medikamente",
                "Aciclovir",
                "Valaciclovir",
            ],
            "en": [
                "antiviral",
                "antiviral medicines",
                "antiviral drugs",
                "aciclovir",
                "acyclovir",
                "valaciclovir",
            ],
        },
        "definition": {
            "de": "Medikamente gegen Viren, etwa Aciclovir oder Valaciclovir. Bei der Bell-Parese werden sie nicht allein gegeben und bringen zusätzlich zu Kortison höchstens einen kleinen Vorteil. Beim Ramsay-Hunt-Syndrom gehören sie dagegen fest zur Behandlung.",
            "en": "Medicines against viruses, such as aciclovir or valaciclovir. In Bell's palsy they are not given on their own and add at most a small benefit to cortisone. In Ramsay Hunt syndrome, however, they are a standard part of treatment.",
        },
    },
    {
        "slug": {"de": "wallersche-degeneration", "en": "wallerian-degeneration"},
        "term": {"de": "Waller'sche Degeneration", "en": "Wallerian degeneration"},
        "synonyms": {
            "de": ["Wallersche Degeneration", "Wallerschen Degeneration", "Waller-Degeneration"],
            "en": [],
        },
        "definition": {
            "de": "Der Abbau eines Nervs jenseits der Stelle einer schweren Schädigung, der in den ersten Tagen danach einsetzt. Deshalb ist die ENoG erst nach einigen Tagen aussagekräftig, und ein durchtrennter Nerv sollte möglichst früh genäht werden.",
            "en": "The breakdown of a nerve beyond the point of a severe injury, which starts in the first days afterwards. This is why ENoG only gives useful results after a few days, and why a cut nerve should be repaired as early as possible.",
        },
    },
    {
        "slug": {"de": "zentrale-fazialisparese", "en": "central-facial-palsy"},
        "term": {"de": "Zentrale Fazialisparese", "en": "Central facial palsy"},
        "synonyms": {
            "de": ["zentralen Fazialisparese", "zentrale Gesichtslähmung", "zentrale Parese"],
            "en": ["central palsy", "central facial paralysis", "central facial weakness"],
        },
        "definition": {
            "de": "Die Ursache liegt nicht im Gesichtsnerv, sondern im Gehirn, etwa bei einem Schlaganfall, einem Hirntumor oder Multipler Sklerose. Gelähmt ist vor allem die untere Gesichtshälfte, während sich die Stirn meist noch runzeln lässt. Oft kommt eine Schwäche von Arm oder Hand auf derselben Körperseite hinzu.",
            "en": "The cause lies not in the facial nerve but in the brain, for example a stroke, a brain tumour or multiple sclerosis. Mainly the lower half of the face is affected, while the forehead can usually still be wrinkled. Weakness of the arm or hand on the same side of the body often comes with it.",
        },
    },
    {
        "slug": {"de": "zoster", "en": "shingles"},
        "term": {"de": "Zoster", "en": "Shingles"},
        "synonyms": {
            "de": ["Herpes zoster", "Gürtelrose", "Varizella-Zoster-Virus", "VZV"],
            "en": ["herpes zoster", "varicella-zoster virus", "VZV"],
        },
        "definition": {
            "de": "Das erneute Aktivwerden des Windpocken-Virus (Varizella-Zoster-Virus), das nach überstandenen Windpocken im Körper verbleibt. Befällt es den Gesichtsnerv und das Ohr, spricht man vom Ramsay-Hunt-Syndrom.",
            "en": "The chickenpox virus (varicella-zoster virus) becoming active again; it stays in the body after chickenpox. When it affects the facial nerve and the ear, this is called Ramsay Hunt syndrome.",
        },
    },
]
