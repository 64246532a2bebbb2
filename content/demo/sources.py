"""Sources cited by the demo pages.

Keys follow the tags of the content brief (S1 … S59); a tag that bundles several
publications is split into S7.1, S7.2 … in the order the brief lists them.
"""

SOURCES = {
    "S1.1": (
        "Baugh RF et al. Clinical Practice Guideline: Bell's palsy. Otolaryngol Head Neck Surg 2013;149(3 Suppl):S1–S27 — action statements",
        "https://synapsesocial.com/ko/papers/69dc2b333080d3567e274562",
    ),
    "S1.2": ("NGC summary", "https://jesse.tg/ngc-archive/summary/10075"),
    "S1.3": ("exec. summary", "http://pubmed.gov/24190889/"),
    "S1.4": (
        "Baugh RF et al. Clinical Practice Guideline: Bell's palsy. Otolaryngol Head Neck Surg 2013;149(3 Suppl):S1–S27 — action statements",
        "https://www.entnet.org/guide_lines/Bells.cfm",
    ),
    "S2.1": (
        'DGN S2k-Leitlinie 030/013 "Therapie der idiopathischen Fazialisparese", Stand 28.02.2022, gültig bis 27.02.2027',
        "https://dgn.org/leitlinien/030-013-therapie-der-idiopathischen-fazialisparese-bell-s-palsy/",
    ),
    "S2.2": (
        "2017 version",
        "https://de.readkong.com/page/leitlinien-fur-diagnostik-und-therapie-in-der-neurologie-4912344",
    ),
    "S2.3": (
        "2012 version",
        "https://pdfslide.org/documents/auflage-dgn-eine-varicella-zoster-serologie-ist-erforderlich-bei-verdacht.html",
    ),
    "S2.4": (
        "guideline text excerpt (mirror )",
        "https://commodore.com.tr/mobiquo/blog/idiopathische-fazialisparese-erfahrungen-e23581",
    ),
    "S3": (
        "Heckmann JG, Urban PP, Pitz S, Guntinas-Lichius O, Gágyor I. Idiopathische Fazialisparese – Diagnostik und Therapie. Dtsch Arztebl Int 2019;116:692–702",
        "https://www.aerzteblatt.de/cme/artikel?id=210229",
    ),
    "S4": (
        'Ärzteblatt news "Leitlinie zur idiopathischen Fazialisparese aktualisiert" (2017)',
        "https://www.aerzteblatt.de/news/leitlinie-zur-ideopathischen-fazialisparese-aktualisiert-5687067b-0b1d-419b-8994-47d5d451d8b7",
    ),
    "S5": (
        "de Almeida JR et al. Management of Bell palsy: clinical practice guideline (Canada; CMAJ 2014)",
        "https://docksci.com/management-of-bell-palsy-clinical-practice-guideline_5ad3e7c2d64ab29db2f4c8b4.html",
    ),
    "S6.1": (
        "fazialis.de Prognosis (summarises Peitersen; Fujiwara)",
        "https://www.fazialis.de/en/facial-paralysis/prognosis/",
    ),
    "S6.2": (
        "fazialis.de Prognosis (summarises Peitersen; Fujiwara)",
        "https://www.fazialis.de/de/gesichtslaehmung/prognose/",
    ),
    "S6.3": (
        'Peitersen "Bell\'s Palsy: The Spontaneous Course of 2,500 Peripheral…" (copy)',
        "https://yumpu.com/en/document/view/24811655/bells-palsy-the-spontaneous-course-of-2500-peripheral-admin/20",
    ),
    "S7.1": (
        "Sullivan FM et al. Early treatment with prednisolone or acyclovir in Bell's palsy. NEJM 2007;357:1598–1607",
        "https://research.manchester.ac.uk/en/publications/early-treatment-with-prednisolone-or-acyclovir-in-bells-palsy",
    ),
    "S7.2": (
        "trial table",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6726970/table/CD001869-tblf-0007",
    ),
    "S7.3": (
        "Sullivan FM et al. Early treatment with prednisolone or acyclovir in Bell's palsy. NEJM 2007;357:1598–1607",
        "https://mospace.umsystem.edu/xmlui/handle/10355/5410",
    ),
    "S8": (
        "Madhok VB et al. Corticosteroids for Bell's palsy. Cochrane 2016, CD001942.pub5",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6457861/table/CD001942-tbl-0001",
    ),
    "S9": (
        "Gagyor I et al. Antiviral treatment for Bell's palsy. Cochrane 2019, CD001869.pub9",
        "https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001869.pub9/full/en",
    ),
    "S10.1": (
        "BMJ Best Practice (library proxy ) epidemiology",
        "https://bibliotheek.ehb.be:2400/topics/en-gb/118/epidemiology",
    ),
    "S10.2": ("grading", "https://bibliotheek.ehb.be:2400/topics/en-gb/3000322/criteria"),
    "S11.1": (
        "GPnotebook Bell's palsy prognosis",
        "https://gpnotebook.com/en-IE/pages/neurology/bells-palsy/prognosis",
    ),
    "S11.2": (
        "Medical Tribune (risk factors)",
        "https://medical-tribune.de/medizin-und-forschung/artikel/meistens-erholt-sich-der-nerv",
    ),
    "S11.3": (
        "news-medical (recurrence, psychological support)",
        "https://news-medical.net/health/Bells-Palsy-Recovery.aspx",
    ),
    "S11.4": ("healthjade", "https://healthjade.com/bells-palsy"),
    "S12": (
        "Prognosis of facial palsy in Ramsay Hunt syndrome, systematic review 2016",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5063726",
    ),
    "S13": (
        "Medscape Fast Five Quiz Bell palsy (Lutsep 2020)",
        "https://reference.medscape.com/viewarticle/925706_3",
    ),
    "S14.1": (
        "Stockholm, Acta Paediatr",
        "https://stage.medifind.com/articles/publication/214962649",
    ),
    "S14.2": (
        "Pediatrics 2022;149(6):e2021053992",
        "https://publications.aap.org/pediatrics/article-abstract/149/6/e2021053992/188058/",
    ),
    "S14.3": (
        "prospective paediatric Lyme study",
        "https://scilit.com/publications/784715e79188b2af9baf949a274b418d",
    ),
    "S15.1": (
        "Medscape Intratemporal Bone Trauma",
        "https://emedicine.medscape.com/article/846226-print",
    ),
    "S15.2": (
        "Medscape Intratemporal Bone Trauma",
        "https://clinicalgate.com/traumatic-facial-paralysis",
    ),
    "S15.3": (
        "Kong & Sevy, Oper Tech Otolaryngol 2017",
        "https://www.optecoto.com/article/S1043-1810(17)30098-2/fulltext",
    ),
    "S15.4": (
        "Aboud et al. (abstract)",
        "http://globalauthorid.com/WebPortal/ArticleView?wd=F7CFAF07C30E7BACBC62C924B1F3EAF3AE0E5ED33DCB2933DF561C8328FEF90EA4B494ED0D69508E",
    ),
    "S16.1": (
        "Jin et al. BMC Surg 2019 (794 parotidectomies)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6933669",
    ),
    "S16.2": (
        "Sethi et al. (review)",
        "https://www.entandaudiologynews.com/reviews/journal-reviews/post/facial-paralysis-risk-factors-in-benign-parotid-surgery",
    ),
    "S17.1": ("FPnotebook", "https://fpnotebook.com/neuro/CN/FclNrvPrlysCs.htm"),
    "S17.2": (
        "Elsevier Therapie-Handbuch table",
        "https://medizinwelt.elsevier.de/allgemeinmedizin/therapie-handbuch/buchkapitel/laesionen_der_hirnnerven___fazialisparese",
    ),
    "S17.3": (
        "UTSW/Rozen Ramsay Hunt",
        "https://drshairozen.com/facial-paralysis/ramsay-hunt-other-infections",
    ),
    "S17.4": (
        "Duke",
        "https://www.dukehealth.org/treatments/plastic-and-reconstructive-surgery/facial-paralysis-treatment",
    ),
    "S17.5": ("myphysiospot", "https://myphysiospot.com/post/facial-palsy"),
    "S17.6": (
        "tampabayhearing",
        "https://www.tampabayhearing.com/ear-education/bells-palsy-and-ramsay-hunt-syndrome/",
    ),
    "S18.1": (
        "RCEM Learning",
        "https://www.rcemlearning.co.uk/modules/acute-facial-palsy/lessons/anatomy-2/topic/central-connections-of-the-facial-nuclei/",
    ),
    "S18.2": ("RCEM Learning", "https://notfallbausteine.de/Facialisparese"),
    "S18.3": (
        "HNO-Ärzte im Netz",
        "https://www.hno-aerzte-im-netz.de/krankheiten/gesichtslaehmung/anzeichen-und-verlauf.html",
    ),
    "S19": (
        "Kanerva M et al. Sunnybrook and House-Brackmann systems in 5397 facial gradings. Otolaryngol Head Neck Surg 2011",
        "https://www.lunduniversity.lu.se/lup/publication/042a478c-5a15-4f22-bf42-2eed27186966",
    ),
    "S20": (
        "Good correlation between original and modified House-Brackmann, Laryngoscope 2011",
        "http://onlinelibrary.wiley.com/doi/10.1002/lary.21163/abstract",
    ),
    "S21.1": (
        "Banks CA et al. The eFACE. Plast Reconstr Surg 2015;136(2):223e–230e",
        "http://0-www-ncbi-nlm-nih-gov.brum.beds.ac.uk/pubmed/26218397",
    ),
    "S21.2": (
        "Auto-eFACE, PRS 2021",
        "https://journals.lww.com/plasreconsurg/Fulltext/2021/02000/The_Auto_eFACE__Machine_Learning_Enhanced_Program.30.aspx",
    ),
    "S22.1": ("healthy-population study", "https://pmc.ncbi.nlm.nih.gov/articles/pmid/39215610"),
    "S22.2": ("healthy-population study", "https://www.physio-pedia.com/Facial_Grading_System"),
    "S22.3": (
        "fazialisparese.ch (Zurich physiotherapists)",
        "https://fazialisparese.ch/infos-für-fachleute/therapie-defektheilungsphase",
    ),
    "S23.1": (
        "Guntinas-Lichius O et al. Facial nerve electrodiagnostics… clinical practice guideline. Eur Arch Otorhinolaryngol 2020;277:1855–74",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7286870",
    ),
    "S23.2": (
        "Medscape Dynamic Reanimation workup (Parnes)",
        "https://emedicine.staging.medscape.com/article/879441-workup",
    ),
    "S23.3": ("Karger ENG/MST", "https://karger.com/orn/article-abstract/3/6/301/262414/"),
    "S23.4": ("Flasar et al. 2017", "https://pmc.ncbi.nlm.nih.gov/articles/PMC5655551"),
    "S24.1": ("fazialis.de Formen", "https://www.fazialis.de/de/gesichtslaehmung/formen/"),
    "S24.2": ("fazialis.de Formen", "https://www.fazialis.de/en/facial-paralysis/forms/"),
    "S25": (
        "fazialis.de Synkinesien",
        "https://www.fazialis.de/de/gesichtslaehmung/formen/synkinesien/",
    ),
    "S26.1": ("improveFP", "https://improvefp.com/the-stages-of-facial-palsy/"),
    "S26.2": ("improveFP", "https://improvefp.com/practice-videos/introduction-to-movements/"),
    "S27": (
        "UCSF",
        "https://ohns.ucsf.edu/facialnerve/facial-paralysis/incomplete-paralysis-synkinesis",
    ),
    "S28": (
        "Guntinas-Lichius O et al. Facial synkinesis, IHNSG recommendations. Front Neurol 2022",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC9682287",
    ),
    "S29": (
        "Hohman MH. Facial Reinnervation. AAO-HNS Bulletin 2020",
        "https://bulletin.entnet.org/home/article/21247951/from-the-education-committees-facial-reinnervation",
    ),
    "S30.1": (
        "Plast Aesthet Res 2021: nerve transfer review",
        "https://parjournal.net/article/view/3870",
    ),
    "S30.2": ("gracilis innervation", "https://parjournal.net/article/view/4395"),
    "S31.1": (
        "fazialis.de surgery",
        "https://www.fazialis.de/de/behandlung/operativ/dynamisch/nervenumlagerungen-und-nerventransplantation/",
    ),
    "S31.2": (
        "fazialis.de surgery",
        "https://www.fazialis.de/de/behandlung/operativ/dynamisch/motorische-ersatzplastiken/",
    ),
    "S31.3": (
        "fazialis.de surgery",
        "https://www.fazialis.de/de/behandlung/operativ/dynamisch/freie-muskeltransplantation/zweizeitige-rekonstruktion-mit-cfng/",
    ),
    "S31.4": ("patient cases", "https://www.fazialis.de/de/resultate/patientenbilder/"),
    "S32.1": (
        "Klebuc, PRS 2011;127:1909",
        "http://www.methodistfacialparalysis.com/articles/facial-reanimation-using-the-masseter-to-facial-nerve-transfer/",
    ),
    "S32.2": (
        "Park et al., Arch Craniofac Surg 2020",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7933725/",
    ),
    "S32.3": ("elderly series", "https://www.ajops.com/index.php/ajops/article/view/182"),
    "S32.4": (
        "Front Surg 2022",
        "https://frontiersin.org/journals/surgery/articles/10.3389/fsurg.2022.735231/full",
    ),
    "S33.1": (
        "Medscape",
        "https://www.medscape.com/answers/846448-166479/what-is-the-hypoglossal-facial-anastomosis-approach-to-facial-nerve-repair",
    ),
    "S33.2": (
        "Flores, Acta Neurochir 2007",
        "https://link.springer.com/article/10.1007%2Fs00701-007-1412-x",
    ),
    "S33.3": ("Medscape", "https://clinicalgate.com/hypoglossal-facial-anastomosis"),
    "S33.4": (
        "mussenhealth",
        "https://www.mussenhealth.us/hearing-loss-2/hypoglossal-to-facial-nerve-transfer.html",
    ),
    "S34.1": (
        "Panossian (expert site)",
        "https://drpanossian.com/procedures/cross-face-nerve-graft.html",
    ),
    "S34.2": (
        "Panossian (expert site)",
        "https://drpanossian.com/procedures/gracilis-free-muscle-transfer.html",
    ),
    "S34.3": (
        "Panossian (expert site)",
        "https://drpanossian.com/facial-paralysis/treatments/gracilis-muscle-transplant-masseter-nerve/",
    ),
    "S35.1": (
        "Chuang DC et al. CFNG- vs XI- vs V3-innervated gracilis (Chang Gung)",
        "https://www.researchgate.net/publication/324581752",
    ),
    "S35.2": (
        "CFNG-gracilis series (3/12 re-operations)",
        "https://paperexplained.cn/articles/paper/detail/b058a3e59642f32fa39a805bc2ead825266bb215",
    ),
    "S36.1": (
        "Facial Nerve Center",
        "https://www.facialnervecenter.org/gracilis-free-tissue-transfer",
    ),
    "S36.2": ("Facial Nerve Center", "https://www.facialnervecenter.org/eye-care"),
    "S37.1": (
        "Guerreschi & Labbé, Facial Plast Surg 2015;31:123–7",
        "https://www.thieme-connect.de/products/ejournals/abstract/10.1055/s-0035-1549039",
    ),
    "S37.2": (
        "Facial Palsy UK Labbé",
        "http://www.facialpalsy.org.uk/support/surgery/facial-reanimation-by-the-labbe-technique-lengthening-temporalis-myoplasty/",
    ),
    "S37.3": (
        "Nduka, Hallam, Labbé, JPRAS 2012",
        "https://charlesnduka.co.uk/plastic-surgery/research/refinements-in-smile-reanimation-10-year-experience-with-the-lengthening-temporalis-myoplasty/",
    ),
    "S38.1": (
        "Stanford",
        "https://med.stanford.edu/ohns/OHNS-healthcare/facialnervecenter/surgical-reanimation/static-sling.html",
    ),
    "S38.2": (
        "fazialis.de",
        "https://www.fazialis.de/de/behandlung/operativ/statisch/aufhaengeplastiken/",
    ),
    "S38.3": (
        "Medscape congenital",
        "https://www.medscape.com/answers/878464-171935/what-is-the-role-of-a-static-sling-in-the-treatment-of-congenital-facial-paralysis",
    ),
    "S38.4": (
        "mussenhealth",
        "https://www.mussenhealth.us/hearing-loss-2/static-rehabilitation-procedures.html",
    ),
    "S39.1": (
        '"Operative Korrektur von Lidfehlstellungen bei peripherer Fazialisparese" (Thieme)',
        "https://www.thieme-connect.com/products/ejournals/abstract/10.1055/s-2006-958771",
    ),
    "S39.2": (
        "Sohrab et al., Facial Plast Surg 2015",
        "https://www.thieme-connect.de/products/ejournals/html/10.1055/s-0035-1549292",
    ),
    "S39.3": (
        "fazialis.de",
        "https://www.fazialis.de/de/behandlung/operativ/statisch/gold-und-platinimplantate-auge/",
    ),
    "S39.4": (
        '"Operative Korrektur von Lidfehlstellungen bei peripherer Fazialisparese" (Thieme)',
        "https://www.fazialis.de/de/behandlung/operativ/statisch/unterlidstraffung-und-rekonstruktion/",
    ),
    "S39.5": ("entokey", "https://entokey.com/part-iv-upper-eyelid-4/"),
    "S40.1": (
        "Azizzadeh B et al. Modified selective neurectomy, PRS 2019;143:1483–96",
        "https://journals.lww.com/plasreconsurg/Abstract/2019/05000/Modified_Selective_Neurectomy_for_the_Treatment_of.38.aspx",
    ),
    "S40.2": (
        "fazialis.de",
        "https://www.fazialis.de/en/treatment/operative/dynamic/neurectomy-myotomy-and-myectomy/",
    ),
    "S40.3": (
        "DAO myectomy, J Reconstr Microsurg 2022",
        "https://www.thieme-connect.de/products/ejournals/abstract/10.1055/s-0041-1732350",
    ),
    "S40.4": (
        "lidocaine block study",
        "https://discovery.researcher.life/article/do-preoperative-depressor-anguli-oris-muscle-blocks-predict-myectomy-outcomes-a-single-cohort-comparison-in-postparetic-facial-synkinesis/e49f477d2ce23380bbd40d6dc4974ce2",
    ),
    "S41.1": (
        "UCLH",
        "https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/complex-facial-clinic-botulinum-toxin-injections-part-clinic-treatment",
    ),
    "S41.2": (
        "Facial Palsy UK",
        "https://www.facialpalsy.org.uk/support/treatments-therapies/botulinum-toxin/",
    ),
    "S41.3": ("de Sanctis Pecora, Toxins 2021", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7923088"),
    "S41.4": ("Pourmomeny 2019", "https://brieflands.com/articles/mejrh-81931"),
    "S41.5": (
        "fazialis.de",
        "https://www.fazialis.de/de/gesichtslaehmung/formen/synkinesien/amp.html",
    ),
    "S41.6": (
        "Díaz-Aristizabal, Neurología 2023",
        "https://elsevier.es/es-revista-neurologia-295-articulo-effect-botulinum-toxin-type-a-S2173580823000421",
    ),
    "S42.1": (
        "fazialis.de brow",
        "https://www.fazialis.de/en/treatment/operative/aesthetic-corrections/eyebrow-forehead-lift/",
    ),
    "S42.2": (
        "Stanford",
        "http://med.stanford.edu/ohns/healthcare/facialnervecenter/refinement-procedures/browlift.html",
    ),
    "S42.3": (
        "Lee et al., Facial Plast Surg 2017",
        "https://vdocuments.mx/options-in-repositioning-the-asymmetric-brow-from-paralysis-and-trauma-oculi-the.html",
    ),
    "S42.4": (
        "facelift",
        "https://www.myplasticsurgery.gr/en/reconstructive-procedures-greece/facial-palsy/face-lift/",
    ),
    "S43.1": (
        "Khan AJ et al., Clin Rehabil 2022;36:1424–49",
        "https://www.scribd.com/document/671784398/",
    ),
    "S43.2": (
        "Teixeira LJ et al., Cochrane 2011 CD006283.pub3",
        "https://ru.scribd.com/document/401180937/Teixeira-2011",
    ),
    "S43.3": ("Otol Neurotol 2008 review", "https://read.qxmd.com/read/18520590/"),
    "S43.4": (
        "Pereira LM et al., Clin Rehabil 2011",
        "https://de.scribd.com/document/235681136/Facial-Exercise-Therapy-for-Facial",
    ),
    "S43.5": (
        "Diels, Facial Plast Surg 2000",
        "https://www.thieme-connect.com/products/ejournals/abstract/10.1055/s-2000-15546",
    ),
    "S43.6": (
        "mirror therapy SR, Brain Sci 2024 (mirror copy)",
        "https://cricutcom-setup.com/2076-3425/14/6/530",
    ),
    "S43.7": (
        "Khan AJ et al., Clin Rehabil 2022;36:1424–49",
        "https://www.facialretraining.com/when-to-begin-facial-retraining/",
    ),
    "S43.8": ("Khan AJ et al., Clin Rehabil 2022;36:1424–49", "https://bellspalsynyc.com/faqs/"),
    "S44.1": (
        "Facial Palsy UK",
        "https://www.facialpalsy.org.uk/support/patient-guides/dry-eye-advice/",
    ),
    "S44.2": (
        "Facial Palsy UK",
        "https://www.facialpalsy.org.uk/support/treatments-therapies/eye-lubrication/",
    ),
    "S44.3": ("NHS BNSSG Remedy", "https://remedy.bnssg.icb.nhs.uk/adults/neurology/bells-palsy"),
    "S44.4": (
        "RCEM",
        "https://www.rcemlearning.co.uk/modules/bells-palsy-in-children/lessons/indication-for-specialist-referral/",
    ),
    "S45.1": (
        "newborn incidence/outcome (Brigham; Falco & Eriksson  attribution inferred)",
        "https://www.qxmd.com/r/2293714",
    ),
    "S45.2": (
        "Al Tawil, Am J Perinatol 2010",
        "https://thieme-connect.com/products/ejournals/abstract/10.1055/s-0030-1253097",
    ),
    "S45.3": ("FPnotebook newborn", "https://fpnotebook.com/NICU/Neuro/FclNrvInjryFrmBrthTrm.htm"),
    "S45.4": (
        "Möbius prevalence (Medscape excerpt)",
        "https://lookformedical.com/faq.php?q=paresis%2C+syndromes+affecting+brainstem%2C+mobius+syndrome&lang=1",
    ),
    "S45.5": ("Morales-Chávez 2013", "https://pmc.ncbi.nlm.nih.gov/articles/PMC3892243"),
    "S45.6": (
        "Singham, Manktelow, Zuker, Semin Plast Surg 2004",
        "http://pubmedcentralcanada.ca/pmcc/articles/PMC2884693/",
    ),
    "S45.7": (
        "UTSW",
        "http://www.utswmedicine.org/conditions-specialties/facial-paralysis/causes/congenital-facial-palsy.html",
    ),
    "S45.8": (
        "Moebius Syndrom Deutschland e.V.",
        "http://franken-urbs.de/index.php/spende-fuer-moebius-syndrom",
    ),
    "S45.9": (
        "newborn incidence/outcome (Brigham; Falco & Eriksson  attribution inferred)",
        "http://www.mobbing-web.de/printable/netzwerk-mobbing-web-de_pro_fairness_gegen_mobbing_hilfe_fuer_mo/moebiussyndromdeutschlandev.htm",
    ),
    "S45.10": (
        "Helios Wiesbaden",
        "https://www.helios-gesundheit.de/kliniken/wiesbaden-hsk/unser-angebot/unsere-fachkliniken-institute-und-zentren/plastische-chirurgie/funktionelle-rekonstruktionen-und-ersatzplastiken/reanimation-des-gelaehmten-gesichts/",
    ),
    "S45.11": (
        "Medscape Dynamic Reconstruction (Bienstock)",
        "https://www.scribd.com/document/369460692/",
    ),
    "S45.12": ("Smile surgery", "http://absoluteastronomy.com/topics/Smile_surgery"),
    "S45.13": (
        "Controversies in facial reanimation",
        "https://plasticsurgerykey.com/controversies-in-contemporary-facial-reanimation",
    ),
    "S45.14": (
        "newborn incidence/outcome (Brigham; Falco & Eriksson  attribution inferred)",
        "https://checkorphan.org/disease/mobius-syndrome/",
    ),
    "S46.1": (
        "Nellis JC et al., JAMA Facial Plast Surg 2017",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5469376",
    ),
    "S46.2": ("Hotton M et al., Br J Health Psychol 2020", "https://www.pubmed.gov/32538540/"),
    "S46.3": (
        "Bogart",
        "https://www.neurologyinsights.com/2020/02/12/the-socioemotional-effects-of-facial-paralysis/",
    ),
    "S46.4": ("Facial Palsy UK", "http://www.facialpalsy.org.uk/inform/about-us/"),
    "S46.5": (
        "Nellis JC et al., JAMA Facial Plast Surg 2017",
        "https://facialpalsyuk.pressat.co.uk",
    ),
    "S46.6": (
        "Nellis JC et al., JAMA Facial Plast Surg 2017",
        "https://secure.thebiggive.org.uk/charity/view/10782/facial-palsy-uk",
    ),
    "S47.1": (
        "PIF TICK",
        "https://piftick.org.uk/finding-trusted-health-information/tips-and-guides/how-to-find-trusted-health-information/",
    ),
    "S47.2": ("PIF TICK", "https://piftick.org.uk/2022/06/07/pif-tick-criteria-updates/"),
    "S47.3": (
        "NHS England Standard for creating health content  (content guide text via NHS newsletter link)",
        "https://www.england.nhs.uk/tis/",
    ),
    "S47.4": (
        "NHS service manual",
        "https://service-manual.nhs.uk/design-system/patterns/reassure-users-that-a-page-is-up-to-date",
    ),
    "S47.5": ("HSE", "https://service-manual.hse.ie/design-system/components/review-date"),
    "S47.6": ("NHS content policy", "https://www.nhs.uk/our-policies/content-policy/"),
    "S47.7": ("HONcode", "https://www.hon.ch/HONcode/Guidelines/hc_p4.html"),
    "S47.8": (
        "DNEbM GPGI",
        "https://www.ebm-netzwerk.de/de/veroeffentlichungen/weitere-publikationen/24134c131d31",
    ),
    "S47.9": ("DNGK", "https://gesundheitskompetenz.online/verlaessliches-gesundheitswissen/"),
    "S47.10": ("PIF TICK", "https://gesund.bund.de/ueber-uns/qualitaetssicherung"),
    "S47.11": ("IQWiG glossary", "https://gesundheitsinformation.de/glossar/fazialisparese.html"),
    "S48.1": (
        "NWAS NHS",
        "http://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/recognising-stroke-in-other-people/",
    ),
    "S48.2": (
        "NWAS NHS",
        "https://www.oldwoodsurgery.co.uk/services/extra-support/stroke-act-fast/",
    ),
    "S48.3": ("NWAS NHS", "https://pflegeausbildung.tips/der-fast-test/"),
    "S48.4": (
        "Deutsche Schlaganfall-Hilfe via",
        "https://www.augsburger-allgemeine.de/gesundheit/notfall-erkennen-schlaganfall-diesen-einfachen-test-sollte-jeder-kennen-110657634",
    ),
    "S49.1": (
        "Gillman GS et al., OHNS 2002;126:26–30",
        "https://www.ncbi.nlm.nih.gov/pubmed/11821761",
    ),
    "S49.2": ("Obstet Gynecol Surv 2000;55:184–8", "https://www.ncbi.nlm.nih.gov/pubmed/10713984"),
    "S50": (
        "DocCheck Flexikon – Gustolakrimaler Reflex",
        "https://flexikon.doccheck.com/de/Gustolakrimaler_Reflex",
    ),
    "S51": (
        "fazialis.de nerve regeneration",
        "https://www.fazialis.de/en/facial-nerve/nerve-regeneration/",
    ),
    "S52": (
        "Aetna CPB 0745 (payer criteria; >12 months)",
        "http://es.aetna.com/cpb/medical/data/700_799/0745.html",
    ),
    "S53": (
        'ZDF "Volle Kanne" Gesichtslähmung (Kehrer, 2020)',
        "https://www.zdf.de/verbraucher/volle-kanne/gesichtslaehmung-100.html",
    ),
    "S54": (
        "Neurochirurgie Tübingen",
        "https://www.neurochirurgie-tuebingen.de/de/spezialgebiete/facialisrehabilitation-facialisrekonstruktion/spezialdiagnostik/",
    ),
    "S55": (
        "Diagnostics 2022;12(5):1282 (mirror copy )",
        "https://cricutcom-setup.com/2075-4418/12/5/1282/html",
    ),
    "S56": (
        "EMG fibrillations vs 18–24-month cut-off",
        "https://discovery.researcher.life/article/is-pre-operative-electromyography-a-reliable-tool-in-differentiating-acute-and-chronic-facial-palsy-a-preliminary-evaluation-in-patients-treated-with-triple-innervation-facial-reanimation/c44e0ae70d5f317d8ba130940b68a4a1",
    ),
    "S57": (
        "Dual-innervated gracilis, one- vs two-stage, J Reconstr Microsurg 2024",
        "https://www.pubmed.gov/38224967/",
    ),
    "S58.1": (
        "Marques A et al., Ann Clin Transl Neurol 2022 (PubMed mirror)",
        "http://47.251.13.51:8081/35064770",
    ),
    "S58.2": ("oral doxycycline, Infection 2011", "https://pubmed.ncbi.nlm.nih.gov/21523405"),
    "S59.1": ("Gold weight series", "https://link.springer.com/article/10.1007/s12262-018-1854-9"),
    "S59.2": ("Gold weight series", "https://pmc.ncbi.nlm.nih.gov/articles/PMC8697052"),
}
