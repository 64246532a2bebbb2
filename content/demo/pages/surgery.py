"""Section "Operative Therapie / Surgery": the overview and its nine child pages."""

PAGES = {
    # ------------------------------------------------------------------
    "surgery": {
        "title": {"de": "Operative Therapie", "en": "Surgery"},
        "summary": {
            "de": "Was eine Operation bei Fazialisparese erreichen soll, welche Wege es gibt "
            "und warum Ergebnisse Zeit und Training brauchen.",
            "en": "What surgery for facial palsy aims to achieve, which approaches exist "
            "and why results take time and training.",
        },
        "body": {
            "de": """<p>Erholt sich eine Fazialisparese nicht ausreichend, kann eine Operation helfen. Sie kann Funktion und Aussehen verbessern. Ein Gesicht wie vor der Lähmung kann sie aber nicht versprechen.</p>
<h2>Was eine Operation erreichen soll</h2>
<p>Welche Ziele im Vordergrund stehen, hängt von Ihrer Situation ab. Meist geht es um diese Punkte:</p>
<ul>
<li>Ein Gesicht, das in Ruhe auf beiden Seiten möglichst gleich aussieht.</li>
<li>Ein Lächeln auf beiden Seiten, im besten Fall ein spontanes.</li>
<li>Ein sicherer Lidschluss. Er schützt die Hornhaut, die klare Vorderfläche des Auges.</li>
<li>Ein dichter Mund: Beim Essen und Trinken geht nichts verloren, und Sie sprechen deutlich.</li>
<li>Weniger Synkinesien – unwillkürliche Mitbewegungen. Ein Beispiel: Beim Lächeln schließt sich das Auge.</li>
</ul>
<h2>Welcher Weg wann infrage kommt</h2>
<p>Am natürlichsten wirkt es, wenn Ihre eigenen Gesichtsmuskeln wieder Nervenimpulse bekommen. Dazu wird der Nerv genäht, überbrückt oder an einen anderen Nerv angeschlossen.</p>
<p>Das gelingt nur, solange die Muskeln noch erhalten sind. Meist bleiben dafür etwa 12 bis 18 Monate, spätestens rund 2 Jahre. Für einen Nerventransfer ist der beste Zeitraum kürzer: die ersten 12 Monate. Im Einzelfall zeigt eine Messung der Muskelströme (EMG), ob es noch geht.</p>
<p>Ist diese Zeit vorbei, braucht das Gesicht einen neuen Muskel. Das kann ein Muskel vom Oberschenkel sein oder der Schläfenmuskel. Statische Verfahren ergänzen diese Eingriffe. Sie heben zum Beispiel den Mundwinkel an oder helfen dem Oberlid beim Schließen. Bewegung erzeugen sie nicht.</p>
<p>Oft werden mehrere Verfahren kombiniert. Unser Team plant mit Ihnen, was zu Ihrer Lähmung, ihrer Dauer und Ihren Wünschen passt. Mehr zu den Fristen lesen Sie unter <a href="/de/warum-der-zeitpunkt-entscheidet/zeitfenster-fuer-operationen/">Zeitfenster für Operationen</a>.</p>
<h2>Geduld und Training gehören dazu</h2>
<p>Nach einer Nerven- oder Muskeloperation sehen Sie das Ergebnis nicht sofort. Nervenfasern wachsen nur etwa einen Millimeter am Tag. Bis sich ein verpflanzter Muskel gut bewegt, vergehen oft 6 bis 18 Monate oder mehr. In dieser Zeit üben Sie regelmäßig.</p>
<p>Nicht selten folgt später ein kleinerer Eingriff, der das Ergebnis verfeinert. Fragen Sie ruhig schon vorher danach.</p>
<p class="notice">Je früher Sie sich in einer spezialisierten Sprechstunde vorstellen, desto mehr Möglichkeiten bleiben offen. Über unser <a href="/de/termin/">Terminformular</a> können Sie einen Termin anfragen.</p>""",
            "en": """<p>If facial palsy does not recover well enough, surgery can help. It can improve both function and appearance. It cannot promise you the face you had before the palsy.</p>
<h2>What surgery aims to do</h2>
<p>Which goals matter most depends on your situation. Usually they include:</p>
<ul>
<li>A face that looks as even as possible on both sides at rest.</li>
<li>A smile on both sides, ideally one that comes naturally.</li>
<li>Reliable eye closure. It protects the cornea, the clear front surface of the eye.</li>
<li>A mouth that seals: no spilling when you eat or drink, and clear speech.</li>
<li>Less synkinesis – unwanted movements that happen together. One example is the eye closing when you smile.</li>
</ul>
<h2>Which approach fits when</h2>
<p>The most natural result comes when your own facial muscles get nerve signals again. To achieve this, the nerve is repaired, bridged or connected to another nerve.</p>
<p>This only works while the muscles are still alive. The time available is usually about 12 to 18 months. Around 2 years is generally the outer limit. For a nerve transfer, the best time is shorter: the first 12 months. In each person, a test of the electrical activity in the muscles (EMG) shows whether it is still possible.</p>
<p>Once that time has passed, the face needs a new muscle. This can be a muscle from the thigh or the temple muscle. Static procedures complement these operations. For example, they lift the corner of the mouth or help the upper eyelid to close. They do not create movement.</p>
<p>Often several procedures are combined. Our team will plan with you what suits your palsy, how long you have had it and what you want. You can read more about time limits under <a href="/en/why-timing-matters/time-windows-for-surgery/">time windows for surgery</a>.</p>
<h2>Patience and training are part of it</h2>
<p>After nerve or muscle surgery, you will not see the result straight away. Nerve fibres grow only about one millimetre a day. It often takes 6 to 18 months or more before a transferred muscle moves well. During this time you practise regularly.</p>
<p>A smaller follow-up operation to refine the result is not unusual. Feel free to ask about this beforehand.</p>
<p class="notice">The earlier you see a specialist team, the more options remain open. You can use our <a href="/en/appointment/">appointment form</a> to request a visit.</p>""",
        },
        "sources": ["S45.11", "S29", "S30.1", "S34.2", "S37.1", "S35.2"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-12",
    },
    # ------------------------------------------------------------------
    "nerve-repair": {
        "title": {"de": "Nervennaht und Nerventransplantat", "en": "Nerve repair and nerve grafts"},
        "summary": {
            "de": "Wenn der Gesichtsnerv durchtrennt wurde: wie er genäht oder überbrückt wird, "
            "warum es schnell gehen sollte und was Sie danach erwarten können.",
            "en": "When the facial nerve has been cut: how it is stitched or bridged, why speed "
            "matters and what you can expect afterwards.",
        },
        "body": {
            "de": """<p>Bei einem Unfall oder einer Operation kann der Gesichtsnerv durchtrennt werden. Dann lässt er sich oft chirurgisch wieder verbinden. Das Ziel: Ihre eigenen Gesichtsmuskeln sollen wieder Signale vom Gehirn bekommen.</p>
<h2>Was bei der Operation gemacht wird</h2>
<p>Bei der <strong>direkten Nervennaht</strong> werden die beiden Enden des Nervs wieder zusammengenäht.</p>
<p>Manchmal fehlt ein Stück des Nervs, oder die Enden erreichen einander nicht. Dann überbrückt ein <strong>Nerventransplantat</strong> die Lücke. Fachleute sprechen auch von einem Nerveninterponat. Dafür wird an anderer Stelle ein dünner Nerv entnommen. Häufig ist das ein Nerv seitlich am Hals (Nervus auricularis magnus). Oder es ist ein Nerv aus der Wade (Nervus suralis).</p>
<p>Wird der Nerv aus der Wade genommen, bleibt danach meist eine kleine taube Stelle am äußeren Fußrand.</p>
<h2>Warum der Zeitpunkt so wichtig ist</h2>
<p>Am besten wird der Nerv innerhalb von 72 Stunden versorgt, also in den ersten drei Tagen nach der Verletzung. So lange lässt sich das abgetrennte Nervenende mit einem kleinen Nervenstimulator noch aufspüren.</p>
<p>Danach baut sich der abgetrennte Teil des Nervs ab. Dieser Abbau heißt Waller’sche Degeneration. Das Ende ist dann schwerer zu finden.</p>
<p>Grundsätzlich gilt: Je früher die Versorgung, desto besser. Liegt die Verletzung schon länger zurück, kommen oft andere Verfahren infrage. Dazu gehört zum Beispiel ein <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a>. Mehr lesen Sie unter <a href="/de/warum-der-zeitpunkt-entscheidet/zeitfenster-fuer-operationen/">Zeitfenster für Operationen</a>.</p>
<h2>Wie es nach der Operation weitergeht</h2>
<p>Nach der Naht wachsen die Nervenfasern langsam zu den Muskeln. Sie schaffen etwa einen Millimeter pro Tag. Deshalb dauert es Monate, bis sich im Gesicht wieder etwas bewegt. Bis dahin bleibt das Gesicht gelähmt. Das ist zunächst zu erwarten. Rechnen Sie also mit einer langen Wartezeit. Fragen Sie unser Team, wann Kontrolltermine geplant sind.</p>
<p>Eine Messung der Muskelströme, das EMG, zeigt die Rückkehr der Nerven früher an. Nach einer Untersuchung gelingt das mindestens 2 Monate, bevor Sie selbst eine Bewegung sehen.</p>
<p>Solange sich das Lid nicht schließt, braucht Ihr Auge Schutz. Tropfen, Salbe und ein Schutz für die Nacht gehören dazu. Wie das geht, lesen Sie unter <a href="/de/das-auge-schuetzen/augenpflege-im-alltag/">Augenpflege im Alltag</a>.</p>
<p>Aktive Gesichtsübungen sind erst sinnvoll, wenn wieder Spannung oder erste Bewegungen da sind. Vorher bringen sie nichts. Dann kann ein <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a> helfen.</p>
<h2>Was Sie erwarten können – und was nicht</h2>
<p>Eine Nervennaht kann Spannung und Bewegung in Ihre eigenen Muskeln zurückbringen. Wie gut das gelingt, ist von Mensch zu Mensch verschieden.</p>
<p>Wichtig ist auch der Ort der Verletzung. Liegt sie weiter vorne im Gesicht, nahe an den Muskeln, sind die Aussichten besser. Liegt sie näher am Ursprung des Nervs im Kopf, entstehen häufiger Synkinesien. Das sind unwillkürliche Mitbewegungen. Dann schließt sich zum Beispiel beim Lächeln das Auge mit.</p>
<p>Solche Mitbewegungen lassen sich behandeln. Mehr dazu finden Sie unter <a href="/de/operative-therapie/behandlung-von-synkinesien/">Behandlung von Synkinesien</a>.</p>
<p class="notice">Ist Ihr Gesicht nach einem Unfall oder einer Operation gelähmt? Dann lassen Sie sich sofort ärztlich untersuchen. Wurde der Nerv durchtrennt, zählen die ersten Tage.</p>""",
            "en": """<p>The facial nerve can be cut in an accident or during an operation. It can often be joined again by surgery. The aim is for your own facial muscles to receive signals from the brain again.</p>
<h2>What the operation involves</h2>
<p>In a <strong>direct nerve repair</strong>, the surgeon stitches the two ends of the nerve back together.</p>
<p>Sometimes a piece of the nerve is missing, or the ends do not reach each other. Then a <strong>nerve graft</strong> bridges the gap. Doctors also call this an interposition graft. A thin nerve is taken from elsewhere in the body for this. Often it comes from the side of the neck (the great auricular nerve). Or it comes from the calf (the sural nerve).</p>
<p>If the calf nerve is used, you will usually be left with a small numb patch on the outer edge of the foot.</p>
<h2>Why timing matters so much</h2>
<p>The nerve is best repaired within 72 hours, that is, within three days of the injury. During this time, a small nerve stimulator can still locate the cut end of the nerve.</p>
<p>After that, the cut-off part of the nerve breaks down. Doctors call this Wallerian degeneration. The nerve end then becomes harder to find.</p>
<p>As a rule, the earlier the repair, the better. If the injury happened some time ago, other procedures are often an option. One example is a <a href="/en/surgery/nerve-transfers/">nerve transfer</a>. You can read more under <a href="/en/why-timing-matters/time-windows-for-surgery/">time windows for surgery</a>.</p>
<h2>What happens after the operation</h2>
<p>After the repair, the nerve fibres slowly grow towards the muscles. They manage about one millimetre a day. So it takes months before anything in the face moves again. Until then, your face stays paralysed. This is to be expected at first. So be prepared for a long wait. Ask our team when your check-ups are planned.</p>
<p>A test of the electrical activity in the muscles, called EMG, picks up the returning nerve earlier. According to one study, it does so at least 2 months before you can see any movement yourself.</p>
<p>As long as your eyelid does not close, your eye needs protection. This includes drops, ointment and protection at night. You can find out how under <a href="/en/protecting-the-eye/everyday-eye-care/">everyday eye care</a>.</p>
<p>Active facial exercises only make sense once some tone or the first movements have come back. Before that, they do not help. From then on, <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a> can be useful.</p>
<h2>What you can expect – and what you cannot</h2>
<p>A nerve repair can bring tone and movement back to your own muscles. How well this works differs from person to person.</p>
<p>Where the injury lies also matters. If it is further forward in the face, close to the muscles, the outlook is better. If it is closer to where the nerve starts inside the head, synkinesis is more common. These are unwanted movements that happen together with intended ones. For example, your eye may close when you smile.</p>
<p>Synkinesis can be treated. You can find out more under <a href="/en/surgery/treating-synkinesis/">treating synkinesis</a>.</p>
<p class="notice">Is your face paralysed after an accident or an operation? Then see a doctor straight away. If the nerve has been cut, the first few days count.</p>""",
        },
        "sources": ["S29", "S34.1", "S23.4", "S26.1", "S3", "S44.3"],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-10-12",
    },
    # ------------------------------------------------------------------
    "nerve-transfers": {
        "title": {"de": "Nerventransfer", "en": "Nerve transfers"},
        "summary": {
            "de": "Ein gesunder Nerv übernimmt die Aufgabe des gelähmten Gesichtsnervs. Wann das "
            "möglich ist, was Sie danach bemerken und welche Nachteile es gibt.",
            "en": "A healthy nerve takes over the job of the paralysed facial nerve. When this is "
            "possible, what you will notice afterwards and what the drawbacks are.",
        },
        "body": {
            "de": """<p>Manchmal erholt sich der Gesichtsnerv nicht, und er lässt sich auch nicht nähen. Dann kann ein anderer, gesunder Nerv seine Aufgabe übernehmen. Er wird an den Gesichtsnerv auf der gelähmten Seite angeschlossen. Fachleute sprechen von Nerventransfer oder Nervenumlagerung.</p>
<h2>Was ein Nerventransfer voraussetzt</h2>
<p>Ein Nerventransfer gelingt nur, solange Ihre eigenen Gesichtsmuskeln noch erhalten sind. Ohne Nervenversorgung bauen sie sich langsam ab und werden zu Bindegewebe.</p>
<p>Am besten gelingt ein Nerventransfer in den ersten 12 Monaten nach Beginn der Lähmung. Ein deutsches Fachzentrum nennt etwa 6 bis 15 Monate als typischen Zeitraum. Liegt der Beginn länger zurück, entscheidet eine Messung im Einzelfall, ob ein Transfer noch sinnvoll ist.</p>
<p>Ob Ihre Muskeln noch anschlussfähig sind, zeigt eine Messung mit einer feinen Nadel, das EMG. Finden sich dabei sogenannte Fibrillationen, können die Muskeln noch neue Nervenfasern aufnehmen. Bleibt der Muskel elektrisch stumm, hilft ein Nerventransfer nicht mehr. Dann braucht das Gesicht einen neuen Muskel. Mehr dazu unter <a href="/de/formen-und-schweregrade/elektrodiagnostik/">Elektrodiagnostik</a>.</p>
<h2>Der Kaumuskelnerv als Spender</h2>
<p>Hier wird ein kleiner Ast des Nervs genutzt, der den Kaumuskel versorgt. Der Fachbegriff lautet Masseterikus-Fazialis-Transfer, kurz „V auf VII“. Die Zahlen sind die Nummern der beiden Hirnnerven. Für den Spendernerv sind die Folgen meist gering.</p>
<p>Dieser Transfer ergibt oft ein kräftiges Lächeln, und die Bewegung kommt vergleichsweise rasch. In einer kleinen Studie aus dem Jahr 2011 mit 10 Betroffenen zeigten sich erste Bewegungen im Mittel nach 5,6 Monaten. Alle bekamen wieder Spannung im Gesicht und ein Lächeln. Bei älteren Menschen sah eine andere Untersuchung erste Bewegungen nach rund 5,5 Monaten.</p>
<p><strong>Was Sie bemerken:</strong> Anfangs entsteht das Lächeln, wenn Sie die Zähne zusammenbeißen. Es kommt also nicht von selbst, wenn Sie sich freuen. Mit Übung lernen manche, ohne Anstrengung zu lächeln. In der genannten Studie gelang das nach 19 Monaten 4 von 10 Betroffenen.</p>
<h2>Der Zungennerv als Spender</h2>
<p>Hier liefert der Nerv der Zunge die Impulse, der Nervus hypoglossus. Der Eingriff heißt Hypoglossus-Fazialis-Anastomose oder „XII auf VII“, also zwölfter auf siebten Hirnnerv. Er gibt dem Gesicht vor allem Spannung in Ruhe zurück.</p>
<p>Nach Angaben eines ärztlichen Fachnachschlagewerks bessert sich die Spannung mit der klassischen Technik bei über 90\u202f% der Betroffenen. Das geschieht über 4 bis 6 Monate, vor allem im Mittelgesicht. Eine Untersuchung von 2017 sah erste Bewegungen nach 6 bis über 10 Monaten. Am besten war das Ergebnis nach etwa 18 Monaten.</p>
<p><strong>Der Nachteil:</strong> Bei der klassischen Technik wird der Zungennerv ganz durchtrennt. Die Zunge wird dann auf einer Seite schwächer und dünner. Das kann Sprechen und Schlucken erschweren.</p>
<p>Neuere Techniken nutzen nur einen Teil des Nervs und schonen so die Zunge. In einer kleinen Studie mit 8 Betroffenen bildete sich die Zunge dabei nicht dauerhaft zurück. Eine sichtbare Schwäche im Gesicht blieb aber bestehen. Sie entsprach Grad III bis IV auf der House-Brackmann-Skala. Diese reicht von I (normal) bis VI (keine Bewegung).</p>
<p>Auch für diesen Transfer gilt: Je länger die Lähmung schon besteht, desto geringer sind die Erfolgsaussichten.</p>
<h2>Kombinationen</h2>
<p>Ein Nerventransfer lässt sich mit einem <a href="/de/operative-therapie/cross-face-nerventransplantat/">Cross-Face-Nerventransplantat</a> verbinden. Der Kaumuskelnerv liefert dann die Kraft. Die Fasern von der gesunden Gesichtsseite sollen das spontane Lächeln beisteuern. Man spricht dann von doppelter Nervenversorgung.</p>
<h2>Nach der Operation</h2>
<p>Bis sich etwas bewegt, vergehen Monate. Schützen Sie in dieser Zeit weiter Ihr Auge. Sobald erste Bewegungen da sind, lernen Sie, den neuen Nerv gezielt einzusetzen. Spezialisierte Therapeutinnen und Therapeuten begleiten Sie dabei im <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</p>
<p class="notice">Ein Nerventransfer ist nur in einem begrenzten Zeitraum möglich, am besten in den ersten 12 Monaten. Lassen Sie sich früh beraten, wenn sich Ihre Lähmung nach einigen Monaten nicht erholt.</p>""",
            "en": """<p>Sometimes the facial nerve does not recover and cannot be repaired either. Then another, healthy nerve can take over its job. It is connected to the facial nerve on the paralysed side. This is called a nerve transfer.</p>
<h2>What a nerve transfer needs</h2>
<p>A nerve transfer only works while your own facial muscles are still alive. Without a nerve supply, they slowly waste away and turn into scar-like tissue.</p>
<p>A nerve transfer works best within the first 12 months after the palsy began. A German specialist centre names about 6 to 15 months as the typical period. If the palsy began longer ago, a test in your individual case decides whether a transfer still makes sense.</p>
<p>A test with a fine needle, called EMG, shows whether your muscles can still be reconnected. If it finds so-called fibrillations, the muscles can still take up new nerve fibres. If the muscle is electrically silent, a nerve transfer will no longer help. Then the face needs a new muscle. There is more on this under <a href="/en/forms-and-grading/electrodiagnostics/">electrodiagnostics</a>.</p>
<h2>Using the nerve of a chewing muscle</h2>
<p>This uses a small branch of the nerve that supplies the masseter, a chewing muscle. Doctors call it a masseteric-to-facial transfer, or "5-to-7" for short. The numbers are those of the two cranial nerves. Losing this small branch usually causes few problems.</p>
<p>This transfer often gives a strong smile, and movement comes back fairly quickly. A small study from 2011 followed 10 patients. On average, the first movements appeared after 5.6 months. All of them regained tone in the face and a smile. In a study of older people, first movements appeared after about 5.5 months.</p>
<p><strong>What you will notice:</strong> At first, the smile happens when you clench your teeth. So it does not come on its own when you feel happy. With practice, some people learn to smile without effort. In the same study, 4 out of 10 patients could do this after 19 months.</p>
<h2>Using the nerve of the tongue</h2>
<p>Here the signals come from the nerve that moves the tongue, the hypoglossal nerve. The operation is called a hypoglossal-to-facial transfer, or "12-to-7": the twelfth cranial nerve to the seventh. Above all, it gives the face back its tone at rest.</p>
<p>A medical reference work reports that the classic technique improves tone in over 90% of patients. This happens over 4 to 6 months, mainly in the middle of the face. A study from 2017 saw the first movements after 6 to more than 10 months. The best result came at about 18 months.</p>
<p><strong>The drawback:</strong> In the classic technique, the tongue nerve is cut completely. One side of the tongue then becomes weaker and thinner. This can make speaking and swallowing harder.</p>
<p>Newer techniques use only part of the nerve to spare the tongue. In a small study of 8 patients, the tongue did not shrink permanently. However, some visible weakness of the face remained. It matched grades III to IV on the House-Brackmann scale. This scale runs from I (normal) to VI (no movement).</p>
<p>For this transfer too, the longer the palsy has lasted, the lower the chance of success.</p>
<h2>Combinations</h2>
<p>A nerve transfer can be combined with a <a href="/en/surgery/cross-face-nerve-graft/">cross-face nerve graft</a>. The chewing-muscle nerve then provides strength. The fibres from the healthy side of the face are meant to add a spontaneous smile. Doctors call this dual innervation.</p>
<h2>After the operation</h2>
<p>It takes months before anything moves. Keep protecting your eye during this time. Once the first movements appear, you learn to use the new nerve on purpose. Specialist therapists support you with <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>.</p>
<p class="notice">A nerve transfer is only possible for a limited time, ideally in the first 12 months. Seek advice early if your palsy has not recovered after a few months.</p>""",
        },
        "sources": [
            "S29",
            "S30.1",
            "S31.1",
            "S23.2",
            "S23.4",
            "S32.1",
            "S32.3",
            "S33.1",
            "S33.2",
            "S45.13",
            "S57",
            "S26.1",
        ],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-19",
    },
    # ------------------------------------------------------------------
    "cross-face-nerve-graft": {
        "title": {"de": "Cross-Face-Nerventransplantat", "en": "Cross-face nerve graft"},
        "summary": {
            "de": "Ein Nerv aus der Wade verbindet die gesunde mit der gelähmten Gesichtsseite. "
            "So kann wieder ein spontanes Lächeln entstehen – mit viel Geduld.",
            "en": "A nerve from the calf links the healthy side of the face to the paralysed side. "
            "This can bring back a spontaneous smile – with a lot of patience.",
        },
        "body": {
            "de": """<p>Beim Cross-Face-Nerventransplantat, kurz CFNG, bekommt die gelähmte Gesichtsseite Nervenimpulse von der gesunden Seite. „Cross-Face“ bedeutet „quer durch das Gesicht“. Das Ziel ist ein Lächeln, das von selbst entsteht, wenn Sie sich freuen.</p>
<h2>Was bei der Operation gemacht wird</h2>
<p>Aus der Wade wird ein dünner Nerv entnommen, der Nervus suralis. Auf der gesunden Seite wird er an den Gesichtsnerv angeschlossen. Sein anderes Ende wird quer durch das Gesicht zur gelähmten Seite geführt.</p>
<p>Entlang dieses Transplantats wachsen Nervenfasern von der gesunden Seite hinüber. Dort versorgen sie die eigenen, noch erhaltenen Muskeln. Oder sie steuern später einen neuen Muskel.</p>
<h2>Was das Verfahren leisten kann</h2>
<p>Das Cross-Face-Transplantat gilt als der verlässlichste Weg zu einem spontanen Lächeln, das Gefühle ausdrückt. Der Grund: Die Impulse stammen vom Gesichtsnerv der gesunden Seite. Beide Seiten bekommen also dasselbe Signal, wenn Sie lächeln.</p>
<p>Zum Vergleich: Beim Transfer des Kaumuskelnervs lächeln Sie zunächst durch Zubeißen. Nur ein Teil der Betroffenen lernt später ein müheloses Lächeln. In einer kleinen Studie waren es nach 19 Monaten 4 von 10.</p>
<p>Mit dem Transplantat lässt sich auch der Augenast des Gesichtsnervs versorgen. So kann ein Lidschluss mit Bewegung zurückkommen.</p>
<h2>Grenzen und Wartezeit</h2>
<p>Über das lange Transplantat kommen nur relativ wenige Nervenfasern an. Die Bewegung ist deshalb oft schwächer als bei einem Transfer des Kaumuskelnervs.</p>
<p>Außerdem brauchen die Fasern Zeit. Bis sie das Transplantat durchwachsen haben, vergehen etwa 6 bis 12 Monate. Bei älteren Menschen ist das Verfahren weniger zuverlässig als bei jüngeren.</p>
<p>Soll das Transplantat allein Ihre eigenen Muskeln versorgen, zählt jeder Monat. Es sollte dann so früh wie möglich angelegt werden. Die Muskeln müssen ja noch erhalten sein, wenn die Fasern ankommen.</p>
<p>Manchmal wird es mit einem <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a> des Kaumuskelnervs kombiniert. Dieser liefert Kraft, das Transplantat die Spontaneität.</p>
<h2>Als erster Schritt vor einer Muskelverpflanzung</h2>
<p>Oft ist das Cross-Face-Transplantat der erste von zwei Schritten. Im zweiten Schritt wird ein neuer Muskel in die Wange verpflanzt, meist ein Stück des Gracilis-Muskels vom Oberschenkel. Er wird an das Transplantat angeschlossen. Mehr dazu lesen Sie unter <a href="/de/operative-therapie/freie-muskeltransplantation/">Freie Muskeltransplantation</a>.</p>
<p>Wie lange zwischen beiden Schritten gewartet wird, ist nicht einheitlich. Manche Angaben nennen etwa 6 bis 12 Monate, andere 12 bis 18 Monate. Unser Team legt den Zeitpunkt mit Ihnen fest.</p>
<h2>Die Entnahmestelle an der Wade</h2>
<p>Nach der Entnahme des Wadennervs bleibt meist eine kleine taube Stelle am äußeren Fußrand. Sprechen Sie unser Team an, wenn Sie dazu Fragen haben.</p>
<h2>Nach der Operation</h2>
<p>Nach dem ersten Schritt sehen Sie zunächst keine Veränderung im Gesicht. Die Fasern wachsen im Verborgenen. Das verlangt Geduld. Folgt später eine Muskelverpflanzung, beginnt danach eine zweite Zeit des Wartens und Übens. Sobald sich Bewegung zeigt, hilft gezieltes Üben. Dabei begleiten Sie spezialisierte Therapeutinnen und Therapeuten im <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</p>
<p class="notice">Ein Cross-Face-Transplantat braucht Monate, bis es wirkt. Wenn Sie diesen Weg gehen möchten, lassen Sie sich möglichst früh nach Beginn der Lähmung beraten.</p>""",
            "en": """<p>With a cross-face nerve graft (CFNG), the paralysed side of the face receives nerve signals from the healthy side. "Cross-face" means "across the face". The aim is a smile that happens on its own when you feel happy.</p>
<h2>What the operation involves</h2>
<p>A thin nerve is taken from the calf, the sural nerve. On the healthy side it is connected to the facial nerve. Its other end is led across the face to the paralysed side.</p>
<p>Nerve fibres from the healthy side then grow along this graft. On the paralysed side they supply your own facial muscles, if these are still alive. Or they later power a new muscle.</p>
<h2>What it can achieve</h2>
<p>A cross-face nerve graft is seen as the most reliable route to a spontaneous smile that shows your feelings. The reason is that the signals come from the facial nerve on the healthy side. So both sides receive the same signal when you smile.</p>
<p>Compare this with a transfer of the chewing-muscle nerve. There you first smile by clenching your teeth. Only some patients later learn to smile without effort. In one small study, this applied to 4 out of 10 after 19 months.</p>
<p>The graft can also supply the eye branch of the facial nerve. This can bring back an eye closure that moves.</p>
<h2>Limits and waiting time</h2>
<p>Only a fairly small number of nerve fibres get through the long graft. The movement is therefore often weaker than after a transfer of the chewing-muscle nerve.</p>
<p>The fibres also need time. It takes about 6 to 12 months for them to grow through the graft. In older people the procedure is less reliable than in younger people.</p>
<p>If the graft is to supply your own muscles on its own, every month counts. It should then be placed as early as possible. After all, the muscles must still be alive when the fibres arrive.</p>
<p>It is sometimes combined with a <a href="/en/surgery/nerve-transfers/">nerve transfer</a> of the chewing-muscle nerve. The transfer provides strength, the graft adds spontaneity.</p>
<h2>As the first stage before a muscle transfer</h2>
<p>Often the cross-face graft is the first of two stages. In the second stage, a new muscle is moved into the cheek, usually a piece of the gracilis muscle from the thigh. It is connected to the graft. You can read more under <a href="/en/surgery/free-functional-muscle-transfer/">free functional muscle transfer</a>.</p>
<p>How long the gap between the two stages should be is not agreed. Some sources give about 6 to 12 months, others 12 to 18 months. Our team will decide the timing with you.</p>
<h2>The donor site on the calf</h2>
<p>Afterwards, a small numb patch usually remains on the outer edge of the foot. Please ask our team if you have questions about this.</p>
<h2>After the operation</h2>
<p>After the first stage you will not see any change in your face at first. The fibres grow out of sight. This calls for patience. If a muscle transfer follows later, a second period of waiting and practice begins after it. Once movement appears, targeted practice helps. Specialist therapists support you with <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>.</p>
<p class="notice">A cross-face nerve graft takes months to work. If you are considering this route, seek advice as early as possible after your palsy began.</p>""",
        },
        "sources": ["S31.1", "S34.1", "S34.2", "S35.1", "S30.1", "S32.1", "S31.2", "S45.13", "S57"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-19",
    },
    # ------------------------------------------------------------------
    "free-muscle-transfer": {
        "title": {
            "de": "Freie funktionelle Muskeltransplantation",
            "en": "Free functional muscle transfer",
        },
        "summary": {
            "de": "Ein Stück Muskel vom Oberschenkel wird in die Wange verpflanzt und an einen Nerv "
            "angeschlossen. So kann auch nach langer Lähmung ein Lächeln entstehen.",
            "en": "A piece of muscle from the thigh is moved into the cheek and connected to a nerve. "
            "This can create a smile even after a long-standing palsy.",
        },
        "body": {
            "de": """<p>Besteht eine Lähmung schon lange, lassen sich die eigenen Gesichtsmuskeln oft nicht mehr retten. Dann kann ein neuer Muskel das Lächeln übernehmen. Das kommt auch bei einer angeborenen Fazialisparese infrage. Für ein bewegliches Lächeln gilt dieses Verfahren in solchen Fällen als Standard.</p>
<h2>Was bei der Operation gemacht wird</h2>
<p>Meist wird ein Teil des Gracilis-Muskels verwendet. Das ist ein schlanker Muskel an der Innenseite des Oberschenkels. Ein kleines Stück davon wird mitsamt Arterie, Vene und Nerv entnommen.</p>
<p>In der Wange werden die feinen Blutgefäße und der Nerv unter dem Mikroskop angeschlossen. Fachleute sprechen von Mikrochirurgie. „Frei“ bedeutet: Der Muskel wird ganz gelöst und an neuer Stelle wieder mit Blut versorgt. „Funktionell“ heißt: Er soll sich später aktiv bewegen.</p>
<h2>Welcher Nerv den neuen Muskel steuert</h2>
<p>Der neue Muskel braucht einen Nerv, der ihm Signale gibt. Dafür gibt es drei Möglichkeiten:</p>
<ul>
<li><strong>Ein <a href="/de/operative-therapie/cross-face-nerventransplantat/">Cross-Face-Nerventransplantat</a></strong> von der gesunden Gesichtsseite. Dafür sind zwei Operationen nötig. Das Lächeln wirkt am natürlichsten und kann spontan entstehen. Es dauert aber länger: Erste Bewegungen zeigen sich oft erst nach etwa 12 bis 18 Monaten.</li>
<li><strong>Der Nerv des Kaumuskels.</strong> Hier genügt eine Operation. Das Lächeln wird kräftiger und kommt schneller, oft nach etwa 3 bis 6 Monaten. Es entsteht aber über das Zusammenbeißen der Zähne.</li>
<li><strong>Beide Nerven zugleich</strong>, die doppelte Nervenversorgung. Der Kaumuskelnerv gibt Kraft, die Fasern von der gesunden Seite die Spontaneität.</li>
</ul>
<p>Die Zeitangaben zu den ersten Bewegungen sind Richtwerte von der Informationsseite eines spezialisierten Chirurgen in den USA.</p>
<p>Eine große Untersuchungsreihe aus Taiwan von 2018 umfasste 361 Muskelverpflanzungen. 78\u202f% davon waren mit einem Cross-Face-Transplantat verbunden. Bei einer Beobachtung über mindestens 2 Jahre wirkte dieses Lächeln am natürlichsten. Mit dem Kaumuskelnerv wurde das Lächeln dort nie spontan. Das Team wählte diesen Nerv bevorzugt für Menschen über 70 und bei beidseitigem Möbius-Syndrom. Das ist eine angeborene Erkrankung, bei der meist beide Gesichtshälften gelähmt sind.</p>
<h2>Für wen das Verfahren infrage kommt</h2>
<p>Die Muskelverpflanzung eignet sich, wenn die Lähmung schon länger als etwa 12 bis 24 Monate besteht. Sie eignet sich auch bei angeborener Lähmung. Eine obere Zeitgrenze gibt es nicht. Auch viele Jahre nach Beginn der Lähmung ist sie noch möglich.</p>
<p>Bei Kindern mit Möbius-Syndrom ist sie die Behandlung der Wahl für das Lächeln. Oft wird dabei der Kaumuskelnerv genutzt. Manchmal werden beide Seiten nacheinander operiert. Mehr dazu unter <a href="/de/kinder/angeborene-fazialisparese/">Angeborene Fazialisparese</a>.</p>
<h2>Was der Oberschenkel verliert</h2>
<p>Nach Erfahrung spezialisierter Zentren bleibt am Bein keine Einschränkung der Funktion zurück. Sichtbar bleibt eine Narbe an der Innenseite des Oberschenkels.</p>
<h2>Mehr als ein Lächeln</h2>
<p>Der neue Muskel stützt auch die Wange. Das kann das Sprechen deutlicher und das Essen leichter machen.</p>
<h2>Nach der Operation: Geduld und Training</h2>
<p>Anfangs bewegt sich der verpflanzte Muskel nicht. Erst muss der Nerv in ihn einwachsen. Bis zu einem guten Ergebnis vergehen meist 6 bis 18 Monate oder mehr. In dieser Zeit üben Sie aktiv, begleitet von einer Therapeutin oder einem Therapeuten im <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</p>
<p>Bitte bedenken Sie: Der neue Muskel ersetzt vor allem das Lächeln. Alle Ausdrucksbewegungen eines gesunden Gesichts kann er nicht nachbilden. Nicht selten folgt später ein kleinerer Eingriff, der das Ergebnis verfeinert.</p>
<p class="notice">Eine Muskelverpflanzung braucht Zeit und Ihre aktive Mitarbeit. Rechnen Sie mit mehreren Monaten, bis sich der Muskel bewegt, und mit regelmäßigem Training.</p>""",
            "en": """<p>If a palsy has lasted a long time, your own facial muscles often can no longer be saved. A new muscle can then take over the smile. The same applies to congenital facial palsy, which is present from birth. In these cases, this procedure is regarded as the standard for a smile that moves.</p>
<h2>What the operation involves</h2>
<p>Usually part of the gracilis muscle is used. This is a slim muscle on the inner side of the thigh. A small piece of it is removed together with its artery, vein and nerve.</p>
<p>In the cheek, the tiny blood vessels and the nerve are joined under a microscope. This is called microsurgery. "Free" means that the muscle is completely detached and then gets a new blood supply in its new place. "Functional" means that it is meant to move actively later on.</p>
<h2>Which nerve controls the new muscle</h2>
<p>The new muscle needs a nerve to send it signals. There are three options:</p>
<ul>
<li><strong>A <a href="/en/surgery/cross-face-nerve-graft/">cross-face nerve graft</a></strong> from the healthy side of the face. This needs two operations. The smile looks most natural and can happen spontaneously. But it takes longer: first movements often appear only after about 12 to 18 months.</li>
<li><strong>The nerve of the chewing muscle.</strong> One operation is enough. The smile is stronger and comes sooner, often after about 3 to 6 months. But it is triggered by clenching your teeth.</li>
<li><strong>Both nerves at once</strong>, known as dual innervation. The chewing-muscle nerve provides strength, the fibres from the healthy side add spontaneity.</li>
</ul>
<p>The times to first movement are guide values from the information website of a specialist surgeon in the United States.</p>
<p>One large series from Taiwan, published in 2018, covered 361 muscle transfers. Of these, 78% were linked to a cross-face graft. Followed up for at least 2 years, this smile looked the most natural. With the chewing-muscle nerve, the smile never became spontaneous in that series. The team preferred this nerve for people over 70 and for Möbius syndrome affecting both sides. This is a condition present from birth in which both halves of the face are usually paralysed.</p>
<h2>Who it is for</h2>
<p>A muscle transfer is suitable if the palsy has lasted longer than about 12 to 24 months. It is also suitable for congenital palsy. There is no upper time limit. It is still possible many years after the palsy began.</p>
<p>In children with Möbius syndrome, it is the treatment of choice for the smile. The chewing-muscle nerve is often used. Sometimes the two sides are operated on one after the other. There is more under <a href="/en/children/congenital-facial-palsy/">congenital facial palsy</a>.</p>
<h2>What the thigh loses</h2>
<p>Specialist centres report that the leg does not lose any function. A scar on the inner thigh remains visible.</p>
<h2>More than a smile</h2>
<p>The new muscle also supports the cheek. This can make your speech clearer and eating easier.</p>
<h2>After the operation: patience and training</h2>
<p>At first, the transferred muscle does not move. The nerve has to grow into it first. A good result usually takes 6 to 18 months or longer. During this time you practise actively, guided by a therapist in <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>.</p>
<p>Please bear in mind that the new muscle mainly restores the smile. It cannot recreate every expression of a healthy face. A smaller follow-up operation to refine the result is not unusual.</p>
<p class="notice">A muscle transfer takes time and your active effort. Expect several months before the muscle moves, and regular training.</p>""",
        },
        "sources": [
            "S30.2",
            "S31.3",
            "S36.1",
            "S35.1",
            "S34.2",
            "S34.3",
            "S57",
            "S45.6",
            "S37.1",
            "S35.2",
        ],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-26",
    },
    # ------------------------------------------------------------------
    "temporalis-myoplasty": {
        "title": {
            "de": "Verlängerungs-Temporalismyoplastik",
            "en": "Lengthening temporalis myoplasty",
        },
        "summary": {
            "de": "Der Schläfenmuskel wird zum Mundwinkel verlagert und übernimmt das Lächeln. "
            "Ein Eingriff in einer Sitzung, danach etwa ein halbes Jahr Training.",
            "en": "The temple muscle is moved to the corner of the mouth and takes over the smile. "
            "One operation, followed by about six months of training.",
        },
        "body": {
            "de": """<p>Bei diesem Verfahren übernimmt ein Kaumuskel das Lächeln: der Schläfenmuskel, Musculus temporalis. Er liegt an der Schläfe. Sie können ihn spüren, wenn Sie die Hand an die Schläfe legen und die Zähne zusammenbeißen. Er wird nicht vom Gesichtsnerv versorgt, sondern vom Trigeminusnerv. Deshalb arbeitet er auch bei einer Fazialisparese weiter.</p>
<p>Die Methode geht auf den Chirurgen Labbé zurück. Daher spricht man auch von der Labbé-Technik. Der Name Verlängerungs-Temporalismyoplastik beschreibt das Vorgehen: Der Schläfenmuskel wird umgesetzt und dabei verlängert, sodass er bis zum Mundwinkel reicht.</p>
<h2>Was bei der Operation gemacht wird</h2>
<p>Normalerweise setzt der Schläfenmuskel an einem kleinen Knochenfortsatz des Unterkiefers an. Bei der Operation wird der ganze Muskel von diesem Fortsatz gelöst. Sein Ende wird an der Oberlippe und am Mundwinkel befestigt. Zieht sich der Muskel nun zusammen, hebt er den Mundwinkel an.</p>
<p>Es ist nur eine Operation nötig. Der Muskel behält seinen eigenen Nerv. Schon direkt nach dem Eingriff sitzt der Mundwinkel höher. Das Gesicht wirkt in Ruhe sofort ausgeglichener.</p>
<h2>Für wen das Verfahren geeignet ist</h2>
<p>Das Verfahren eignet sich bei einer schlaffen Lähmung. Das heißt: Die Gesichtsmuskeln auf der gelähmten Seite sind ohne Spannung. Der Trigeminusnerv, der die Kaumuskeln steuert, muss intakt sein.</p>
<p>Meist wird der Eingriff etwa 18 Monate nach Beginn der Lähmung durchgeführt. Zu diesem Zeitpunkt ist eine weitere Erholung von selbst kaum noch zu erwarten.</p>
<p>Auch für ältere Menschen kann das Verfahren sinnvoll sein. Ein deutsches Fachzentrum zeigt Beispiele von Behandelten zwischen 81 und 85 Jahren.</p>
<p>Es gibt auch ältere Varianten, den Schläfenmuskel zu nutzen. Sie sind nach den Chirurgen Gillies und McLaughlin benannt.</p>
<h2>Training nach der Operation</h2>
<p>Das Lächeln mit dem Schläfenmuskel müssen Sie neu lernen. Etwa 3 Wochen nach der Operation beginnt das Training. Es dauert ungefähr 6 Monate und verläuft in drei Stufen:</p>
<ol>
<li>Zuerst lächeln Sie, indem Sie die Zähne zusammenbeißen. Man nennt das „Beiß-Lächeln“.</li>
<li>Dann lernen Sie, bewusst zu lächeln, ohne fest zuzubeißen.</li>
<li>Das Ziel der letzten Stufe ist ein Lächeln, das von selbst kommt.</li>
</ol>
<p>Spezialisierte Therapeutinnen und Therapeuten zeigen Ihnen die Übungen. Üben Sie regelmäßig, auch zu Hause. Mehr dazu unter <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</p>
<h2>Was Sie erwarten können</h2>
<p>Die Symmetrie in Ruhe bessert sich sofort. Die Bewegung beim Lächeln entwickelt sich dagegen über Monate und hängt von Ihrem Training ab. Wie weit Sie kommen, ist von Mensch zu Mensch verschieden.</p>
<p>Das Kauen ist auf Dauer meist nicht beeinträchtigt. Der Muskel ersetzt vor allem das Lächeln. Alle Ausdrucksbewegungen eines gesunden Gesichts kann er nicht nachbilden.</p>
<p>Welche Risiken im Einzelnen bestehen, bespricht unser Team vor der Operation ausführlich mit Ihnen.</p>
<h2>Im Vergleich zu anderen Verfahren</h2>
<p>Eine <a href="/de/operative-therapie/freie-muskeltransplantation/">freie Muskeltransplantation</a> bringt einen Muskel vom Oberschenkel ins Gesicht. Sie braucht Mikrochirurgie und oft zwei Schritte. Die Verlängerungs-Temporalismyoplastik kommt mit einem Eingriff und ohne Muskel von einer anderen Körperstelle aus. Welcher Weg für Sie besser passt, klären Sie mit unserem Team.</p>
<p class="notice">Der Erfolg hängt wesentlich vom Training ab. Planen Sie für das erste halbe Jahr nach der Operation Zeit für regelmäßige Übungen ein.</p>""",
            "en": """<p>In this procedure, a chewing muscle takes over the smile: the temporalis muscle in the temple. You can feel it if you put your hand on your temple and clench your teeth. It is not supplied by the facial nerve but by the trigeminal nerve. That is why it keeps working when you have facial palsy.</p>
<p>The method was developed by the surgeon Labbé. It is therefore also called the Labbé technique. The name lengthening temporalis myoplasty describes what happens: the temporalis muscle is moved and lengthened so that it reaches the corner of the mouth.</p>
<h2>What the operation involves</h2>
<p>Normally the temporalis muscle is attached to a small bony projection of the lower jaw. During the operation, the whole muscle is released from this projection. Its end is then fixed to the upper lip and the corner of the mouth. When the muscle now tightens, it lifts the corner of the mouth.</p>
<p>Only one operation is needed. The muscle keeps its own nerve. Straight after the operation, the corner of the mouth sits higher. At rest, the face immediately looks more balanced.</p>
<h2>Who it suits</h2>
<p>The procedure is suitable for flaccid palsy. This means that the facial muscles on the paralysed side have no tone. The trigeminal nerve, which controls the chewing muscles, must be intact.</p>
<p>The operation is usually done about 18 months after the palsy began. By then, little further recovery on its own can be expected.</p>
<p>It can also be a good option for older people. A German specialist centre shows examples of patients aged 81 to 85.</p>
<p>There are also older ways of using the temporalis muscle. They are named after the surgeons Gillies and McLaughlin.</p>
<h2>Training after the operation</h2>
<p>You have to learn to smile with the temporalis muscle. Training starts about 3 weeks after the operation. It lasts around 6 months and has three stages:</p>
<ol>
<li>First you smile by clenching your teeth. This is called a "biting smile".</li>
<li>Then you learn to smile on purpose without biting hard.</li>
<li>The aim of the last stage is a smile that comes on its own.</li>
</ol>
<p>Specialist therapists will show you the exercises. Practise regularly, at home as well. There is more under <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>.</p>
<h2>What you can expect</h2>
<p>The symmetry at rest improves immediately. Movement when you smile, however, develops over months and depends on your training. How far you get differs from person to person.</p>
<p>Chewing is usually not affected in the long term. The muscle mainly restores the smile. It cannot recreate every expression of a healthy face.</p>
<p>Our team will discuss the possible risks with you in detail before the operation.</p>
<h2>Compared with other procedures</h2>
<p>A <a href="/en/surgery/free-functional-muscle-transfer/">free functional muscle transfer</a> brings a muscle from the thigh into the face. It needs microsurgery and often two stages. A lengthening temporalis myoplasty needs one operation and no muscle from elsewhere in the body. Our team will help you work out which route suits you better.</p>
<p class="notice">Success depends a great deal on training. Set aside time for regular exercises in the first six months after the operation.</p>""",
        },
        "sources": ["S37.1", "S37.2", "S31.2", "S54"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-26",
    },
    # ------------------------------------------------------------------
    "eyelid-procedures": {
        "title": {"de": "Lid- und Augenoperationen", "en": "Eyelid and eye procedures"},
        "summary": {
            "de": "Wie Lidgewichte, eine Unterlidstraffung und andere Eingriffe das Auge schützen, "
            "wenn sich das Lid nicht mehr richtig schließt.",
            "en": "How eyelid weights, lower-lid tightening and other procedures protect the eye "
            "when the eyelid no longer closes properly.",
        },
        "body": {
            "de": """<p>Bei einer Fazialisparese schließt sich das Auge oft nicht mehr vollständig. Fachleute nennen das Lagophthalmus. Auch der Lidschlag fehlt, der die Tränen verteilt. Die Hornhaut – die klare Vorderfläche des Auges – kann dann austrocknen. Ohne Schutz kann sie sich entzünden, ein Geschwür bilden und vernarben. Im schlimmsten Fall leidet das Sehen auf Dauer.</p>
<p>Tropfen, Salben und ein Schutz für die Nacht sind die Grundlage. Wie das geht, lesen Sie unter <a href="/de/das-auge-schuetzen/augenpflege-im-alltag/">Augenpflege im Alltag</a>. Reicht das nicht aus, können Operationen helfen.</p>
<p class="notice">Lassen Sie Ihr Auge umgehend augenärztlich untersuchen, wenn es schmerzt, rot wird, Sie verschwommen sehen oder Licht schlecht vertragen. Ist das Gefühl in der Hornhaut gestört, kann ein Schaden auch ohne Schmerzen entstehen.</p>
<h2>Das Oberlid beschweren</h2>
<p>Bei der Oberlidbeschwerung wird ein kleines Gewicht aus Gold oder Platin in das Oberlid eingesetzt. Beim Schließen hilft dann die Schwerkraft mit. Statt eines festen Plättchens gibt es auch eine feine Platinkette. Sie ist kleiner und passt sich der Form des Lides besser an.</p>
<p>Vor der Operation wird das passende Gewicht ausprobiert. Dazu werden Testgewichte auf das Lid geklebt. Meist liegt das Gewicht zwischen etwa 0,8 und 1,6 Gramm. Das Gewicht lässt sich später wieder entfernen.</p>
<p>Mögliche Probleme sind:</p>
<ul>
<li>Das Gewicht zeichnet sich unter der Haut ab.</li>
<li>Es verrutscht oder tritt durch die Haut nach außen.</li>
<li>Das Lid hängt zu tief.</li>
<li>Die Krümmung der Hornhaut verändert sich. Das heißt Astigmatismus und kann das Sehen verzerren.</li>
<li>Die Wirkung ist zu schwach oder zu stark.</li>
</ul>
<p>Tropfen oder Salbe brauchen Sie meist auch danach noch.</p>
<p>Wann ein Lidgewicht sinnvoll ist, sehen Fachleute unterschiedlich. Ein deutsches Fachzentrum empfiehlt es bei Erwachsenen schon in den ersten Wochen, wenn das Auge gefährdet ist. Die deutsche Leitlinie nennt es als Möglichkeit bei einer Lähmung, die bestehen bleibt.</p>
<h2>Das Unterlid straffen</h2>
<p>Das gelähmte Unterlid kann erschlaffen und vom Auge abkippen. Das heißt paralytisches Ektropium. Dann ist unter der farbigen Regenbogenhaut ein weißer Streifen zu sehen. Tränen laufen über die Wange. Ein tränendes Auge kann trotzdem zu trocken sein.</p>
<p>Bei der Unterlidstraffung wird das Lid am äußeren Augenwinkel gestrafft und neu befestigt. Die Fachbegriffe sind laterale Tarsalzungenplastik oder Kanthopexie. Kippt das Lid am inneren Augenwinkel ab, wird es dort gestrafft (mediale Kanthoplastik). Manchmal braucht das Lid zusätzlich ein stützendes Gewebestück. Oder die Wange wird mit angehoben (Mittelgesichtsstraffung).</p>
<h2>Die Lidspalte verkleinern</h2>
<p>Bei einer Tarsorrhaphie werden Ober- und Unterlid an einer Stelle miteinander vernäht, meist am äußeren Lidwinkel. Das verkleinert die Lidspalte und schützt die Hornhaut. Als Übergangslösung kann das sinnvoll sein.</p>
<p>Eine weitere Übergangslösung ist Botulinumtoxin in den Lidheber. Das Oberlid senkt sich dann für einige Zeit und deckt das Auge besser ab.</p>
<p>Eine dauerhafte Tarsorrhaphie ist heute schweren Hornhautschäden vorbehalten, die sich anders nicht beherrschen lassen.</p>
<h2>Bewegung in den Lidschluss zurückbringen</h2>
<p>Die genannten Eingriffe helfen passiv. Manche Verfahren können den Lidschluss wieder aktiv machen. Dazu gehört ein <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a> oder ein <a href="/de/operative-therapie/cross-face-nerventransplantat/">Cross-Face-Nerventransplantat</a> zum Augenast des Gesichtsnervs. Auch eine Umlagerung des Schläfenmuskels kann einen willentlichen Lidschluss ermöglichen.</p>
<h2>Bei Kindern</h2>
<p>Nach Erfahrung eines deutschen Fachzentrums reicht der Lidschluss bei Kindern mit angeborener oder früh erworbener Lähmung oft über Jahre aus. Achten Sie trotzdem auf die <a href="/de/das-auge-schuetzen/warnzeichen-am-auge/">Warnzeichen am Auge</a>. Bei Erwachsenen hat der Schutz der Hornhaut Vorrang.</p>""",
            "en": """<p>With facial palsy, the eye often no longer closes completely. Doctors call this lagophthalmos. Blinking, which spreads the tears, is missing too. The cornea – the clear front surface of the eye – can then dry out. Without protection it can become inflamed, develop an ulcer and scar. In the worst case, your sight is harmed for good.</p>
<p>Drops, ointment and protection at night are the basis. You can find out how under <a href="/en/protecting-the-eye/everyday-eye-care/">everyday eye care</a>. If that is not enough, surgery can help.</p>
<p class="notice">Have your eye checked by an eye doctor straight away if it hurts, turns red, your vision becomes blurred or light bothers you. If the cornea has lost its feeling, damage can happen without any pain.</p>
<h2>Weighting the upper eyelid</h2>
<p>In upper-lid loading, a small gold or platinum weight is placed in the upper eyelid. Gravity then helps the lid to close. Instead of a rigid plate, a fine platinum chain can be used. It is smaller and fits the shape of the lid better.</p>
<p>Before the operation, the right weight is tested. Test weights are taped onto the eyelid for this. The weight is usually between about 0.8 and 1.6 grams. It can be removed again later.</p>
<p>Possible problems include:</p>
<ul>
<li>The weight shows under the skin.</li>
<li>It moves out of place or pushes out through the skin.</li>
<li>The eyelid droops too low.</li>
<li>The curve of the cornea changes. This is called astigmatism and can distort vision.</li>
<li>The effect is too weak or too strong.</li>
</ul>
<p>You will usually still need drops or ointment afterwards.</p>
<p>Experts differ on when an eyelid weight makes sense. One German specialist centre recommends it for adults within the first weeks if the eye is at risk. The German guideline lists it as an option when the palsy persists.</p>
<h2>Tightening the lower eyelid</h2>
<p>The paralysed lower eyelid can become slack and fall away from the eye. This is called paralytic ectropion. A strip of white then shows below the coloured part of the eye. Tears run down the cheek. Even so, a watering eye can still be too dry.</p>
<p>In lower-lid tightening, the lid is tightened and re-anchored at the outer corner of the eye. The technical terms are lateral tarsal strip or canthopexy. If the lid falls away at the inner corner, it is tightened there instead (medial canthoplasty). Sometimes the lid also needs a small piece of supporting tissue. Or the cheek is lifted as well (midface lift).</p>
<h2>Narrowing the eye opening</h2>
<p>In a tarsorrhaphy, the upper and lower eyelids are stitched together at one point, usually at the outer corner. This narrows the eye opening and protects the cornea. It can be useful as a temporary measure.</p>
<p>Another temporary option is botulinum toxin injected into the muscle that lifts the eyelid. The upper lid then drops for a while and covers the eye better.</p>
<p>Today, a permanent tarsorrhaphy is kept for severe corneal damage that cannot be controlled in any other way.</p>
<h2>Bringing movement back to eye closure</h2>
<p>The procedures above work passively. Some procedures can make eye closure active again. These include a <a href="/en/surgery/nerve-transfers/">nerve transfer</a> or a <a href="/en/surgery/cross-face-nerve-graft/">cross-face nerve graft</a> to the eye branch of the facial nerve. Moving the temporalis muscle can also make it possible to close the eye on purpose.</p>
<h2>In children</h2>
<p>One German specialist centre reports that in children with facial palsy from birth or from early childhood, eye closure often stays good enough for years. Even so, watch out for the <a href="/en/protecting-the-eye/eye-warning-signs/">warning signs in the eye</a>. In adults, protecting the cornea comes first.</p>""",
        },
        "sources": [
            "S39.2",
            "S39.1",
            "S39.3",
            "S39.4",
            "S39.5",
            "S59.1",
            "S59.2",
            "S4",
            "S44.1",
            "S44.3",
            "S31.1",
            "S31.2",
        ],
        "author": "weber",
        "reviewer": "schneider",
        "last_reviewed": "2026-11-02",
    },
    # ------------------------------------------------------------------
    "static-procedures": {
        "title": {
            "de": "Statische Verfahren und Zügelplastik",
            "en": "Static procedures and slings",
        },
        "summary": {
            "de": "Eine Zügelplastik hebt den hängenden Mundwinkel an und bringt in Ruhe mehr "
            "Symmetrie. Bewegung erzeugt sie nicht, dafür ist der Eingriff kürzer.",
            "en": "A static sling lifts a drooping corner of the mouth and gives more symmetry at "
            "rest. It creates no movement, but the operation is shorter.",
        },
        "body": {
            "de": """<p>„Statisch“ heißt: Das Verfahren bringt keine Bewegung zurück. Es verbessert die Lage der Gewebe, wenn das Gesicht ruht. Dynamische Verfahren wie ein Nerventransfer oder eine Muskelverpflanzung sollen dagegen Bewegung ermöglichen.</p>
<p>Das wichtigste statische Verfahren für den Mund ist die Zügelplastik. Man spricht auch von Faszienzügel oder Aufhängeplastik.</p>
<h2>Was bei der Zügelplastik gemacht wird</h2>
<p>Dafür wird ein Streifen Faszie vom Oberschenkel entnommen. Faszie ist eine feste Hülle aus Bindegewebe um die Muskeln. Der Fachbegriff lautet Fascia lata. Der Streifen wird am Mundwinkel befestigt. Sein anderes Ende wird am Jochbogen verankert, einem Knochenbogen am Wangenknochen. So hält er den Mundwinkel oben.</p>
<p>Für die Entnahme ist ein zusätzlicher Schnitt am Oberschenkel nötig.</p>
<h2>Was Sie erwarten können</h2>
<ul>
<li>Das Gesicht wirkt in Ruhe sofort symmetrischer.</li>
<li>Der Mund schließt besser. Beim Trinken geht weniger daneben.</li>
<li>Das Sprechen kann deutlicher werden.</li>
</ul>
<p>Beim Lächeln bewegt sich der Mundwinkel aber nicht mit. Der Zügel gibt Halt, keine Bewegung. Er ist also vor allem eine Hilfe für das Gesicht in Ruhe.</p>
<h2>Für wen eine Zügelplastik infrage kommt</h2>
<p>Die Zügelplastik ist jederzeit möglich, auch viele Jahre nach Beginn der Lähmung. Sie eignet sich besonders für Menschen, die eine lange Operation nicht gut vertragen würden. Das gilt auch, wenn Sie sich einen langen Eingriff nicht wünschen.</p>
<p>Sie lässt sich auch mit dynamischen Verfahren kombinieren. Dann sorgt der Zügel für Halt in Ruhe, das andere Verfahren für Bewegung.</p>
<p>Ein deutsches Fachzentrum berichtet von Erfahrungen mit Menschen ab etwa 75 Jahren. Bei ihnen bringen Zügelplastiken und Muskelersatz-Operationen nach seiner Einschätzung deutliche Verbesserungen.</p>
<p>Bei Kindern wartet man mit einer Zügelplastik in der Regel, bis das Gewebe im Gesicht ausgereift ist. Mehr dazu unter <a href="/de/kinder/angeborene-fazialisparese/">Angeborene Fazialisparese</a>.</p>
<h2>Grenzen</h2>
<p>Die Faszie dehnt sich über die Jahre. Der Mundwinkel kann deshalb mit der Zeit wieder etwas absinken. Eine Zügelplastik ersetzt außerdem kein Verfahren, das Bewegung zurückbringt.</p>
<p>Ist Ihre Lähmung noch nicht lange da, fragen Sie unser Team deshalb zuerst nach den dynamischen Möglichkeiten. Solange Ihre eigenen Muskeln noch erhalten sind, kann ein <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a> infrage kommen.</p>
<h2>Weitere statische Eingriffe</h2>
<p>Statische Eingriffe gibt es auch an Auge und Stirn. Dazu gehören ein Gewicht im Oberlid, eine Unterlidstraffung und das Anheben der Augenbraue. Auch sie sind grundsätzlich jederzeit möglich. Mehr lesen Sie unter <a href="/de/operative-therapie/lid-und-augenoperationen/">Lid- und Augenoperationen</a> und <a href="/de/operative-therapie/facelift-und-stirnlift/">Facelift und Stirnlift</a>.</p>
<h2>Fragen für Ihr Gespräch</h2>
<p>Diese Fragen können Ihnen bei der Entscheidung helfen:</p>
<ul>
<li>Ist bei mir noch ein Verfahren möglich, das Bewegung zurückbringt?</li>
<li>Was ist mir wichtiger: ein kürzerer Eingriff oder die Chance auf Bewegung?</li>
<li>Lässt sich die Zügelplastik später mit anderen Eingriffen ergänzen?</li>
<li>Wo entstehen Narben, und wie sehen sie später aus?</li>
<li>Wie lange dauert der Eingriff, und wie lange bleibe ich im Krankenhaus?</li>
<li>Was ist möglich, wenn der Mundwinkel später wieder absinkt?</li>
</ul>
<p class="notice">Eine Zügelplastik verbessert das Gesicht in Ruhe, bewegt den Mundwinkel aber nicht. Lassen Sie sich vorher beraten, ob für Sie auch ein dynamisches Verfahren infrage kommt.</p>""",
            "en": """<p>"Static" means that the procedure does not bring back movement. It improves the position of the tissues when your face is at rest. Dynamic procedures, such as a nerve transfer or a muscle transfer, aim to restore movement instead.</p>
<p>The main static procedure for the mouth is the static sling, also called a fascial sling.</p>
<h2>What a static sling involves</h2>
<p>A strip of fascia is taken from the thigh. Fascia is a tough sheet of connective tissue that wraps around the muscles. The medical term is fascia lata. The strip is attached to the corner of the mouth. Its other end is anchored to the zygomatic arch, a bony arch at the cheekbone. In this way it holds the corner of the mouth up.</p>
<p>An extra cut on the thigh is needed to take the fascia.</p>
<h2>What you can expect</h2>
<ul>
<li>Your face looks more even at rest straight away.</li>
<li>Your lips seal better. Fewer spills when you drink.</li>
<li>Your speech can become clearer.</li>
</ul>
<p>When you smile, however, the corner of the mouth does not move with it. The sling gives support, not movement. So it mainly helps your face at rest.</p>
<h2>Who a static sling suits</h2>
<p>A static sling is possible at any time, even many years after the palsy began. It is especially suitable for people whose health would not cope well with a long operation. It also suits people who do not want a long operation.</p>
<p>It can be combined with dynamic procedures too. The sling then gives support at rest, and the other procedure provides movement.</p>
<p>A German specialist centre reports its experience with people aged about 75 and over. In its view, slings and muscle replacement operations bring clear improvements for them.</p>
<p>In children, a sling is usually postponed until the tissues of the face have matured. There is more under <a href="/en/children/congenital-facial-palsy/">congenital facial palsy</a>.</p>
<h2>Limits</h2>
<p>The fascia stretches over the years. The corner of the mouth can therefore drop a little again over time. A sling also cannot replace a procedure that brings back movement.</p>
<p>If your palsy is fairly recent, ask our team about the dynamic options first. While your own muscles are still alive, a <a href="/en/surgery/nerve-transfers/">nerve transfer</a> may be possible.</p>
<h2>Other static procedures</h2>
<p>There are static procedures for the eye and forehead as well. These include a weight in the upper eyelid, lower-lid tightening and lifting the eyebrow. They too can in principle be done at any time. You can read more under <a href="/en/surgery/eyelid-and-eye-procedures/">eyelid and eye procedures</a> and <a href="/en/surgery/facelift-and-brow-lift/">facelift and brow lift</a>.</p>
<h2>Questions for your consultation</h2>
<p>These questions may help you decide:</p>
<ul>
<li>Is a procedure that restores movement still possible for me?</li>
<li>What matters more to me: a shorter operation or the chance of movement?</li>
<li>Can the sling be combined with other procedures later?</li>
<li>Where will the scars be, and how will they look later?</li>
<li>How long does the operation take, and how long will I stay in hospital?</li>
<li>What can be done if the corner of my mouth drops again later?</li>
</ul>
<p class="notice">A static sling improves your face at rest but does not move the corner of your mouth. Ask for advice beforehand on whether a dynamic procedure could also work for you.</p>""",
        },
        "sources": ["S38.1", "S38.2", "S38.3", "S31.2", "S39.3", "S42.1"],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-11-02",
    },
    # ------------------------------------------------------------------
    "synkinesis-treatment": {
        "title": {"de": "Behandlung von Synkinesien", "en": "Treating synkinesis"},
        "summary": {
            "de": "Erst Training, dann Botulinumtoxin, dann Operation: wie unwillkürliche "
            "Mitbewegungen behandelt werden und was Studien zu den Eingriffen zeigen.",
            "en": "Training first, then botulinum toxin, then surgery: how unwanted facial "
            "co-movements are treated and what studies show about the operations.",
        },
        "body": {
            "de": """<p>Nach einer Fazialisparese wachsen Nervenfasern manchmal fehlgeleitet nach. Sie erreichen dann die falschen Muskeln. So entstehen Synkinesien – unwillkürliche Mitbewegungen. Beim Lächeln schließt sich zum Beispiel das Auge. Oder beim Blinzeln bewegen sich Wange oder Kinn mit. Manche Betroffene erleben ihr Gesicht als verspannt oder wie eingefroren.</p>
<p>Mehr über die Entstehung lesen Sie unter <a href="/de/formen-und-schweregrade/synkinesien/">Synkinesien</a>.</p>
<h2>Die Reihenfolge: Training, Botulinumtoxin, Operation</h2>
<p>Internationale Empfehlungen aus dem Jahr 2022 sehen eine feste Reihenfolge vor:</p>
<ol>
<li><strong>Fazialistraining:</strong> Mit spezialisierten Therapeutinnen und Therapeuten lernen Sie, Mitbewegungen zu kontrollieren. Das ist die erste Behandlung.</li>
<li><strong>Botulinumtoxin:</strong> Gezielte Spritzen schwächen überaktive Muskeln für mehrere Monate. Die Behandlung lässt sich wiederholen.</li>
<li><strong>Operation:</strong> Sie kommt infrage, wenn Training und Botulinumtoxin nicht genug helfen.</li>
</ol>
<p>Operiert wird erst, wenn sich die Erholung nicht mehr weiter verändert. Das kann Monate oder Jahre nach Beginn der Lähmung sein. Mehr zu den ersten Stufen finden Sie unter <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a> und <a href="/de/konservative-therapie/botulinumtoxin/">Botulinumtoxin</a>.</p>
<h2>Selektive Neurektomie</h2>
<p>Neurektomie bedeutet: Ein Nerv wird durchtrennt. Bei der selektiven Neurektomie sucht die Chirurgin oder der Chirurg einzelne feine Äste des Gesichtsnervs auf. Äste zu Muskeln, die dem Lächeln entgegenwirken, werden durchtrennt. Äste, die das Lächeln tragen, bleiben erhalten.</p>
<p>Vor der Operation wird mit Botulinumtoxin getestet, wie das Gesicht ohne die störenden Muskeln aussieht.</p>
<p><strong>Was eine Studie zeigt:</strong> Eine Studie von 2019 wertete eine weiterentwickelte Form dieser Operation bei 63 Betroffenen aus. Schwere Komplikationen traten nicht auf. 17\u202f% brauchten einen weiteren Eingriff. Bei 11\u202f% schloss der Mund vorübergehend nicht dicht. Dann kann zum Beispiel beim Trinken etwas herauslaufen. Auf einer ärztlichen Bewertungsskala für das Gesicht (eFACE) besserten sich die Werte deutlich.</p>
<p>Ob die Wirkung auf Dauer anhält, ist nicht sicher. Nach Erfahrung eines deutschen Fachzentrums können Nervenfasern nachwachsen, vor allem rund um das Auge. Die Wirkung kann dann nachlassen.</p>
<h2>Myektomie</h2>
<p>Bei einer Myektomie wird ein störender Muskel ganz oder teilweise entfernt. Häufig betrifft das den Mundwinkelsenker (Musculus depressor anguli oris). Er zieht den Mundwinkel nach unten. Auch der Wangenmuskel (Musculus buccinator) kann betroffen sein. Bei sichtbaren Strängen am Hals wird ein Teil des flachen Halsmuskels entfernt, des Platysmas.</p>
<p>Vorher lässt sich die Wirkung testen. Dafür wird der Mundwinkelsenker mit einem örtlichen Betäubungsmittel kurz ausgeschaltet. Das Ergebnis hilft abzuschätzen, wie gut die Operation wirken wird.</p>
<h2>Kombinationen mit anderen Eingriffen</h2>
<p>Ist das Lächeln zusätzlich schwach, lassen sich diese Eingriffe mit einem <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a> oder einer <a href="/de/operative-therapie/freie-muskeltransplantation/">Muskelverpflanzung</a> verbinden. Bei Mitbewegungen der Augenbraue kann ein endoskopischer Stirnlift helfen. Manche Teams kombinieren die Neurektomie mit einem Facelift, um das Gesicht symmetrischer auszurichten.</p>
<h2>Was Sie erwarten können</h2>
<p>Die Eingriffe sollen Spannung lösen und das Lächeln freier machen. Ein ganz normales Gesicht können sie nicht versprechen. Auch nach der Operation bleibt das Training ein wichtiger Teil der Behandlung.</p>
<p class="notice">Eine Operation gegen Synkinesien kommt erst nach Training und Botulinumtoxin infrage. Sprechen Sie mit unserem Team, ob diese Schritte bei Ihnen schon ausgeschöpft sind.</p>""",
            "en": """<p>After facial palsy, nerve fibres sometimes grow back along the wrong paths. They then reach the wrong muscles. This causes synkinesis – unwanted movements that happen together with intended ones. For example, your eye closes when you smile. Or your cheek or chin moves when you blink. Some people describe their face as tight or frozen.</p>
<p>You can read more about how it develops under <a href="/en/forms-and-grading/synkinesis/">synkinesis</a>.</p>
<h2>The order: training, botulinum toxin, surgery</h2>
<p>International recommendations from 2022 set out a clear order:</p>
<ol>
<li><strong>Facial retraining:</strong> With specialist therapists you learn to control the unwanted movements. This is the first treatment.</li>
<li><strong>Botulinum toxin:</strong> Targeted injections weaken overactive muscles for several months. The treatment can be repeated.</li>
<li><strong>Surgery:</strong> This is an option if training and botulinum toxin do not help enough.</li>
</ol>
<p>Surgery only takes place once recovery has stopped changing. This may be months or years after the palsy began. You can find more about the first steps under <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a> and <a href="/en/non-operative-therapy/botulinum-toxin/">botulinum toxin</a>.</p>
<h2>Selective neurectomy</h2>
<p>Neurectomy means cutting a nerve. In a selective neurectomy, the surgeon locates individual fine branches of the facial nerve. Branches to muscles that work against the smile are cut. Branches that drive the smile are kept.</p>
<p>Before surgery, botulinum toxin is used as a test. It shows how the face looks without the troublesome muscles.</p>
<p><strong>What one study shows:</strong> A study from 2019 looked at a refined form of this operation in 63 patients. There were no serious complications. 17% needed a further operation. In 11%, the lips did not seal properly for a while. Drinks, for example, can then leak out. Scores on a doctor-rated scale for facial function (eFACE) improved clearly.</p>
<p>It is not certain that the effect lasts. A German specialist centre reports that nerve fibres can grow back, especially around the eye. The effect may then fade.</p>
<h2>Myectomy</h2>
<p>In a myectomy, a troublesome muscle is removed completely or in part. Often this is the muscle that pulls the corner of the mouth down (depressor anguli oris). The cheek muscle (buccinator) can also be involved. For visible bands in the neck, part of the thin, flat neck muscle is removed, the platysma.</p>
<p>The effect can be tested beforehand. For this, the muscle that pulls the mouth corner down is briefly switched off with a local anaesthetic. The result helps to predict how well the operation will work.</p>
<h2>Combining with other procedures</h2>
<p>If the smile is also weak, these operations can be combined with a <a href="/en/surgery/nerve-transfers/">nerve transfer</a> or a <a href="/en/surgery/free-functional-muscle-transfer/">muscle transfer</a>. If the eyebrow moves unintentionally, an endoscopic brow lift can help. Some teams combine neurectomy with a facelift to make the face more symmetrical.</p>
<h2>What you can expect</h2>
<p>These operations aim to ease tightness and free up the smile. They cannot promise a completely normal face. Training remains an important part of treatment after surgery too.</p>
<p class="notice">Surgery for synkinesis only comes after training and botulinum toxin. Talk to our team about whether these steps have been fully tried in your case.</p>""",
        },
        "sources": ["S28", "S25", "S27", "S40.1", "S40.2", "S40.4", "S35.1", "S42.2", "S41.2"],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-11-09",
    },
    # ------------------------------------------------------------------
    "facelift-brow-lift": {
        "title": {"de": "Facelift und Stirnlift", "en": "Facelift and brow lift"},
        "summary": {
            "de": "Stirnlift und Facelift heben abgesunkenes Gewebe an. Sie verbessern die "
            "Symmetrie in Ruhe und können das Sehfeld freigeben – oft zusammen mit anderen Eingriffen.",
            "en": "A brow lift and a facelift raise tissue that has dropped. They improve symmetry at "
            "rest and can free up your field of vision – often with other procedures.",
        },
        "body": {
            "de": """<p>Bei einer schlaffen Fazialisparese fehlt den Gesichtsmuskeln die Spannung. Augenbraue und Mundwinkel hängen auf der gelähmten Seite nach unten. Stirnlift und Facelift heben diese Gewebe wieder an. Sie bringen keine Bewegung zurück. Sie verbessern aber die Symmetrie in Ruhe.</p>
<p>Das ist mehr als eine Frage des Aussehens. Eine Studie zeigte: Andere Menschen deuten ein gelähmtes Gesicht als negativ gestimmt. Das gilt sogar dann, wenn die Person lächelt.</p>
<h2>Der Stirnlift: die Augenbraue anheben</h2>
<p>Der Stirnmuskel hebt normalerweise die Augenbraue. Ist er gelähmt, sinken Braue und Oberlid nach unten. Das kann das Sehfeld nach oben einschränken.</p>
<p>Für das Anheben gibt es zwei Wege:</p>
<ul>
<li><strong>Direkte Brauenanhebung:</strong> Die Braue wird direkt angehoben und in der neuen Lage befestigt. Man spricht auch von Browpexie.</li>
<li><strong>Endoskopischer Stirnlift:</strong> Über kleine Schnitte im behaarten Kopf wird eine dünne Kamera mit feinen Instrumenten eingeführt. Die Schnitte liegen danach verdeckt im Haar.</li>
</ul>
<p>Nach Erfahrung spezialisierter Zentren kann ein endoskopischer Stirnlift auch bei Synkinesien der Braue helfen. Dabei bewegt sich die Braue unwillkürlich mit, wenn andere Teile des Gesichts sich bewegen.</p>
<p>Ein Stirnlift ist grundsätzlich jederzeit möglich.</p>
<h2>Facelift und Mittelgesichtsstraffung</h2>
<p>Beim Facelift, auch Gesichtsstraffung genannt, werden die abgesunkenen Gewebe von Wange und Gesicht angehoben. Die Mittelgesichtsstraffung hebt gezielt die Wange unterhalb des Auges an. Das kann zusätzlich das Unterlid stützen. Sie wird deshalb manchmal zusammen mit einer Unterlidstraffung geplant.</p>
<p>Beide Eingriffe verbessern die Symmetrie in Ruhe. An der Bewegung beim Lächeln ändern sie nichts.</p>
<h2>In Kombination mit anderen Eingriffen</h2>
<p>Oft wird ein Facelift mit anderen Operationen verbunden. Dazu gehören eine <a href="/de/operative-therapie/statische-verfahren-und-zuegelplastik/">Zügelplastik</a> oder eine <a href="/de/operative-therapie/freie-muskeltransplantation/">Muskelverpflanzung</a>. Bei Synkinesien kombinieren manche Teams das Facelift mit einer selektiven Neurektomie. Dabei werden gezielt kleine Nervenäste durchtrennt. So wird das Gesicht insgesamt symmetrischer ausgerichtet. Mehr dazu unter <a href="/de/operative-therapie/behandlung-von-synkinesien/">Behandlung von Synkinesien</a>.</p>
<p>Welche Kombination für Sie passt, plant unser Team gemeinsam mit Ihnen.</p>
<h2>Was Sie bedenken sollten</h2>
<p>Ein Stirn- oder Facelift ersetzt keine Behandlung, die Bewegung zurückbringt. Ist Ihre Lähmung noch nicht lange da, klären Sie zuerst, ob Nerv und Muskeln noch zu retten sind. Mehr dazu unter <a href="/de/warum-der-zeitpunkt-entscheidet/zeitfenster-fuer-operationen/">Zeitfenster für Operationen</a>.</p>
<p>Wenn Ihr Auge nicht richtig schließt, hat sein Schutz Vorrang. Besprechen Sie daher auch das Auge mit unserem Team, bevor an Stirn oder Lid operiert wird. Hinweise finden Sie unter <a href="/de/operative-therapie/lid-und-augenoperationen/">Lid- und Augenoperationen</a>.</p>
<h2>Fragen für Ihr Gespräch</h2>
<p>Welche Risiken ein Eingriff für Sie hat, bespricht unser Team vor der Operation ausführlich mit Ihnen. Diese Fragen können Ihnen helfen:</p>
<ul>
<li>Welches Verfahren passt zu meiner Stirn und meiner Wange?</li>
<li>Ist bei mir noch ein Verfahren möglich, das Bewegung zurückbringt?</li>
<li>Lässt sich der Eingriff mit einer anderen Operation verbinden?</li>
<li>Wo entstehen Narben, und wie sehen sie später aus?</li>
<li>Wie lange sollte ich mich nach der Operation schonen?</li>
</ul>
<p class="notice">Hängt Ihre Augenbraue so tief, dass sie Ihr Sehen nach oben einschränkt? Dann ist ein Stirnlift kein reiner Schönheitseingriff. Sprechen Sie unser Team darauf an.</p>""",
            "en": """<p>In flaccid facial palsy, the facial muscles have no tone. The eyebrow and the corner of the mouth droop on the paralysed side. A brow lift and a facelift raise these tissues again. They do not bring back movement. But they do improve symmetry at rest.</p>
<p>This is about more than appearance. One study showed that other people read a paralysed face as being in a negative mood. This was true even when the person was smiling.</p>
<h2>The brow lift: raising the eyebrow</h2>
<p>The forehead muscle normally lifts the eyebrow. If it is paralysed, the brow and the upper eyelid drop. This can limit your field of vision upwards.</p>
<p>There are two ways to lift it:</p>
<ul>
<li><strong>Direct brow lift:</strong> the eyebrow is lifted directly and fixed in its new position. This is also called a brow-pexy.</li>
<li><strong>Endoscopic brow lift:</strong> a thin camera and fine instruments are passed through small cuts in the scalp. The cuts are then hidden in the hair.</li>
</ul>
<p>Specialist centres report that an endoscopic brow lift can also help with synkinesis of the eyebrow. This means the brow moves involuntarily when other parts of the face move.</p>
<p>A brow lift can in principle be done at any time.</p>
<h2>Facelift and midface lift</h2>
<p>In a facelift, the dropped tissues of the cheek and face are lifted. A midface lift specifically raises the cheek below the eye. This can also support the lower eyelid. It is therefore sometimes planned together with lower-lid tightening.</p>
<p>Both operations improve symmetry at rest. They do not change how the face moves when you smile.</p>
<h2>Combined with other procedures</h2>
<p>A facelift is often combined with other operations. These include a <a href="/en/surgery/static-procedures-and-slings/">static sling</a> or a <a href="/en/surgery/free-functional-muscle-transfer/">muscle transfer</a>. For synkinesis, some teams combine a facelift with a selective neurectomy. In this operation, small nerve branches are cut in a targeted way. Together, this makes the face more symmetrical overall. There is more under <a href="/en/surgery/treating-synkinesis/">treating synkinesis</a>.</p>
<p>Our team will plan with you which combination suits you.</p>
<h2>Points to consider</h2>
<p>A brow lift or facelift does not replace treatment that restores movement. If your palsy is fairly recent, first find out whether the nerve and muscles can still be saved. There is more under <a href="/en/why-timing-matters/time-windows-for-surgery/">time windows for surgery</a>.</p>
<p>If your eye does not close properly, protecting it comes first. So please discuss your eye with our team before any surgery on the brow or eyelid. You can find guidance under <a href="/en/surgery/eyelid-and-eye-procedures/">eyelid and eye procedures</a>.</p>
<h2>Questions for your consultation</h2>
<p>Our team will discuss the risks of any operation with you in detail beforehand. These questions may help you:</p>
<ul>
<li>Which procedure suits my forehead and my cheek?</li>
<li>Is a procedure that restores movement still possible for me?</li>
<li>Can the operation be combined with another procedure?</li>
<li>Where will the scars be, and how will they look later?</li>
<li>How long should I take things easy after the operation?</li>
</ul>
<p class="notice">Does your eyebrow droop so low that it limits your vision upwards? Then a brow lift is not just a cosmetic operation. Ask our team about it.</p>""",
        },
        "sources": ["S42.1", "S42.2", "S42.3", "S40.1", "S39.4", "S26.1", "S38.1"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-11-09",
    },
}
