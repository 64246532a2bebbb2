"""Sources cited by the demo pages, in German and English, linked to the primary record.

Keys follow the tags of the content brief (S1 … S59); a tag that bundles several
publications is split into S7.1, S7.2 … in the order the brief lists them.

Each citation keeps its bibliographic part as published (authors, title, journal, year,
volume, pages); what describes the source is in the citation's language. A German
title stays German in the English citation, between „…“.

``url`` is the primary record: the PubMed entry or the DOI, PubMed Central, the
publisher's page, the guideline body's own page, or an organisation's or clinic's own
page for its own statements. Where the brief found a publication only on a mirror,
an aggregator, a document-sharing site, a library proxy or a newspaper, the link is
built from an identifier in that address (PMID, PMC id, DOI, Cochrane review number)
or, where there is none, left out: no identifier is made up.

Several keys of the brief name the same publication through different addresses;
``ALIASES`` maps them to one entry, so that the page modules keep their keys and a
page lists each publication once.
"""

SOURCES = {
    "S1": {
        "de": "Baugh RF et al.: Clinical practice guideline: Bell's palsy. Otolaryngol Head Neck Surg 2013;149(3 Suppl):S1–S27 (Leitlinie der American Academy of Otolaryngology–Head and Neck Surgery, AAO-HNS; englischsprachig)",
        "en": "Baugh RF et al.: Clinical practice guideline: Bell's palsy. Otolaryngol Head Neck Surg 2013;149(3 Suppl):S1–S27 (guideline of the American Academy of Otolaryngology–Head and Neck Surgery, AAO-HNS)",
        # The guideline body's own page; PMID 24190889 of the brief is the executive summary.
        "url": "https://www.entnet.org/guide_lines/Bells.cfm",
    },
    "S2.1": {
        "de": "Deutsche Gesellschaft für Neurologie (DGN): Therapie der idiopathischen Fazialisparese (Bell's palsy). S2k-Leitlinie 030/013, Stand 28.02.2022, gültig bis 27.02.2027",
        "en": "German Society of Neurology (DGN): „Therapie der idiopathischen Fazialisparese (Bell's palsy)“. S2k guideline 030/013, as of 28 February 2022, valid until 27 February 2027 (in German)",
        "url": "https://dgn.org/leitlinien/030-013-therapie-der-idiopathischen-fazialisparese-bell-s-palsy/",
    },
    "S2.2": {
        "de": "Deutsche Gesellschaft für Neurologie (DGN): Therapie der idiopathischen Fazialisparese. Leitlinie, Fassung 2017. In: Leitlinien für Diagnostik und Therapie in der Neurologie",
        "en": "German Society of Neurology (DGN): „Therapie der idiopathischen Fazialisparese“. Guideline, 2017 edition. In: „Leitlinien für Diagnostik und Therapie in der Neurologie“ (in German)",
        # Seen only on readkong.com; the current version is S2.1.
        "url": "",
    },
    "S2.3": {
        "de": "Deutsche Gesellschaft für Neurologie (DGN): Leitlinie zur idiopathischen Fazialisparese, Fassung 2012",
        "en": "German Society of Neurology (DGN): guideline on idiopathic facial palsy, 2012 edition (in German)",
        # Seen only on pdfslide.org.
        "url": "",
    },
    "S3": {
        "de": "Heckmann JG, Urban PP, Pitz S, Guntinas-Lichius O, Gágyor I: Idiopathische Fazialisparese – Diagnostik und Therapie. Dtsch Arztebl Int 2019;116:692–702 (Fortbildungsartikel)",
        "en": "Heckmann JG, Urban PP, Pitz S, Guntinas-Lichius O, Gágyor I: „Idiopathische Fazialisparese – Diagnostik und Therapie“. Dtsch Arztebl Int 2019;116:692–702 (continuing medical education article, in German)",
        "url": "https://www.aerzteblatt.de/cme/artikel?id=210229",
    },
    "S4": {
        "de": "Deutsches Ärzteblatt: „Leitlinie zur idiopathischen Fazialisparese aktualisiert“ (Nachricht, 2017)",
        "en": "Deutsches Ärzteblatt: „Leitlinie zur idiopathischen Fazialisparese aktualisiert“ (news item, 2017, in German)",
        "url": "https://www.aerzteblatt.de/news/leitlinie-zur-ideopathischen-fazialisparese-aktualisiert-5687067b-0b1d-419b-8994-47d5d451d8b7",
    },
    "S5": {
        "de": "de Almeida JR et al.: Management of Bell palsy: clinical practice guideline. CMAJ 2014 (kanadische Leitlinie; englischsprachig)",
        "en": "de Almeida JR et al.: Management of Bell palsy: clinical practice guideline. CMAJ 2014 (Canadian guideline)",
        # Seen only on docksci.com, without an identifier.
        "url": "",
    },
    "S6.1": {
        "de": "fazialis.de: Prognose der Gesichtslähmung (Informationsseite eines Fachzentrums; fasst die Arbeiten von Peitersen und Fujiwara zusammen)",
        "en": "fazialis.de: „Prognose der Gesichtslähmung“ (information page of a specialist centre that summarises the work of Peitersen and Fujiwara; in German, also in English as “Prognosis of facial paralysis”)",
        "url": "https://www.fazialis.de/de/gesichtslaehmung/prognose/",
    },
    "S6.3": {
        "de": "Peitersen: Bell's palsy: the spontaneous course of 2,500 peripheral … Acta Otolaryngol Suppl 2002 (Verlauf unbehandelter Fazialisparesen in Kopenhagen; englischsprachig)",
        "en": "Peitersen: Bell's palsy: the spontaneous course of 2,500 peripheral … Acta Otolaryngol Suppl 2002 (course of untreated facial palsies in Copenhagen)",
        # Seen only on yumpu.com.
        "url": "",
    },
    "S7": {
        "de": "Sullivan FM et al.: Early treatment with prednisolone or acyclovir in Bell's palsy. N Engl J Med 2007;357:1598–1607 (Behandlungsstudie; englischsprachig)",
        "en": "Sullivan FM et al.: Early treatment with prednisolone or acyclovir in Bell's palsy. N Engl J Med 2007;357:1598–1607 (treatment trial)",
        # Seen only in university repositories and in a table of another review: no identifier.
        "url": "",
    },
    "S8": {
        "de": "Madhok VB et al.: Corticosteroids for Bell's palsy. Cochrane Database Syst Rev 2016, CD001942.pub5 (Cochrane-Übersichtsarbeit; englischsprachig)",
        "en": "Madhok VB et al.: Corticosteroids for Bell's palsy. Cochrane Database Syst Rev 2016, CD001942.pub5 (Cochrane review)",
        "url": "https://doi.org/10.1002/14651858.CD001942.pub5",
    },
    "S9": {
        "de": "Gagyor I et al.: Antiviral treatment for Bell's palsy. Cochrane Database Syst Rev 2019, CD001869.pub9 (Cochrane-Übersichtsarbeit; englischsprachig)",
        "en": "Gagyor I et al.: Antiviral treatment for Bell's palsy. Cochrane Database Syst Rev 2019, CD001869.pub9 (Cochrane review)",
        "url": "https://doi.org/10.1002/14651858.CD001869.pub9",
    },
    "S10.1": {
        "de": "BMJ Best Practice: Bell's palsy – epidemiology (Nachschlagewerk für Ärztinnen und Ärzte; englischsprachig)",
        "en": "BMJ Best Practice: Bell's palsy – epidemiology (clinical reference for doctors)",
        # Seen only through a library proxy.
        "url": "",
    },
    "S10.2": {
        "de": "BMJ Best Practice: Kriterien zur Einteilung der Fazialisparese nach House-Brackmann (Nachschlagewerk für Ärztinnen und Ärzte; englischsprachig)",
        "en": "BMJ Best Practice: criteria for grading facial palsy on the House–Brackmann scale (clinical reference for doctors)",
        # Seen only through a library proxy.
        "url": "",
    },
    "S11.1": {
        "de": "GPnotebook: Bell's palsy – prognosis (Nachschlagewerk für Hausärztinnen und Hausärzte; englischsprachig)",
        "en": "GPnotebook: Bell's palsy – prognosis (reference for general practitioners)",
        "url": "https://gpnotebook.com/en-IE/pages/neurology/bells-palsy/prognosis",
    },
    "S11.2": {
        "de": "Medical Tribune: „Meistens erholt sich der Nerv“ (Artikel einer Zeitung für Ärztinnen und Ärzte zur idiopathischen Fazialisparese)",
        "en": "Medical Tribune: „Meistens erholt sich der Nerv“ (article on idiopathic facial palsy in a newspaper for doctors, in German)",
        # A newspaper: cited, not linked.
        "url": "",
    },
    "S11.3": {
        "de": "News-Medical.net: Bell's palsy recovery (Gesundheitsartikel eines Nachrichtenportals; englischsprachig)",
        "en": "News-Medical.net: Bell's palsy recovery (health article on a news website)",
        # A news website: cited, not linked.
        "url": "",
    },
    "S11.4": {
        "de": "healthjade.com: Bell's palsy (Gesundheitswebsite für Laien; englischsprachig)",
        "en": "healthjade.com: Bell's palsy (consumer health website)",
        "url": "",
    },
    "S12": {
        "de": "Systematische Übersichtsarbeit zur Prognose der Fazialisparese beim Ramsay-Hunt-Syndrom, 2016 (englischsprachig)",
        "en": "Systematic review of the prognosis of facial palsy in Ramsay Hunt syndrome, 2016",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5063726/",
    },
    "S13": {
        "de": "Lutsep: Bell palsy – Fast Five Quiz. Medscape 2020 (Lernquiz für Fachleute; englischsprachig)",
        "en": "Lutsep: Bell palsy – Fast Five Quiz. Medscape 2020 (quiz for health professionals)",
        "url": "https://reference.medscape.com/viewarticle/925706_3",
    },
    "S14.1": {
        "de": "Untersuchung der Ursachen einer Fazialisparese bei Kindern in Stockholm, 2014–2015 (Neuroborreliose und idiopathische Fazialisparese). Acta Paediatr (englischsprachig)",
        "en": "Study of the causes of facial palsy in children in Stockholm, 2014–2015 (neuroborreliosis and idiopathic palsy). Acta Paediatr",
        # Seen only on a staging server of an aggregator, without an identifier.
        "url": "",
    },
    "S14.2": {
        "de": "Untersuchung der Fazialisparese bei Kindern in einem Lyme-Borreliose-Gebiet der USA. Pediatrics 2022;149(6):e2021053992 (Kurzfassung; englischsprachig)",
        "en": "Study of facial palsy in children in a Lyme-endemic region of the USA. Pediatrics 2022;149(6):e2021053992 (abstract)",
        "url": "https://publications.aap.org/pediatrics/article-abstract/149/6/e2021053992/188058/",
    },
    "S14.3": {
        "de": "Prospektive Untersuchung zu Fazialisparese und Lyme-Borreliose bei Kindern in einem Verbreitungsgebiet (englischsprachig)",
        "en": "Prospective study of facial palsy and Lyme disease in children in an endemic area",
        # Seen only on an aggregator (scilit.com), without an identifier.
        "url": "",
    },
    "S15.1": {
        "de": "Medscape (eMedicine): Intratemporal bone trauma (Nachschlagewerk für Ärztinnen und Ärzte, Druckansicht; englischsprachig)",
        "en": "Medscape (eMedicine): Intratemporal bone trauma (reference for doctors, printable view)",
        "url": "https://emedicine.medscape.com/article/846226-print",
    },
    "S15.2": {
        "de": "Traumatic facial paralysis (medizinischer Lehrtext auf clinicalgate.com, Herkunft nicht angegeben; englischsprachig)",
        "en": "Traumatic facial paralysis (medical textbook text on clinicalgate.com, origin not stated)",
        "url": "",
    },
    "S15.3": {
        "de": "Kong & Sevy: Beitrag zur Verletzung des Gesichtsnervs bei Felsenbeinbrüchen. Oper Tech Otolaryngol 2017 (Volltext; englischsprachig)",
        "en": "Kong & Sevy: article on facial nerve injury in temporal bone trauma. Oper Tech Otolaryngol 2017 (full article)",
        "url": "https://www.optecoto.com/article/S1043-1810(17)30098-2/fulltext",
    },
    "S15.4": {
        "de": "Aboud et al.: Kurzfassung zur Fazialisparese nach Felsenbeinbrüchen, die die Ohrkapsel aussparen (englischsprachig)",
        "en": "Aboud et al.: abstract on facial palsy after temporal bone fractures that spare the otic capsule",
        # Seen only on an aggregator (globalauthorid.com), without an identifier.
        "url": "",
    },
    "S16.1": {
        "de": "Jin et al.: Schwäche des Gesichtsnervs nach Operation an der Ohrspeicheldrüse bei 794 Patientinnen und Patienten. BMC Surg 2019 (englischsprachig)",
        "en": "Jin et al.: facial nerve weakness after parotidectomy in 794 patients. BMC Surg 2019",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC6933669/",
    },
    "S16.2": {
        "de": "ENT & Audiology News: Besprechung der Arbeit von Sethi et al. – Facial paralysis risk factors in benign parotid surgery (englischsprachig)",
        "en": "ENT & Audiology News: journal review of Sethi et al. – Facial paralysis risk factors in benign parotid surgery",
        "url": "https://www.entandaudiologynews.com/reviews/journal-reviews/post/facial-paralysis-risk-factors-in-benign-parotid-surgery",
    },
    "S17.1": {
        "de": "FPnotebook: Facial nerve paralysis causes (Nachschlagewerk für die Allgemeinmedizin; englischsprachig)",
        "en": "FPnotebook: Facial nerve paralysis causes (family medicine reference)",
        "url": "https://fpnotebook.com/neuro/CN/FclNrvPrlysCs.htm",
    },
    "S17.2": {
        "de": "Elsevier Therapie-Handbuch: Läsionen der Hirnnerven – Fazialisparese (Buchkapitel)",
        "en": "Elsevier „Therapie-Handbuch“: „Läsionen der Hirnnerven – Fazialisparese“ (book chapter, in German)",
        "url": "https://medizinwelt.elsevier.de/allgemeinmedizin/therapie-handbuch/buchkapitel/laesionen_der_hirnnerven___fazialisparese",
    },
    "S17.3": {
        "de": "Dr. Shai Rozen: Ramsay Hunt syndrome and other infections (Website eines auf Gesichtslähmung spezialisierten Chirurgen; englischsprachig)",
        "en": "Dr. Shai Rozen: Ramsay Hunt syndrome and other infections (website of a facial paralysis surgeon)",
        "url": "https://drshairozen.com/facial-paralysis/ramsay-hunt-other-infections",
    },
    "S17.4": {
        "de": "Duke Health: Facial paralysis treatment (Seite der Plastischen und Rekonstruktiven Chirurgie für Patientinnen und Patienten; englischsprachig)",
        "en": "Duke Health: Facial paralysis treatment (patients' page of plastic and reconstructive surgery)",
        "url": "https://www.dukehealth.org/treatments/plastic-and-reconstructive-surgery/facial-paralysis-treatment",
    },
    "S17.5": {
        "de": "myphysiospot.com: Facial palsy (Blogbeitrag einer Physiotherapie-Website; englischsprachig)",
        "en": "myphysiospot.com: Facial palsy (physiotherapy blog post)",
        "url": "",
    },
    "S17.6": {
        "de": "tampabayhearing.com: Bell's palsy and Ramsay Hunt syndrome (Ratgeberseite eines Hörzentrums; englischsprachig)",
        "en": "tampabayhearing.com: Bell's palsy and Ramsay Hunt syndrome (advice page of a hearing clinic)",
        "url": "",
    },
    "S18.1": {
        "de": "RCEM Learning (Royal College of Emergency Medicine): Acute facial palsy – central connections of the facial nuclei (Lernmodul für die Notfallmedizin; englischsprachig)",
        "en": "RCEM Learning (Royal College of Emergency Medicine): Acute facial palsy – central connections of the facial nuclei (e-learning module)",
        "url": "https://www.rcemlearning.co.uk/modules/acute-facial-palsy/lessons/anatomy-2/topic/central-connections-of-the-facial-nuclei/",
    },
    "S18.2": {
        "de": "notfallbausteine.de: Facialisparese (notfallmedizinische Kurzinformation)",
        "en": "notfallbausteine.de: „Facialisparese“ (short emergency-medicine reference, in German)",
        "url": "https://notfallbausteine.de/Facialisparese",
    },
    "S18.3": {
        "de": "HNO-Ärzte im Netz: Gesichtslähmung – Anzeichen und Verlauf (Patienteninformation)",
        "en": "HNO-Ärzte im Netz: „Gesichtslähmung – Anzeichen und Verlauf“ (information for patients from ENT doctors, in German)",
        "url": "https://www.hno-aerzte-im-netz.de/krankheiten/gesichtslaehmung/anzeichen-und-verlauf.html",
    },
    "S19": {
        "de": "Kanerva M et al.: Sunnybrook and House-Brackmann systems in 5397 facial gradings. Otolaryngol Head Neck Surg 2011 (englischsprachig)",
        "en": "Kanerva M et al.: Sunnybrook and House-Brackmann systems in 5397 facial gradings. Otolaryngol Head Neck Surg 2011",
        # Seen only in a university repository, without an identifier.
        "url": "",
    },
    "S20": {
        "de": "Untersuchung mit guter Übereinstimmung zwischen der ursprünglichen und einer veränderten House-Brackmann-Skala. Laryngoscope 2011 (englischsprachig)",
        "en": "Study showing good correlation between the original and a modified House–Brackmann grading scale. Laryngoscope 2011",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1002/lary.21163",
    },
    "S21.1": {
        "de": "Banks CA et al.: The eFACE. Plast Reconstr Surg 2015;136(2):223e–230e (englischsprachig)",
        "en": "Banks CA et al.: The eFACE. Plast Reconstr Surg 2015;136(2):223e–230e",
        # PMID from the library-proxy address in the brief.
        "url": "https://pubmed.ncbi.nlm.nih.gov/26218397/",
    },
    "S21.2": {
        "de": "The Auto-eFACE: machine learning-enhanced program … Plast Reconstr Surg 2021 (Volltext; englischsprachig)",
        "en": "The Auto-eFACE: machine learning-enhanced program … Plast Reconstr Surg 2021 (full article)",
        "url": "https://journals.lww.com/plasreconsurg/Fulltext/2021/02000/The_Auto_eFACE__Machine_Learning_Enhanced_Program.30.aspx",
    },
    "S22.1": {
        "de": "Untersuchung der Werte der Sunnybrook-Skala bei gesunden Menschen (englischsprachig)",
        "en": "Study of Sunnybrook Facial Grading System scores in healthy people",
        # PMID from the PubMed Central address in the brief.
        "url": "https://pubmed.ncbi.nlm.nih.gov/39215610/",
    },
    "S22.2": {
        "de": "Physiopedia: Facial Grading System (Wiki-Artikel für Therapeutinnen und Therapeuten zur Sunnybrook-Skala; englischsprachig)",
        "en": "Physiopedia: Facial Grading System (wiki article on the Sunnybrook scale for therapists)",
        "url": "https://www.physio-pedia.com/Facial_Grading_System",
    },
    "S22.3": {
        "de": "fazialisparese.ch: Therapie in der Defektheilungsphase (Informationen für Fachleute von Physiotherapeutinnen und -therapeuten in Zürich)",
        "en": "fazialisparese.ch: „Therapie in der Defektheilungsphase“ (information for professionals by physiotherapists in Zurich, in German)",
        "url": "https://fazialisparese.ch/infos-für-fachleute/therapie-defektheilungsphase",
    },
    "S23.1": {
        "de": "Guntinas-Lichius O et al.: Facial nerve electrodiagnostics … clinical practice guideline. Eur Arch Otorhinolaryngol 2020;277:1855–74 (englischsprachig)",
        "en": "Guntinas-Lichius O et al.: Facial nerve electrodiagnostics … clinical practice guideline. Eur Arch Otorhinolaryngol 2020;277:1855–74",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC7286870/",
    },
    "S23.2": {
        "de": "Medscape (eMedicine): Dynamic reanimation – workup (Nachschlagewerk für Ärztinnen und Ärzte, mit den elektrodiagnostischen Befunden nach Parnes; englischsprachig)",
        "en": "Medscape (eMedicine): Dynamic reanimation – workup (reference for doctors, with the electrodiagnostic findings after Parnes)",
        # The brief's address is on Medscape's staging server; this is the same article.
        "url": "https://emedicine.medscape.com/article/879441-workup",
    },
    "S23.3": {
        "de": "Kurzfassung eines Beitrags zur Elektroneurografie (ENG) und zum maximalen Stimulationstest (MST) bei 200 Patientinnen und Patienten mit idiopathischer Fazialisparese in Deutschland (Karger, Band 3, Heft 6, S. 301; englischsprachig)",
        "en": "Journal abstract on electroneurography (ENG) and the maximal stimulation test (MST) in a German series of 200 patients with Bell's palsy (Karger, vol. 3, issue 6, p. 301)",
        "url": "https://karger.com/orn/article-abstract/3/6/301/262414/",
    },
    "S23.4": {
        "de": "Flasar et al.: Beitrag zur Fazialisparese (Einteilung, EMG und Reinnervation), 2017 (englischsprachig)",
        "en": "Flasar et al.: article on facial palsy (grading, EMG and reinnervation), 2017",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5655551/",
    },
    "S24.1": {
        "de": "fazialis.de: Formen der Gesichtslähmung (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Formen der Gesichtslähmung“ (information page of a specialist centre, in German; also in English as “Forms of facial paralysis”)",
        "url": "https://www.fazialis.de/de/gesichtslaehmung/formen/",
    },
    "S25": {
        "de": "fazialis.de: Synkinesien (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Synkinesien“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/gesichtslaehmung/formen/synkinesien/",
    },
    "S26.1": {
        "de": "improveFP: The stages of facial palsy (Website zur Therapie der Fazialisparese; englischsprachig)",
        "en": "improveFP: The stages of facial palsy (facial therapy website)",
        "url": "https://improvefp.com/the-stages-of-facial-palsy/",
    },
    "S26.2": {
        "de": "improveFP: Practice videos – introduction to movements (Website zur Therapie der Fazialisparese; englischsprachig)",
        "en": "improveFP: Practice videos – introduction to movements (facial therapy website)",
        "url": "https://improvefp.com/practice-videos/introduction-to-movements/",
    },
    "S27": {
        "de": "UCSF Otolaryngology–Head and Neck Surgery, Facial Nerve Clinic: Incomplete paralysis and synkinesis (Patienteninformation; englischsprachig)",
        "en": "UCSF Otolaryngology–Head and Neck Surgery, Facial Nerve Clinic: Incomplete paralysis and synkinesis (information for patients)",
        "url": "https://ohns.ucsf.edu/facialnerve/facial-paralysis/incomplete-paralysis-synkinesis",
    },
    "S28": {
        "de": "Guntinas-Lichius O et al.: Facial synkinesis – recommendations of the IHNSG. Front Neurol 2022 (Empfehlungen einer internationalen Fachgruppe; englischsprachig)",
        "en": "Guntinas-Lichius O et al.: Facial synkinesis – recommendations of the IHNSG. Front Neurol 2022 (recommendations of an international expert group)",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9682287/",
    },
    "S29": {
        "de": "Hohman MH: Facial reinnervation (From the Education Committees). AAO-HNS Bulletin 2020 (Fortbildungsbeitrag im Mitgliederblatt der AAO-HNS; englischsprachig)",
        "en": "Hohman MH: Facial reinnervation (From the Education Committees). AAO-HNS Bulletin 2020 (education article in the AAO-HNS members' bulletin)",
        "url": "https://bulletin.entnet.org/home/article/21247951/from-the-education-committees-facial-reinnervation",
    },
    "S30.1": {
        "de": "Übersichtsarbeit zu Nerventransfers für die Wiederherstellung der Gesichtsbewegung. Plast Aesthet Res 2021 (englischsprachig)",
        "en": "Review on nerve transfers for facial reanimation. Plast Aesthet Res 2021",
        "url": "https://parjournal.net/article/view/3870",
    },
    "S30.2": {
        "de": "Beitrag zur Nervenversorgung eines frei verpflanzten Gracilis-Muskels. Plast Aesthet Res (englischsprachig)",
        "en": "Article on the nerve supply for a free gracilis muscle transfer. Plast Aesthet Res",
        "url": "https://parjournal.net/article/view/4395",
    },
    "S31.1": {
        "de": "fazialis.de: Nervenumlagerungen und Nerventransplantation (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Nervenumlagerungen und Nerventransplantation“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/behandlung/operativ/dynamisch/nervenumlagerungen-und-nerventransplantation/",
    },
    "S31.2": {
        "de": "fazialis.de: Motorische Ersatzplastiken (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Motorische Ersatzplastiken“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/behandlung/operativ/dynamisch/motorische-ersatzplastiken/",
    },
    "S31.3": {
        "de": "fazialis.de: Freie Muskeltransplantation – zweizeitige Rekonstruktion mit Cross-Face-Nerventransplantat (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Freie Muskeltransplantation – zweizeitige Rekonstruktion mit Cross-Face-Nerventransplantat“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/behandlung/operativ/dynamisch/freie-muskeltransplantation/zweizeitige-rekonstruktion-mit-cfng/",
    },
    "S31.4": {
        "de": "fazialis.de: Resultate – Patientenbilder (Fallbeispiele eines Fachzentrums)",
        "en": "fazialis.de: „Resultate – Patientenbilder“ (case examples of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/resultate/patientenbilder/",
    },
    "S32.1": {
        "de": "Klebuc: Facial reanimation using the masseter-to-facial nerve transfer. Plast Reconstr Surg 2011;127:1909 (englischsprachig)",
        "en": "Klebuc: Facial reanimation using the masseter-to-facial nerve transfer. Plast Reconstr Surg 2011;127:1909",
        # Seen only as a copy on a hospital website, without an identifier.
        "url": "",
    },
    "S32.2": {
        "de": "Park et al.: Beitrag zum Masseter-Nerventransfer für die Wiederherstellung der Gesichtsbewegung. Arch Craniofac Surg 2020 (englischsprachig)",
        "en": "Park et al.: article on the masseteric nerve transfer in facial reanimation. Arch Craniofac Surg 2020",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC7933725/",
    },
    "S32.3": {
        "de": "Fallserie zum Masseter-Fazialis-Nerventransfer bei älteren Menschen (Beitrag in einer Fachzeitschrift; englischsprachig)",
        "en": "Case series of masseteric-to-facial nerve transfer in elderly patients (article in a surgical journal)",
        "url": "https://www.ajops.com/index.php/ajops/article/view/182",
    },
    "S32.4": {
        "de": "Beitrag zur Wiederherstellung der Gesichtsbewegung. Front Surg 2022 (englischsprachig)",
        "en": "Article on facial reanimation. Front Surg 2022",
        "url": "https://doi.org/10.3389/fsurg.2022.735231",
    },
    "S33.1": {
        "de": "Medscape: What is the hypoglossal-facial anastomosis approach to facial nerve repair? (Frage-und-Antwort-Seite für Fachleute; englischsprachig)",
        "en": "Medscape: What is the hypoglossal-facial anastomosis approach to facial nerve repair? (question-and-answer page for professionals)",
        "url": "https://www.medscape.com/answers/846448-166479/what-is-the-hypoglossal-facial-anastomosis-approach-to-facial-nerve-repair",
    },
    "S33.2": {
        "de": "Flores: Hypoglossus-Fazialis-Anastomose mit einer Technik, die die Zunge schont, bei 8 Patientinnen und Patienten. Acta Neurochir 2007 (englischsprachig)",
        "en": "Flores: hypoglossal–facial nerve anastomosis with a technique that spares the tongue, 8 patients. Acta Neurochir 2007",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1007/s00701-007-1412-x",
    },
    "S33.3": {
        "de": "Hypoglossal-facial anastomosis (medizinischer Lehrtext auf clinicalgate.com, Herkunft nicht angegeben; englischsprachig)",
        "en": "Hypoglossal-facial anastomosis (medical textbook text on clinicalgate.com, origin not stated)",
        "url": "",
    },
    "S33.4": {
        "de": "mussenhealth.us: Hypoglossal-to-facial nerve transfer (allgemeine Gesundheitswebsite; englischsprachig)",
        "en": "mussenhealth.us: Hypoglossal-to-facial nerve transfer (general health website)",
        "url": "",
    },
    "S34.1": {
        "de": "Dr. Panossian: Cross-face nerve graft (Website eines auf Gesichtsreanimation spezialisierten Chirurgen; englischsprachig)",
        "en": "Dr. Panossian: Cross-face nerve graft (website of a facial reanimation surgeon)",
        "url": "https://drpanossian.com/procedures/cross-face-nerve-graft.html",
    },
    "S34.2": {
        "de": "Dr. Panossian: Gracilis free muscle transfer (Website eines auf Gesichtsreanimation spezialisierten Chirurgen; englischsprachig)",
        "en": "Dr. Panossian: Gracilis free muscle transfer (website of a facial reanimation surgeon)",
        "url": "https://drpanossian.com/procedures/gracilis-free-muscle-transfer.html",
    },
    "S34.3": {
        "de": "Dr. Panossian: Gracilis muscle transplant with the masseter nerve (Website eines auf Gesichtsreanimation spezialisierten Chirurgen; englischsprachig)",
        "en": "Dr. Panossian: Gracilis muscle transplant with the masseter nerve (website of a facial reanimation surgeon)",
        "url": "https://drpanossian.com/facial-paralysis/treatments/gracilis-muscle-transplant-masseter-nerve/",
    },
    "S35.1": {
        "de": "Chuang DC et al.: Vergleich frei verpflanzter Gracilis-Muskeln, versorgt über ein Cross-Face-Nerventransplantat, den Nervus accessorius (XI) oder den Nervus massetericus (V3); Serie aus Chang Gung, 2018 (englischsprachig)",
        "en": "Chuang DC et al.: comparison of free gracilis transfers innervated by a cross-face nerve graft, the accessory nerve (XI) or the masseteric nerve (V3), Chang Gung series, 2018",
        # Seen only on researchgate.net, without an identifier.
        "url": "",
    },
    "S35.2": {
        "de": "Fallserie zur zweizeitigen Rekonstruktion mit Cross-Face-Nerventransplantat und frei verpflanztem Gracilis-Muskel (3 von 12 Patientinnen und Patienten erneut operiert; englischsprachig)",
        "en": "Case series of two-stage reconstruction with a cross-face nerve graft and free gracilis transfer (3 of 12 patients re-operated)",
        # Seen only on an aggregator (paperexplained.cn), without an identifier.
        "url": "",
    },
    "S36.1": {
        "de": "Facial Nerve Center (Massachusetts Eye and Ear): Gracilis free tissue transfer (Patienteninformation; englischsprachig)",
        "en": "Facial Nerve Center (Massachusetts Eye and Ear): Gracilis free tissue transfer (information for patients)",
        "url": "https://www.facialnervecenter.org/gracilis-free-tissue-transfer",
    },
    "S36.2": {
        "de": "Facial Nerve Center (Massachusetts Eye and Ear): Eye care (Patienteninformation; englischsprachig)",
        "en": "Facial Nerve Center (Massachusetts Eye and Ear): Eye care (information for patients)",
        "url": "https://www.facialnervecenter.org/eye-care",
    },
    "S37.1": {
        "de": "Guerreschi & Labbé: Beitrag zur Temporalis-Verlängerungsmyoplastik. Facial Plast Surg 2015;31:123–7 (englischsprachig)",
        "en": "Guerreschi & Labbé: article on the lengthening temporalis myoplasty. Facial Plast Surg 2015;31:123–7",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1055/s-0035-1549039",
    },
    "S37.2": {
        "de": "Facial Palsy UK: Facial reanimation by the Labbé technique – lengthening temporalis myoplasty (Patienteninformation einer Patientenorganisation; englischsprachig)",
        "en": "Facial Palsy UK: Facial reanimation by the Labbé technique – lengthening temporalis myoplasty (information for patients from a patient charity)",
        "url": "https://www.facialpalsy.org.uk/support/surgery/facial-reanimation-by-the-labbe-technique-lengthening-temporalis-myoplasty/",
    },
    "S37.3": {
        "de": "Nduka, Hallam, Labbé: Refinements in smile reanimation: 10-year experience with the lengthening temporalis myoplasty. JPRAS 2012 (englischsprachig)",
        "en": "Nduka, Hallam, Labbé: Refinements in smile reanimation: 10-year experience with the lengthening temporalis myoplasty. JPRAS 2012",
        # Seen only as a summary on an author's website, without an identifier.
        "url": "",
    },
    "S38.1": {
        "de": "Stanford Facial Nerve Center: Static sling (Seite einer Universitätsklinik; englischsprachig)",
        "en": "Stanford Facial Nerve Center: Static sling (university hospital page)",
        "url": "https://med.stanford.edu/ohns/OHNS-healthcare/facialnervecenter/surgical-reanimation/static-sling.html",
    },
    "S38.2": {
        "de": "fazialis.de: Aufhängeplastiken (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Aufhängeplastiken“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/behandlung/operativ/statisch/aufhaengeplastiken/",
    },
    "S38.3": {
        "de": "Medscape: What is the role of a static sling in the treatment of congenital facial paralysis? (Frage-und-Antwort-Seite für Fachleute; englischsprachig)",
        "en": "Medscape: What is the role of a static sling in the treatment of congenital facial paralysis? (question-and-answer page for professionals)",
        "url": "https://www.medscape.com/answers/878464-171935/what-is-the-role-of-a-static-sling-in-the-treatment-of-congenital-facial-paralysis",
    },
    "S38.4": {
        "de": "mussenhealth.us: Static rehabilitation procedures (allgemeine Gesundheitswebsite; englischsprachig)",
        "en": "mussenhealth.us: Static rehabilitation procedures (general health website)",
        "url": "",
    },
    "S39.1": {
        "de": "Operative Korrektur von Lidfehlstellungen bei peripherer Fazialisparese. Beitrag in einer Fachzeitschrift, Thieme 2006 (Kurzfassung)",
        "en": "„Operative Korrektur von Lidfehlstellungen bei peripherer Fazialisparese“. Article in a Thieme journal, 2006 (abstract, in German)",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1055/s-2006-958771",
    },
    "S39.2": {
        "de": "Sohrab et al.: Beitrag zur Behandlung der Augenlider bei Gesichtslähmung. Facial Plast Surg 2015 (englischsprachig)",
        "en": "Sohrab et al.: article on eyelid management in facial paralysis. Facial Plast Surg 2015",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1055/s-0035-1549292",
    },
    "S39.3": {
        "de": "fazialis.de: Gold- und Platinimplantate am Auge (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Gold- und Platinimplantate am Auge“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/behandlung/operativ/statisch/gold-und-platinimplantate-auge/",
    },
    "S39.4": {
        "de": "fazialis.de: Unterlidstraffung und -rekonstruktion (Informationsseite eines Fachzentrums)",
        "en": "fazialis.de: „Unterlidstraffung und -rekonstruktion“ (information page of a specialist centre, in German)",
        "url": "https://www.fazialis.de/de/behandlung/operativ/statisch/unterlidstraffung-und-rekonstruktion/",
    },
    "S39.5": {
        "de": "Part IV – Upper eyelid (HNO-Lehrtext auf entokey.com, Herkunft nicht angegeben; englischsprachig)",
        "en": "Part IV – Upper eyelid (ENT textbook text on entokey.com, origin not stated)",
        "url": "",
    },
    "S40.1": {
        "de": "Azizzadeh B et al.: Modified selective neurectomy for the treatment of post-facial paralysis synkinesis. Plast Reconstr Surg 2019;143:1483–96 (englischsprachig)",
        "en": "Azizzadeh B et al.: Modified selective neurectomy for the treatment of post-facial paralysis synkinesis. Plast Reconstr Surg 2019;143:1483–96",
        "url": "https://journals.lww.com/plasreconsurg/Abstract/2019/05000/Modified_Selective_Neurectomy_for_the_Treatment_of.38.aspx",
    },
    "S40.2": {
        "de": "fazialis.de: Neurectomy, myotomy and myectomy (Informationsseite eines Fachzentrums, englische Fassung)",
        "en": "fazialis.de: Neurectomy, myotomy and myectomy (information page of a specialist centre)",
        "url": "https://www.fazialis.de/en/treatment/operative/dynamic/neurectomy-myotomy-and-myectomy/",
    },
    "S40.3": {
        "de": "Untersuchung zur Myektomie des Depressor anguli oris (DAO) bei Synkinesien. J Reconstr Microsurg 2022 (Kurzfassung; englischsprachig)",
        "en": "Study of depressor anguli oris (DAO) myectomy in facial synkinesis. J Reconstr Microsurg 2022 (abstract)",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1055/s-0041-1732350",
    },
    "S40.4": {
        "de": "Do preoperative depressor anguli oris muscle blocks predict myectomy outcomes? A single cohort comparison in postparetic facial synkinesis (englischsprachig)",
        "en": "Do preoperative depressor anguli oris muscle blocks predict myectomy outcomes? A single cohort comparison in postparetic facial synkinesis",
        # Seen only on an aggregator (R Discovery), without an identifier.
        "url": "",
    },
    "S41.1": {
        "de": "University College London Hospitals (UCLH): Complex facial clinic – botulinum toxin injections (Patienteninformation; englischsprachig)",
        "en": "University College London Hospitals (UCLH): Complex facial clinic – botulinum toxin injections (information for patients)",
        "url": "https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/complex-facial-clinic-botulinum-toxin-injections-part-clinic-treatment",
    },
    "S41.2": {
        "de": "Facial Palsy UK: Botulinum toxin (Patienteninformation einer Patientenorganisation; englischsprachig)",
        "en": "Facial Palsy UK: Botulinum toxin (information for patients from a patient charity)",
        "url": "https://www.facialpalsy.org.uk/support/treatments-therapies/botulinum-toxin/",
    },
    "S41.3": {
        "de": "de Sanctis Pecora: Beitrag zur Behandlung mit Botulinumtoxin bei Fazialisparese. Toxins 2021 (englischsprachig)",
        "en": "de Sanctis Pecora: article on botulinum toxin treatment in facial palsy. Toxins 2021",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC7923088/",
    },
    "S41.4": {
        "de": "Pourmomeny: Beitrag zur Behandlung mit Botulinumtoxin bei Fazialisparese, 2019 (englischsprachig)",
        "en": "Pourmomeny: article on botulinum toxin treatment in facial palsy, 2019",
        "url": "https://brieflands.com/articles/mejrh-81931",
    },
    "S41.6": {
        "de": "Díaz-Aristizabal: Effect of botulinum toxin type A … Neurología 2023 (englischsprachig)",
        "en": "Díaz-Aristizabal: Effect of botulinum toxin type A … Neurología 2023",
        "url": "https://elsevier.es/es-revista-neurologia-295-articulo-effect-botulinum-toxin-type-a-S2173580823000421",
    },
    "S42.1": {
        "de": "fazialis.de: Eyebrow and forehead lift (Informationsseite eines Fachzentrums, englische Fassung)",
        "en": "fazialis.de: Eyebrow and forehead lift (information page of a specialist centre)",
        "url": "https://www.fazialis.de/en/treatment/operative/aesthetic-corrections/eyebrow-forehead-lift/",
    },
    "S42.2": {
        "de": "Stanford Facial Nerve Center: Brow lift (Seite einer Universitätsklinik; englischsprachig)",
        "en": "Stanford Facial Nerve Center: Brow lift (university hospital page)",
        "url": "https://med.stanford.edu/ohns/healthcare/facialnervecenter/refinement-procedures/browlift.html",
    },
    "S42.3": {
        "de": "Lee et al.: Options in repositioning the asymmetric brow from paralysis and trauma. Facial Plast Surg 2017 (englischsprachig)",
        "en": "Lee et al.: Options in repositioning the asymmetric brow from paralysis and trauma. Facial Plast Surg 2017",
        # Seen only on vdocuments.mx, without an identifier.
        "url": "",
    },
    "S42.4": {
        "de": "myplasticsurgery.gr: Facelift in facial palsy (Website einer Praxis für Plastische Chirurgie in Griechenland; englischsprachig)",
        "en": "myplasticsurgery.gr: Facelift in facial palsy (website of a plastic surgery practice in Greece)",
        "url": "https://www.myplasticsurgery.gr/en/reconstructive-procedures-greece/facial-palsy/face-lift/",
    },
    "S43.1": {
        "de": "Khan AJ et al.: aktualisierte systematische Übersichtsarbeit zur Übungsbehandlung bei Fazialisparese. Clin Rehabil 2022;36:1424–49 (englischsprachig)",
        "en": "Khan AJ et al.: updated systematic review of facial exercise therapy for facial palsy. Clin Rehabil 2022;36:1424–49",
        # Seen only on scribd.com, without an identifier.
        "url": "",
    },
    "S43.2": {
        "de": "Teixeira LJ et al.: Cochrane-Übersichtsarbeit zur Physiotherapie bei idiopathischer Fazialisparese. Cochrane Database Syst Rev 2011, CD006283.pub3 (englischsprachig)",
        "en": "Teixeira LJ et al.: Cochrane review of physical therapy for Bell's palsy. Cochrane Database Syst Rev 2011, CD006283.pub3",
        # DOI from the Cochrane review number in the brief.
        "url": "https://doi.org/10.1002/14651858.CD006283.pub3",
    },
    "S43.3": {
        "de": "Systematische Übersichtsarbeit zur Physiotherapie bei Fazialisparese (vier randomisierte Studien). Otol Neurotol 2008 (englischsprachig)",
        "en": "Systematic review of physical therapy for facial palsy (four randomised trials). Otol Neurotol 2008",
        # PMID from the QxMD address in the brief.
        "url": "https://pubmed.ncbi.nlm.nih.gov/18520590/",
    },
    "S43.4": {
        "de": "Pereira LM et al.: Metaanalyse zur Übungsbehandlung bei Fazialisparese. Clin Rehabil 2011 (englischsprachig)",
        "en": "Pereira LM et al.: meta-analysis of facial exercise therapy for facial palsy. Clin Rehabil 2011",
        # Seen only on scribd.com, without an identifier.
        "url": "",
    },
    "S43.5": {
        "de": "Diels: Beitrag zum neuromuskulären Gesichtstraining. Facial Plast Surg 2000 (Kurzfassung; englischsprachig)",
        "en": "Diels: article on facial neuromuscular retraining. Facial Plast Surg 2000 (abstract)",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1055/s-2000-15546",
    },
    "S43.6": {
        "de": "Systematische Übersichtsarbeit zur Spiegeltherapie bei Fazialisparese. Brain Sci 2024;14(6):530 (englischsprachig)",
        "en": "Systematic review of mirror therapy for facial palsy. Brain Sci 2024;14(6):530",
        # Seen only on an unrelated website, without an identifier.
        "url": "",
    },
    "S43.7": {
        "de": "facialretraining.com: When to begin facial retraining (Seite eines Anbieters von Gesichtstraining; englischsprachig)",
        "en": "facialretraining.com: When to begin facial retraining (page of a facial retraining service)",
        "url": "https://www.facialretraining.com/when-to-begin-facial-retraining/",
    },
    "S43.8": {
        "de": "bellspalsynyc.com: Bell's palsy – frequently asked questions (Website einer Praxis; englischsprachig)",
        "en": "bellspalsynyc.com: Bell's palsy – frequently asked questions (practice website)",
        "url": "",
    },
    "S44.1": {
        "de": "Facial Palsy UK: Dry eye advice (Ratgeber einer Patientenorganisation; englischsprachig)",
        "en": "Facial Palsy UK: Dry eye advice (patient guide of a patient charity)",
        "url": "https://www.facialpalsy.org.uk/support/patient-guides/dry-eye-advice/",
    },
    "S44.2": {
        "de": "Facial Palsy UK: Eye lubrication (Patienteninformation einer Patientenorganisation; englischsprachig)",
        "en": "Facial Palsy UK: Eye lubrication (information for patients from a patient charity)",
        "url": "https://www.facialpalsy.org.uk/support/treatments-therapies/eye-lubrication/",
    },
    "S44.3": {
        "de": "NHS Bristol, North Somerset and South Gloucestershire (BNSSG) Remedy: Bell's palsy (Versorgungspfad des britischen Gesundheitsdienstes für Erwachsene; englischsprachig)",
        "en": "NHS Bristol, North Somerset and South Gloucestershire (BNSSG) Remedy: Bell's palsy (clinical pathway for adults)",
        "url": "https://remedy.bnssg.icb.nhs.uk/adults/neurology/bells-palsy",
    },
    "S44.4": {
        "de": "RCEM Learning (Royal College of Emergency Medicine): Bell's palsy in children – indications for specialist referral (Lernmodul für die Notfallmedizin; englischsprachig)",
        "en": "RCEM Learning (Royal College of Emergency Medicine): Bell's palsy in children – indications for specialist referral (e-learning module)",
        "url": "https://www.rcemlearning.co.uk/modules/bells-palsy-in-children/lessons/indication-for-specialist-referral/",
    },
    "S45.1": {
        "de": "Untersuchung zur Fazialisparese bei Neugeborenen: Häufigkeit, Risikofaktoren und Verlauf (Serie des Brigham-Krankenhauses; englischsprachig)",
        "en": "Study of facial nerve palsy in newborns: incidence, risk factors and outcome (Brigham series)",
        # PMID from the QxMD address in the brief.
        "url": "https://pubmed.ncbi.nlm.nih.gov/2293714/",
    },
    "S45.2": {
        "de": "Al Tawil: Untersuchung zur Fazialisparese bei Neugeborenen in Saudi-Arabien. Am J Perinatol 2010 (Kurzfassung; englischsprachig)",
        "en": "Al Tawil: study of facial palsy in newborns in Saudi Arabia. Am J Perinatol 2010 (abstract)",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1055/s-0030-1253097",
    },
    "S45.3": {
        "de": "FPnotebook: Facial nerve injury from birth trauma (Nachschlagewerk für die Allgemeinmedizin; englischsprachig)",
        "en": "FPnotebook: Facial nerve injury from birth trauma (family medicine reference)",
        "url": "https://fpnotebook.com/NICU/Neuro/FclNrvInjryFrmBrthTrm.htm",
    },
    "S45.4": {
        "de": "Häufigkeit des Möbius-Syndroms (Auszug aus Medscape auf lookformedical.com; englischsprachig)",
        "en": "Prevalence of Möbius syndrome (Medscape excerpt on lookformedical.com)",
        "url": "",
    },
    "S45.5": {
        "de": "Morales-Chávez: Beitrag zum Möbius-Syndrom, 2013 (englischsprachig)",
        "en": "Morales-Chávez: article on Möbius syndrome, 2013",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC3892243/",
    },
    "S45.6": {
        "de": "Singham, Manktelow, Zuker: Beitrag zum Möbius-Syndrom und zur Wiederherstellung des Lächelns. Semin Plast Surg 2004 (englischsprachig)",
        "en": "Singham, Manktelow, Zuker: article on Möbius syndrome and smile reconstruction. Semin Plast Surg 2004",
        # PMC id from the address of the closed PubMed Central Canada in the brief.
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC2884693/",
    },
    "S45.7": {
        "de": "UT Southwestern Medical Center: Congenital facial palsy (Patienteninformation; englischsprachig)",
        "en": "UT Southwestern Medical Center: Congenital facial palsy (information for patients)",
        "url": "https://www.utswmedicine.org/conditions-specialties/facial-paralysis/causes/congenital-facial-palsy.html",
    },
    "S45.8": {
        "de": "franken-urbs.de: „Spende für Moebius-Syndrom“ (Spendenseite)",
        "en": "franken-urbs.de: „Spende für Moebius-Syndrom“ (donation page, in German)",
        "url": "",
    },
    "S45.9": {
        "de": "Moebius Syndrom Deutschland e.V.: Vorstellung des Elternvereins (auf mobbing-web.de)",
        "en": "Moebius Syndrom Deutschland e.V.: introduction of the German parents' association (on mobbing-web.de, in German)",
        # The association's own page is not known.
        "url": "",
    },
    "S45.10": {
        "de": "Helios HSK Wiesbaden, Plastische Chirurgie: Reanimation des gelähmten Gesichts (Informationsseite der Klinik)",
        "en": "Helios HSK Wiesbaden, plastic surgery: „Reanimation des gelähmten Gesichts“ (hospital page, in German)",
        "url": "https://www.helios-gesundheit.de/kliniken/wiesbaden-hsk/unser-angebot/unsere-fachkliniken-institute-und-zentren/plastische-chirurgie/funktionelle-rekonstruktionen-und-ersatzplastiken/reanimation-des-gelaehmten-gesichts/",
    },
    "S45.11": {
        "de": "Bienstock: Dynamic reconstruction (Nachschlageartikel bei Medscape; englischsprachig)",
        "en": "Bienstock: Dynamic reconstruction (Medscape reference article)",
        # Seen only on scribd.com, without an identifier.
        "url": "",
    },
    "S45.12": {
        "de": "Smile surgery (Lexikonartikel auf absoluteastronomy.com; englischsprachig)",
        "en": "Smile surgery (encyclopaedia-style topic page on absoluteastronomy.com)",
        "url": "",
    },
    "S45.13": {
        "de": "Controversies in contemporary facial reanimation (Lehrtext auf plasticsurgerykey.com, Herkunft nicht angegeben; englischsprachig)",
        "en": "Controversies in contemporary facial reanimation (textbook text on plasticsurgerykey.com, origin not stated)",
        "url": "",
    },
    "S45.14": {
        "de": "CheckOrphan: Möbius syndrome (Portal zu seltenen Erkrankungen; englischsprachig)",
        "en": "CheckOrphan: Möbius syndrome (rare-disease portal)",
        "url": "",
    },
    "S46.1": {
        "de": "Nellis JC et al.: Untersuchung zu Depression bei Menschen mit Fazialisparese. JAMA Facial Plast Surg 2017 (englischsprachig)",
        "en": "Nellis JC et al.: study of depression in patients with facial palsy. JAMA Facial Plast Surg 2017",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5469376/",
    },
    "S46.2": {
        "de": "Hotton M et al.: systematische Übersichtsarbeit zu den seelischen und sozialen Folgen der Fazialisparese (27 Untersuchungen). Br J Health Psychol 2020 (englischsprachig)",
        "en": "Hotton M et al.: systematic review of the psychosocial impact of facial palsy (27 studies). Br J Health Psychol 2020",
        "url": "https://pubmed.ncbi.nlm.nih.gov/32538540/",
    },
    "S46.3": {
        "de": "Neurology Insights: The socioemotional effects of facial paralysis (Blogartikel über die Forschung von Bogart, 2020; englischsprachig)",
        "en": "Neurology Insights: The socioemotional effects of facial paralysis (blog article on research by Bogart, 2020)",
        # A blog: cited, not linked.
        "url": "",
    },
    "S46.4": {
        "de": "Facial Palsy UK: About us (britische Patientenorganisation; englischsprachig)",
        "en": "Facial Palsy UK: About us (UK patient charity)",
        "url": "https://www.facialpalsy.org.uk/inform/about-us/",
    },
    "S46.5": {
        "de": "Facial Palsy UK: Pressemitteilungen (auf dem Presseportal Pressat; englischsprachig)",
        "en": "Facial Palsy UK: press releases (on the Pressat newswire)",
        "url": "",
    },
    "S46.6": {
        "de": "Facial Palsy UK: Spendenseite auf The Big Give (englischsprachig)",
        "en": "Facial Palsy UK: fundraising page on The Big Give",
        "url": "",
    },
    "S47.1": {
        "de": "PIF TICK (Patient Information Forum): How to find trusted health information (Tipps und Anleitungen; englischsprachig)",
        "en": "PIF TICK (Patient Information Forum): How to find trusted health information (tips and guides)",
        "url": "https://piftick.org.uk/finding-trusted-health-information/tips-and-guides/how-to-find-trusted-health-information/",
    },
    "S47.2": {
        "de": "PIF TICK (Patient Information Forum): PIF TICK criteria updates (7. Juni 2022; englischsprachig)",
        "en": "PIF TICK (Patient Information Forum): PIF TICK criteria updates (7 June 2022)",
        "url": "https://piftick.org.uk/2022/06/07/pif-tick-criteria-updates/",
    },
    "S47.3": {
        "de": "NHS England: Standard for creating health content (Einstiegsseite; englischsprachig)",
        "en": "NHS England: Standard for creating health content (landing page)",
        "url": "https://www.england.nhs.uk/tis/",
    },
    "S47.4": {
        "de": "NHS digital service manual: Reassure users that a page is up to date (Gestaltungsmuster; englischsprachig)",
        "en": "NHS digital service manual: Reassure users that a page is up to date (design pattern)",
        "url": "https://service-manual.nhs.uk/design-system/patterns/reassure-users-that-a-page-is-up-to-date",
    },
    "S47.5": {
        "de": "HSE (Health Service Executive, Irland) service manual: Review date (Baustein des Designsystems; englischsprachig)",
        "en": "HSE (Health Service Executive, Ireland) service manual: Review date (design system component)",
        "url": "https://service-manual.hse.ie/design-system/components/review-date",
    },
    "S47.6": {
        "de": "NHS website (nhs.uk): Content policy (englischsprachig)",
        "en": "NHS website (nhs.uk): Content policy",
        "url": "https://www.nhs.uk/our-policies/content-policy/",
    },
    "S47.7": {
        "de": "Health On the Net Foundation: HONcode principles – Grundsatz 4, Quellenangaben (englischsprachig)",
        "en": "Health On the Net Foundation: HONcode principles – principle 4, attribution",
        "url": "https://www.hon.ch/HONcode/Guidelines/hc_p4.html",
    },
    "S47.8": {
        "de": "Deutsches Netzwerk Evidenzbasierte Medizin (DNEbM): Gute Praxis Gesundheitsinformation (GPGI), Version 2.0, 2015",
        "en": "German Network for Evidence-based Medicine (DNEbM): „Gute Praxis Gesundheitsinformation“ (GPGI, good practice for health information), version 2.0, 2015 (in German)",
        "url": "https://www.ebm-netzwerk.de/de/veroeffentlichungen/weitere-publikationen/24134c131d31",
    },
    "S47.9": {
        "de": "Deutsches Netzwerk Gesundheitskompetenz (DNGK): Verlässliches Gesundheitswissen (Qualitätskriterien, 2021)",
        "en": "German Network for Health Literacy (DNGK): „Verlässliches Gesundheitswissen“ (quality criteria, 2021, in German)",
        "url": "https://gesundheitskompetenz.online/verlaessliches-gesundheitswissen/",
    },
    "S47.10": {
        "de": "gesund.bund.de (Bundesministerium für Gesundheit): Über uns – Qualitätssicherung",
        "en": "gesund.bund.de (Federal Ministry of Health): „Über uns – Qualitätssicherung“ (quality assurance, in German)",
        "url": "https://gesund.bund.de/ueber-uns/qualitaetssicherung",
    },
    "S47.11": {
        "de": "IQWiG, gesundheitsinformation.de: Glossar – Fazialisparese",
        "en": "IQWiG (Institute for Quality and Efficiency in Health Care), gesundheitsinformation.de: „Glossar – Fazialisparese“ (glossary entry, in German)",
        "url": "https://gesundheitsinformation.de/glossar/fazialisparese.html",
    },
    "S48.1": {
        "de": "North West Ambulance Service NHS Trust (NWAS): Recognising stroke in other people (englischsprachig)",
        "en": "North West Ambulance Service NHS Trust (NWAS): Recognising stroke in other people",
        "url": "https://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/recognising-stroke-in-other-people/",
    },
    "S48.2": {
        "de": "Oldwood Surgery (Hausarztpraxis): Stroke – Act FAST (englischsprachig)",
        "en": "Oldwood Surgery (GP practice): Stroke – Act FAST",
        "url": "https://www.oldwoodsurgery.co.uk/services/extra-support/stroke-act-fast/",
    },
    "S48.3": {
        "de": "pflegeausbildung.tips: Der FAST-Test (Lernseite für die Pflegeausbildung)",
        "en": "pflegeausbildung.tips: „Der FAST-Test“ (learning site for nursing students, in German)",
        "url": "",
    },
    "S48.4": {
        "de": "Augsburger Allgemeine: Notfall erkennen – Schlaganfall: Diesen einfachen Test sollte jeder kennen (Zeitungsartikel zum FAST-Test der Deutschen Schlaganfall-Hilfe)",
        "en": "Augsburger Allgemeine: „Notfall erkennen – Schlaganfall: Diesen einfachen Test sollte jeder kennen“ (newspaper article on the FAST test of the German stroke charity Deutsche Schlaganfall-Hilfe, in German)",
        # A newspaper: cited, not linked.
        "url": "",
    },
    "S49.1": {
        "de": "Gillman GS et al.: Untersuchung zur idiopathischen Fazialisparese und ihrer Erholung in der Schwangerschaft. Otolaryngol Head Neck Surg 2002;126:26–30 (englischsprachig)",
        "en": "Gillman GS et al.: study of Bell's palsy and recovery in pregnancy. Otolaryngol Head Neck Surg 2002;126:26–30",
        "url": "https://pubmed.ncbi.nlm.nih.gov/11821761/",
    },
    "S49.2": {
        "de": "Beitrag zur idiopathischen Fazialisparese in der Schwangerschaft. Obstet Gynecol Surv 2000;55:184–8 (englischsprachig)",
        "en": "Article on Bell's palsy in pregnancy. Obstet Gynecol Surv 2000;55:184–8",
        "url": "https://pubmed.ncbi.nlm.nih.gov/10713984/",
    },
    "S50": {
        "de": "DocCheck Flexikon: Gustolakrimaler Reflex (medizinisches Nachschlagewerk)",
        "en": "DocCheck Flexikon: „Gustolakrimaler Reflex“ (medical reference wiki, in German)",
        "url": "https://flexikon.doccheck.com/de/Gustolakrimaler_Reflex",
    },
    "S51": {
        "de": "fazialis.de: Nerve regeneration (Informationsseite eines Fachzentrums, englische Fassung)",
        "en": "fazialis.de: Nerve regeneration (information page of a specialist centre)",
        "url": "https://www.fazialis.de/en/facial-nerve/nerve-regeneration/",
    },
    "S52": {
        "de": "Aetna Clinical Policy Bulletin 0745 (Leistungsbedingungen einer US-Krankenversicherung; englischsprachig)",
        "en": "Aetna Clinical Policy Bulletin 0745 (coverage criteria of a US health insurer)",
        "url": "https://es.aetna.com/cpb/medical/data/700_799/0745.html",
    },
    "S53": {
        "de": "ZDF „Volle Kanne“: Gesichtslähmung (Fernsehbeitrag mit dem plastischen Chirurgen Kehrer, 2020)",
        "en": "ZDF „Volle Kanne“: „Gesichtslähmung“ (German television feature with the plastic surgeon Kehrer, 2020)",
        # A broadcaster: cited, not linked.
        "url": "",
    },
    "S54": {
        "de": "Neurochirurgie Tübingen: Facialisrehabilitation und Facialisrekonstruktion – Spezialdiagnostik (Informationsseite der Klinik)",
        "en": "Department of Neurosurgery, Tübingen: „Facialisrehabilitation und Facialisrekonstruktion – Spezialdiagnostik“ (hospital page, in German)",
        "url": "https://www.neurochirurgie-tuebingen.de/de/spezialgebiete/facialisrehabilitation-facialisrekonstruktion/spezialdiagnostik/",
    },
    "S55": {
        "de": "Beitrag zum zeitlichen Verlauf der Veränderungen der Gesichtsmuskeln nach Nervenausfall. Diagnostics 2022;12(5):1282 (englischsprachig)",
        "en": "Article on the time course of changes in facial muscles after nerve loss. Diagnostics 2022;12(5):1282",
        # Seen only on an unrelated website, without an identifier.
        "url": "",
    },
    "S56": {
        "de": "Is pre-operative electromyography a reliable tool in differentiating acute and chronic facial palsy? A preliminary evaluation in patients treated with triple innervation facial reanimation (englischsprachig)",
        "en": "Is pre-operative electromyography a reliable tool in differentiating acute and chronic facial palsy? A preliminary evaluation in patients treated with triple innervation facial reanimation",
        # Seen only on an aggregator (R Discovery), without an identifier.
        "url": "",
    },
    "S57": {
        "de": "Untersuchung zum doppelt innervierten Gracilis-Transfer in einem oder zwei Eingriffen. J Reconstr Microsurg 2024 (englischsprachig)",
        "en": "Study of dual-innervated gracilis transfer in one-stage versus two-stage reconstruction. J Reconstr Microsurg 2024",
        "url": "https://pubmed.ncbi.nlm.nih.gov/38224967/",
    },
    "S58.1": {
        "de": "Marques A et al.: Untersuchung zu Lyme-Borreliose und Fazialisparese. Ann Clin Transl Neurol 2022 (englischsprachig)",
        "en": "Marques A et al.: study on Lyme disease and facial palsy. Ann Clin Transl Neurol 2022",
        # PMID from the address of an unofficial mirror server in the brief.
        "url": "https://pubmed.ncbi.nlm.nih.gov/35064770/",
    },
    "S58.2": {
        "de": "Untersuchung zu Doxycyclin als Tabletten bei Lyme-Neuroborreliose. Infection 2011 (englischsprachig)",
        "en": "Study of oral doxycycline for Lyme neuroborreliosis. Infection 2011",
        "url": "https://pubmed.ncbi.nlm.nih.gov/21523405/",
    },
    "S59.1": {
        "de": "Fallserie zum Goldgewicht im Oberlid, 2018 (Beitrag in einer Springer-Fachzeitschrift; englischsprachig)",
        "en": "Case series of upper-eyelid gold weight implantation, 2018 (article in a Springer journal)",
        # DOI from the publisher's address in the brief.
        "url": "https://doi.org/10.1007/s12262-018-1854-9",
    },
    "S59.2": {
        "de": "Fallserie zum Goldgewicht im Oberlid (englischsprachig)",
        "en": "Case series of upper-eyelid gold weight implantation",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC8697052/",
    },
}

# Keys of the page modules that name a publication already listed under another key.
ALIASES = {
    # Baugh 2013: paper entry, guideline clearinghouse copy, executive summary, AAO-HNS page.
    "S1.1": "S1",
    "S1.2": "S1",
    "S1.3": "S1",
    "S1.4": "S1",
    # An excerpt of the DGN guideline quoted on an unrelated blog.
    "S2.4": "S2.1",
    # The English version of the same fazialis.de page.
    "S6.2": "S6.1",
    # Sullivan 2007: university portal, a table of a Cochrane review, university repository.
    "S7.1": "S7",
    "S7.2": "S7",
    "S7.3": "S7",
    "S24.2": "S24.1",
    # The mobile (AMP) copy of the fazialis.de page on synkinesis.
    "S41.5": "S25",
}


def canonical_key(key):
    """The key of ``SOURCES`` under which the publication cited as ``key`` is listed."""
    return ALIASES.get(key, key)


def page_source_keys(keys):
    """A page's source keys resolved to ``SOURCES``, each publication once, in order."""
    return list(dict.fromkeys(canonical_key(key) for key in keys))
