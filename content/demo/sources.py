"""Sources cited by the demo pages.

Keys follow the tags of the content brief (S1 … S59); a tag that bundles several
publications is split into S7.1, S7.2 … in the order the brief lists them.
"""

SOURCES = {
    "S1.1": (
        "Baugh RF et al.: Clinical practice guideline: Bell's palsy – key action statements. Otolaryngol Head Neck Surg 2013;149(3 Suppl):S1–S27 (paper entry on synapsesocial.com)",
        "https://synapsesocial.com/ko/papers/69dc2b333080d3567e274562",
    ),
    "S1.2": (
        "Baugh RF et al.: Clinical practice guideline: Bell's palsy (AAO-HNS, 2013) – guideline summary of the National Guideline Clearinghouse (archived copy)",
        "https://jesse.tg/ngc-archive/summary/10075",
    ),
    "S1.3": (
        "Baugh RF et al.: Clinical practice guideline: Bell's palsy – executive summary. Otolaryngol Head Neck Surg 2013 (PubMed entry)",
        "http://pubmed.gov/24190889/",
    ),
    "S1.4": (
        "American Academy of Otolaryngology–Head and Neck Surgery (AAO-HNS): Clinical practice guideline: Bell's palsy (Baugh RF et al., 2013) – guideline page on entnet.org",
        "https://www.entnet.org/guide_lines/Bells.cfm",
    ),
    "S2.1": (
        "Deutsche Gesellschaft für Neurologie (DGN): S2k-Leitlinie 030/013 „Therapie der idiopathischen Fazialisparese (Bell's palsy)“, Stand 28.02.2022, gültig bis 27.02.2027",
        "https://dgn.org/leitlinien/030-013-therapie-der-idiopathischen-fazialisparese-bell-s-palsy/",
    ),
    "S2.2": (
        "Deutsche Gesellschaft für Neurologie (DGN): Leitlinien für Diagnostik und Therapie in der Neurologie – Therapie der idiopathischen Fazialisparese, Fassung 2017 (Kopie auf readkong.com)",
        "https://de.readkong.com/page/leitlinien-fur-diagnostik-und-therapie-in-der-neurologie-4912344",
    ),
    "S2.3": (
        "Deutsche Gesellschaft für Neurologie (DGN): Leitlinie zur idiopathischen Fazialisparese, Fassung 2012 (Kopie auf pdfslide.org)",
        "https://pdfslide.org/documents/auflage-dgn-eine-varicella-zoster-serologie-ist-erforderlich-bei-verdacht.html",
    ),
    "S2.4": (
        "Auszug aus der DGN-Leitlinie zur idiopathischen Fazialisparese, wiedergegeben in einem Blogbeitrag auf commodore.com.tr (fachfremde Website, Herkunft des Textes nicht geprüft)",
        "https://commodore.com.tr/mobiquo/blog/idiopathische-fazialisparese-erfahrungen-e23581",
    ),
    "S3": (
        "Heckmann JG, Urban PP, Pitz S, Guntinas-Lichius O, Gágyor I: Idiopathische Fazialisparese – Diagnostik und Therapie. Dtsch Arztebl Int 2019;116:692–702 (CME-Fortbildungsartikel)",
        "https://www.aerzteblatt.de/cme/artikel?id=210229",
    ),
    "S4": (
        "Deutsches Ärzteblatt: „Leitlinie zur idiopathischen Fazialisparese aktualisiert“ (Nachricht, 2017)",
        "https://www.aerzteblatt.de/news/leitlinie-zur-ideopathischen-fazialisparese-aktualisiert-5687067b-0b1d-419b-8994-47d5d451d8b7",
    ),
    "S5": (
        "de Almeida JR et al.: Management of Bell palsy: clinical practice guideline. CMAJ 2014 (Canadian guideline; copy on docksci.com)",
        "https://docksci.com/management-of-bell-palsy-clinical-practice-guideline_5ad3e7c2d64ab29db2f4c8b4.html",
    ),
    "S6.1": (
        "fazialis.de: Prognosis of facial paralysis (information page of a specialist centre; summarises Peitersen and Fujiwara)",
        "https://www.fazialis.de/en/facial-paralysis/prognosis/",
    ),
    "S6.2": (
        "fazialis.de: Prognose der Gesichtslähmung (Informationsseite eines Fachzentrums; fasst Peitersen und Fujiwara zusammen)",
        "https://www.fazialis.de/de/gesichtslaehmung/prognose/",
    ),
    "S6.3": (
        "Peitersen: Bell's palsy: the spontaneous course of 2,500 peripheral … (Copenhagen series of untreated facial palsies). Acta Otolaryngol Suppl 2002 (copy on yumpu.com)",
        "https://yumpu.com/en/document/view/24811655/bells-palsy-the-spontaneous-course-of-2500-peripheral-admin/20",
    ),
    "S7.1": (
        "Sullivan FM et al.: Early treatment with prednisolone or acyclovir in Bell's palsy. N Engl J Med 2007;357:1598–1607 (University of Manchester research portal)",
        "https://research.manchester.ac.uk/en/publications/early-treatment-with-prednisolone-or-acyclovir-in-bells-palsy",
    ),
    "S7.2": (
        "Gagyor I et al.: Antiviral treatment for Bell's palsy. Cochrane review CD001869 – table describing an included trial (Sullivan 2007), PubMed Central",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6726970/table/CD001869-tblf-0007",
    ),
    "S7.3": (
        "Record on the trial by Sullivan FM et al.: Early treatment with prednisolone or acyclovir in Bell's palsy (N Engl J Med 2007) in MOspace, the University of Missouri repository",
        "https://mospace.umsystem.edu/xmlui/handle/10355/5410",
    ),
    "S8": (
        "Madhok VB et al.: Corticosteroids for Bell's palsy. Cochrane Database Syst Rev 2016, CD001942.pub5 – results table (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6457861/table/CD001942-tbl-0001",
    ),
    "S9": (
        "Gagyor I et al.: Antiviral treatment for Bell's palsy. Cochrane Database Syst Rev 2019, CD001869.pub9 (Cochrane Library)",
        "https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001869.pub9/full/en",
    ),
    "S10.1": (
        "BMJ Best Practice: Bell's palsy – epidemiology (accessed through a library proxy)",
        "https://bibliotheek.ehb.be:2400/topics/en-gb/118/epidemiology",
    ),
    "S10.2": (
        "BMJ Best Practice: grading criteria for facial palsy, House–Brackmann scale (accessed through a library proxy)",
        "https://bibliotheek.ehb.be:2400/topics/en-gb/3000322/criteria",
    ),
    "S11.1": (
        "GPnotebook: Bell's palsy – prognosis (reference for general practitioners)",
        "https://gpnotebook.com/en-IE/pages/neurology/bells-palsy/prognosis",
    ),
    "S11.2": (
        "Medical Tribune: „Meistens erholt sich der Nerv“ (Fachzeitungsartikel zur idiopathischen Fazialisparese)",
        "https://medical-tribune.de/medizin-und-forschung/artikel/meistens-erholt-sich-der-nerv",
    ),
    "S11.3": (
        "News-Medical.net: Bell's palsy recovery (health article)",
        "https://news-medical.net/health/Bells-Palsy-Recovery.aspx",
    ),
    "S11.4": (
        "healthjade.com: Bell's palsy (consumer health website)",
        "https://healthjade.com/bells-palsy",
    ),
    "S12": (
        "Prognosis of facial palsy in Ramsay Hunt syndrome: systematic review, 2016 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5063726",
    ),
    "S13": (
        "Lutsep: Bell palsy – Fast Five Quiz. Medscape 2020",
        "https://reference.medscape.com/viewarticle/925706_3",
    ),
    "S14.1": (
        "Study of the causes of facial palsy in children in Stockholm, 2014–2015 (neuroborreliosis and idiopathic palsy). Acta Paediatr (publication record on MediFind)",
        "https://stage.medifind.com/articles/publication/214962649",
    ),
    "S14.2": (
        "Study of facial palsy in children in a Lyme-endemic region of the USA. Pediatrics 2022;149(6):e2021053992 (abstract)",
        "https://publications.aap.org/pediatrics/article-abstract/149/6/e2021053992/188058/",
    ),
    "S14.3": (
        "Prospective study of facial palsy and Lyme disease in children in an endemic area (publication record on Scilit)",
        "https://scilit.com/publications/784715e79188b2af9baf949a274b418d",
    ),
    "S15.1": (
        "Medscape (eMedicine): Intratemporal bone trauma (printable version)",
        "https://emedicine.medscape.com/article/846226-print",
    ),
    "S15.2": (
        "Clinical Gate: Traumatic facial paralysis (online medical reference page)",
        "https://clinicalgate.com/traumatic-facial-paralysis",
    ),
    "S15.3": (
        "Kong & Sevy: article on facial nerve injury in temporal bone trauma. Oper Tech Otolaryngol 2017 (full text)",
        "https://www.optecoto.com/article/S1043-1810(17)30098-2/fulltext",
    ),
    "S15.4": (
        "Aboud et al.: abstract on facial palsy after temporal bone fractures that spare the otic capsule (record on globalauthorid.com)",
        "http://globalauthorid.com/WebPortal/ArticleView?wd=F7CFAF07C30E7BACBC62C924B1F3EAF3AE0E5ED33DCB2933DF561C8328FEF90EA4B494ED0D69508E",
    ),
    "S16.1": (
        "Jin et al.: facial nerve weakness after parotidectomy in 794 patients. BMC Surg 2019 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6933669",
    ),
    "S16.2": (
        "ENT & Audiology News: journal review of Sethi et al. – Facial paralysis risk factors in benign parotid surgery",
        "https://www.entandaudiologynews.com/reviews/journal-reviews/post/facial-paralysis-risk-factors-in-benign-parotid-surgery",
    ),
    "S17.1": (
        "FPnotebook: Facial nerve paralysis causes",
        "https://fpnotebook.com/neuro/CN/FclNrvPrlysCs.htm",
    ),
    "S17.2": (
        "Elsevier Therapie-Handbuch: Läsionen der Hirnnerven – Fazialisparese (Buchkapitel, Elsevier Medizinwelt)",
        "https://medizinwelt.elsevier.de/allgemeinmedizin/therapie-handbuch/buchkapitel/laesionen_der_hirnnerven___fazialisparese",
    ),
    "S17.3": (
        "Dr. Shai Rozen: Ramsay Hunt syndrome and other infections (facial paralysis information site of a surgeon)",
        "https://drshairozen.com/facial-paralysis/ramsay-hunt-other-infections",
    ),
    "S17.4": (
        "Duke Health: Facial paralysis treatment (plastic and reconstructive surgery patient page)",
        "https://www.dukehealth.org/treatments/plastic-and-reconstructive-surgery/facial-paralysis-treatment",
    ),
    "S17.5": (
        "myphysiospot.com: Facial palsy (physiotherapy blog post)",
        "https://myphysiospot.com/post/facial-palsy",
    ),
    "S17.6": (
        "tampabayhearing.com: Bell's palsy and Ramsay Hunt syndrome (ear education page of a hearing clinic)",
        "https://www.tampabayhearing.com/ear-education/bells-palsy-and-ramsay-hunt-syndrome/",
    ),
    "S18.1": (
        "RCEM Learning (Royal College of Emergency Medicine): Acute facial palsy – central connections of the facial nuclei (e-learning module)",
        "https://www.rcemlearning.co.uk/modules/acute-facial-palsy/lessons/anatomy-2/topic/central-connections-of-the-facial-nuclei/",
    ),
    "S18.2": (
        "notfallbausteine.de: Facialisparese (notfallmedizinische Kurzinformation)",
        "https://notfallbausteine.de/Facialisparese",
    ),
    "S18.3": (
        "HNO-Ärzte im Netz: Gesichtslähmung – Anzeichen und Verlauf (Patienteninformation)",
        "https://www.hno-aerzte-im-netz.de/krankheiten/gesichtslaehmung/anzeichen-und-verlauf.html",
    ),
    "S19": (
        "Kanerva M et al.: Sunnybrook and House-Brackmann systems in 5397 facial gradings. Otolaryngol Head Neck Surg 2011 (Lund University publication record)",
        "https://www.lunduniversity.lu.se/lup/publication/042a478c-5a15-4f22-bf42-2eed27186966",
    ),
    "S20": (
        "Study showing good correlation between the original and a modified House–Brackmann grading scale. Laryngoscope 2011 (abstract, Wiley Online Library)",
        "http://onlinelibrary.wiley.com/doi/10.1002/lary.21163/abstract",
    ),
    "S21.1": (
        "Banks CA et al.: The eFACE. Plast Reconstr Surg 2015;136(2):223e–230e (PubMed entry, accessed through a library proxy)",
        "http://0-www-ncbi-nlm-nih-gov.brum.beds.ac.uk/pubmed/26218397",
    ),
    "S21.2": (
        "The Auto-eFACE: machine learning-enhanced program … Plast Reconstr Surg 2021 (full text)",
        "https://journals.lww.com/plasreconsurg/Fulltext/2021/02000/The_Auto_eFACE__Machine_Learning_Enhanced_Program.30.aspx",
    ),
    "S22.1": (
        "Study of Sunnybrook Facial Grading System scores in healthy people (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/pmid/39215610",
    ),
    "S22.2": (
        "Physiopedia: Facial Grading System (wiki article on the Sunnybrook scale for therapists)",
        "https://www.physio-pedia.com/Facial_Grading_System",
    ),
    "S22.3": (
        "fazialisparese.ch: Therapie in der Defektheilungsphase (Informationen für Fachleute von Physiotherapeutinnen und -therapeuten in Zürich)",
        "https://fazialisparese.ch/infos-für-fachleute/therapie-defektheilungsphase",
    ),
    "S23.1": (
        "Guntinas-Lichius O et al.: Facial nerve electrodiagnostics … clinical practice guideline. Eur Arch Otorhinolaryngol 2020;277:1855–74 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7286870",
    ),
    "S23.2": (
        "Medscape (eMedicine): Dynamic reanimation – workup, with the electrodiagnostic findings after Parnes",
        "https://emedicine.staging.medscape.com/article/879441-workup",
    ),
    "S23.3": (
        "Journal abstract on electroneurography (ENG) and the maximal stimulation test (MST) in a German series of 200 patients with Bell's palsy (Karger, vol. 3, issue 6, p. 301)",
        "https://karger.com/orn/article-abstract/3/6/301/262414/",
    ),
    "S23.4": (
        "Flasar et al.: article on facial palsy (grading, EMG and reinnervation), 2017 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5655551",
    ),
    "S24.1": (
        "fazialis.de: Formen der Gesichtslähmung (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/gesichtslaehmung/formen/",
    ),
    "S24.2": (
        "fazialis.de: Forms of facial paralysis (information page of a specialist centre)",
        "https://www.fazialis.de/en/facial-paralysis/forms/",
    ),
    "S25": (
        "fazialis.de: Synkinesien (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/gesichtslaehmung/formen/synkinesien/",
    ),
    "S26.1": (
        "improveFP: The stages of facial palsy (facial therapy information site)",
        "https://improvefp.com/the-stages-of-facial-palsy/",
    ),
    "S26.2": (
        "improveFP: Practice videos – introduction to movements (facial therapy information site)",
        "https://improvefp.com/practice-videos/introduction-to-movements/",
    ),
    "S27": (
        "UCSF Otolaryngology–Head and Neck Surgery, Facial Nerve Clinic: Incomplete paralysis and synkinesis (patient information)",
        "https://ohns.ucsf.edu/facialnerve/facial-paralysis/incomplete-paralysis-synkinesis",
    ),
    "S28": (
        "Guntinas-Lichius O et al.: Facial synkinesis – recommendations of the IHNSG. Front Neurol 2022 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC9682287",
    ),
    "S29": (
        "Hohman MH: Facial reinnervation (From the Education Committees). AAO-HNS Bulletin 2020",
        "https://bulletin.entnet.org/home/article/21247951/from-the-education-committees-facial-reinnervation",
    ),
    "S30.1": (
        "Review of nerve transfers for facial reanimation. Plast Aesthet Res 2021",
        "https://parjournal.net/article/view/3870",
    ),
    "S30.2": (
        "Article on the nerve supply for a free gracilis muscle transfer. Plast Aesthet Res",
        "https://parjournal.net/article/view/4395",
    ),
    "S31.1": (
        "fazialis.de: Nervenumlagerungen und Nerventransplantation (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/behandlung/operativ/dynamisch/nervenumlagerungen-und-nerventransplantation/",
    ),
    "S31.2": (
        "fazialis.de: Motorische Ersatzplastiken (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/behandlung/operativ/dynamisch/motorische-ersatzplastiken/",
    ),
    "S31.3": (
        "fazialis.de: Freie Muskeltransplantation – zweizeitige Rekonstruktion mit Cross-Face-Nerventransplantat (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/behandlung/operativ/dynamisch/freie-muskeltransplantation/zweizeitige-rekonstruktion-mit-cfng/",
    ),
    "S31.4": (
        "fazialis.de: Resultate – Patientenbilder (Fallbeispiele eines Fachzentrums)",
        "https://www.fazialis.de/de/resultate/patientenbilder/",
    ),
    "S32.1": (
        "Klebuc: Facial reanimation using the masseter-to-facial nerve transfer. Plast Reconstr Surg 2011;127:1909 (copy on methodistfacialparalysis.com)",
        "http://www.methodistfacialparalysis.com/articles/facial-reanimation-using-the-masseter-to-facial-nerve-transfer/",
    ),
    "S32.2": (
        "Park et al.: article on the masseteric nerve transfer in facial reanimation. Arch Craniofac Surg 2020 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7933725/",
    ),
    "S32.3": (
        "Case series of masseteric-to-facial nerve transfer in elderly patients (journal article on ajops.com)",
        "https://www.ajops.com/index.php/ajops/article/view/182",
    ),
    "S32.4": (
        "Article on facial reanimation, Front Surg 2022 (doi:10.3389/fsurg.2022.735231)",
        "https://frontiersin.org/journals/surgery/articles/10.3389/fsurg.2022.735231/full",
    ),
    "S33.1": (
        "Medscape: What is the hypoglossal-facial anastomosis approach to facial nerve repair? (question-and-answer page)",
        "https://www.medscape.com/answers/846448-166479/what-is-the-hypoglossal-facial-anastomosis-approach-to-facial-nerve-repair",
    ),
    "S33.2": (
        "Flores: hypoglossal–facial nerve anastomosis with a technique that spares the tongue, 8 patients. Acta Neurochir 2007 (Springer)",
        "https://link.springer.com/article/10.1007%2Fs00701-007-1412-x",
    ),
    "S33.3": (
        "Clinical Gate: Hypoglossal-facial anastomosis (online medical reference page)",
        "https://clinicalgate.com/hypoglossal-facial-anastomosis",
    ),
    "S33.4": (
        "mussenhealth.us: Hypoglossal-to-facial nerve transfer (general health website)",
        "https://www.mussenhealth.us/hearing-loss-2/hypoglossal-to-facial-nerve-transfer.html",
    ),
    "S34.1": (
        "Dr. Panossian (drpanossian.com): Cross-face nerve graft (information site of a facial reanimation surgeon)",
        "https://drpanossian.com/procedures/cross-face-nerve-graft.html",
    ),
    "S34.2": (
        "Dr. Panossian (drpanossian.com): Gracilis free muscle transfer (information site of a facial reanimation surgeon)",
        "https://drpanossian.com/procedures/gracilis-free-muscle-transfer.html",
    ),
    "S34.3": (
        "Dr. Panossian (drpanossian.com): Gracilis muscle transplant with the masseter nerve (information site of a facial reanimation surgeon)",
        "https://drpanossian.com/facial-paralysis/treatments/gracilis-muscle-transplant-masseter-nerve/",
    ),
    "S35.1": (
        "Chuang DC et al.: comparison of free gracilis transfers innervated by a cross-face nerve graft, the accessory nerve (XI) or the masseteric nerve (V3), Chang Gung series, 2018 (ResearchGate record)",
        "https://www.researchgate.net/publication/324581752",
    ),
    "S35.2": (
        "Summary of a case series of two-stage reconstruction with cross-face nerve graft and free gracilis transfer (3 of 12 patients re-operated) on paperexplained.cn",
        "https://paperexplained.cn/articles/paper/detail/b058a3e59642f32fa39a805bc2ead825266bb215",
    ),
    "S36.1": (
        "Facial Nerve Center (Massachusetts Eye and Ear): Gracilis free tissue transfer (patient information)",
        "https://www.facialnervecenter.org/gracilis-free-tissue-transfer",
    ),
    "S36.2": (
        "Facial Nerve Center (Massachusetts Eye and Ear): Eye care (patient information)",
        "https://www.facialnervecenter.org/eye-care",
    ),
    "S37.1": (
        "Guerreschi & Labbé: article on the lengthening temporalis myoplasty. Facial Plast Surg 2015;31:123–7 (abstract, Thieme)",
        "https://www.thieme-connect.de/products/ejournals/abstract/10.1055/s-0035-1549039",
    ),
    "S37.2": (
        "Facial Palsy UK: Facial reanimation by the Labbé technique – lengthening temporalis myoplasty (patient information)",
        "http://www.facialpalsy.org.uk/support/surgery/facial-reanimation-by-the-labbe-technique-lengthening-temporalis-myoplasty/",
    ),
    "S37.3": (
        "Nduka, Hallam, Labbé: Refinements in smile reanimation: 10-year experience with the lengthening temporalis myoplasty. JPRAS 2012 (summary on charlesnduka.co.uk)",
        "https://charlesnduka.co.uk/plastic-surgery/research/refinements-in-smile-reanimation-10-year-experience-with-the-lengthening-temporalis-myoplasty/",
    ),
    "S38.1": (
        "Stanford Facial Nerve Center: Static sling (surgical reanimation)",
        "https://med.stanford.edu/ohns/OHNS-healthcare/facialnervecenter/surgical-reanimation/static-sling.html",
    ),
    "S38.2": (
        "fazialis.de: Aufhängeplastiken (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/behandlung/operativ/statisch/aufhaengeplastiken/",
    ),
    "S38.3": (
        "Medscape: What is the role of a static sling in the treatment of congenital facial paralysis? (question-and-answer page)",
        "https://www.medscape.com/answers/878464-171935/what-is-the-role-of-a-static-sling-in-the-treatment-of-congenital-facial-paralysis",
    ),
    "S38.4": (
        "mussenhealth.us: Static rehabilitation procedures (general health website)",
        "https://www.mussenhealth.us/hearing-loss-2/static-rehabilitation-procedures.html",
    ),
    "S39.1": (
        "Operative Korrektur von Lidfehlstellungen bei peripherer Fazialisparese. Fachzeitschriftenartikel, Thieme 2006 (Abstract)",
        "https://www.thieme-connect.com/products/ejournals/abstract/10.1055/s-2006-958771",
    ),
    "S39.2": (
        "Sohrab et al.: article on eyelid management in facial paralysis. Facial Plast Surg 2015 (full text, Thieme)",
        "https://www.thieme-connect.de/products/ejournals/html/10.1055/s-0035-1549292",
    ),
    "S39.3": (
        "fazialis.de: Gold- und Platinimplantate am Auge (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/behandlung/operativ/statisch/gold-und-platinimplantate-auge/",
    ),
    "S39.4": (
        "fazialis.de: Unterlidstraffung und -rekonstruktion (Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/behandlung/operativ/statisch/unterlidstraffung-und-rekonstruktion/",
    ),
    "S39.5": (
        "Entokey: Part IV – Upper eyelid (online ENT reference text)",
        "https://entokey.com/part-iv-upper-eyelid-4/",
    ),
    "S40.1": (
        "Azizzadeh B et al.: Modified selective neurectomy for the treatment of post-facial paralysis synkinesis. Plast Reconstr Surg 2019;143:1483–96",
        "https://journals.lww.com/plasreconsurg/Abstract/2019/05000/Modified_Selective_Neurectomy_for_the_Treatment_of.38.aspx",
    ),
    "S40.2": (
        "fazialis.de: Neurectomy, myotomy and myectomy (information page of a specialist centre)",
        "https://www.fazialis.de/en/treatment/operative/dynamic/neurectomy-myotomy-and-myectomy/",
    ),
    "S40.3": (
        "Study of depressor anguli oris (DAO) myectomy in facial synkinesis. J Reconstr Microsurg 2022 (abstract, Thieme)",
        "https://www.thieme-connect.de/products/ejournals/abstract/10.1055/s-0041-1732350",
    ),
    "S40.4": (
        "Do preoperative depressor anguli oris muscle blocks predict myectomy outcomes? A single cohort comparison in postparetic facial synkinesis (summary on R Discovery)",
        "https://discovery.researcher.life/article/do-preoperative-depressor-anguli-oris-muscle-blocks-predict-myectomy-outcomes-a-single-cohort-comparison-in-postparetic-facial-synkinesis/e49f477d2ce23380bbd40d6dc4974ce2",
    ),
    "S41.1": (
        "University College London Hospitals (UCLH): Complex facial clinic – botulinum toxin injections (patient information)",
        "https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/complex-facial-clinic-botulinum-toxin-injections-part-clinic-treatment",
    ),
    "S41.2": (
        "Facial Palsy UK: Botulinum toxin (treatments and therapies, patient information)",
        "https://www.facialpalsy.org.uk/support/treatments-therapies/botulinum-toxin/",
    ),
    "S41.3": (
        "de Sanctis Pecora: article on botulinum toxin treatment in facial palsy. Toxins 2021 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7923088",
    ),
    "S41.4": (
        "Pourmomeny: article on botulinum toxin treatment in facial palsy, 2019 (journal page on Brieflands)",
        "https://brieflands.com/articles/mejrh-81931",
    ),
    "S41.5": (
        "fazialis.de: Synkinesien (mobile Fassung der Informationsseite eines Fachzentrums)",
        "https://www.fazialis.de/de/gesichtslaehmung/formen/synkinesien/amp.html",
    ),
    "S41.6": (
        "Díaz-Aristizabal: Effect of botulinum toxin type A … Neurología 2023 (Elsevier)",
        "https://elsevier.es/es-revista-neurologia-295-articulo-effect-botulinum-toxin-type-a-S2173580823000421",
    ),
    "S42.1": (
        "fazialis.de: Eyebrow and forehead lift (information page of a specialist centre)",
        "https://www.fazialis.de/en/treatment/operative/aesthetic-corrections/eyebrow-forehead-lift/",
    ),
    "S42.2": (
        "Stanford Facial Nerve Center: Brow lift (refinement procedures)",
        "http://med.stanford.edu/ohns/healthcare/facialnervecenter/refinement-procedures/browlift.html",
    ),
    "S42.3": (
        "Lee et al.: Options in repositioning the asymmetric brow from paralysis and trauma. Facial Plast Surg 2017 (copy on vdocuments.mx)",
        "https://vdocuments.mx/options-in-repositioning-the-asymmetric-brow-from-paralysis-and-trauma-oculi-the.html",
    ),
    "S42.4": (
        "myplasticsurgery.gr: Facelift in facial palsy (website of a plastic surgery practice in Greece)",
        "https://www.myplasticsurgery.gr/en/reconstructive-procedures-greece/facial-palsy/face-lift/",
    ),
    "S43.1": (
        "Khan AJ et al.: updated systematic review of facial exercise therapy for facial palsy. Clin Rehabil 2022;36:1424–49 (copy on Scribd)",
        "https://www.scribd.com/document/671784398/",
    ),
    "S43.2": (
        "Teixeira LJ et al.: Cochrane review of physical therapy for Bell's palsy. Cochrane Database Syst Rev 2011, CD006283.pub3 (copy on Scribd)",
        "https://ru.scribd.com/document/401180937/Teixeira-2011",
    ),
    "S43.3": (
        "Systematic review of physical therapy for facial palsy (four randomised trials). Otol Neurotol 2008 (record on QxMD)",
        "https://read.qxmd.com/read/18520590/",
    ),
    "S43.4": (
        "Pereira LM et al.: meta-analysis of facial exercise therapy for facial palsy. Clin Rehabil 2011 (copy on Scribd)",
        "https://de.scribd.com/document/235681136/Facial-Exercise-Therapy-for-Facial",
    ),
    "S43.5": (
        "Diels: article on facial neuromuscular retraining. Facial Plast Surg 2000 (abstract, Thieme)",
        "https://www.thieme-connect.com/products/ejournals/abstract/10.1055/s-2000-15546",
    ),
    "S43.6": (
        "Systematic review of mirror therapy for facial palsy. Brain Sci 2024;14(6):530 (copy on an unrelated website)",
        "https://cricutcom-setup.com/2076-3425/14/6/530",
    ),
    "S43.7": (
        "facialretraining.com: When to begin facial retraining (information page of a facial retraining service)",
        "https://www.facialretraining.com/when-to-begin-facial-retraining/",
    ),
    "S43.8": (
        "bellspalsynyc.com: Bell's palsy – frequently asked questions (practice website)",
        "https://bellspalsynyc.com/faqs/",
    ),
    "S44.1": (
        "Facial Palsy UK: Dry eye advice (patient guide)",
        "https://www.facialpalsy.org.uk/support/patient-guides/dry-eye-advice/",
    ),
    "S44.2": (
        "Facial Palsy UK: Eye lubrication (treatments and therapies, patient information)",
        "https://www.facialpalsy.org.uk/support/treatments-therapies/eye-lubrication/",
    ),
    "S44.3": (
        "NHS Bristol, North Somerset and South Gloucestershire (BNSSG) Remedy: Bell's palsy (clinical pathway for adults)",
        "https://remedy.bnssg.icb.nhs.uk/adults/neurology/bells-palsy",
    ),
    "S44.4": (
        "RCEM Learning (Royal College of Emergency Medicine): Bell's palsy in children – indications for specialist referral (e-learning module)",
        "https://www.rcemlearning.co.uk/modules/bells-palsy-in-children/lessons/indication-for-specialist-referral/",
    ),
    "S45.1": (
        "Study of facial nerve palsy in newborns: incidence, risk factors and outcome, Brigham series (record on QxMD)",
        "https://www.qxmd.com/r/2293714",
    ),
    "S45.2": (
        "Al Tawil: study of facial palsy in newborns in Saudi Arabia. Am J Perinatol 2010 (abstract, Thieme)",
        "https://thieme-connect.com/products/ejournals/abstract/10.1055/s-0030-1253097",
    ),
    "S45.3": (
        "FPnotebook: Facial nerve injury from birth trauma",
        "https://fpnotebook.com/NICU/Neuro/FclNrvInjryFrmBrthTrm.htm",
    ),
    "S45.4": (
        "Prevalence of Möbius syndrome (Medscape excerpt reproduced on lookformedical.com)",
        "https://lookformedical.com/faq.php?q=paresis%2C+syndromes+affecting+brainstem%2C+mobius+syndrome&lang=1",
    ),
    "S45.5": (
        "Morales-Chávez: article on Möbius syndrome, 2013 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC3892243",
    ),
    "S45.6": (
        "Singham, Manktelow, Zuker: article on Möbius syndrome and smile reconstruction. Semin Plast Surg 2004 (PubMed Central Canada)",
        "http://pubmedcentralcanada.ca/pmcc/articles/PMC2884693/",
    ),
    "S45.7": (
        "UT Southwestern Medical Center: Congenital facial palsy (patient information)",
        "http://www.utswmedicine.org/conditions-specialties/facial-paralysis/causes/congenital-facial-palsy.html",
    ),
    "S45.8": (
        "franken-urbs.de: „Spende für Moebius-Syndrom“ (Spendenseite)",
        "http://franken-urbs.de/index.php/spende-fuer-moebius-syndrom",
    ),
    "S45.9": (
        "mobbing-web.de: Moebius Syndrom Deutschland e.V. (Vorstellung des Elternvereins auf einer Website gegen Mobbing, Druckfassung)",
        "http://www.mobbing-web.de/printable/netzwerk-mobbing-web-de_pro_fairness_gegen_mobbing_hilfe_fuer_mo/moebiussyndromdeutschlandev.htm",
    ),
    "S45.10": (
        "Helios HSK Wiesbaden, Plastische Chirurgie: Reanimation des gelähmten Gesichts (Informationsseite der Klinik)",
        "https://www.helios-gesundheit.de/kliniken/wiesbaden-hsk/unser-angebot/unsere-fachkliniken-institute-und-zentren/plastische-chirurgie/funktionelle-rekonstruktionen-und-ersatzplastiken/reanimation-des-gelaehmten-gesichts/",
    ),
    "S45.11": (
        "Bienstock: Dynamic reconstruction (Medscape reference article; copy on Scribd)",
        "https://www.scribd.com/document/369460692/",
    ),
    "S45.12": (
        "absoluteastronomy.com: Smile surgery (encyclopaedia-style topic page)",
        "http://absoluteastronomy.com/topics/Smile_surgery",
    ),
    "S45.13": (
        "Plastic Surgery Key: Controversies in contemporary facial reanimation (online reference text)",
        "https://plasticsurgerykey.com/controversies-in-contemporary-facial-reanimation",
    ),
    "S45.14": (
        "CheckOrphan: Möbius syndrome (rare-disease information page)",
        "https://checkorphan.org/disease/mobius-syndrome/",
    ),
    "S46.1": (
        "Nellis JC et al.: study of depression in patients with facial palsy. JAMA Facial Plast Surg 2017 (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5469376",
    ),
    "S46.2": (
        "Hotton M et al.: systematic review of the psychosocial impact of facial palsy (27 studies). Br J Health Psychol 2020 (PubMed entry)",
        "https://www.pubmed.gov/32538540/",
    ),
    "S46.3": (
        "Neurology Insights: The socioemotional effects of facial paralysis (article on research by Bogart, 2020)",
        "https://www.neurologyinsights.com/2020/02/12/the-socioemotional-effects-of-facial-paralysis/",
    ),
    "S46.4": (
        "Facial Palsy UK: About us (charity)",
        "http://www.facialpalsy.org.uk/inform/about-us/",
    ),
    "S46.5": (
        "Facial Palsy UK: press releases (newsroom on Pressat)",
        "https://facialpalsyuk.pressat.co.uk",
    ),
    "S46.6": (
        "Facial Palsy UK: charity fundraising page on The Big Give",
        "https://secure.thebiggive.org.uk/charity/view/10782/facial-palsy-uk",
    ),
    "S47.1": (
        "PIF TICK (Patient Information Forum): How to find trusted health information (tips and guides)",
        "https://piftick.org.uk/finding-trusted-health-information/tips-and-guides/how-to-find-trusted-health-information/",
    ),
    "S47.2": (
        "PIF TICK (Patient Information Forum): PIF TICK criteria updates (7 June 2022)",
        "https://piftick.org.uk/2022/06/07/pif-tick-criteria-updates/",
    ),
    "S47.3": (
        "NHS England: Standard for creating health content (landing page)",
        "https://www.england.nhs.uk/tis/",
    ),
    "S47.4": (
        "NHS digital service manual: Reassure users that a page is up to date (design pattern)",
        "https://service-manual.nhs.uk/design-system/patterns/reassure-users-that-a-page-is-up-to-date",
    ),
    "S47.5": (
        "HSE (Health Service Executive, Ireland) service manual: Review date (design system component)",
        "https://service-manual.hse.ie/design-system/components/review-date",
    ),
    "S47.6": (
        "NHS website (nhs.uk): Content policy",
        "https://www.nhs.uk/our-policies/content-policy/",
    ),
    "S47.7": (
        "Health On the Net Foundation: HONcode principles – principle 4, attribution",
        "https://www.hon.ch/HONcode/Guidelines/hc_p4.html",
    ),
    "S47.8": (
        "Deutsches Netzwerk Evidenzbasierte Medizin (DNEbM): Gute Praxis Gesundheitsinformation (GPGI), Version 2.0, 2015",
        "https://www.ebm-netzwerk.de/de/veroeffentlichungen/weitere-publikationen/24134c131d31",
    ),
    "S47.9": (
        "Deutsches Netzwerk Gesundheitskompetenz (DNGK): Verlässliches Gesundheitswissen (Qualitätskriterien, 2021)",
        "https://gesundheitskompetenz.online/verlaessliches-gesundheitswissen/",
    ),
    "S47.10": (
        "gesund.bund.de (Bundesministerium für Gesundheit): Über uns – Qualitätssicherung",
        "https://gesund.bund.de/ueber-uns/qualitaetssicherung",
    ),
    "S47.11": (
        "IQWiG, gesundheitsinformation.de: Glossar – Fazialisparese",
        "https://gesundheitsinformation.de/glossar/fazialisparese.html",
    ),
    "S48.1": (
        "North West Ambulance Service NHS Trust (NWAS): Recognising stroke in other people",
        "http://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/recognising-stroke-in-other-people/",
    ),
    "S48.2": (
        "Oldwood Surgery (GP practice): Stroke – Act FAST",
        "https://www.oldwoodsurgery.co.uk/services/extra-support/stroke-act-fast/",
    ),
    "S48.3": (
        "pflegeausbildung.tips: Der FAST-Test (Lernseite für die Pflegeausbildung)",
        "https://pflegeausbildung.tips/der-fast-test/",
    ),
    "S48.4": (
        "Augsburger Allgemeine: Notfall erkennen – Schlaganfall: Diesen einfachen Test sollte jeder kennen (Zeitungsartikel zum FAST-Test der Deutschen Schlaganfall-Hilfe)",
        "https://www.augsburger-allgemeine.de/gesundheit/notfall-erkennen-schlaganfall-diesen-einfachen-test-sollte-jeder-kennen-110657634",
    ),
    "S49.1": (
        "Gillman GS et al.: study of Bell's palsy and recovery in pregnancy. Otolaryngol Head Neck Surg 2002;126:26–30 (PubMed entry)",
        "https://www.ncbi.nlm.nih.gov/pubmed/11821761",
    ),
    "S49.2": (
        "Article on Bell's palsy in pregnancy. Obstet Gynecol Surv 2000;55:184–8 (PubMed entry)",
        "https://www.ncbi.nlm.nih.gov/pubmed/10713984",
    ),
    "S50": (
        "DocCheck Flexikon: Gustolakrimaler Reflex (medizinisches Nachschlagewerk)",
        "https://flexikon.doccheck.com/de/Gustolakrimaler_Reflex",
    ),
    "S51": (
        "fazialis.de: Nerve regeneration (information page of a specialist centre)",
        "https://www.fazialis.de/en/facial-nerve/nerve-regeneration/",
    ),
    "S52": (
        "Aetna Clinical Policy Bulletin 0745: coverage criteria of a US health insurer",
        "http://es.aetna.com/cpb/medical/data/700_799/0745.html",
    ),
    "S53": (
        "ZDF „Volle Kanne“: Gesichtslähmung (Fernsehbeitrag mit dem plastischen Chirurgen Kehrer, 2020)",
        "https://www.zdf.de/verbraucher/volle-kanne/gesichtslaehmung-100.html",
    ),
    "S54": (
        "Neurochirurgie Tübingen: Facialisrehabilitation und Facialisrekonstruktion – Spezialdiagnostik (Informationsseite)",
        "https://www.neurochirurgie-tuebingen.de/de/spezialgebiete/facialisrehabilitation-facialisrekonstruktion/spezialdiagnostik/",
    ),
    "S55": (
        "Article on the time course of changes in facial muscles after nerve loss. Diagnostics 2022;12(5):1282 (copy on an unrelated website)",
        "https://cricutcom-setup.com/2075-4418/12/5/1282/html",
    ),
    "S56": (
        "Is pre-operative electromyography a reliable tool in differentiating acute and chronic facial palsy? A preliminary evaluation in patients treated with triple innervation facial reanimation (summary on R Discovery)",
        "https://discovery.researcher.life/article/is-pre-operative-electromyography-a-reliable-tool-in-differentiating-acute-and-chronic-facial-palsy-a-preliminary-evaluation-in-patients-treated-with-triple-innervation-facial-reanimation/c44e0ae70d5f317d8ba130940b68a4a1",
    ),
    "S57": (
        "Study of dual-innervated gracilis transfer in one-stage versus two-stage reconstruction. J Reconstr Microsurg 2024 (PubMed entry)",
        "https://www.pubmed.gov/38224967/",
    ),
    "S58.1": (
        "Marques A et al.: study on Lyme disease and facial palsy. Ann Clin Transl Neurol 2022 (PubMed record on an unofficial mirror server)",
        "http://47.251.13.51:8081/35064770",
    ),
    "S58.2": (
        "Study of oral doxycycline for Lyme neuroborreliosis. Infection 2011 (PubMed entry)",
        "https://pubmed.ncbi.nlm.nih.gov/21523405",
    ),
    "S59.1": (
        "Case series of upper-eyelid gold weight implantation, 2018 (Springer journal article)",
        "https://link.springer.com/article/10.1007/s12262-018-1854-9",
    ),
    "S59.2": (
        "Case series of upper-eyelid gold weight implantation (PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC8697052",
    ),
}
