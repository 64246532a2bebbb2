"""About us (section), first visit, for referrers (German only) and the legal pages: Impressum, privacy, accessibility."""

PAGES = {
    # ------------------------------------------------------------------
    "about": {
        "title": {"de": "Über uns", "en": "About us"},
        "summary": {
            "de": "Ein Team aus mehreren Fachrichtungen für Menschen mit Fazialisparese: wer wir sind, wie wir arbeiten und warum es sich lohnt, früh zu kommen.",
            "en": "An interdisciplinary team for people with facial palsy: who we are, how we work and why it is worth coming to see us early.",
        },
        "body": {
            "de": """<p>Bei einer Fazialisparese arbeitet der Gesichtsnerv nicht richtig. Die Muskeln des Gesichts sind dann geschwächt oder gelähmt. Das betrifft weit mehr als die Mimik. Die Lähmung kann das Auge gefährden, das Essen und Sprechen erschweren und das eigene Selbstbild verändern. Deshalb arbeiten bei uns mehrere Fachrichtungen eng zusammen.</p>
<h2>Wer wir sind</h2>
<p>Wir sind ein fachübergreifendes Team eines Universitätsklinikums. Zu uns gehören:</p>
<ul>
<li>Plastische Chirurgie und Gesichtschirurgie.</li>
<li>Hals-Nasen-Ohren-Heilkunde.</li>
<li>Neurologie, also die Medizin der Nerven und des Gehirns.</li>
<li>Augenheilkunde.</li>
<li>Kinder- und Jugendmedizin.</li>
<li>Fazialistherapie: gezielte Übungen für die Gesichtsmuskeln.</li>
</ul>
<p>Zu uns kommen Kinder und Erwachsene. Manche kommen kurz nach Beginn der Lähmung, andere erst viele Jahre später. Auch dann gibt es oft noch Möglichkeiten.</p>
<h2>Wie wir arbeiten</h2>
<p>Wir richten uns nach dem aktuellen Stand der Forschung. Man spricht von evidenzbasierter Medizin. Wo das Wissen noch unsicher ist, sagen wir Ihnen das offen.</p>
<p>Ihren Behandlungsplan erstellen wir gemeinsam mit Ihnen. Wir erklären, was eine Behandlung leisten kann und wo ihre Grenzen liegen. Dann entscheiden Sie in Ruhe.</p>
<h2>Warum ein früher Kontakt wichtig ist</h2>
<p>Ein gelähmter Gesichtsmuskel lässt sich nur für begrenzte Zeit wieder an einen Nerv anschließen. Meist sind das etwa 12 bis 18 Monate, spätestens ungefähr 2 Jahre. Wie es bei Ihnen aussieht, klären Untersuchungen wie die Elektromyographie (EMG). Sie misst die elektrische Aktivität im Muskel. Ist diese Zeit vorbei, lässt sich Bewegung meist nur noch mit einem neuen Muskel erreichen. Melden Sie sich deshalb lieber früh, wenn sich Ihr Gesicht nicht erholt. Mehr dazu lesen Sie unter <a href="/de/warum-der-zeitpunkt-entscheidet/">Warum der Zeitpunkt entscheidet</a>.</p>
<h2>Bilder von Patientinnen und Patienten</h2>
<p>Fotos und Videos von Patientinnen und Patienten zeigen wir nur mit deren schriftlicher Einwilligung. Wer die Einwilligung zurückzieht, dessen Bilder nehmen wir sofort von der Website. Die Bilder in unserer <a href="/de/galerie/">Galerie</a> zeigen einzelne Verläufe. Ihr eigenes Ergebnis kann anders aussehen.</p>
<p>Auf den folgenden Seiten erfahren Sie, wie Ihr erster Termin abläuft. Für zuweisende Ärztinnen, Ärzte, Therapeutinnen und Therapeuten gibt es eigene Hinweise.</p>""",
            "en": """<p>In facial palsy, the facial nerve does not work properly. The muscles of the face become weak or paralysed. This affects much more than your expression. The palsy can put your eye at risk, make eating and speaking harder and change how you see yourself. That is why several specialties work closely together in our team.</p>
<h2>Who we are</h2>
<p>We are an interdisciplinary team at a university hospital. It brings together:</p>
<ul>
<li>Plastic and facial surgery.</li>
<li>Ear, nose and throat (ENT) surgery.</li>
<li>Neurology, the medicine of the nerves and the brain.</li>
<li>Ophthalmology, the medicine of the eye.</li>
<li>Paediatrics, the medicine of children and young people.</li>
<li>Facial therapy: targeted exercises for the muscles of the face.</li>
</ul>
<p>We see children and adults. Some come soon after the palsy begins, others many years later. Even then, there are often still options.</p>
<h2>How we work</h2>
<p>Our advice follows the current state of research. Doctors call this evidence-based medicine. Where the evidence is uncertain, we tell you so.</p>
<p>We draw up your treatment plan together with you. We explain what a treatment can do and where its limits lie. Then you decide, without pressure.</p>
<h2>Why it helps to come early</h2>
<p>A paralysed facial muscle can only be reconnected to a nerve for a limited time. In most people this is about 12 to 18 months; the outer limit is roughly 2 years. Tests such as electromyography (EMG) show where you stand. EMG records the electrical activity in a muscle. Once this time has passed, movement can usually only be restored with a new muscle. So please do not wait too long if your face is not recovering. You can read more under <a href="/en/why-timing-matters/">why timing matters</a>.</p>
<h2>Patient pictures</h2>
<p>We only show photos and videos of patients with their written consent. If someone withdraws consent, we take their pictures off the website at once. The pictures in our <a href="/en/gallery/">gallery</a> show individual cases. Your own result may look different.</p>
<p>The pages below explain how your first visit works. There is also information for doctors and therapists who refer patients to us (currently in German only).</p>""",
        },
        "sources": ["S29", "S30.1", "S23.1", "S47.8"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-12",
    },
    # ------------------------------------------------------------------
    "first-visit": {
        "title": {"de": "Ihr erster Termin", "en": "Your first visit"},
        "summary": {
            "de": "Was Sie mitbringen sollten, was bei Ihrer ersten Vorstellung geschieht und welche Fragen Sie stellen können.",
            "en": "What to bring, what happens at your first appointment and which questions you may want to ask.",
        },
        "body": {
            "de": """<p>Vor dem ersten Termin sind viele Menschen unsicher. Diese Seite erklärt, was Sie bei uns erwartet. So können Sie sich gut vorbereiten.</p>
<p class="notice">Ist Ihr Gesicht erst seit Stunden oder wenigen Tagen gelähmt? Dann warten Sie nicht auf einen Termin bei uns. Kam die Lähmung innerhalb von Minuten, sind Sie nicht sicher oder haben Sie weitere Zeichen wie eine Schwäche in Arm oder Bein, Sprachstörungen, Doppelbilder, Schwindel oder Verwirrtheit? Dann rufen Sie sofort den <a href="tel:112">Notruf 112</a> an. Das kann ein Schlaganfall sein. Hat sie sich über Stunden entwickelt, ohne weitere Zeichen, gehen Sie noch heute zur Ärztin oder zum Arzt. Außerhalb der Sprechzeiten hilft der Bereitschaftsdienst unter <a href="tel:116117">116 117</a>. Bei der häufigsten Form hilft Kortison nur, wenn die Behandlung innerhalb von 72 Stunden beginnt.</p>
<h2>Was Sie mitbringen sollten</h2>
<p>Bitte bringen Sie möglichst Folgendes mit:</p>
<ul>
<li>Ihre Überweisung und Ihre Gesundheitskarte.</li>
<li>Frühere Arztbriefe und Befunde, zum Beispiel von Hörtests, Nervenmessungen oder Operationen.</li>
<li>Bilder von MRT oder CT auf CD oder als Zugangscode, falls vorhanden.</li>
<li>Eine aktuelle Liste aller Medikamente, auch Augentropfen und Salben.</li>
<li>Fotos oder kurze Videos aus der Zeit vor der Lähmung, wenn Sie welche haben.</li>
</ul>
<p>Alte Fotos helfen uns sehr. Sie zeigen, wie Ihr Gesicht vorher aussah und wie es sich bewegte. Oft genügt schon ein Urlaubsfoto, auf dem Sie lächeln. Notieren Sie außerdem, wann die Lähmung begann und wie sie sich seitdem verändert hat.</p>
<h2>Was beim Termin geschieht</h2>
<h3>Das Gespräch</h3>
<p>Zuerst nehmen wir uns Zeit für ein Gespräch. Wir fragen, wann und wie die Lähmung begann und welche Behandlung Sie schon hatten. Wichtig sind uns auch Ihre Beschwerden im Alltag und Ihre Ziele.</p>
<p>Nicht jede Gesichtslähmung hat dieselbe Ursache. Das zeigen die deutsche Leitlinie und eine Übersichtsarbeit im Deutschen Ärzteblatt. Danach gehören 25 bis 40\u202f% der Lähmungen nicht zur häufigen „idiopathischen“ Form, bei der kein Grund bekannt ist. Dahinter stecken andere Ursachen, etwa Infektionen, Verletzungen oder Tumoren. Deshalb klären wir die Ursache sorgfältig.</p>
<h3>Die Untersuchung</h3>
<p>Dann untersuchen wir Ihr Gesicht in Ruhe und in Bewegung. Sie runzeln zum Beispiel die Stirn, schließen die Augen, lächeln und spitzen den Mund. Besonders wichtig ist der Lidschluss. Schließt das Auge nicht ganz, kann die Hornhaut austrocknen. Dann ziehen wir unsere Augenärztinnen und Augenärzte hinzu.</p>
<h3>Die Einstufung</h3>
<p>Wie stark die Lähmung ist, beschreiben wir mit anerkannten Bewertungsskalen. Weit verbreitet ist die House-Brackmann-Skala. Sie hat sechs Stufen, von I (normal) bis VI (keine Bewegung). Andere Skalen wie Sunnybrook oder eFACE erfassen zusätzlich Synkinesien. Das sind unwillkürliche Mitbewegungen. Ein Beispiel: Beim Lächeln schließt sich das Auge mit. So können wir Ihren Verlauf später genau vergleichen.</p>
<h3>Fotos und Videos</h3>
<p>Mit Ihrer schriftlichen Einwilligung machen wir Fotos und kurze Videos nach festem Schema. Sie dienen als Ausgangsbefund. Später sehen wir daran genau, was sich verändert hat. Die Aufnahmen gehören zu Ihrer Krankenakte. Auf dieser Website erscheinen sie nur, wenn Sie dem gesondert schriftlich zustimmen.</p>
<h3>Messung der Muskelströme</h3>
<p>Manchmal ist eine Elektromyographie (EMG) sinnvoll. Dabei nimmt eine feine Nadelelektrode die elektrische Aktivität im Muskel auf. Das EMG zeigt, ob der Muskel noch Signale vom Nerv erhält. Nach einer Studie erkennt es eine beginnende Erholung mindestens 2 Monate, bevor man sie sieht. Außerdem zeigt es, ob sich ein Muskel noch an einen Nerv anschließen lässt. Das ist wichtig, wenn eine Operation infrage kommt.</p>
<h2>Wie lange der Termin dauert</h2>
<p>Planen Sie für den ersten Besuch bitte reichlich Zeit ein. Gespräch, Untersuchung und Aufnahmen brauchen Ruhe. Kommen eine Augenuntersuchung oder ein EMG dazu, kann der Besuch mehrere Stunden dauern. Die voraussichtliche Dauer nennen wir Ihnen mit der Terminbestätigung.</p>
<p>Eine Begleitperson ist willkommen. Vier Ohren hören mehr als zwei. Am Ende besprechen wir die Ergebnisse und mögliche nächste Schritte. Meist müssen Sie nichts sofort entscheiden.</p>
<h2>Fragen, die Sie stellen können</h2>
<p>Schreiben Sie Ihre Fragen am besten vorher auf. Zum Beispiel:</p>
<ul>
<li>Welche Form der Lähmung habe ich, und was ist die Ursache?</li>
<li>Kann sich mein Gesicht noch von selbst erholen?</li>
<li>Gibt es für mich ein Zeitfenster, das ich nicht verpassen sollte?</li>
<li>Was kann ich selbst tun, vor allem für mein Auge?</li>
<li>Welche Behandlungen ohne Operation kommen für mich infrage?</li>
<li>Was kann eine Operation erreichen, und was nicht?</li>
<li>Wie lange dauert es, bis man ein Ergebnis sieht?</li>
<li>An wen wende ich mich, wenn später Fragen auftauchen?</li>
</ul>
<h2>So vereinbaren Sie einen Termin</h2>
<p>Am einfachsten nutzen Sie unser <a href="/de/termin/">Formular für Terminanfragen</a>. Beschreiben Sie darin kurz Ihre Lähmung und seit wann sie besteht. Wir melden uns dann bei Ihnen. Für Notfälle ist das Formular nicht gedacht. Wie wir Ihre Angaben schützen, lesen Sie in unserer <a href="/de/datenschutz/">Datenschutzerklärung</a>.</p>""",
            "en": """<p>Many people feel uneasy before their first appointment. This page explains what to expect, so that you can prepare.</p>
<p class="notice">Did your face become weak only hours or a few days ago? Then do not wait for an appointment with us. Did it come on within minutes, are you not sure, or do you have any other sign? Other signs include weakness in an arm or leg, trouble speaking, double vision, dizziness or confusion. Then <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK). This can be a stroke. If it developed over hours with no other sign, see a doctor today. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a> (in the UK: <a href="tel:111">NHS 111</a>). For the most common type, cortisone only helps if treatment starts within 72 hours.</p>
<h2>What to bring</h2>
<p>If you can, please bring the following:</p>
<ul>
<li>Your referral letter and your health insurance card.</li>
<li>Earlier doctors' letters and test results, for example hearing tests, nerve tests or operation reports.</li>
<li>MRI or CT scans on a disc or as an access code, if you have had any.</li>
<li>An up-to-date list of all your medicines, including eye drops and ointments.</li>
<li>Photos or short videos from before the palsy, if you have them.</li>
</ul>
<p>Old photos help us a great deal. They show how your face looked and moved before. A holiday snap of you smiling is often enough. Please also note down when the palsy began and how it has changed since.</p>
<h2>What happens at your appointment</h2>
<h3>Talking with you</h3>
<p>First, we take time to talk. We ask when and how the palsy started and which treatment you have had so far. We also want to know what troubles you in daily life and what you hope for.</p>
<p>Not every facial palsy has the same cause. The German guideline and a review in the German medical journal Deutsches Ärzteblatt make this clear. They state that 25 to 40% of facial palsies are not the common ‘idiopathic’ type, where no cause is known. Instead, they have other causes, such as infections, injuries or tumours. That is why we look carefully for the cause.</p>
<h3>The examination</h3>
<p>Next, we examine your face at rest and while it moves. We ask you to raise your eyebrows, close your eyes, smile and purse your lips. Eye closure is especially important. If your eye does not close fully, the clear front of the eye (the cornea) can dry out. In that case we involve our eye specialists.</p>
<h3>Grading</h3>
<p>We describe how severe the palsy is with recognised grading scales. A widely used one is the House–Brackmann scale. It has six grades, from I (normal) to VI (no movement). Other scales, such as Sunnybrook or eFACE, also record synkinesis. These are involuntary movements that go along with intended ones. For example, your eye may close when you smile. Grading lets us compare your progress accurately later on.</p>
<h3>Photos and videos</h3>
<p>With your written consent, we take standardised photos and short videos. They serve as a baseline. Later, they show us exactly what has changed. The recordings belong to your medical record. They only appear on this website if you agree to that separately, in writing.</p>
<h3>Measuring muscle signals</h3>
<p>Sometimes electromyography (EMG) is useful. A fine needle electrode records the electrical activity in a muscle. EMG shows whether the muscle still receives signals from the nerve. According to one study, it can detect recovery at least 2 months before you can see it. It also shows whether a muscle can still be reconnected to a nerve. This matters if an operation is an option.</p>
<h2>How long it takes</h2>
<p>Please allow plenty of time for your first visit. Talking, examining and taking pictures should not be rushed. If an eye examination or EMG is added, your visit may take several hours. We will tell you the expected length when we confirm your appointment.</p>
<p>You are welcome to bring someone with you. Two people remember more than one. At the end, we discuss the results and possible next steps. Most decisions do not have to be made on the day.</p>
<h2>Questions you may want to ask</h2>
<p>It helps to write your questions down beforehand. For example:</p>
<ul>
<li>What type of palsy do I have, and what caused it?</li>
<li>Can my face still recover on its own?</li>
<li>Is there a time window that I should not miss?</li>
<li>What can I do myself, especially for my eye?</li>
<li>Which treatments without surgery could help me?</li>
<li>What can an operation achieve, and what can it not?</li>
<li>How long does it take before results can be seen?</li>
<li>Whom do I contact if questions come up later?</li>
</ul>
<h2>How to request an appointment</h2>
<p>The easiest way is our <a href="/en/appointment/">appointment request form</a>. Briefly describe your palsy and when it started. We will then get in touch with you. The form is not meant for emergencies. To find out how we protect your details, see our <a href="/en/privacy/">privacy policy</a>.</p>""",
        },
        "sources": [
            "S1.1",
            "S7.1",
            "S2.1",
            "S3",
            "S20",
            "S19",
            "S21.1",
            "S27",
            "S23.1",
            "S23.2",
            "S23.4",
            "S48.1",
        ],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-10-12",
    },
    # ------------------------------------------------------------------
    "referrers": {
        "title": {"de": "Für Zuweisende", "en": ""},
        "summary": {
            "de": "Für Ärztinnen, Ärzte, Therapeutinnen und Therapeuten: wann eine Vorstellung bei Fazialisparese sinnvoll ist, welche Zeitfenster gelten, welche Befunde helfen.",
            "en": "",
        },
        "body": {
            "de": """<p>Diese Seite richtet sich an Ärztinnen und Ärzte sowie an Therapeutinnen und Therapeuten. Sie fasst zusammen, wann eine Vorstellung in unserer Sprechstunde für Fazialisparese sinnvoll ist. Die Quellen sind unten auf der Seite aufgeführt.</p>
<p class="notice">Ist der Gesichtsnerv bei einem Unfall oder einer Operation frisch durchtrennt worden? Dann rufen Sie uns bitte sofort an. Eine direkte Nervennaht sollte möglichst innerhalb von 72 Stunden erfolgen. In dieser Zeit lässt sich der körperferne Nervenstumpf noch elektrisch aufspüren.</p>
<h2>Die akute Phase</h2>
<p>Eine idiopathische Fazialisparese – eine Lähmung ohne erkennbare Ursache – behandeln Sie bitte ohne Verzögerung nach der aktuellen Leitlinie. Glukokortikoide wirken nur, wenn die Therapie innerhalb von 72 Stunden nach Symptombeginn startet. Eine Überweisung zu uns ersetzt diesen Schritt nicht. Ein Auge, das nicht vollständig schließt, braucht vom ersten Tag an Schutz.</p>
<p>Denken Sie an einen Schlaganfall, wenn die Lähmung innerhalb von Minuten auftrat oder weitere Ausfälle hinzukommen. Dazu gehören Arm- oder Beinschwäche, Sprach- oder Schluckstörung, Doppelbilder, Schwindel, Verwirrtheit und starke Kopfschmerzen. Dann rufen Sie bitte sofort den Notruf 112 an. Auch eine mitbetroffene Stirn schließt einen Hirnstamminfarkt nicht sicher aus.</p>
<p>Bedenken Sie außerdem: 25 bis 40\u202f% der Fazialisparesen sind nicht idiopathisch. Das betonen die Leitlinie der Deutschen Gesellschaft für Neurologie und eine Übersicht im Deutschen Ärzteblatt. Eine sorgfältige Abklärung ist daher immer nötig.</p>
<h2>Wann Sie überweisen sollten</h2>
<p>Die meisten Menschen mit idiopathischer Fazialisparese erholen sich von selbst. Peitersen verfolgte in Kopenhagen rund 2500 unbehandelte periphere Lähmungen. In der idiopathischen Gruppe begann die Erholung bei 85\u202f% innerhalb von 3 Wochen. Ohne Besserung nach 3 Wochen ist eine Erholung vor 4 bis 6 Monaten unwahrscheinlich. Nach 6 Monaten ist absehbar, wer mittlere bis schwere Folgen behält.</p>
<p>Wir empfehlen eine Vorstellung in diesen Situationen:</p>
<ul>
<li>Keine Besserung nach 3 Wochen. So sieht es ein britischer Versorgungspfad vor.</li>
<li>Unvollständige Erholung nach 3 Monaten. So empfiehlt es die Leitlinie der amerikanischen HNO-Fachgesellschaft.</li>
<li>Neue oder zunehmende neurologische Ausfälle oder Beschwerden am Auge, zu jedem Zeitpunkt.</li>
<li>Synkinesien, also unwillkürliche Mitbewegungen. Der britische Versorgungspfad nennt dafür etwa 5 Monate nach Beginn. Auch andere Spätfolgen fehlgeleiteter Nervenfasern wie Krokodilstränen oder Schwitzen beim Essen sind ein Grund für eine Vorstellung.</li>
</ul>
<p>Nach einer peripheren Schädigung ist die Erholung des Nervs nach etwa einem Jahr weitgehend abgeschlossen. Danach folgen nur noch kleine Fortschritte. Langes Abwarten bringt also wenig, kann aber Optionen kosten.</p>
<h2>Dringende Fälle</h2>
<p>In diesen Fällen stellen Sie Patientinnen und Patienten bitte ohne Wartezeit bei uns oder in der passenden Fachabteilung vor:</p>
<ul>
<li>Bei bekannter oder vermuteter Durchtrennung des Nervs.</li>
<li>Bei einer Lähmung nach einer Kopfverletzung.</li>
<li>Bei rotem, schmerzhaftem Auge oder schlechterem Sehen. Hier ist noch am selben Tag eine augenärztliche Untersuchung nötig.</li>
<li>Bei Lähmung mit Fieber oder schwerer Allgemeinerkrankung.</li>
<li>Bei einer Lähmung, die über Wochen langsam zunimmt oder auf derselben Seite wiederkehrt. Das gilt auch bei einem Knoten in Wange oder Hals. Hier muss ein Tumor ausgeschlossen werden.</li>
</ul>
<h2>Zeitfenster für Operationen</h2>
<p>Ohne Nervenversorgung bauen die Gesichtsmuskeln ab. Auch die motorischen Endplatten, die Kontaktstellen zwischen Nerv und Muskel, gehen zugrunde. Eine Reinnervation, also ein neuer Nervenanschluss des eigenen Muskels, gelingt daher nur begrenzt. Meist gilt ein Fenster von etwa 12 bis 18 Monaten, spätestens etwa 2 Jahren. Im Einzelfall entscheidet die Untersuchung, vor allem das EMG.</p>
<ul>
<li><strong>Nervennaht oder Nerveninterponat:</strong> sofort, möglichst innerhalb von 72 Stunden nach der Verletzung. Je früher, desto besser.</li>
<li><strong>Nerventransfer</strong>, etwa als Masseterikus- oder Hypoglossus-Fazialis-Transfer: möglichst innerhalb der ersten 12 Monate. Das EMG muss zeigen, dass die Muskeln noch reinnervierbar sind, etwa durch Fibrillationen. Elektrische Stille spricht gegen einen Nerventransfer.</li>
<li><strong>Cross-Face-Nerventransplantat</strong>, ein Transplantat von der gesunden Gesichtsseite: so früh wie möglich. Die Nervenfasern brauchen etwa 6 bis 12 Monate durch das Transplantat. Jüngere Menschen profitieren eher.</li>
<li><strong>Freie funktionelle Muskeltransplantation</strong>, zum Beispiel mit dem Gracilis-Muskel: bei Lähmungen, die länger als 12 bis 24 Monate bestehen, oder bei angeborener Lähmung. Eine feste Obergrenze gibt es nicht.</li>
<li><strong>Verlängerungs-Temporalismyoplastik nach Labbé</strong>, ein Umsetzen des Schläfenmuskels: meist im Folgestadium, etwa 18 Monate nach Beginn.</li>
<li><strong>Statische Verfahren, Lidgewicht, Brauenanhebung:</strong> jederzeit. Ein Lidgewicht setzen manche Zentren schon früh ein.</li>
<li><strong>Behandlung von Synkinesien</strong> mit Training, Botulinumtoxin oder selektiver Neurektomie: wenn die Erholung ein Plateau erreicht hat.</li>
</ul>
<h2>Welche Befunde uns helfen</h2>
<ul>
<li>Beginn und Verlauf der Lähmung, möglichst mit Datum.</li>
<li>Bisherige Behandlung, vor allem Beginn einer Therapie mit Glukokortikoiden oder Virostatika.</li>
<li>Einstufung nach House-Brackmann oder Sunnybrook, falls erhoben.</li>
<li>Fotos oder Videos aus dem Verlauf und, wenn möglich, aus der Zeit davor.</li>
<li>Befunde der Elektrodiagnostik, also Elektroneurographie (ENoG) und EMG.</li>
<li>Bildgebung, zum Beispiel MRT oder CT, und Hörtest.</li>
<li>Nach Operation oder Unfall: der OP-Bericht mit Angaben, ob der Nerv erhalten blieb.</li>
<li>Augenärztliche Befunde zu Lidschluss und Hornhaut.</li>
<li>Vorerkrankungen und aktuelle Medikamente.</li>
<li>Von Therapeutinnen und Therapeuten: Dauer und Inhalt der bisherigen Fazialistherapie.</li>
</ul>
<h2>So erreichen Sie uns</h2>
<p>In dringenden Fällen erreichen Sie unser Team telefonisch unter +49 0000 000000 (Demo). Bitte senden Sie Befunde nur auf sicherem Weg, nicht per unverschlüsselter E-Mail. Allgemeine Fragen richten Sie an fazialis@example.org. Patientinnen und Patienten können auch selbst über unser <a href="/de/termin/">Formular</a> einen Termin anfragen.</p>""",
            "en": "",
        },
        "sources": [
            "S29",
            "S1.1",
            "S2.1",
            "S3",
            "S7.1",
            "S17.2",
            "S6.3",
            "S11.1",
            "S44.3",
            "S44.4",
            "S54",
            "S30.1",
            "S30.2",
            "S23.1",
            "S23.2",
            "S37.1",
            "S38.1",
            "S39.2",
            "S28",
            "S40.1",
            "S48.1",
        ],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-19",
    },
    # ------------------------------------------------------------------
    "impressum": {
        "title": {"de": "Impressum", "en": "Legal notice"},
        "summary": {
            "de": "Anbieterkennzeichnung dieser Demo-Website. Alle Angaben sind fiktiv.",
            "en": "Provider information for this demo website. All details are fictional.",
        },
        "body": {
            "de": """<p class="notice">Demo: alle Angaben sind fiktiv. Diese Website ist ein Beispielprojekt. Die Klinik, die genannten Personen und die Kontaktdaten gibt es nicht.</p>
<h2>Angaben gemäß § 5 DDG</h2>
<p>Anbieter dieser Website ist das Universitätsklinikum Musterstadt (fiktiv). Die Inhalte erstellt die Klinik für Plastische, Rekonstruktive und Ästhetische Gesichtschirurgie, Universitätsklinikum Musterstadt (fiktiv).</p>
<p>Anschrift: Musterallee 1, 12345 Musterstadt<br>Telefon: +49 0000 000000 (Demo)<br>E-Mail: fazialis@example.org</p>
<h2>Rechtsform und Vertretung</h2>
<p>Das Universitätsklinikum ist eine rechtsfähige Anstalt des öffentlichen Rechts. Es wird durch seinen Vorstand vertreten. Dem Vorstand gehören an: Erika Mustermann (Ärztliche Direktorin, Vorsitz), Max Mustermann (Kaufmännischer Direktor) und Maria Musterfrau (Pflegedirektorin). Alle Namen sind erfunden.</p>
<h2>Aufsichtsbehörde</h2>
<p>Ministerium für Wissenschaft und Gesundheit des Landes Musterland (fiktiv), Musterstraße 2, 12345 Musterstadt.</p>
<h2>Umsatzsteuer-Identifikationsnummer</h2>
<p>Nach § 27a Umsatzsteuergesetz: DE000000000 (Demo).</p>
<h2>Berufsrechtliche Angaben</h2>
<p>Die Ärztinnen und Ärzte der Klinik führen die gesetzliche Berufsbezeichnung „Ärztin“ oder „Arzt“. Sie wurde in der Bundesrepublik Deutschland verliehen. Fachärztinnen und Fachärzte führen zusätzlich ihre Facharztbezeichnung.</p>
<p>Zuständige Kammer: Ärztekammer Musterland (fiktiv), Kammerweg 3, 12345 Musterstadt.</p>
<p>Es gelten die Berufsordnung der Ärztekammer Musterland und das Heilberufe-Kammergesetz des Landes Musterland. Beide sind fiktiv. Bei einer echten Klinik stünden hier Links zu den Texten.</p>
<h2>Verantwortlich für den Inhalt</h2>
<p>Verantwortlich nach § 18 Abs. 2 MStV: Dr. med. Lena Hoffmann (fiktiv), Anschrift wie oben.</p>
<h2>Hinweis zu den medizinischen Inhalten</h2>
<p>Die Texte auf dieser Website informieren allgemein über die Fazialisparese. Sie können eine persönliche Beratung und Untersuchung durch Ihre Ärztin oder Ihren Arzt nicht ersetzen. Jede medizinische Seite nennt ihre Quellen, die Verfasserin oder den Verfasser und das Datum der letzten fachlichen Prüfung.</p>
<h2>Werbung und Finanzierung</h2>
<p>Diese Website enthält keine Werbung und kein Sponsoring. Sie wird aus Mitteln des Klinikums finanziert (fiktiv).</p>""",
            "en": """<p class="notice">Demo: all details are fictional. This website is a sample project. The hospital, the people named and the contact details do not exist.</p>
<p>German law requires websites like this one to name their provider. This page gives that information. Only the German version is legally binding.</p>
<h2>Information under Section 5 of the German Digital Services Act (DDG)</h2>
<p>This website is provided by Universitätsklinikum Musterstadt (fictional). The content is written by the Klinik für Plastische, Rekonstruktive und Ästhetische Gesichtschirurgie (Department of Plastic, Reconstructive and Aesthetic Facial Surgery), Universitätsklinikum Musterstadt (fictional).</p>
<p>Address: Musterallee 1, 12345 Musterstadt, Germany<br>Phone: +49 0000 000000 (Demo)<br>E-mail: fazialis@example.org</p>
<h2>Legal form and representation</h2>
<p>The university hospital is an independent institution under public law. It is represented by its board. The board members are: Erika Mustermann (Medical Director, Chair), Max Mustermann (Commercial Director) and Maria Musterfrau (Director of Nursing). All names are made up.</p>
<h2>Supervisory authority</h2>
<p>Ministry of Science and Health of the State of Musterland (fictional), Musterstraße 2, 12345 Musterstadt.</p>
<h2>VAT identification number</h2>
<p>Under Section 27a of the German VAT Act: DE000000000 (Demo).</p>
<h2>Professional regulations</h2>
<p>The hospital's doctors hold the legal professional title ‘Ärztin’ or ‘Arzt’ (doctor). It was awarded in the Federal Republic of Germany. Specialists also hold their specialist title.</p>
<p>Responsible chamber: Ärztekammer Musterland (State Medical Association, fictional), Kammerweg 3, 12345 Musterstadt.</p>
<p>The professional code of the Ärztekammer Musterland and the state's law on health-profession chambers apply. Both are fictional. A real hospital would link to these texts here.</p>
<h2>Responsible for the content</h2>
<p>Responsible under Section 18(2) of the German Interstate Media Treaty (MStV): Dr. med. Lena Hoffmann (fictional), address as above.</p>
<h2>About the medical information</h2>
<p>The texts on this website give general information about facial palsy. They cannot replace personal advice and an examination by your own doctor. Every medical page names its sources, its author and the date of its last expert review.</p>
<h2>Advertising and funding</h2>
<p>This website carries no advertising and no sponsorship. It is funded by the hospital (fictional).</p>""",
        },
        "sources": [],
    },
    # ------------------------------------------------------------------
    "privacy": {
        "title": {"de": "Datenschutzerklärung", "en": "Privacy policy"},
        "summary": {
            "de": "Welche Daten diese Website verarbeitet: keine Analyse, kein Tracking, keine Cookies beim Lesen. Dazu Server-Protokolle, Terminanfragen und Galerie.",
            "en": "Which data this website processes: no analytics, no tracking, no cookies for readers. Plus server logs, appointment requests and the gallery.",
        },
        "body": {
            "de": """<p class="notice">Demo: alle Angaben sind fiktiv. Klinik, Personen und Kontaktdaten sind erfunden. Die Angaben zur Technik beschreiben, wie diese Website arbeitet.</p>
<h2>Das Wichtigste in Kürze</h2>
<ul>
<li>Wir verfolgen nicht, was Sie auf dieser Website lesen. Es gibt keine Analyse- oder Statistikdienste.</li>
<li>Die Website lädt keine Schriften, Karten, Videos oder andere Inhalte von fremden Servern.</li>
<li>Wenn Sie nur lesen, setzen wir keine Cookies.</li>
<li>Angaben zu Ihrer Gesundheit erhalten wir nur, wenn Sie uns eine Terminanfrage schicken und ausdrücklich einwilligen.</li>
</ul>
<h2>Verantwortliche Stelle</h2>
<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist das Universitätsklinikum Musterstadt (fiktiv). Es wird durch seinen Vorstand vertreten.</p>
<p>Klinik für Plastische, Rekonstruktive und Ästhetische Gesichtschirurgie<br>Musterallee 1, 12345 Musterstadt<br>Telefon: +49 0000 000000 (Demo)<br>E-Mail: fazialis@example.org</p>
<p>Unsere Datenschutzbeauftragte oder unseren Datenschutzbeauftragten erreichen Sie per E-Mail: datenschutz@example.org. Per Post schreiben Sie an die obige Anschrift mit dem Zusatz „Datenschutz“.</p>
<h2>Server-Protokolle</h2>
<p>Bei jedem Seitenaufruf speichert unser Server automatisch diese Daten: Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Seite und die Kennung Ihres Browsers. Wir brauchen sie, um Angriffe zu erkennen und Fehler zu beheben. Nach 14 Tagen werden die Protokolle automatisch gelöscht. Wir werten sie nicht für Statistiken aus. Rechtsgrundlage ist Art. 6 Abs. 1 Buchstabe e DSGVO in Verbindung mit dem Datenschutzgesetz des Landes Musterland (fiktiv).</p>
<h2>Cookies</h2>
<p>Cookies sind kleine Textdateien, die eine Website in Ihrem Browser ablegt. Wenn Sie auf dieser Website nur lesen, setzen wir keine Cookies. Es gibt zwei Ausnahmen: das Sicherheits-Cookie auf der Seite mit dem Anfrageformular und die Anmelde-Cookies für unsere Beschäftigten. Beide sind unten beschrieben.</p>
<h2>Terminanfrage über das Formular</h2>
<p>Über unser <a href="/de/termin/">Formular</a> können Sie einen Termin anfragen. Dafür verarbeiten wir:</p>
<ul>
<li>Ihren Namen.</li>
<li>Ihre E-Mail-Adresse.</li>
<li>Ihre Telefonnummer, wenn Sie sie angeben möchten.</li>
<li>Ihre Angaben zur Gesichtslähmung.</li>
</ul>
<p>Die Angaben zur Lähmung sind Gesundheitsdaten. Sie sind nach Art. 9 DSGVO besonders geschützt. Wir verarbeiten sie nur mit Ihrer ausdrücklichen Einwilligung. Das Formular fragt diese Einwilligung ab, bevor Sie es absenden. Rechtsgrundlage ist Art. 9 Abs. 2 Buchstabe a und Art. 6 Abs. 1 Buchstabe a DSGVO.</p>
<p>Sie können Ihre Einwilligung jederzeit widerrufen, zum Beispiel per E-Mail an fazialis@example.org. Dann löschen wir Ihre Anfrage, soweit sie nicht schon Teil Ihrer Behandlungsakte ist. Der Widerruf wirkt für die Zukunft. Was bis dahin geschehen ist, bleibt rechtmäßig.</p>
<p>Ihre Anfrage sehen nur Beschäftigte unseres Teams, die Anfragen bearbeiten. Wir löschen sie spätestens 180 Tage nach Eingang. Das gilt nicht, wenn daraus eine Behandlung entsteht. Dann wird die Anfrage Teil Ihrer Patientenakte, und es gelten die gesetzlichen Aufbewahrungsfristen.</p>
<p>Geht eine neue Anfrage ein, erhält unser Team eine Benachrichtigung per E-Mail. Diese E-Mail enthält keine Angaben zu Ihrer Gesundheit.</p>
<h3>Sicherheits-Cookie „csrftoken“</h3>
<p>Nur auf der Seite mit dem Formular setzt die Website ein Cookie namens „csrftoken“. Es verhindert, dass fremde Websites unbemerkt Formulare in Ihrem Namen absenden. Das Cookie enthält eine zufällige Zeichenfolge und keine Daten über Sie. Es ist technisch notwendig. Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 TDDDG.</p>
<h3>Schutz vor Missbrauch</h3>
<p>Damit niemand das Formular massenhaft nutzt, begrenzen wir die Zahl der Anfragen. Dazu kürzen wir Ihre IP-Adresse und machen sie mit einem mathematischen Verfahren unkenntlich, einem sogenannten Hash. Nur diesen Wert speichern wir, und zwar für eine Stunde. Danach wird er gelöscht. Rechtsgrundlage ist Art. 6 Abs. 1 Buchstabe e DSGVO.</p>
<h2>Galerie mit Patientenbildern</h2>
<p>In unserer <a href="/de/galerie/">Galerie</a> zeigen wir Fotos und Videos von Patientinnen und Patienten. Wir veröffentlichen sie nur mit deren schriftlicher Einwilligung. Statt eines Namens trägt jeder Fall einen Code. Nur unser Team kann diesen Code einer Person zuordnen. Gesichter können trotzdem erkannt werden. Deshalb ist die Einwilligung so wichtig. Wird sie widerrufen, nehmen wir die Bilder sofort von der Website. Rechtsgrundlage ist Art. 9 Abs. 2 Buchstabe a und Art. 6 Abs. 1 Buchstabe a DSGVO.</p>
<h2>Anmeldung für Beschäftigte</h2>
<p>Unsere Beschäftigten melden sich an, um Inhalte zu pflegen und Anfragen zu bearbeiten. Dabei setzt die Website Anmelde-Cookies. Besucherinnen und Besucher der Website erhalten diese Cookies nicht.</p>
<h2>Weitergabe von Daten</h2>
<p>Die Website bindet keine Dienste anderer Anbieter ein. Wir geben Ihre Daten nur weiter, wenn ein Gesetz uns dazu verpflichtet.</p>
<h2>Ihre Rechte</h2>
<p>Nach der DSGVO haben Sie diese Rechte:</p>
<ul>
<li>Auskunft über Ihre gespeicherten Daten (Art. 15).</li>
<li>Berichtigung falscher Daten (Art. 16).</li>
<li>Löschung Ihrer Daten (Art. 17).</li>
<li>Einschränkung der Verarbeitung (Art. 18).</li>
<li>Auskunft, an wen wir eine Berichtigung, Löschung oder Einschränkung weitergeleitet haben (Art. 19).</li>
<li>Herausgabe Ihrer Daten in einem üblichen Format (Art. 20).</li>
<li>Widerspruch gegen die Verarbeitung (Art. 21).</li>
</ul>
<p>Eine Einwilligung können Sie jederzeit widerrufen (Art. 7 Abs. 3 DSGVO). Schreiben Sie dazu an fazialis@example.org oder an datenschutz@example.org.</p>
<p>Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Zuständig für uns ist die oder der Landesbeauftragte für den Datenschutz des Landes Musterland (fiktiv).</p>
<p>Stand: Oktober 2026.</p>""",
            "en": """<p class="notice">Demo: all details are fictional. The hospital, the people and the contact details are made up. The technical details describe how this website works.</p>
<p>This is a translation. Only the German version is legally binding.</p>
<h2>The key points</h2>
<ul>
<li>We do not track what you read on this website. There are no analytics or statistics services.</li>
<li>The website loads no fonts, maps, videos or other content from other servers.</li>
<li>If you only read, we set no cookies.</li>
<li>We only receive details about your health if you send us an appointment request and give your explicit consent.</li>
</ul>
<h2>Who is responsible</h2>
<p>The controller under the General Data Protection Regulation (GDPR) is Universitätsklinikum Musterstadt (fictional). It is represented by its board.</p>
<p>Klinik für Plastische, Rekonstruktive und Ästhetische Gesichtschirurgie<br>Musterallee 1, 12345 Musterstadt, Germany<br>Phone: +49 0000 000000 (Demo)<br>E-mail: fazialis@example.org</p>
<p>You can reach our data protection officer by e-mail: datenschutz@example.org. By post, write to the address above and mark your letter ‘Datenschutz’ (data protection).</p>
<h2>Server logs</h2>
<p>Each time a page is requested, our server automatically stores these data: your IP address, the date and time, the page requested and the identifier of your browser. We need them to detect attacks and fix errors. The logs are deleted automatically after 14 days. We do not use them for statistics. The legal basis is Article 6(1)(e) GDPR together with the data protection act of the State of Musterland (fictional).</p>
<h2>Cookies</h2>
<p>Cookies are small text files that a website stores in your browser. If you only read this website, we set no cookies. There are two exceptions: the security cookie on the page with the request form and the login cookies for our staff. Both are described below.</p>
<h2>Appointment requests through the form</h2>
<p>You can request an appointment through our <a href="/en/appointment/">form</a>. For this we process:</p>
<ul>
<li>Your name.</li>
<li>Your e-mail address.</li>
<li>Your phone number, if you choose to give it.</li>
<li>What you tell us about your facial palsy.</li>
</ul>
<p>The details about your palsy are health data. Article 9 GDPR gives them special protection. We only process them with your explicit consent. The form asks for this consent before you send it. The legal basis is Article 9(2)(a) and Article 6(1)(a) GDPR.</p>
<p>You can withdraw your consent at any time, for example by e-mail to fazialis@example.org. We will then delete your request, unless it has already become part of your treatment record. Withdrawal applies from then on. It does not make earlier processing unlawful.</p>
<p>Only members of our team who handle requests can see yours. We delete it at the latest 180 days after we receive it. This does not apply if it leads to treatment. The request then becomes part of your patient record, and the legal retention periods apply.</p>
<p>When a new request arrives, our team receives a notification by e-mail. This e-mail contains no details about your health.</p>
<h3>Security cookie ‘csrftoken’</h3>
<p>Only on the page with the form does the website set a cookie called ‘csrftoken’. It stops other websites from secretly sending forms in your name. The cookie holds a random string of characters and no data about you. It is technically necessary. The legal basis is Section 25(2) No. 2 of the German TDDDG (Telecommunications and Digital Services Data Protection Act).</p>
<h3>Protection against misuse</h3>
<p>To stop anyone from sending the form in bulk, we limit the number of requests. For this we shorten your IP address and make it unreadable with a mathematical method called a hash. We store only this value, for one hour. After that it is deleted. The legal basis is Article 6(1)(e) GDPR.</p>
<h2>Gallery of patient pictures</h2>
<p>Our <a href="/en/gallery/">gallery</a> shows photos and videos of patients. We only publish them with the patient's written consent. Instead of a name, each case has a code. Only our team can link this code to a person. Faces may still be recognised. That is why consent matters so much. If consent is withdrawn, we take the pictures off the website at once. The legal basis is Article 9(2)(a) and Article 6(1)(a) GDPR.</p>
<h2>Staff login</h2>
<p>Our staff log in to maintain the content and handle requests. When they do, the website sets login cookies. Visitors to the website do not receive these cookies.</p>
<h2>Sharing data</h2>
<p>The website does not include services from other providers. We only pass on your data if the law requires us to.</p>
<h2>Your rights</h2>
<p>Under the GDPR you have these rights:</p>
<ul>
<li>Access to the data we hold about you (Article 15).</li>
<li>Correction of wrong data (Article 16).</li>
<li>Erasure of your data (Article 17).</li>
<li>Restriction of processing (Article 18).</li>
<li>Being told to whom we passed on a correction, erasure or restriction (Article 19).</li>
<li>Receiving your data in a common format (Article 20).</li>
<li>Objection to processing (Article 21).</li>
</ul>
<p>You can withdraw consent at any time (Article 7(3) GDPR). To do so, write to fazialis@example.org or datenschutz@example.org.</p>
<p>You also have the right to complain to a data protection supervisory authority (Article 77 GDPR). For us, this is the State Commissioner for Data Protection of Musterland (fictional).</p>
<p>Last updated: October 2026.</p>""",
        },
        "sources": [],
    },
    # ------------------------------------------------------------------
    "accessibility": {
        "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
        "summary": {
            "de": "Wie barrierefrei diese Website ist, was wir dafür tun und wie Sie uns Barrieren melden können.",
            "en": "How accessible this website is, what we do to make it so and how you can tell us about barriers.",
        },
        "body": {
            "de": """<p class="notice">Demo: alle Angaben sind fiktiv. Klinik, Stellen und Kontaktdaten sind erfunden.</p>
<p>Das Universitätsklinikum Musterstadt (fiktiv) ist eine öffentliche Stelle. Wir möchten, dass alle Menschen unsere Website gut nutzen können. Diese Erklärung gilt für die Informationsseiten zur Fazialisparese unter dieser Adresse. Sie folgt den Vorgaben der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Das Landesrecht von Musterland (fiktiv) verweist für öffentliche Stellen des Landes auf diese Verordnung.</p>
<h2>Stand der Vereinbarkeit</h2>
<p>Die Website soll die Anforderungen der WCAG 2.2 auf Stufe AA erfüllen. Diese internationalen Regeln beschreiben, wie Inhalte im Internet barrierefrei werden. Auf ihnen beruht auch die europäische Norm EN 301 549. Unsere letzte Prüfung hat bei diesen technischen Anforderungen keine Barrieren ergeben. Die BITV 2.0 verlangt von öffentlichen Stellen aber zusätzlich Erklärungen in Deutscher Gebärdensprache und in Leichter Sprache. Diese fehlen noch. Die Website ist daher nur teilweise mit den Anforderungen vereinbar.</p>
<h2>Was wir für die Barrierefreiheit tun</h2>
<ul>
<li>Große, gut lesbare Schrift.</li>
<li>Starke Kontraste zwischen Text und Hintergrund.</li>
<li>Alle Funktionen lassen sich mit der Tastatur bedienen.</li>
<li>Die Seiten funktionieren mit Screenreadern, also mit Programmen, die Texte vorlesen.</li>
<li>Videos haben Untertitel.</li>
<li>Die Website funktioniert auch ohne JavaScript.</li>
<li>Die Texte sind in verständlicher Sprache geschrieben, mit kurzen Sätzen und erklärten Fachwörtern. Leichte Sprache ist das aber noch nicht (siehe unten).</li>
</ul>
<h2>Bekannte Einschränkungen</h2>
<p>Diese Inhalte sind noch nicht barrierefrei:</p>
<ul>
<li><strong>Deutsche Gebärdensprache (DGS):</strong> Es gibt noch keine Videos in DGS. Die BITV 2.0 sieht solche Videos auf der Startseite einer öffentlichen Stelle vor. Sie sollen erklären, was die Website enthält, wie man sich zurechtfindet und was in dieser Erklärung steht.</li>
<li><strong>Leichte Sprache:</strong> Dieselben Erklärungen fehlen auch in Leichter Sprache. Leichte Sprache folgt festen Regeln und ist noch einfacher als die verständliche Sprache unserer Texte.</li>
</ul>
<p>Wir wollen beides nachholen. Bis dahin erklären wir Ihnen die Inhalte gern persönlich. Schreiben Sie uns oder rufen Sie uns an. Die Kontaktdaten finden Sie unten.</p>
<p>Einige PDF-Formulare der Klinik gehören nicht zu dieser Website. Für sie gilt diese Erklärung nicht. Brauchen Sie ein solches Formular in anderer Form, helfen wir Ihnen gern.</p>
<h2>Erstellung dieser Erklärung</h2>
<p>Diese Erklärung beruht auf einer Selbstbewertung. Sie wurde im Oktober 2026 erstellt und zuletzt im Oktober 2026 überprüft (fiktiv).</p>
<h2>Barrieren melden</h2>
<p>Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie Inhalte in einer anderen Form? Dann schreiben Sie uns an fazialis@example.org, Betreff „Barrierefreiheit“. Sie können uns auch anrufen: +49 0000 000000 (Demo). Bitte nennen Sie uns die Seite, auf der das Problem auftrat.</p>
<h2>Schlichtungsverfahren</h2>
<p>Vielleicht sind Sie mit unserer Antwort nicht zufrieden. Oder wir haben Ihnen nicht in angemessener Zeit geantwortet. Dann können Sie ein Schlichtungsverfahren beginnen. Für öffentliche Stellen eines Bundeslandes ist dafür eine Schlichtungs- oder Ombudsstelle des Landes zuständig. In diesem Beispiel ist das die Ombudsstelle für barrierefreie Informationstechnik des Landes Musterland (fiktiv).</p>
<p>Die Stelle vermittelt zwischen Ihnen und uns. Ziel ist eine Lösung ohne Gerichtsverfahren. Das Verfahren ist in der Regel kostenlos. Sie brauchen dafür keine Anwältin und keinen Anwalt.</p>""",
            "en": """<p class="notice">Demo: all details are fictional. The hospital, the offices and the contact details are made up.</p>
<p>This is a translation. Only the German version is legally binding.</p>
<p>Universitätsklinikum Musterstadt (fictional) is a public body. We want everyone to be able to use our website easily. This statement covers the facial palsy information pages at this address. It follows the German accessibility regulation for information technology (BITV 2.0). The law of the State of Musterland (fictional) applies this regulation to the state's public bodies.</p>
<h2>Compliance status</h2>
<p>The website aims to meet WCAG 2.2 at level AA. These international guidelines describe how to make web content accessible. The European standard EN 301 549 is also based on them. Our last check showed no barriers against these technical requirements. However, BITV 2.0 also requires public bodies to offer explanations in German Sign Language and in Easy Language (Leichte Sprache). These are still missing. The website is therefore only partially compliant.</p>
<h2>What we do for accessibility</h2>
<ul>
<li>Large, easy-to-read text.</li>
<li>Strong contrast between text and background.</li>
<li>Everything can be operated with a keyboard.</li>
<li>The pages work with screen readers, which are programs that read text aloud.</li>
<li>Videos have captions.</li>
<li>The website also works without JavaScript.</li>
<li>The texts are written in plain language, with short sentences and technical terms explained. This is not yet Easy Language, though (see below).</li>
</ul>
<h2>Known limitations</h2>
<p>The following content is not yet accessible:</p>
<ul>
<li><strong>German Sign Language (DGS):</strong> There are no videos in DGS yet. BITV 2.0 expects such videos on the home page of a public body's website. They should explain what the site contains, how to find your way around and what this statement says.</li>
<li><strong>Easy Language (Leichte Sprache):</strong> The same explanations are also missing in Easy Language. Easy Language follows fixed rules and is even simpler than the plain language of our texts.</li>
</ul>
<p>We intend to add both. Until then, we will gladly explain the content to you in person. You can write to us or call us. You will find the contact details below.</p>
<p>Some PDF forms of the hospital are not part of this website. This statement does not cover them. If you need such a form in another format, we will be glad to help.</p>
<h2>How this statement was prepared</h2>
<p>This statement is based on a self-assessment. It was prepared in October 2026 and last reviewed in October 2026 (fictional).</p>
<h2>Reporting barriers</h2>
<p>Have you come across a barrier? Or do you need content in another format? Then write to us at fazialis@example.org with the subject ‘Barrierefreiheit’ (accessibility). You can also call us: +49 0000 000000 (Demo). Please tell us on which page the problem occurred.</p>
<h2>Enforcement procedure</h2>
<p>Perhaps you are not satisfied with our answer. Or we have not replied within a reasonable time. Then you can start a conciliation procedure. For public bodies of a German state, a conciliation or ombudsman office of that state is responsible. In this example, it is the Ombudsman Office for Accessible Information Technology of the State of Musterland (fictional).</p>
<p>The office mediates between you and us. The aim is a solution without going to court. The procedure is usually free of charge. You do not need a lawyer.</p>""",
        },
        "sources": [],
    },
}
