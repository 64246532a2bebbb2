"""Timing of therapy, non-operative therapy and eye protection: section pages and their child pages."""

PAGES = {
    # ------------------------------------------------------------------
    "timing": {
        "title": {
            "de": "Warum der Zeitpunkt entscheidet",
            "en": "Why timing matters",
        },
        "summary": {
            "de": "Bei einer Fazialisparese entscheidet der Zeitpunkt der Behandlung oft darüber, was möglich ist. Welche Fristen zählen und warum.",
            "en": "With facial palsy, the timing of treatment often decides what is possible. Which time limits count, and why.",
        },
        "body": {
            "de": """<p>Bei einer Gesichtslähmung zählt nicht nur, welche Behandlung Sie bekommen. Genauso wichtig ist, wann sie beginnt. Manche Therapien wirken nur in den ersten Tagen. Andere sind nur möglich, solange sich die eigenen Gesichtsmuskeln noch an einen Nerv anschließen lassen. Unser Team erlebt immer wieder, dass diese Fristen unterschätzt werden. Das gilt für Betroffene, aber auch für Fachleute.</p>
<h2>Drei Zeitfenster, die Sie kennen sollten</h2>
<ul>
<li><strong>Stunden bis Tage:</strong> Bei der idiopathischen Fazialisparese – einer Lähmung ohne erkennbare Ursache – hilft Kortison nur, wenn die Behandlung innerhalb von 72 Stunden beginnt. Das Auge braucht vom ersten Tag an Schutz. Wurde der Nerv bei einem Unfall oder einer Operation durchtrennt, sollte er möglichst innerhalb von etwa drei Tagen genäht werden.</li>
<li><strong>Wochen bis Monate:</strong> Bei Kontrollterminen sieht Ihre Ärztin oder Ihr Arzt, ob sich der Nerv erholt. Eine Überweisung in eine Spezialsprechstunde ist sinnvoll, wenn nach etwa 3 Wochen keine Besserung da ist oder die Erholung nach 3 Monaten unvollständig ist. Zeigen sich ab etwa 5 Monaten unwillkürliche Mitbewegungen, gilt das ebenso.</li>
<li><strong>Monate bis etwa zwei Jahre:</strong> Ein Muskel ohne Nervenversorgung baut sich langsam ab. Ihn wieder an einen Nerv anzuschließen, gelingt nur, solange er noch lebensfähig ist. Das ist meist für etwa 12 bis 18 Monate der Fall, höchstens für rund 2 Jahre. Für einen Nerventransfer ist die beste Zeit kürzer: die ersten 12 Monate. Wie es bei Ihnen ist, zeigt erst eine Untersuchung im Einzelfall, etwa eine Messung der Muskelaktivität mit einer feinen Nadel (EMG).</li>
</ul>
<h2>Und wenn ein Zeitfenster verpasst ist?</h2>
<p>Auch dann gibt es noch Wege. Ein neuer Muskel kann verpflanzt werden, zum Beispiel von der Innenseite des Oberschenkels. Dafür gibt es keine obere Zeitgrenze. Die Auswahl an Möglichkeiten wird aber kleiner.</p>
<p>Die britische Patientenorganisation Facial Palsy UK berichtet: Bei den von ihr ausgewerteten Betroffenen vergingen im Durchschnitt fast sechs Jahre zwischen Beginn der Lähmung und Behandlung. Das ist eine Angabe des Vereins, keine wissenschaftlich geprüfte Studie. Sie zeigt aber, wie leicht wertvolle Zeit verloren geht.</p>
<p class="notice">Kam die Lähmung innerhalb von Minuten, sind Sie nicht sicher oder gibt es weitere Zeichen wie eine Schwäche in Arm oder Bein oder Sprachstörungen? Dann rufen Sie sofort den <a href="tel:112">Notruf 112</a> an. Hat sie sich über Stunden entwickelt, ohne weitere Zeichen, gehen Sie noch heute zur Ärztin oder zum Arzt. Außerhalb der Sprechzeiten hilft der Bereitschaftsdienst unter <a href="tel:116117">116 117</a>. Hat sich Ihr Gesicht nach drei Wochen nicht sichtbar gebessert, fragen Sie nach einer Überweisung in eine Spezialsprechstunde.</p>
<p>Einen Termin bei unserem Team können Sie über das <a href="/de/termin/">Terminformular</a> anfragen.</p>""",
            "en": """<p>With facial palsy, it is not only the type of treatment that counts. When it starts matters just as much. Some treatments only work in the first few days. Others are only possible while your own facial muscles can still be reconnected to a nerve. Our team often sees these time limits underestimated. This applies to patients, and to health professionals too.</p>
<h2>Three time windows worth knowing</h2>
<ul>
<li><strong>Hours to days:</strong> In Bell's palsy – a facial palsy with no identifiable cause – cortisone only helps if you start it within 72 hours. Your eye needs protecting from the first day. If an accident or an operation has cut the nerve, it should ideally be repaired within about three days.</li>
<li><strong>Weeks to months:</strong> Check-ups show your doctor whether the nerve is recovering. A referral to a specialist facial palsy clinic makes sense if there is no improvement after about 3 weeks, or if recovery is incomplete after 3 months. The same applies if unwanted linked movements appear from about 5 months on.</li>
<li><strong>Months to about two years:</strong> A muscle without a nerve supply slowly wastes away. Reconnecting it to a nerve only works while the muscle is still alive. This is usually the case for about 12 to 18 months, and at most for around 2 years. For a nerve transfer, the best time is shorter: the first 12 months. Individual tests, such as measuring muscle activity with a fine needle (EMG), show where you stand.</li>
</ul>
<h2>What if a window has closed?</h2>
<p>There are still options. A new muscle can be transplanted into the face, for example from the inner thigh. There is no upper time limit for this. But the range of choices becomes smaller.</p>
<p>The UK charity Facial Palsy UK has audited the care of people with facial palsy. It reports that on average almost six years passed between the start of the palsy and treatment. This is the charity's own figure, not a peer-reviewed study. Still, it shows how easily valuable time is lost.</p>
<p class="notice">Did the weakness come on within minutes, are you not sure, or is there any other sign, such as weakness in an arm or leg or trouble speaking? Then <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK). If it developed over hours with no other sign, see a doctor today. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a> (in the UK: <a href="tel:111">NHS 111</a>). If your face has not visibly improved after three weeks, ask for a referral to a specialist clinic.</p>
<p>You can ask for an appointment with our team using the <a href="/en/appointment/">appointment form</a>.</p>""",
        },
        "sources": ["S1.1", "S7.1", "S29", "S30.1", "S30.2", "S36.1", "S44.3", "S46.4", "S48.1"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-14",
    },
    # ------------------------------------------------------------------
    "first-days": {
        "title": {
            "de": "Die ersten Stunden und Tage",
            "en": "The first hours and days",
        },
        "summary": {
            "de": "Was in den ersten Stunden und Tagen zählt: rasch zur Ärztin oder zum Arzt, an einen Schlaganfall denken, Kortison innerhalb von 72 Stunden, das Auge schützen.",
            "en": "What counts in the first hours and days: see a doctor quickly, think of stroke, start cortisone within 72 hours and protect your eye.",
        },
        "body": {
            "de": """<p>Eine Gesichtslähmung beginnt oft ganz plötzlich. Das macht vielen Menschen große Angst. Gerade in den ersten Stunden und Tagen können Sie aber viel für eine gute Behandlung tun. Auf dieser Seite lesen Sie, worauf es jetzt ankommt.</p>
<h2>Zuerst: Wie hat die Lähmung begonnen?</h2>
<p>Was Sie jetzt tun sollten, hängt davon ab, wie die Lähmung begonnen hat.</p>
<p class="notice"><strong>Innerhalb von Minuten, im Zweifel oder mit weiteren Zeichen: Rufen Sie sofort den <a href="tel:112">Notruf 112</a> an.</strong> Weitere Zeichen sind ein schwacher Arm oder ein schwaches Bein, Probleme beim Sprechen oder Schlucken, Doppelbilder, Schwindel, Verwirrtheit oder starke Kopfschmerzen. Dann kann es ein Schlaganfall sein. Warten Sie nicht ab, ob die Beschwerden vergehen.</p>
<p class="notice"><strong>Über Stunden bis zu ein, zwei Tagen entstanden, ohne weitere Zeichen: Gehen Sie noch heute zur Ärztin oder zum Arzt.</strong> Das kann Ihre Hausarztpraxis sein. Außerhalb der Sprechzeiten erreichen Sie den ärztlichen Bereitschaftsdienst unter <a href="tel:116117">116 117</a>. Sie können auch in eine Notaufnahme gehen. Denn Kortison hilft nur, wenn die Behandlung innerhalb von 72 Stunden beginnt.</p>
<p>Lassen Sie sich auch in diesen Fällen noch heute untersuchen:</p>
<ul>
<li>Das Auge ist rot und schmerzt, oder Sie sehen schlechter.</li>
<li>Die Lähmung kam nach einer Kopfverletzung.</li>
<li>Sie haben Fieber oder fühlen sich sehr krank.</li>
<li>Sie tasten einen Knoten an Wange oder Hals.</li>
<li>Die Schwäche nimmt immer weiter zu.</li>
</ul>
<p>Den FAST-Test kennen Sie vielleicht. Mit ihm erkennen Laien einen Schlaganfall bei einem anderen Menschen. Hängt ein Gesicht plötzlich herab, innerhalb von Minuten, ist das aber schon für sich allein Grund genug, den Notruf anzurufen.</p>
<h2>Warum eine Untersuchung so wichtig ist</h2>
<p>Eine plötzliche Gesichtslähmung gilt als Notfall, bis eine Ärztin oder ein Arzt die Ursache geklärt hat. Vielleicht haben Sie gelesen: Ist auch die Stirn gelähmt, ist ein Schlaganfall ausgeschlossen. Verlassen Sie sich bitte nicht darauf. Auch ein Schlaganfall im Hirnstamm kann ein sehr ähnliches Bild erzeugen, manchmal ohne weitere Zeichen. Diese Unterscheidung gehört in ärztliche Hände. Mehr dazu lesen Sie unter <a href="/de/ursachen/zentral-oder-peripher/">Zentral oder peripher?</a></p>
<p>Die häufigste Ursache ist die idiopathische Fazialisparese. Das ist eine Lähmung des Gesichtsnervs ohne erkennbaren Grund. Nach der deutschen Leitlinie und einer Übersicht im Deutschen Ärzteblatt haben aber 25 bis 40\u202f% der Gesichtslähmungen eine andere Ursache. Dazu gehören Infektionen wie Gürtelrose oder Borreliose, Verletzungen und Tumoren. Deshalb ist eine gründliche Untersuchung so wichtig.</p>
<p>Bläschen am Ohr oder im Mund und Ohrenschmerzen können auf eine Gürtelrose am Ohr hinweisen. Dann sind zusätzlich Mittel gegen Viren nötig. Mehr dazu unter <a href="/de/ursachen/infektionen/">Infektionen</a>.</p>
<h2>Kortison innerhalb von 72 Stunden</h2>
<p>Bei der idiopathischen Fazialisparese ist Kortison gut untersucht und wird von den Leitlinien empfohlen. Es hilft aber nur, wenn die Behandlung innerhalb von 72 Stunden nach Beginn der Lähmung startet. Die großen Studien haben nur Menschen aufgenommen, die in dieser Frist kamen. Die amerikanische Leitlinie empfiehlt Kortison für Menschen ab 16 Jahren ausdrücklich, als starke Empfehlung. Warten Sie deshalb nicht ab, ob es von allein besser wird. Mehr dazu unter <a href="/de/konservative-therapie/kortison-und-virostatika/">Kortison und Virostatika</a>.</p>
<h2>Das Auge vom ersten Tag an schützen</h2>
<p>Schließt das Lid nicht mehr ganz, kann die Hornhaut austrocknen. Die Hornhaut ist die klare Schicht vorn am Auge. Schützen Sie sie deshalb vom ersten Tag an. Tagsüber helfen befeuchtende Augentropfen. Nachts helfen ein Augengel oder eine Salbe und ein sanft zugeklebtes Lid. Wie das geht, erklärt die Seite <a href="/de/das-auge-schuetzen/augenpflege-im-alltag/">Augenpflege im Alltag</a>. Schmerzt das Auge, ist es gerötet oder sehen Sie schlechter? Dann brauchen Sie umgehend eine Augenärztin oder einen Augenarzt.</p>
<h2>Nach einer Verletzung: Nervennaht innerhalb von etwa 72 Stunden</h2>
<p>Manchmal wird der Gesichtsnerv bei einem Unfall, durch eine Schnittwunde oder bei einer Operation durchtrennt. Dann sollte er möglichst innerhalb von etwa 72 Stunden wieder verbunden werden. In den ersten Tagen lassen sich die Nervenenden mit einem feinen Stromreiz noch aufspüren. Danach baut sich der abgetrennte Teil des Nervs ab. Der Fachbegriff dafür ist Waller’sche Degeneration. Bitten Sie nach einer solchen Verletzung deshalb früh um die Vorstellung in einer spezialisierten Klinik. Mehr dazu unter <a href="/de/operative-therapie/nervennaht-und-nerventransplantat/">Nervennaht und Nerventransplantat</a>.</p>
<h2>Messungen am Nerv in den ersten Wochen</h2>
<p>Mit einer Messung der Nervenleitung lässt sich abschätzen, wie stark der Nerv geschädigt ist. Diese Untersuchung heißt Elektroneurographie (ENoG). Aussagekräftig ist sie etwa ab dem dritten Tag bis zur zweiten oder dritten Woche. Die genauen Angaben dazu schwanken etwas. Mehr dazu unter <a href="/de/formen-und-schweregrade/elektrodiagnostik/">Elektrodiagnostik</a>.</p>
<h2>Kurz zusammengefasst</h2>
<ul>
<li>Innerhalb von Minuten, im Zweifel oder mit weiteren Zeichen: Rufen Sie sofort den Notruf 112 an.</li>
<li>Über Stunden entstanden, ohne weitere Zeichen: noch heute ärztlich untersuchen lassen, außerhalb der Sprechzeiten über die 116 117.</li>
<li>Kortison innerhalb von 72 Stunden beginnen, wenn es ärztlich empfohlen wird.</li>
<li>Das Auge vom ersten Tag an schützen.</li>
<li>Nach einer Verletzung des Nervs rasch eine spezialisierte Klinik einbeziehen.</li>
</ul>""",
            "en": """<p>Facial palsy often starts very suddenly. That frightens many people. Yet in the first hours and days you can do a great deal to get treatment off to a good start. This page explains what matters now.</p>
<h2>First: how did it begin?</h2>
<p>What you should do now depends on how the weakness began.</p>
<p class="notice"><strong>Within minutes, not sure, or with any other sign: <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK).</strong> Other signs are a weak arm or leg, trouble speaking or swallowing, double vision, dizziness, confusion or a severe headache. It may be a stroke. Do not wait to see if the symptoms pass.</p>
<p class="notice"><strong>Over hours, up to a day or two, with no other sign: see a doctor today.</strong> Go to your GP practice. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a>, or go to an emergency department. In the UK, contact your GP or <a href="tel:111">NHS 111</a>. The reason: cortisone only helps if it is started within 72 hours.</p>
<p>Also see a doctor today in these cases:</p>
<ul>
<li>Your eye is red and painful, or your sight is worse.</li>
<li>The palsy came after a head injury.</li>
<li>You have a fever or feel very ill.</li>
<li>You can feel a lump in your cheek or neck.</li>
<li>The weakness keeps getting worse.</li>
</ul>
<p>You may know the FAST test. It helps you spot a stroke in someone else. But a face that droops suddenly, within minutes, is reason enough on its own to call for an ambulance.</p>
<h2>Why an examination matters so much</h2>
<p>Sudden facial weakness counts as an emergency until a doctor has found the cause. You may have read that a stroke is ruled out if the forehead is paralysed as well. Please do not rely on this. A stroke in the brainstem can look very similar, sometimes with no other signs. Telling the two apart is a job for a doctor. You can read more under <a href="/en/causes/central-or-peripheral/">Central or peripheral?</a></p>
<p>The most common cause is Bell's palsy. This is a palsy of the facial nerve with no identifiable cause. However, the German guideline and a review in a German medical journal report that 25 to 40% of facial palsies have a different cause. These include infections such as shingles or Lyme disease, injuries and tumours. This is why a thorough examination matters so much.</p>
<p>Blisters on the ear or in the mouth with ear pain may point to shingles of the ear. This needs antiviral medicine as well. You can read more under <a href="/en/causes/infections/">Infections</a>.</p>
<h2>Cortisone within 72 hours</h2>
<p>For Bell's palsy, cortisone (a steroid) is well studied and recommended by the guidelines. But it only helps if treatment starts within 72 hours of the palsy beginning. The large trials only included people who came within this time. The American guideline makes a strong recommendation for people aged 16 and over. So please do not wait to see whether things improve on their own. You can read more under <a href="/en/non-operative-therapy/cortisone-and-antivirals/">Cortisone and antivirals</a>.</p>
<h2>Protect your eye from day one</h2>
<p>If your eyelid no longer closes fully, the cornea can dry out. The cornea is the clear layer at the front of the eye. So protect it from the very first day. During the day, moisturising eye drops help. At night, an eye gel or ointment and a gently taped eyelid help. The page <a href="/en/protecting-the-eye/everyday-eye-care/">Everyday eye care</a> explains how. Is your eye painful or red, or is your vision worse? Then you need to see an eye doctor urgently.</p>
<h2>After an injury: nerve repair within about 72 hours</h2>
<p>Sometimes the facial nerve is cut in an accident, by a deep wound or during an operation. It should then be reconnected within about 72 hours if possible. In the first days, the surgeon can still find the nerve ends with a tiny electrical stimulus. After that, the cut-off part of the nerve breaks down. Doctors call this process Wallerian degeneration. So after such an injury, ask early to be seen at a specialist centre. You can read more under <a href="/en/surgery/nerve-repair-and-grafts/">Nerve repair and grafts</a>.</p>
<h2>Nerve tests in the first weeks</h2>
<p>A test of nerve conduction can estimate how badly the nerve is damaged. It is called electroneurography (ENoG). It gives useful results from about the third day until the second or third week. The exact time frame varies a little between sources. You can read more under <a href="/en/forms-and-grading/electrodiagnostics/">Electrodiagnostics</a>.</p>
<h2>In short</h2>
<ul>
<li>Within minutes, not sure, or with any other sign: call 112 now (999 in the UK).</li>
<li>Over hours, with no other sign: see a doctor today; outside surgery hours, call 116 117 (in the UK: NHS 111).</li>
<li>Start cortisone within 72 hours if your doctor recommends it.</li>
<li>Protect your eye from the first day.</li>
<li>After an injury to the nerve, involve a specialist centre quickly.</li>
</ul>""",
        },
        "sources": [
            "S48.4",
            "S48.1",
            "S17.2",
            "S2.1",
            "S3",
            "S44.3",
            "S12",
            "S1.1",
            "S7.1",
            "S44.1",
            "S29",
            "S23.1",
        ],
        "author": "okafor",
        "reviewer": "weber",
        "last_reviewed": "2026-10-14",
    },
    # ------------------------------------------------------------------
    "weeks-and-months": {
        "title": {
            "de": "Nach Wochen und Monaten",
            "en": "After weeks and months",
        },
        "summary": {
            "de": "Nach etwa 3 Wochen, 3 Monaten, 6 Monaten und einem Jahr lohnt ein genauer Blick. Wann Sie um eine Überweisung in eine Spezialsprechstunde bitten sollten.",
            "en": "About 3 weeks, 3 months, 6 months and 1 year are useful checkpoints. When to ask for a referral to a specialist clinic.",
        },
        "body": {
            "de": """<p>Die meisten Menschen mit einer idiopathischen Fazialisparese erholen sich gut. Bei manchen bleibt die Erholung aber aus oder sie bleibt unvollständig. Damit keine wertvolle Zeit verloren geht, helfen feste Kontrollpunkte. Nutzen Sie diese Termine für ein Gespräch mit Ihrer Ärztin oder Ihrem Arzt.</p>
<h2>Nach etwa 3 Wochen: Kommt Bewegung zurück?</h2>
<p>Die Erholung beginnt meist in den ersten drei Wochen. Das zeigt die große Kopenhagener Untersuchung von Peitersen. Sie beobachtete rund 2500 Menschen mit Gesichtslähmung, die nicht behandelt wurden. Bei 85\u202f% der Menschen mit idiopathischer Fazialisparese begann die Erholung innerhalb von 3 Wochen. Weitere 10\u202f% erholten sich teilweise, aber erst nach 3 bis 6 Monaten.</p>
<p>Ist nach 3 Wochen noch keine Besserung zu sehen, muss der Nerv meist erst nachwachsen. Sichtbare Fortschritte sind dann oft erst nach 4 bis 6 Monaten zu erwarten. Britische Versorgungspfade empfehlen in diesem Fall, an Fachleute für den Gesichtsnerv zu überweisen.</p>
<h2>Nach 3 Monaten: Ist die Erholung vollständig?</h2>
<p>Viele Betroffene sind nach 3 bis 4 Monaten weitgehend erholt. Ist Ihr Gesicht nach 3 Monaten noch nicht wieder ganz beweglich? Dann empfiehlt die amerikanische Leitlinie die Überweisung in eine Spezialsprechstunde.</p>
<p>Um diese Zeit zeigen sich bei manchen Menschen Synkinesien. Das sind unwillkürliche Mitbewegungen. Das Auge schließt sich dann zum Beispiel, wenn Sie lächeln. Sie treten oft zusammen mit den ersten Bewegungen auf, wenn die Erholung länger als etwa 3 Monate dauert. Mehr dazu unter <a href="/de/formen-und-schweregrade/synkinesien/">Synkinesien</a>.</p>
<h2>Ab etwa 5 bis 6 Monaten: Folgen erkennen</h2>
<p>Nach 6 Monaten lässt sich meist abschätzen, wer mit mittleren bis schweren Folgen rechnen muss. Britische Versorgungspfade raten, schon ab etwa 5 Monaten wegen Synkinesien zu überweisen. Dazu nennen sie auch das Schwitzen beim Essen. Das ist allerdings keine Mitbewegung der Gesichtsmuskeln. Wie die Krokodilstränen gehört es zu den anderen Spätfolgen fehlgeleiteter Nervenfasern. Die erste Behandlung ist dann ein gezieltes <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</p>
<p>Eine Elektromyographie (EMG) misst mit einer feinen Nadel die elektrische Aktivität im Muskel. Sie zeigt mindestens 2 Monate früher als der Spiegel, ob Nervenfasern den Muskel wieder erreichen. So hilft sie bei der Planung.</p>
<p>Manche Fachleute raten, eine Operation zu erwägen, wenn sich nach 6 Monaten nichts Wesentliches gebessert hat. Ihr Argument: Die Muskeln sind dann noch erhalten. Das ist eine Expertenmeinung und keine feste Regel. Ob eine Operation sinnvoll ist, klären Untersuchungen im Einzelfall.</p>
<h2>Nach etwa einem Jahr: Was noch zu erwarten ist</h2>
<p>Nach einer Schädigung des Gesichtsnervs ist die Erholung nach etwa einem Jahr weitgehend abgeschlossen. Danach folgen meist nur noch kleine Fortschritte. Für Operationen am Nerv wird die Zeit dann knapp. Mehr dazu unter <a href="/de/warum-der-zeitpunkt-entscheidet/zeitfenster-fuer-operationen/">Zeitfenster für Operationen</a>. Auch später gibt es aber noch Hilfe, etwa durch Training, Botulinumtoxin oder eine Muskelverpflanzung.</p>
<h2>Jederzeit: nicht bis zum nächsten Termin warten</h2>
<p class="notice">Lassen Sie sich umgehend untersuchen, wenn sich etwas verschlechtert oder neue Beschwerden auftreten.</p>
<ul>
<li>Die Lähmung nimmt über Wochen weiter zu.</li>
<li>Die Lähmung kehrt auf derselben Seite zurück.</li>
<li>Neue Ausfälle des Nervensystems kommen hinzu.</li>
<li>Sie tasten einen Knoten an Wange oder Hals.</li>
<li>Das Auge schmerzt, ist gerötet oder lichtempfindlich, oder Sie sehen verschwommen.</li>
</ul>
<h2>So kommen Sie zur Spezialsprechstunde</h2>
<p>Sprechen Sie Ihre Hausärztin oder Ihren Hausarzt an den genannten Punkten direkt auf eine Überweisung an. Bringen Sie Befunde und Arztbriefe mit. Bei uns können Sie über das <a href="/de/termin/">Terminformular</a> einen Termin anfragen.</p>""",
            "en": """<p>Most people with Bell's palsy recover well. In some, though, recovery does not come or remains incomplete. Fixed checkpoints help make sure no valuable time is lost. Use them to talk things through with your doctor.</p>
<h2>After about 3 weeks: is movement coming back?</h2>
<p>Recovery usually begins within the first three weeks. Peitersen's large study in Copenhagen shows this. It followed around 2,500 people with facial palsy who received no treatment. In 85% of those with Bell's palsy, recovery began within 3 weeks. Another 10% recovered partly, but only after 3 to 6 months.</p>
<p>If there is no improvement after 3 weeks, the nerve usually has to regrow first. Visible progress is then often not expected before 4 to 6 months. British care pathways advise referral to a facial nerve specialist at this point.</p>
<h2>After 3 months: is recovery complete?</h2>
<p>Many people have largely recovered after 3 to 4 months. Is your face still not moving fully after 3 months? Then the American guideline advises referral to a specialist clinic.</p>
<p>Around this time, some people develop synkinesis. These are involuntary linked movements. For example, your eye may close when you smile. They often appear together with the first movements if recovery takes longer than about 3 months. You can read more under <a href="/en/forms-and-grading/synkinesis/">Synkinesis</a>.</p>
<h2>From about 5 to 6 months: spotting lasting effects</h2>
<p>By 6 months it is usually possible to tell who will have moderate to severe long-term effects. British care pathways suggest referral for synkinesis from about 5 months. They also name sweating while eating. This is not a movement of the facial muscles, though. Like crocodile tears, it is a late effect of nerve fibres that have grown the wrong way. The first treatment is then targeted <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>.</p>
<p>Electromyography (EMG) uses a fine needle to measure electrical activity in a muscle. It can show at least 2 months before the mirror does whether nerve fibres are reaching the muscle again. This helps with planning.</p>
<p>Some specialists advise considering surgery if there has been no real improvement after 6 months. Their reasoning is that the muscles are still intact at that point. This is expert opinion, not a fixed rule. Whether surgery makes sense depends on tests in your individual case.</p>
<h2>After about a year: what else to expect</h2>
<p>After damage to the facial nerve, recovery is largely complete after about a year. Usually only small gains follow. Time is then running short for operations on the nerve. You can read more under <a href="/en/why-timing-matters/time-windows-for-surgery/">Time windows for surgery</a>. But help is still available later, for example through retraining, botulinum toxin or a muscle transplant.</p>
<h2>At any time: do not wait for your next appointment</h2>
<p class="notice">Get seen promptly if anything gets worse or if new symptoms appear.</p>
<ul>
<li>The weakness keeps increasing over weeks.</li>
<li>The weakness comes back on the same side.</li>
<li>New problems with the nervous system appear.</li>
<li>You can feel a lump in your cheek or neck.</li>
<li>Your eye is painful, red or sensitive to light, or your vision is blurred.</li>
</ul>
<h2>How to reach a specialist clinic</h2>
<p>At the checkpoints above, ask your GP directly for a referral. Bring your test results and doctors' letters. You can ask for an appointment with us using the <a href="/en/appointment/">appointment form</a>.</p>""",
        },
        "sources": [
            "S6.1",
            "S6.3",
            "S11.1",
            "S44.3",
            "S44.4",
            "S1.1",
            "S22.3",
            "S28",
            "S23.4",
            "S53",
            "S54",
        ],
        "author": "weber",
        "reviewer": "okafor",
        "last_reviewed": "2026-10-21",
    },
    # ------------------------------------------------------------------
    "surgical-time-windows": {
        "title": {
            "de": "Zeitfenster für Operationen",
            "en": "Time windows for surgery",
        },
        "summary": {
            "de": "Warum Operationen am Nerv nur für eine begrenzte Zeit möglich sind und welches Verfahren in welcher Phase infrage kommt.",
            "en": "Why operations on the nerve are only possible for a limited time, and which procedure may fit at which stage.",
        },
        "body": {
            "de": """<p>Welche Operation infrage kommt, hängt stark davon ab, wie lange die Lähmung schon besteht. Dahinter steckt die Biologie von Nerv und Muskel. Hier erklären wir, warum es Zeitfenster gibt und welche Eingriffe wann üblich sind.</p>
<h2>Nerven wachsen langsam</h2>
<p>Ein Nerv besteht aus vielen feinen Fasern, den Axonen. Ist ein Nerv durchtrennt oder schwer geschädigt, müssen diese Fasern neu auswachsen. Das geht mit etwa 1 Millimeter pro Tag. Selbst nach einer gelungenen Nervennaht dauert es deshalb Monate, bis sie die Gesichtsmuskeln erreichen.</p>
<h2>Muskeln warten nicht unbegrenzt</h2>
<p>Jeder Muskel ist über kleine Kontaktstellen mit seinem Nerv verbunden. Sie heißen motorische Endplatten. Fehlt die Nervenversorgung lange, bilden sich diese Endplatten zurück. Der Muskel schwindet und vernarbt. Dann kann auch ein neu angeschlossener Nerv ihn nicht mehr bewegen.</p>
<p>Wann dieser Punkt erreicht ist, geben Fachquellen unterschiedlich an. Als Faustregel gilt: Die eigenen Gesichtsmuskeln lassen sich meist innerhalb von etwa 12 bis 18 Monaten wieder an einen Nerv anschließen, spätestens bis etwa 2 Jahre nach Beginn. Für einen Nerventransfer ist die beste Zeit kürzer: die ersten 12 Monate. Im Einzelfall entscheidet die Untersuchung.</p>
<p>Dafür ist die Elektromyographie (EMG) wichtig. Dabei misst eine feine Nadel die elektrische Aktivität im Muskel. Zeigen sich sogenannte Fibrillationen, sind die Endplatten noch erhalten. Das sind winzige Entladungen eines Muskels, dem der Nerv fehlt. Bleibt der Muskel bei einer lange bestehenden Lähmung dagegen elektrisch stumm, kann kein Nerv ihn mehr beleben. Dann braucht es einen neuen Muskel.</p>
<h2>Welches Verfahren wann?</h2>
<p>Die folgenden Angaben sind Richtwerte aus der Fachliteratur. Ihre Behandlung planen wir immer gemeinsam mit Ihnen und für Sie persönlich.</p>
<h3>Sofort: Nervennaht und Nerventransplantat</h3>
<p>Ist der Nerv bei einer Verletzung durchtrennt, wird er am besten sofort genäht, möglichst innerhalb von 72 Stunden. Fehlt ein Stück, überbrückt ein Nerventransplantat die Lücke. Je früher, desto besser. Mehr unter <a href="/de/operative-therapie/nervennaht-und-nerventransplantat/">Nervennaht und Nerventransplantat</a>.</p>
<h3>In den ersten Monaten: Nerventransfer</h3>
<p>Hier wird ein gesunder Nerv umgeleitet, zum Beispiel ein Ast des Kaumuskelnervs. Er versorgt dann die Gesichtsmuskeln. Diese müssen noch lebensfähig sein. Eine Fachübersicht nennt als beste Zeit die ersten 12 Monate. Die Informationsseite eines deutschen Fachzentrums nennt etwa 6 bis 15 Monate nach Beginn. Liegt der Beginn länger zurück, entscheidet eine Messung mit einer feinen Nadel (EMG) im Einzelfall. Mehr unter <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a>.</p>
<h3>So früh wie möglich: Cross-Face-Nerventransplantat</h3>
<p>Ein Nervenstück aus der Wade verbindet den gesunden Gesichtsnerv mit der gelähmten Seite. Die Fasern brauchen etwa 6 bis 12 Monate, um es zu durchwachsen. Bei jüngeren Menschen gelingt das besser. Dient es als erster Schritt für eine Muskelverpflanzung, folgt der zweite Eingriff später. Wann, ist nicht einheitlich: Manche Quellen nennen etwa 6 bis 12 Monate, andere 12 bis 18 Monate. Mehr unter <a href="/de/operative-therapie/cross-face-nerventransplantat/">Cross-Face-Nerventransplantat</a>.</p>
<h3>Bei lange bestehender oder angeborener Lähmung: freie Muskeltransplantation</h3>
<p>Lässt sich der eigene Muskel nicht mehr beleben, kann ein neuer Muskel eingesetzt werden. Meist ist es ein kleines Stück Muskel von der Innenseite des Oberschenkels. Das kommt infrage, wenn die Lähmung länger als 12 bis 24 Monate besteht oder angeboren ist. Eine obere Zeitgrenze gibt es nicht. Mehr unter <a href="/de/operative-therapie/freie-muskeltransplantation/">Freie Muskeltransplantation</a>.</p>
<h3>Meist nach etwa 18 Monaten: Verlängerungs-Temporalismyoplastik</h3>
<p>Dabei wird der Schläfenmuskel, ein Kaumuskel, an den Mundwinkel verlagert. Das geschieht in einer einzigen Operation. Üblich ist sie, wenn die Lähmung etwa 18 Monate besteht und ihre Folgen feststehen. Mehr unter <a href="/de/operative-therapie/temporalis-verlaengerungsmyoplastik/">Verlängerungs-Temporalismyoplastik</a>.</p>
<h3>Jederzeit: statische Verfahren und Lidgewicht</h3>
<p>Eine Zügelplastik hebt den Mundwinkel mit einem Streifen Bindegewebe an. Ein kleines Gewicht im Oberlid hilft beim Lidschluss. Eine Brauenanhebung hebt die abgesunkene Braue. Diese Eingriffe sind jederzeit möglich. Manche Zentren setzen ein Lidgewicht schon früh ein. Mehr unter <a href="/de/operative-therapie/statische-verfahren-und-zuegelplastik/">Statische Verfahren</a> und <a href="/de/operative-therapie/lid-und-augenoperationen/">Lid- und Augenoperationen</a>.</p>
<h3>Wenn die Erholung abgeschlossen ist: Behandlung von Synkinesien</h3>
<p>Synkinesien sind unwillkürliche Mitbewegungen. Sie werden behandelt, wenn sich die Erholung nicht mehr verändert. Das kann Monate bis Jahre dauern. Zuerst kommen Training und Botulinumtoxin, erst danach eine Operation. Mehr unter <a href="/de/operative-therapie/behandlung-von-synkinesien/">Behandlung von Synkinesien</a>.</p>
<h2>Was das für Sie bedeutet</h2>
<p class="notice">Erholt sich Ihr Gesicht nach einigen Monaten nicht deutlich, lassen Sie sich früh in einer Spezialsprechstunde vorstellen. Dann ist die Auswahl an Möglichkeiten am größten.</p>""",
            "en": """<p>Which operation is possible depends greatly on how long the palsy has lasted. The reason lies in the biology of nerve and muscle. Here we explain why there are time windows and which procedures are usual at which stage.</p>
<h2>Nerves grow slowly</h2>
<p>A nerve is made up of many fine fibres called axons. If a nerve is cut or badly damaged, these fibres have to grow out again. They grow by about 1 millimetre a day. So even after a successful nerve repair, it takes months before they reach the facial muscles.</p>
<h2>Muscles cannot wait for ever</h2>
<p>Each muscle is linked to its nerve by tiny contact points called motor end-plates. If the nerve supply is missing for a long time, these end-plates break down. The muscle wastes away and turns into scar tissue. After that, even a newly connected nerve cannot make it move.</p>
<p>Sources differ on when this point is reached. As a rule of thumb, your own facial muscles can usually be given a new nerve supply for roughly 12 to 18 months. The outer limit is around 2 years after onset. For a nerve transfer, the best time is shorter: the first 12 months. Tests in your individual case decide.</p>
<p>Electromyography (EMG) is important here. A fine needle measures the electrical activity in the muscle. Small signals called fibrillations show that the end-plates are still intact. They are tiny discharges from a muscle that has lost its nerve. If the muscle stays electrically silent in a long-standing palsy, no nerve can bring it back. A new muscle is then needed.</p>
<h2>Which procedure when?</h2>
<p>The following times are guide values from the medical literature. We always plan your treatment together with you, for you as an individual.</p>
<h3>Straight away: nerve repair and nerve grafts</h3>
<p>If an injury has cut the nerve, it is best repaired immediately, ideally within 72 hours. If a piece is missing, a nerve graft bridges the gap. The earlier, the better. Read more under <a href="/en/surgery/nerve-repair-and-grafts/">Nerve repair and grafts</a>.</p>
<h3>In the first months: nerve transfer</h3>
<p>Here a healthy nerve is redirected, for example a branch of the nerve to a chewing muscle. It then supplies the facial muscles. These muscles must still be alive. One review names the first 12 months as the best time. The information website of a German specialist centre gives about 6 to 15 months after onset. If the palsy began longer ago, a test with a fine needle (EMG) decides in your individual case. Read more under <a href="/en/surgery/nerve-transfers/">Nerve transfers</a>.</p>
<h3>As early as possible: cross-face nerve graft</h3>
<p>A piece of nerve taken from the calf connects the nerve on the healthy side of the face with the paralysed side. The fibres need about 6 to 12 months to grow through it. This works better in younger people. If it is the first step towards a muscle transplant, the second operation follows later. There is no agreed timing: some sources give about 6 to 12 months, others 12 to 18 months. Read more under <a href="/en/surgery/cross-face-nerve-graft/">Cross-face nerve graft</a>.</p>
<h3>For long-standing or congenital palsy: free muscle transfer</h3>
<p>If your own muscle can no longer be revived, a new muscle can be brought in. This is usually a small piece of muscle from the inner thigh. It is an option if the palsy has lasted longer than 12 to 24 months or is present from birth. There is no upper time limit. Read more under <a href="/en/surgery/free-functional-muscle-transfer/">Free functional muscle transfer</a>.</p>
<h3>Usually after about 18 months: lengthening temporalis myoplasty</h3>
<p>In this operation, the temple muscle, a chewing muscle, is moved to the corner of the mouth. It is done in a single operation. It is usually carried out once the palsy has lasted about 18 months and its effects are settled. Read more under <a href="/en/surgery/lengthening-temporalis-myoplasty/">Lengthening temporalis myoplasty</a>.</p>
<h3>At any time: static procedures and eyelid weights</h3>
<p>A sling lifts the corner of the mouth with a strip of connective tissue. A small weight in the upper eyelid helps the eye to close. A brow lift raises a drooping eyebrow. These procedures are possible at any time. Some centres fit an eyelid weight early on. Read more under <a href="/en/surgery/static-procedures-and-slings/">Static procedures</a> and <a href="/en/surgery/eyelid-and-eye-procedures/">Eyelid and eye procedures</a>.</p>
<h3>Once recovery has settled: treating synkinesis</h3>
<p>Synkinesis means involuntary linked movements. It is treated once recovery has stopped changing. That can take months or years. Retraining and botulinum toxin come first, and only then surgery. Read more under <a href="/en/surgery/treating-synkinesis/">Treating synkinesis</a>.</p>
<h2>What this means for you</h2>
<p class="notice">If your face has not clearly recovered after a few months, ask to be seen early at a specialist clinic. That is when the range of options is widest.</p>""",
        },
        "sources": [
            "S29",
            "S24.1",
            "S23.2",
            "S30.1",
            "S31.1",
            "S34.1",
            "S30.2",
            "S36.1",
            "S37.1",
            "S38.1",
            "S39.3",
            "S28",
            "S40.1",
        ],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-21",
    },
    # ------------------------------------------------------------------
    "non-operative": {
        "title": {
            "de": "Konservative Therapie",
            "en": "Non-operative therapy",
        },
        "summary": {
            "de": "Behandlung ohne Operation: Kortison und Virostatika, Fazialistraining und Botulinumtoxin – was sie leisten können und wann sie sinnvoll sind.",
            "en": "Treatment without surgery: cortisone and antivirals, facial retraining and botulinum toxin – what they can do and when they make sense.",
        },
        "body": {
            "de": """<p>Konservativ heißt: ohne Operation. Für viele Menschen mit Fazialisparese sind diese Behandlungen der wichtigste Teil der Therapie. Welche davon passt, hängt vor allem von der Phase der Lähmung ab.</p>
<h2>In den ersten Tagen: Medikamente</h2>
<p>Bei der idiopathischen Fazialisparese – einer Lähmung ohne erkennbare Ursache – verbessert Kortison die Heilungschancen. Voraussetzung ist, dass die Behandlung innerhalb von 72 Stunden beginnt. Mittel gegen Viren, sogenannte Virostatika, kommen nur zusätzlich infrage. Bei einer Gürtelrose am Ohr sind sie dagegen unverzichtbar.</p>
<h2>Während der Erholung und danach: Training und Botulinumtoxin</h2>
<p>Kehren Muskelspannung und erste Bewegungen zurück, kann ein gezieltes Fazialistraining helfen. Es kann Kontrolle und Symmetrie verbessern. Bei Synkinesien – unwillkürlichen Mitbewegungen – ist es die erste Behandlung. Botulinumtoxin kann überaktive Muskeln für mehrere Monate abschwächen. Das ist auf der gelähmten und auf der gesunden Seite möglich.</p>
<h2>Immer dazu: Augenschutz und seelische Unterstützung</h2>
<p>Schließt das Lid nicht vollständig, braucht das Auge täglich Schutz. Mehr dazu lesen Sie im Bereich <a href="/de/das-auge-schuetzen/">Das Auge schützen</a>. Eine Gesichtslähmung kann auch seelisch sehr belasten. Psychologische Unterstützung kann von Anfang an sinnvoll sein. Mehr dazu unter <a href="/de/leben-mit-fazialisparese/seelische-gesundheit/">Seelische Gesundheit</a>.</p>
<h2>Was nicht nachweislich hilft</h2>
<p>Für Akupunktur ist ein Nutzen nach der deutschen Leitlinie nicht belegt. Eine Sauerstoffbehandlung in einer Überdruckkammer empfahl die Leitlinie in ihrer Fassung von 2017 nicht.</p>
<h2>Wo konservative Therapie an Grenzen stößt</h2>
<p>Keine dieser Behandlungen kann einen Nerv ersetzen, der dauerhaft ausgefallen ist. Dann können Operationen helfen. Wie lange dafür Zeit bleibt, lesen Sie unter <a href="/de/warum-der-zeitpunkt-entscheidet/">Warum der Zeitpunkt entscheidet</a>.</p>""",
            "en": """<p>Non-operative means without surgery. For many people with facial palsy, these treatments are the most important part of their care. Which of them suits you depends mainly on the stage of your palsy.</p>
<h2>In the first days: medicines</h2>
<p>In Bell's palsy – a facial palsy with no identifiable cause – cortisone improves the chances of recovery. It needs to be started within 72 hours. Medicines against viruses, called antivirals, are only an add-on. With shingles of the ear, however, they are essential.</p>
<h2>During recovery and after: retraining and botulinum toxin</h2>
<p>Once muscle tone and the first movements return, targeted facial retraining can help. It can improve control and symmetry. For synkinesis – involuntary linked movements – it is the first treatment. Botulinum toxin can weaken overactive muscles for several months. This can be done on the paralysed side and on the healthy side.</p>
<h2>Alongside everything: eye care and emotional support</h2>
<p>If your eyelid does not close fully, your eye needs protecting every day. You can read more in the section <a href="/en/protecting-the-eye/">Protecting the eye</a>. Facial palsy can also be very hard emotionally. Psychological support can help right from the start. You can read more under <a href="/en/living-with-facial-palsy/emotional-wellbeing/">Emotional wellbeing</a>.</p>
<h2>What has not been shown to help</h2>
<p>According to the German guideline, acupuncture has not been shown to help. The 2017 version of that guideline did not recommend oxygen treatment in a pressure chamber.</p>
<h2>Where non-operative treatment reaches its limits</h2>
<p>None of these treatments can replace a nerve that has failed for good. Surgery can then help. You can find out how much time there is for this under <a href="/en/why-timing-matters/">Why timing matters</a>.</p>""",
        },
        "sources": ["S1.1", "S7.1", "S8", "S2.1", "S2.2", "S3", "S28", "S41.1", "S46.1"],
        "author": "weber",
        "reviewer": "okafor",
        "last_reviewed": "2026-09-30",
    },
    # ------------------------------------------------------------------
    "cortisone-antivirals": {
        "title": {
            "de": "Kortison und Virostatika",
            "en": "Cortisone (steroids) and antivirals",
        },
        "summary": {
            "de": "Kortison verbessert bei der idiopathischen Fazialisparese die Heilungschancen, wenn es innerhalb von 72 Stunden beginnt. Wann Virostatika dazukommen.",
            "en": "Started within 72 hours, cortisone (a steroid) improves the chances of recovery from Bell's palsy. When antivirals are added, and which tests are done.",
        },
        "body": {
            "de": """<p>Bei der idiopathischen Fazialisparese ist keine Ursache erkennbar. Sie wird auch Bell-Parese genannt. Für diese häufigste Form der Gesichtslähmung gibt es eine gut untersuchte Behandlung mit Tabletten: Kortison. Hier lesen Sie, was es bewirkt, wie gut es hilft und wann Mittel gegen Viren dazukommen.</p>
<h2>Was Kortison bewirkt</h2>
<p>Kortison heißt in der Fachsprache Glukokortikoid, ein Beispiel ist Prednisolon. Es hemmt Entzündungen und Schwellungen. Fachleute vermuten, dass bei der idiopathischen Fazialisparese ein ruhendes Herpesvirus wieder aktiv wird. Der Nerv schwillt dann in seinem engen Knochenkanal im Felsenbein hinter dem Ohr an. Kortison soll diese Schwellung bremsen und so den Nerv schützen.</p>
<h2>Warum die 72 Stunden so wichtig sind</h2>
<p class="notice">Kortison sollte innerhalb von 72 Stunden nach Beginn der Lähmung starten. Hat sich die Lähmung über Stunden entwickelt, ohne weitere Zeichen? Dann gehen Sie noch heute zur Ärztin oder zum Arzt, außerhalb der Sprechzeiten zum Bereitschaftsdienst (<a href="tel:116117">116 117</a>). Kam sie innerhalb von Minuten oder mit weiteren Zeichen, etwa einem schwachen Arm? Dann rufen Sie sofort den <a href="tel:112">Notruf 112</a> an.</p>
<p>Die Studien, die den Nutzen zeigen, haben nur Menschen aufgenommen, die in dieser Frist behandelt wurden. Für einen späteren Beginn fehlt dieser Nachweis. Die amerikanische Leitlinie spricht für Menschen ab 16 Jahren eine starke Empfehlung aus. Meist nehmen Sie die Tabletten über etwa zehn Tage. Die Dosis legt Ihre Ärztin oder Ihr Arzt fest. In der Schwangerschaft gelten nach der deutschen Leitlinie dieselben Grundsätze, aber mit besonderer Vorsicht. Für Kinder lesen Sie bitte den Bereich <a href="/de/kinder/">Kinder</a>.</p>
<h2>Worauf Sie bei der Einnahme achten sollten</h2>
<ul>
<li>Nehmen Sie die Tabletten genau wie verordnet ein, bis zum Ende der Behandlung. Setzen Sie sie nicht auf eigene Faust früher ab, auch wenn es Ihnen schon besser geht.</li>
<li>Haben Sie Diabetes? Dann wird Ihr Blutzucker während der Einnahme häufiger kontrolliert.</li>
<li>Sagen Sie Ihrer Ärztin oder Ihrem Arzt vorher, wenn Sie schwanger sind, ein Magengeschwür haben oder gerade eine Infektion haben.</li>
</ul>
<h2>Was die Studien zeigen</h2>
<p>Eine große Studie aus Schottland mit 551 Teilnehmenden verglich Behandlungen mit und ohne Kortison. Nach 3 Monaten hatten sich 83,0\u202f% der Menschen mit Kortison erholt. Ohne Kortison waren es 63,6\u202f%.</p>
<p>Die Cochrane Collaboration wertet Studien unabhängig und systematisch aus. Im Jahr 2016 fasste sie sieben Studien mit insgesamt 895 Menschen zusammen. Ohne Kortison blieb bei 28,1\u202f% nach mindestens 6 Monaten eine Restlähmung. Mit Kortison waren es 17,7\u202f%. Anders gesagt: Von zehn Menschen, die Kortison nehmen, erholt sich im Durchschnitt einer mehr vollständig, als es ohne Kortison der Fall wäre. Bei den anderen neun ändert Kortison an diesem Ergebnis nichts. Auch Synkinesien – unwillkürliche Mitbewegungen – und Krokodilstränen traten seltener auf. Krokodilstränen sind Tränen beim Essen. Nebenwirkungen waren mit Kortison nicht häufiger. Die Aussagekraft dieser Ergebnisse gilt als hoch.</p>
<h2>Virostatika: nur zusätzlich</h2>
<p>Virostatika sind Mittel gegen Viren, etwa Aciclovir oder Valaciclovir. Bei der idiopathischen Fazialisparese sollten sie nie allein gegeben werden. In der schottischen Studie brachte Aciclovir keinen zusätzlichen Nutzen. Zusammen mit Kortison helfen sie nach der deutschen Leitlinie höchstens ein wenig mehr, vielleicht bei schweren Lähmungen. Die Leitlinie nennt sie deshalb bei schweren Formen als Möglichkeit.</p>
<p>Anders ist es bei einer Gürtelrose am Ohr. Fachleute sprechen von Zoster oticus oder Ramsay-Hunt-Syndrom. Hinweise sind Bläschen am Ohr oder im Mund und Ohrenschmerzen. Manchmal kommen Hörminderung, Ohrgeräusche oder Schwindel hinzu. Dann gehören Virostatika fest zur Behandlung. Mehr dazu unter <a href="/de/ursachen/infektionen/">Infektionen</a>.</p>
<h2>Welche Untersuchungen nötig sind: Deutschland und USA</h2>
<p>Lesen Sie auch englischsprachige Informationen? Dann stoßen Sie vielleicht auf einen Unterschied. Die amerikanische Leitlinie rät bei einer typischen idiopathischen Fazialisparese von routinemäßigen Blutuntersuchungen und Schichtaufnahmen des Kopfes ab.</p>
<p>In Deutschland empfiehlt die Leitlinie dagegen immer einen Bluttest auf Borrelien. Borrelien sind Bakterien, die Zecken übertragen. Bei Erwachsenen wird außerdem eine Untersuchung des Nervenwassers empfohlen. Bei Kindern ist sie fester Bestandteil der Abklärung. Dafür wird mit einer feinen Nadel im unteren Rücken etwas Nervenwasser entnommen. Das nennt man Lumbalpunktion. Eine Borreliose wird mit Antibiotika behandelt.</p>""",
            "en": """<p>In Bell's palsy, also called idiopathic facial palsy, no cause can be found. For this most common form of facial palsy there is a well-studied treatment with tablets: cortisone (a steroid). Here you can read what it does, how well it works and when medicines against viruses are added.</p>
<h2>What cortisone does</h2>
<p>Cortisone is a steroid medicine. Doctors call it a corticosteroid; one example is prednisolone. It reduces inflammation and swelling. Experts think that in Bell's palsy a dormant herpes virus becomes active again. The nerve then swells inside its narrow bony canal in the temporal bone behind the ear. Cortisone is meant to curb this swelling and so protect the nerve.</p>
<h2>Why the 72 hours matter</h2>
<p class="notice">Cortisone should be started within 72 hours of the palsy beginning. Did the palsy develop over hours, with no other sign? Then please see a doctor today. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a> (in the UK: <a href="tel:111">NHS 111</a>). Did it come on within minutes or with other signs, such as a weak arm? Then <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK).</p>
<p>The trials that show the benefit only included people treated within this time. There is no such proof for a later start. The American guideline makes a strong recommendation for people aged 16 and over. Usually you take the tablets for about ten days. Your doctor decides on the dose. In pregnancy, the German guideline applies the same principles, but with particular caution. For children, please see the section <a href="/en/children/">Children</a>.</p>
<h2>Taking cortisone safely</h2>
<ul>
<li>Take the tablets as prescribed, right to the end of the course. Do not stop early on your own, even if you already feel better.</li>
<li>Do you have diabetes? Then your blood sugar will be checked more often while you take cortisone.</li>
<li>Tell your doctor beforehand if you are pregnant, have a stomach ulcer or have an infection at the moment.</li>
</ul>
<h2>What the studies show</h2>
<p>A large trial from Scotland with 551 participants compared treatment with and without cortisone. After 3 months, 83.0% of those who took cortisone had recovered. Without cortisone, the figure was 63.6%.</p>
<p>The Cochrane Collaboration reviews research independently and systematically. In 2016 it pooled seven trials with 895 people in total. Without cortisone, 28.1% still had some weakness after at least 6 months. With cortisone, the figure was 17.7%. Put another way: for every ten people who take cortisone, on average one more recovers fully than would have done without it. For the other nine, cortisone makes no difference to this result. Synkinesis – involuntary linked movements – and crocodile tears were also less common. Crocodile tears are tears that flow while eating. Side effects were no more frequent with cortisone. The reviewers rated the certainty of these results as high.</p>
<h2>Antivirals: only as an add-on</h2>
<p>Antivirals are medicines against viruses, such as aciclovir or valaciclovir. In Bell's palsy they should never be given on their own. In the Scottish trial, aciclovir brought no extra benefit. According to the German guideline, adding them to cortisone helps a little at most, perhaps in severe palsy. So it treats them as an option in severe cases.</p>
<p>Shingles of the ear is different. Doctors call it herpes zoster oticus or Ramsay Hunt syndrome. Signs include blisters on the ear or in the mouth and ear pain. Sometimes hearing loss, ringing in the ears or dizziness occur as well. In this case, antivirals are a firm part of treatment. You can read more under <a href="/en/causes/infections/">Infections</a>.</p>
<h2>Which tests are needed: Germany and the US</h2>
<p>If you also read information from the US, you may notice a difference. The American guideline advises against routine blood tests and scans for typical Bell's palsy.</p>
<p>In Germany, by contrast, the guideline always recommends a blood test for Borrelia. Borrelia are bacteria passed on by ticks. In adults, a test of the fluid around the brain and spinal cord is also recommended. In children it is a standard part of the work-up. A fine needle is used to take a little of this fluid from the lower back. This is called a lumbar puncture. Lyme disease caused by Borrelia is treated with antibiotics.</p>""",
        },
        "sources": ["S5", "S1.1", "S7.1", "S8", "S2.1", "S3", "S12", "S4", "S58.2"],
        "author": "okafor",
        "reviewer": "weber",
        "last_reviewed": "2026-09-30",
    },
    # ------------------------------------------------------------------
    "facial-retraining": {
        "title": {
            "de": "Fazialistraining",
            "en": "Facial retraining",
        },
        "summary": {
            "de": "Gezieltes Training für die Gesichtsmuskeln: was es leisten kann und was nicht, wann Sie beginnen sollten und welche Übungen eher schaden.",
            "en": "Targeted training for the facial muscles: what it can and cannot do, when to start, and which exercises may do more harm than good.",
        },
        "body": {
            "de": """<p>Fazialistraining ist eine Übungsbehandlung für die Gesichtsmuskeln. Man spricht auch von mimischer Übungsbehandlung oder neuromuskulärem Training. Es wird für Sie persönlich zusammengestellt. Angeleitet wird das Training von speziell geschulten Fachleuten aus Physiotherapie, Ergotherapie oder Logopädie.</p>
<h2>So funktioniert das Training</h2>
<ul>
<li>Sie üben kleine, langsame Bewegungen. Beide Gesichtshälften sollen dabei möglichst gleich arbeiten.</li>
<li>Sie setzen nur wenig Kraft ein, etwa 2 bis 3 auf einer Skala bis 10.</li>
<li>Verspannte Muskeln werden durch Entspannung und Massage gelockert.</li>
<li>Ein Spiegel oder ein Biofeedback-Gerät hilft, unerwünschte Mitbewegungen zu erkennen und zu unterdrücken. Beim Biofeedback macht ein Messgerät die Muskelaktivität sichtbar.</li>
</ul>
<p>Beim Spiegel gehen die Meinungen auseinander. Manche Therapeutinnen und Therapeuten setzen ihn gezielt ein. Andere raten, die Bewegung eher zu spüren als zu beobachten.</p>
<h2>Was das Training leisten kann</h2>
<ul>
<li>Es kann die Symmetrie, die Kontrolle über die Mimik und die Lebensqualität verbessern.</li>
<li>Es kann Synkinesien verringern und besser beherrschbar machen. Synkinesien sind unwillkürliche Mitbewegungen. Zum Beispiel schließt sich das Auge, wenn Sie lächeln. Eine internationale Expertengruppe empfiehlt das Training hier als erste Behandlung.</li>
<li>Es unterstützt nach Operationen. Nach einer Verlagerung des Schläfenmuskels üben Patientinnen und Patienten etwa 6 Monate lang, mit dem Muskel zu lächeln.</li>
</ul>
<h2>Was das Training nicht kann</h2>
<p>Training lässt keinen Nerv nachwachsen. Ein Muskel ohne Nervenversorgung kann auch durch Üben nicht arbeiten. Stellen Sie sich eine Lampe vor, deren Stecker nicht in der Steckdose steckt. Sie können den Schalter drücken, so oft Sie wollen, das Licht bleibt aus. Solange sich ein Muskel noch gar nicht bewegt, bringt kräftiges Üben deshalb nichts und kann sogar schaden.</p>
<h2>Wann Sie beginnen sollten</h2>
<p>Mit aktiven Übungen beginnen Sie, wenn Muskelspannung oder erste Bewegungen zurückkehren. Bis dahin steht der Schutz des Auges im Vordergrund. Mehr dazu unter <a href="/de/das-auge-schuetzen/augenpflege-im-alltag/">Augenpflege im Alltag</a>. Eine Beratung durch Ihre Therapeutin oder Ihren Therapeuten ist aber schon früher möglich.</p>
<h2>Was Sie vermeiden sollten</h2>
<p class="notice">Vermeiden Sie kräftiges Grimassieren wie beim Krafttraining. Auch Kaugummikauen und Übungen, bei denen Sie an Gesicht oder Mund ziehen, können Massenbewegungen fördern.</p>
<p>Bei Massenbewegungen spannen sich viele Gesichtsmuskeln gleichzeitig an, obwohl Sie nur einen bewegen wollen.</p>
<h2>Und die Elektrostimulation?</h2>
<p>Manche Menschen fragen nach einer Behandlung mit Reizstrom. Die Studienlage dazu ist uneinheitlich. Mehrere Fachleute raten ab. Sie befürchten, dass Reizstrom Synkinesien fördern könnte. Das ist eine Expertenmeinung und nicht sicher belegt. Sprechen Sie mit Ihrem Behandlungsteam, bevor Sie Reizstrom anwenden.</p>
<h2>Wie gut ist die Wirkung belegt?</h2>
<p>Die Studienlage ist besser geworden, aber noch nicht ganz eindeutig. Eine Übersichtsarbeit von 2008 mit vier Studien fand noch keine starken Belege. Eine Auswertung von 2011 zeigte, dass die Übungen die Funktion verbesserten. Eine neuere Übersicht von 2022 schloss sieben weitere randomisierte Studien ein. Dabei werden die Teilnehmenden per Zufall den Gruppen zugeteilt. Alle vier Studien von hoher Qualität berichteten über einen Nutzen.</p>
<p>Die deutsche Leitlinie hielt den Nutzen 2017 noch nicht für ausreichend belegt. Sie sah es aber als vertretbar an, das Training aus psychologischen Gründen anzubieten.</p>""",
            "en": """<p>Facial retraining is an exercise therapy for the muscles of the face. It is also called facial neuromuscular retraining. Your programme is tailored to you. It should be guided by specially trained physiotherapists, occupational therapists or speech and language therapists.</p>
<h2>How the training works</h2>
<ul>
<li>You practise small, slow movements. Both sides of the face should work as evenly as possible.</li>
<li>You use very little effort, about 2 to 3 on a scale up to 10.</li>
<li>Tight muscles are loosened with relaxation and massage.</li>
<li>A mirror or a biofeedback device helps you notice and suppress unwanted linked movements. In biofeedback, a measuring device makes muscle activity visible.</li>
</ul>
<p>Opinions differ on the mirror. Some therapists use it on purpose. Others advise you to feel the movement rather than watch it.</p>
<h2>What retraining can do</h2>
<ul>
<li>It can improve symmetry, control of facial expression and quality of life.</li>
<li>It can reduce synkinesis and make it easier to control. Synkinesis means involuntary linked movements. For example, your eye closes when you smile. An international expert group recommends retraining as the first treatment for this.</li>
<li>It supports recovery after surgery. After the temple muscle has been moved, patients practise for about 6 months to smile with it.</li>
</ul>
<h2>What retraining cannot do</h2>
<p>Training cannot make a nerve grow back. A muscle without a nerve supply cannot work, however much you practise. Think of a lamp that is not plugged in. You can press the switch as often as you like, but the light stays off. Forceful exercise while there is no movement at all is therefore pointless and may even do harm.</p>
<h2>When to start</h2>
<p>Start active exercises when muscle tone or the first movements return. Until then, protecting your eye comes first. You can read more under <a href="/en/protecting-the-eye/everyday-eye-care/">Everyday eye care</a>. You can still get advice from your therapist earlier on.</p>
<h2>What to avoid</h2>
<p class="notice">Avoid strong, forceful grimacing, as you might do in a gym workout. Chewing gum and exercises that pull on the face or mouth can also encourage mass movement.</p>
<p>In mass movement, many facial muscles tighten at once, even though you only want to move one.</p>
<h2>What about electrical stimulation?</h2>
<p>Some people ask about treatment with electrical currents. The evidence on this is mixed. Several experts advise against it. They are concerned that it might encourage synkinesis. This is expert opinion and has not been firmly proven. Talk to your care team before using electrical stimulation.</p>
<h2>How good is the evidence?</h2>
<p>The evidence has improved, but it is not yet fully clear. A 2008 review of four trials did not yet find strong evidence. A 2011 analysis showed that the exercises improved function. A newer review from 2022 added seven further randomised trials. In such trials, participants are assigned to groups by chance. All four high-quality trials reported a benefit.</p>
<p>In 2017, the German guideline did not yet consider the benefit sufficiently proven. It did, however, find it reasonable to offer training for psychological reasons.</p>""",
        },
        "sources": [
            "S26.1",
            "S26.2",
            "S43.5",
            "S28",
            "S37.1",
            "S43.7",
            "S22.3",
            "S43.3",
            "S43.4",
            "S43.1",
            "S2.2",
        ],
        "author": "berg",
        "reviewer": "weber",
        "last_reviewed": "2026-11-04",
    },
    # ------------------------------------------------------------------
    "botulinum-toxin": {
        "title": {
            "de": "Botulinumtoxin",
            "en": "Botulinum toxin",
        },
        "summary": {
            "de": "Botulinumtoxin schwächt überaktive Muskeln für mehrere Monate ab. Wie es wirkt, wobei es hilft und welche Nebenwirkungen möglich sind.",
            "en": "Botulinum toxin weakens overactive muscles for several months. How it works, what it can help with and which side effects are possible.",
        },
        "body": {
            "de": """<p>Viele kennen Botulinumtoxin als „Botox“ aus der Schönheitsmedizin. Bei einer Fazialisparese hat es andere Aufgaben. Es kann überaktive Muskeln beruhigen. Dadurch kann das Gesicht ausgeglichener wirken. Hier erfahren Sie, wie es wirkt und was Sie erwarten können.</p>
<h2>Wie Botulinumtoxin wirkt</h2>
<p>Nerven geben ihre Befehle über einen Botenstoff an die Muskeln weiter. Dieser Botenstoff heißt Acetylcholin. Botulinumtoxin blockiert seine Freisetzung. Der Muskel wird dadurch vorübergehend schwächer. Das Mittel wird mit einer feinen Nadel gezielt in einzelne Muskeln gespritzt.</p>
<h2>Wobei es helfen kann</h2>
<h3>Synkinesien auf der gelähmten Seite</h3>
<p>Nach einer Fazialisparese wachsen Nervenfasern manchmal in die falschen Muskeln. Dann entstehen Synkinesien – unwillkürliche Mitbewegungen. Das Auge wird zum Beispiel beim Lächeln schmaler. Am Kinn bilden sich Grübchen, oder am Hals treten Stränge hervor. Botulinumtoxin kann diese Mitbewegungen abschwächen.</p>
<h3>Die gesunde Seite</h3>
<p>Manchmal arbeitet die gesunde Gesichtshälfte übermäßig stark. Eine gezielte Behandlung dort kann beide Seiten einander angleichen.</p>
<h3>Krokodilstränen</h3>
<p>Manche Menschen haben nach einer Fazialisparese Tränen beim Essen. Man nennt das Krokodilstränen. Dann wird Botulinumtoxin in die Tränendrüse gespritzt. Diese Behandlung lässt sich etwa alle 6 Monate wiederholen.</p>
<h3>Schutz für das Auge</h3>
<p>Botulinumtoxin kann auch in den Muskel gespritzt werden, der das Oberlid hebt. Das Lid sinkt dann für eine Zeit herab und schützt das Auge besser. Mehr dazu unter <a href="/de/das-auge-schuetzen/warnzeichen-am-auge/">Warnzeichen am Auge</a>.</p>
<h2>Wann Botulinumtoxin infrage kommt</h2>
<p>Gegen Synkinesien wird Botulinumtoxin meist eingesetzt, wenn sich die Erholung des Nervs nicht mehr wesentlich verändert. Das ist oft erst Monate bis Jahre nach Beginn der Lähmung der Fall. Als Erstes wird in der Regel ein Fazialistraining empfohlen. Botulinumtoxin ist dann der nächste Schritt.</p>
<h2>Was Botulinumtoxin nicht kann</h2>
<p>Botulinumtoxin schwächt Muskeln nur ab. Einen gelähmten Muskel bringt es nicht wieder in Bewegung. Ist eine Seite schlaff gelähmt, kann eine Behandlung der gesunden Seite das Gleichgewicht verbessern. Bewegung auf der gelähmten Seite entsteht dadurch aber nicht. Dafür kommen Operationen infrage. Auch Synkinesien heilt Botulinumtoxin nicht dauerhaft.</p>
<h2>Wie lange die Wirkung anhält</h2>
<p>Die Wirkung hält mehrere Monate an und lässt dann nach. Danach kann die Behandlung wiederholt werden. Wie lange sie anhält, ist von Mensch zu Mensch verschieden.</p>
<h2>Mögliche Nebenwirkungen</h2>
<p>Möglich sind kleine Blutergüsse an der Einstichstelle. Die Braue oder das Lid kann vorübergehend hängen. Manchmal wird ein Muskel stärker geschwächt als gewünscht. Diese Nebenwirkungen sind meist leicht und gehen von selbst vorüber.</p>
<h2>Ein Test vor einer Operation</h2>
<p>Bei Synkinesien kann eine Operation infrage kommen. Dabei werden kleine Nervenäste gezielt durchtrennt. Das heißt selektive Neurektomie. Oder es werden Teile eines Muskels entfernt, die sogenannte Myektomie. Botulinumtoxin kann vorher zeigen, ob ein solcher Eingriff helfen würde. Mehr dazu unter <a href="/de/operative-therapie/behandlung-von-synkinesien/">Behandlung von Synkinesien</a>.</p>
<h2>Wie gut ist die Wirkung belegt?</h2>
<p>Botulinumtoxin wird bei Synkinesien breit eingesetzt. Eine internationale Expertengruppe empfiehlt es als zweiten Schritt nach dem <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>. Gut kontrollierte Studien mit Zufallszuteilung gibt es bisher aber nur wenige.</p>""",
            "en": """<p>Many people know botulinum toxin as "Botox" from cosmetic medicine. In facial palsy it has other jobs. It can calm overactive muscles. This can make the face look more balanced. Here you can find out how it works and what to expect.</p>
<h2>How botulinum toxin works</h2>
<p>Nerves pass their commands to the muscles using a chemical messenger. This messenger is called acetylcholine. Botulinum toxin blocks its release. As a result, the muscle becomes weaker for a while. The medicine is injected into selected muscles with a fine needle.</p>
<h2>What it can help with</h2>
<h3>Synkinesis on the affected side</h3>
<p>After facial palsy, nerve fibres sometimes grow into the wrong muscles. This causes synkinesis – involuntary linked movements. For example, the eye narrows when you smile. Dimples form on the chin, or bands stand out on the neck. Botulinum toxin can reduce these linked movements.</p>
<h3>The healthy side</h3>
<p>Sometimes the healthy side of the face works too hard. Targeted treatment there can bring the two sides closer together.</p>
<h3>Crocodile tears</h3>
<p>Some people shed tears while eating after facial palsy. This is known as crocodile tears. Botulinum toxin is then injected into the tear gland. This treatment can be repeated about every 6 months.</p>
<h3>Protecting the eye</h3>
<p>Botulinum toxin can also be injected into the muscle that lifts the upper eyelid. The lid then drops for a while and covers the eye better. You can read more under <a href="/en/protecting-the-eye/eye-warning-signs/">Eye warning signs</a>.</p>
<h2>When botulinum toxin is an option</h2>
<p>For synkinesis, botulinum toxin is usually used once the nerve's recovery has stopped changing much. This is often months or years after the palsy began. Facial retraining is usually recommended first. Botulinum toxin is then the next step.</p>
<h2>What botulinum toxin cannot do</h2>
<p>Botulinum toxin only weakens muscles. It cannot make a paralysed muscle move again. If one side is flaccid, treating the healthy side can improve the balance. But it will not bring back movement on the paralysed side. For that, surgical options exist. Nor does botulinum toxin cure synkinesis for good.</p>
<h2>How long the effect lasts</h2>
<p>The effect wears off after several months. The treatment can then be repeated. How long it lasts varies from person to person.</p>
<h2>Possible side effects</h2>
<p>Small bruises at the injection site are possible. The eyebrow or eyelid may droop for a while. Sometimes a muscle becomes weaker than intended. These side effects are usually mild and settle on their own.</p>
<h2>A test before surgery</h2>
<p>Surgery may be an option for synkinesis. In one type, small nerve branches are cut on purpose. This is called selective neurectomy. In another, parts of a muscle are removed, which is called myectomy. Botulinum toxin can show beforehand whether such an operation would help. You can read more under <a href="/en/surgery/treating-synkinesis/">Treating synkinesis</a>.</p>
<h2>How good is the evidence?</h2>
<p>Botulinum toxin is widely used for synkinesis. An international expert group recommends it as the second step after <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>. So far, however, there are only a few well-controlled trials with random allocation.</p>""",
        },
        "sources": ["S41.1", "S41.4", "S28", "S50", "S39.2", "S40.1"],
        "author": "weber",
        "reviewer": "okafor",
        "last_reviewed": "2026-11-04",
    },
    # ------------------------------------------------------------------
    "eye": {
        "title": {
            "de": "Das Auge schützen",
            "en": "Protecting the eye",
        },
        "summary": {
            "de": "Schließt das Lid nicht mehr, ist das Auge in Gefahr. Warum der Augenschutz vom ersten Tag an so wichtig ist.",
            "en": "If your eyelid no longer closes, your eye is at risk. Why protecting it matters from the very first day.",
        },
        "body": {
            "de": """<p>Bei einer Fazialisparese braucht das Auge am dringendsten Schutz. Das gilt vom ersten Tag an. Es gilt auch dann, wenn noch nicht klar ist, wie sich die Lähmung entwickelt.</p>
<h2>Warum das Auge in Gefahr ist</h2>
<p>Der Gesichtsnerv steuert auch den Ringmuskel um das Auge. Dieser Muskel schließt das Lid. Ist er gelähmt, bleibt beim Lidschluss ein Spalt offen. Fachleute sprechen von Lagophthalmus. Auch das Blinzeln funktioniert nicht mehr richtig. Dabei verteilt jeder Lidschlag normalerweise den Tränenfilm über das Auge.</p>
<p>Die Folge: Die Hornhaut kann austrocknen. Das ist die klare Schicht vorn am Auge. Bleibt sie ungeschützt, kann sie sich entzünden. Es kann ein Hornhautgeschwür entstehen. Heilt es mit einer Narbe ab, kann das Sehen dauerhaft leiden.</p>
<h2>Ein tränendes Auge kann trotzdem trocken sein</h2>
<p>Manche Betroffene wundern sich, dass ihr Auge ständig tränt. Oft ist dann das Unterlid erschlafft. Die Tränen laufen über die Wange ab, statt das Auge zu benetzen. Das Auge bleibt trotzdem zu trocken.</p>
<h2>Besonders gefährlich: Schäden ohne Schmerz</h2>
<p>Manchmal ist auch das Gefühl in der Hornhaut gestört. Dann spüren Sie eine Schädigung womöglich nicht. Das Risiko ist in diesem Fall besonders hoch.</p>
<p class="notice">Schützen Sie Ihr Auge vom ersten Tag an. Bei Schmerzen, Rötung oder schlechterem Sehen brauchen Sie umgehend eine Augenärztin oder einen Augenarzt.</p>
<p>Wie Sie Ihr Auge im Alltag pflegen und welche Warnzeichen Sie kennen sollten, lesen Sie auf den folgenden Seiten. Schließt das Lid auf Dauer nicht, können Operationen helfen. Sie sind unter <a href="/de/operative-therapie/lid-und-augenoperationen/">Lid- und Augenoperationen</a> beschrieben.</p>""",
            "en": """<p>In facial palsy, the eye is what most urgently needs protecting. This applies from the very first day. It applies even before it is clear how the palsy will develop.</p>
<h2>Why the eye is at risk</h2>
<p>The facial nerve also controls the ring-shaped muscle around the eye. This muscle closes the eyelid. If it is paralysed, a gap stays open when you try to close your eye. Doctors call this lagophthalmos. Blinking no longer works properly either. Normally, each blink spreads the film of tears across the eye.</p>
<p>As a result, the cornea can dry out. The cornea is the clear layer at the front of the eye. If it is left unprotected, it can become inflamed. An ulcer can form on it. If this heals with a scar, your sight can be harmed for good.</p>
<h2>A watering eye can still be dry</h2>
<p>Some people are surprised that their eye waters all the time. Often the lower eyelid has become slack. The tears then run down the cheek instead of wetting the eye. The eye itself still stays too dry.</p>
<h2>Especially dangerous: damage without pain</h2>
<p>Sometimes the cornea has also lost some of its feeling. You may then not notice that it is being damaged. In this case the risk is especially high.</p>
<p class="notice">Protect your eye from the first day. If it becomes painful or red, or your vision gets worse, see an eye doctor urgently.</p>
<p>The following pages explain how to care for your eye every day and which warning signs to know. If the eyelid does not close in the long term, operations can help. They are described under <a href="/en/surgery/eyelid-and-eye-procedures/">Eyelid and eye procedures</a>.</p>""",
        },
        "sources": ["S39.1", "S39.2", "S39.3", "S44.1", "S1.1", "S3", "S44.3"],
        "author": "schneider",
        "reviewer": "weber",
        "last_reviewed": "2026-09-16",
    },
    # ------------------------------------------------------------------
    "eye-care-daily": {
        "title": {
            "de": "Augenpflege im Alltag",
            "en": "Everyday eye care",
        },
        "summary": {
            "de": "Tropfen, Gel, Brille und Abkleben: So schützen Sie Ihr Auge bei einer Fazialisparese tagsüber und in der Nacht.",
            "en": "Drops, gel, glasses and taping: how to protect your eye by day and at night when you have facial palsy.",
        },
        "body": {
            "de": """<p>Solange Ihr Lid nicht vollständig schließt, braucht Ihr Auge Hilfe. Die Maßnahmen auf dieser Seite ersetzen den fehlenden Lidschlag so gut wie möglich. Sie sind einfach. Sie wirken aber nur, wenn Sie sie regelmäßig anwenden. Besprechen Sie Ihren persönlichen Plan mit Ihrer Augenärztin oder Ihrem Augenarzt.</p>
<h2>Warum diese Pflege so wichtig ist</h2>
<p>Ohne regelmäßigen Lidschlag kann die Hornhaut austrocknen. Das ist die klare Schicht vorn am Auge. Eine trockene Hornhaut kann sich entzünden. Im schlimmsten Fall entsteht ein Geschwür, das eine Narbe hinterlässt. Dann kann das Sehen dauerhaft schlechter werden. Die tägliche Pflege hilft, dem vorzubeugen.</p>
<h2>Tagsüber: Feuchtigkeit und Schutz</h2>
<ul>
<li><strong>Tränenersatzmittel:</strong> Geben Sie häufig befeuchtende Augentropfen ins Auge. Schließt Ihr Auge nicht, tun Sie das mindestens alle 2 Stunden.</li>
<li><strong>Ohne Konservierungsstoffe:</strong> Tropfen Sie mehr als 4-mal am Tag? Dann wählen Sie Tropfen ohne Konservierungsstoffe. Fragen Sie in der Apotheke danach.</li>
<li><strong>Brille:</strong> Tragen Sie draußen eine Sonnenbrille oder eine Brille mit Seitenschutz.</li>
<li><strong>Bildschirm:</strong> Machen Sie bei der Arbeit am Bildschirm regelmäßig Pausen.</li>
<li><strong>Raumluft:</strong> Meiden Sie Zugluft, Ventilatoren und Klimaanlagen. Ein Luftbefeuchter kann helfen.</li>
</ul>
<h2>Nachts: Gel oder Salbe und ein geschlossenes Lid</h2>
<p>Im Schlaf bleibt ein Auge, das nicht ganz schließt, viele Stunden ohne Lidschlag. Deshalb braucht es nachts besonderen Schutz.</p>
<ol>
<li>Geben Sie vor dem Schlafen ein Augengel oder eine Augensalbe ins Auge. In Deutschland wird dafür häufig eine Augensalbe mit Dexpanthenol verwendet.</li>
<li>Kleben Sie danach das Lid sanft zu. Geeignet sind hautfreundliche Pflaster, etwa aus Vlies oder Silikon.</li>
<li>Statt des Pflasters können Sie einen Uhrglasverband tragen. Das ist eine durchsichtige Schale, die über dem Auge eine feuchte Kammer bildet.</li>
</ol>
<p>Lassen Sie sich das Abkleben beim ersten Mal zeigen, zum Beispiel in der augenärztlichen Praxis.</p>
<h2>Wenn das Auge tränt</h2>
<p>Ein tränendes Auge ist nicht unbedingt feucht genug. Oft läuft die Tränenflüssigkeit über ein erschlafftes Unterlid ab. Das Auge selbst bleibt dann trocken. Setzen Sie die Pflege deshalb auch fort, wenn Ihr Auge tränt.</p>
<h2>Wie lange Sie die Pflege brauchen</h2>
<p>Führen Sie die Pflege fort, bis Ihr Lid wieder vollständig schließt. Ob das der Fall ist, prüft Ihre Augenärztin oder Ihr Augenarzt bei den Kontrollen. Hat Ihre Hornhaut weniger Gefühl als sonst, ist die Pflege besonders wichtig. Denn Schäden tun dann womöglich nicht weh.</p>
<h2>Sanftes Schließen mit dem Finger</h2>
<p>Manche Zentren empfehlen, das Lid mehrmals am Tag sanft mit dem Finger zu schließen oder zu dehnen. Diese Empfehlung ist nicht einheitlich. Fragen Sie Ihr Behandlungsteam, ob sie für Sie passt.</p>
<h2>Wann Sie nicht abwarten sollten</h2>
<p class="notice">Haben Sie Schmerzen im Auge, ist es gereizt oder gerötet, sehen Sie verschwommen oder blendet Sie Licht? Dann gehen Sie umgehend zur Augenärztin oder zum Augenarzt.</p>
<p>Mehr dazu lesen Sie unter <a href="/de/das-auge-schuetzen/warnzeichen-am-auge/">Warnzeichen am Auge</a>.</p>
<h2>Wenn die Pflege nicht ausreicht</h2>
<p>Manchmal reichen Tropfen, Gel und Pflaster nicht aus. Dann gibt es vorübergehende Hilfen, die Ihre Ärztin oder Ihr Arzt anwenden kann. Schließt das Lid auf Dauer nicht, können Operationen helfen, zum Beispiel ein kleines Gewicht im Oberlid. Mehr dazu unter <a href="/de/operative-therapie/lid-und-augenoperationen/">Lid- und Augenoperationen</a>.</p>""",
            "en": """<p>As long as your eyelid does not close fully, your eye needs help. The measures on this page replace the missing blink as well as possible. They are simple. But they only work if you use them regularly. Agree your personal plan with your eye doctor.</p>
<h2>Why this care matters</h2>
<p>Without regular blinking, the cornea can dry out. The cornea is the clear layer at the front of the eye. A dry cornea can become inflamed. At worst, an ulcer forms and leaves a scar. Your sight can then be harmed for good. Daily eye care helps to prevent this.</p>
<h2>During the day: moisture and protection</h2>
<ul>
<li><strong>Artificial tears:</strong> Put moisturising eye drops into your eye often. If your eye does not close, do this at least every 2 hours.</li>
<li><strong>Preservative-free:</strong> Do you use drops more than 4 times a day? Then choose drops without preservatives. Ask your pharmacist.</li>
<li><strong>Glasses:</strong> Outdoors, wear sunglasses or glasses with side shields.</li>
<li><strong>Screens:</strong> Take regular breaks when working at a screen.</li>
<li><strong>Air:</strong> Avoid draughts, fans and air conditioning. A humidifier can help.</li>
</ul>
<h2>At night: gel or ointment and a closed eyelid</h2>
<p>During sleep, an eye that does not fully close goes many hours without blinking. This is why it needs extra protection at night.</p>
<ol>
<li>Before going to sleep, put an eye gel or ointment into your eye. In Germany, an eye ointment containing dexpanthenol is often used.</li>
<li>Then gently tape the eyelid shut. Skin-friendly tape, such as paper or silicone tape, is suitable.</li>
<li>Instead of tape, you can wear a moisture chamber. This is a clear shield that forms a moist space over the eye.</li>
</ol>
<p>Ask to be shown how to tape your eye the first time, for example at your eye doctor's practice.</p>
<h2>If your eye waters</h2>
<p>A watering eye is not necessarily moist enough. Often the tears run off over a slack lower lid. The eye itself then stays dry. So keep up your eye care even if your eye waters.</p>
<h2>How long you need this care</h2>
<p>Keep up your eye care until your eyelid closes fully again. Your eye doctor will check this at your appointments. If your cornea has less feeling than usual, the care is especially important. Damage may then not hurt.</p>
<h2>Gentle closing with a finger</h2>
<p>Some centres recommend gently closing or stretching the eyelid with a finger several times a day. Not all centres advise this. Ask your care team whether it is right for you.</p>
<h2>When not to wait</h2>
<p class="notice">Is your eye painful, irritated or red? Is your vision blurred, or does light bother you? Then see an eye doctor urgently.</p>
<p>You can read more under <a href="/en/protecting-the-eye/eye-warning-signs/">Eye warning signs</a>.</p>
<h2>If eye care is not enough</h2>
<p>Sometimes drops, gel and tape are not enough. Your doctor can then offer temporary measures. If the eyelid does not close in the long term, operations can help, for example a small weight in the upper eyelid. You can read more under <a href="/en/surgery/eyelid-and-eye-procedures/">Eyelid and eye procedures</a>.</p>""",
        },
        "sources": ["S44.1", "S44.2", "S36.2", "S3", "S39.3", "S44.3", "S1.1", "S39.1"],
        "author": "schneider",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-09-16",
    },
    # ------------------------------------------------------------------
    "eye-warning-signs": {
        "title": {
            "de": "Warnzeichen am Auge",
            "en": "Eye warning signs",
        },
        "summary": {
            "de": "Bei welchen Beschwerden Sie mit einer Fazialisparese umgehend zur Augenärztin oder zum Augenarzt sollten – und welche vorübergehenden Hilfen es gibt.",
            "en": "Which eye symptoms need an eye doctor urgently when you have facial palsy, and which temporary treatments can protect the eye.",
        },
        "body": {
            "de": """<p>Ein Auge, das nicht richtig schließt, kann Schaden nehmen. Wenn Sie die Warnzeichen kennen, können Sie rechtzeitig handeln. Auf dieser Seite lesen Sie, wann Sie umgehend Hilfe brauchen. Außerdem erfahren Sie, wie Ärztinnen und Ärzte das Auge vorübergehend schützen können.</p>
<h2>Diese Zeichen brauchen umgehend ärztliche Hilfe</h2>
<p>Gehen Sie rasch zur Augenärztin oder zum Augenarzt, wenn eines dieser Zeichen auftritt:</p>
<ul>
<li>Das Auge schmerzt.</li>
<li>Das Auge ist gereizt.</li>
<li>Das Auge ist gerötet.</li>
<li>Sie sehen verschwommen oder schlechter als sonst.</li>
<li>Licht blendet Sie stärker als sonst.</li>
</ul>
<p>Diese Beschwerden können bedeuten, dass die Hornhaut bereits leidet. Die Hornhaut ist die klare Schicht vorn am Auge. Bleibt sie trocken und ungeschützt, kann sie sich entzünden. Daraus kann ein Hornhautgeschwür werden. Es kann Narben hinterlassen und das Sehen dauerhaft verschlechtern. Warten Sie deshalb nicht bis zum nächsten regulären Termin. Außerhalb der Sprechzeiten hilft eine Notaufnahme.</p>
<p>Übrigens: Auch ein Auge, das ständig tränt, kann zu trocken sein. Die Tränen laufen dann oft über ein erschlafftes Unterlid ab. Tränen sind also keine Entwarnung.</p>
<p class="notice">Sehen Sie plötzlich doppelt? Zusammen mit einer Gesichtslähmung kann das ein Zeichen für einen Schlaganfall sein. Das gilt auch für eine Schwäche in Arm oder Bein, Sprachstörungen oder Schwindel. Rufen Sie dann sofort den <a href="tel:112">Notruf 112</a> an.</p>
<h2>Schäden ohne Schmerz: wenn die Hornhaut kein Gefühl hat</h2>
<p>Normalerweise spüren Sie sofort, wenn das Auge trocken oder verletzt ist. Für dieses Gefühl sorgt ein anderer Nerv, der Trigeminusnerv. Manchmal ist auch dieser Nerv geschädigt. Dann kann die Hornhaut ihr Gefühl verlieren. Schäden entstehen dann, ohne dass sie wehtun. Das ist besonders gefährlich.</p>
<p>Achten Sie in diesem Fall besonders auf Rötung und schlechteres Sehen. Lassen Sie Ihr Auge regelmäßig augenärztlich kontrollieren, auch wenn Sie nichts spüren. Sagen Sie bei jedem Termin, dass das Gefühl im Auge vermindert ist.</p>
<h2>Vorübergehender Schutz durch die Ärztin oder den Arzt</h2>
<p>Reichen Tropfen, Gel und Abkleben nicht aus, kann das Auge für eine Zeit besser verschlossen werden. Diese Hilfen sind nicht endgültig. Das ist wichtig, solange sich der Nerv noch erholen kann.</p>
<h3>Botulinumtoxin in den Lidheber</h3>
<p>Botulinumtoxin kann in den Muskel gespritzt werden, der das Oberlid hebt. Das Lid sinkt dann herab und bedeckt das Auge besser. Fachleute sprechen von einer Ptosis, also einem hängenden Lid. Sie wird hier gezielt zum Schutz herbeigeführt. Die Wirkung lässt mit der Zeit von selbst nach. Mehr zu diesem Mittel unter <a href="/de/konservative-therapie/botulinumtoxin/">Botulinumtoxin</a>.</p>
<h3>Vorübergehende Tarsorrhaphie</h3>
<p>Bei einer Tarsorrhaphie werden Ober- und Unterlid teilweise miteinander vernäht. Das geschieht meist am äußeren Lidwinkel. Dadurch wird die Lidspalte kleiner, und das Auge ist besser geschützt. Die vorübergehende Form lässt sich wieder lösen. Eine dauerhafte Tarsorrhaphie kommt heute nur noch bei schweren Hornhautschäden infrage, die sich anders nicht beherrschen lassen.</p>
<h2>Wenn der Lidschluss auf Dauer nicht zurückkehrt</h2>
<p>Dann können Operationen am Lid helfen. Ein kleines Gewicht aus Gold oder Platin im Oberlid unterstützt den Lidschluss durch die Schwerkraft. Ein erschlafftes Unterlid kann gestrafft werden. Mehr dazu unter <a href="/de/operative-therapie/lid-und-augenoperationen/">Lid- und Augenoperationen</a>.</p>""",
            "en": """<p>An eye that does not close properly can be damaged. If you know the warning signs, you can act in time. This page explains when you need help urgently. It also describes how doctors can protect the eye for a while.</p>
<h2>These signs need urgent medical help</h2>
<p>See an eye doctor promptly if you notice any of these signs:</p>
<ul>
<li>Your eye is painful.</li>
<li>Your eye is irritated.</li>
<li>Your eye is red.</li>
<li>Your vision is blurred or worse than usual.</li>
<li>Light dazzles you more than usual.</li>
</ul>
<p>These symptoms can mean that the cornea is already suffering. The cornea is the clear layer at the front of the eye. If it stays dry and unprotected, it can become inflamed. This can lead to an ulcer on the cornea. Such an ulcer can leave scars and harm your sight for good. So do not wait for your next routine appointment. Outside opening hours, go to an emergency department.</p>
<p>By the way, an eye that waters all the time can still be too dry. The tears often run off over a slack lower lid. So watering is no sign that all is well.</p>
<p class="notice">Do you suddenly see double? Together with facial palsy, this can be a sign of a stroke. The same applies to weakness in an arm or leg, difficulty speaking or dizziness. Then <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK).</p>
<h2>Damage without pain: when the cornea has lost feeling</h2>
<p>Normally you feel straight away when your eye is dry or injured. A different nerve, the trigeminal nerve, provides this feeling. Sometimes this nerve is damaged as well. The cornea can then lose its feeling. Damage then happens without hurting. This is particularly dangerous.</p>
<p>In this case, watch especially for redness and worse vision. Have your eye checked regularly by an eye doctor, even if you feel nothing. Mention at every appointment that your eye has reduced feeling.</p>
<h2>Temporary protection from your doctor</h2>
<p>If drops, gel and taping are not enough, the eye can be kept more closed for a while. These measures are not permanent. This matters while the nerve may still recover.</p>
<h3>Botulinum toxin in the lid-lifting muscle</h3>
<p>Botulinum toxin can be injected into the muscle that lifts the upper eyelid. The lid then drops and covers the eye better. Doctors call a drooping lid ptosis. Here it is caused on purpose, for protection. The effect wears off by itself over time. You can read more about this medicine under <a href="/en/non-operative-therapy/botulinum-toxin/">Botulinum toxin</a>.</p>
<h3>Temporary tarsorrhaphy</h3>
<p>In a tarsorrhaphy, the upper and lower eyelids are partly stitched together. This is usually done at the outer corner of the eye. It makes the eye opening smaller and protects the eye better. The temporary form can be undone later. A permanent tarsorrhaphy is now only used for severe corneal damage that cannot be controlled any other way.</p>
<h2>If eyelid closure does not return</h2>
<p>Then operations on the eyelid can help. A small gold or platinum weight in the upper eyelid helps it close by gravity. A slack lower eyelid can be tightened. You can read more under <a href="/en/surgery/eyelid-and-eye-procedures/">Eyelid and eye procedures</a>.</p>""",
        },
        "sources": ["S44.3", "S1.1", "S39.1", "S39.2", "S39.3", "S44.1", "S48.4", "S48.1", "S41.1"],
        "author": "schneider",
        "reviewer": "weber",
        "last_reviewed": "2026-09-16",
    },
}
