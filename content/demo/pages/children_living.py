"""Pages of the sections "Kinder / Children" and "Leben mit Fazialisparese / Living with facial palsy"."""

PAGES = {
    # ------------------------------------------------------------------
    # Section: children
    # ------------------------------------------------------------------
    "children": {
        "title": {
            "de": "Fazialisparese bei Kindern",
            "en": "Facial palsy in children",
        },
        "summary": {
            "de": "Bei Kindern hat eine Gesichtslähmung oft andere Ursachen als bei Erwachsenen und heilt meist besser aus. Was Eltern jetzt wissen und tun sollten.",
            "en": "In children, facial palsy often has different causes from those in adults, and recovery is usually better. What parents should know and do now.",
        },
        "body": {
            "de": """<p>Eine Fazialisparese ist eine Lähmung des Gesichtsnervs. Das Gesicht Ihres Kindes hängt dann auf einer Seite. Das macht vielen Eltern große Angst. Vorweg eine gute Nachricht: Kinder erholen sich meist besser als Erwachsene.</p>
<h2>Bei Kindern oft andere Ursachen</h2>
<p>Bei Erwachsenen findet man meist keinen Auslöser. Man spricht dann von einer idiopathischen Fazialisparese. Bei Kindern lässt sich häufiger eine Ursache finden. Eine wichtige ist die Neuroborreliose. Das ist eine Entzündung des Nervensystems durch Bakterien, die Zecken übertragen. In einer Untersuchung aus Stockholm steckte sie bei mehr als der Hälfte der Kinder dahinter. Sie lässt sich mit Antibiotika gut behandeln.</p>
<p>Manche Babys kommen mit einer Gesichtslähmung zur Welt. Oft wurde der Nerv bei der Geburt verletzt. Das bildet sich meist von selbst zurück. Seltener steckt eine Entwicklungsstörung dahinter, etwa das Möbius-Syndrom.</p>
<h2>Die Aussichten sind meist gut</h2>
<p>Bei Kindern heilt eine Gesichtslähmung meist besser aus als bei Erwachsenen. In der Stockholmer Untersuchung hatten nach drei Monaten nur noch 8\u202f% der Kinder Beschwerden. Eine Studie aus den USA mit 306 Kindern kam zu einem ähnlich guten Ergebnis.</p>
<h2>Was Sie jetzt tun sollten</h2>
<p class="notice">Kam die Lähmung innerhalb von Minuten, oder sind Sie nicht sicher? Ist zusätzlich ein Arm oder ein Bein schwach? Spricht Ihr Kind verwaschen, sieht es doppelt, ist ihm schwindelig oder wirkt es verwirrt? Dann kann ein Schlaganfall oder eine andere ernste Erkrankung dahinterstecken. Rufen Sie sofort den <a href="tel:112">Notruf 112</a> an.</p>
<ul>
<li>Hat sich die Lähmung über Stunden entwickelt, ohne weitere Zeichen? Dann stellen Sie Ihr Kind noch heute in der Kinderarztpraxis oder in einer Kinderklinik vor. Außerhalb der Sprechzeiten hilft der ärztliche Bereitschaftsdienst unter <a href="tel:116117">116 117</a>.</li>
<li>Erzählen Sie dort von Zeckenstichen, Fieber, Ohrenschmerzen oder Bläschen am Ohr.</li>
<li>Schließt ein Auge nicht ganz, braucht es sofort Schutz. Wie das geht, lesen Sie unter <a href="/de/das-auge-schuetzen/">Das Auge schützen</a>.</li>
</ul>
<p>In Deutschland gehören ein Bluttest auf Borrelien und bei Kindern eine Untersuchung des Nervenwassers zur Abklärung. Beides erklären wir auf der Seite zur <a href="/de/kinder/erworbene-fazialisparese/">erworbenen Fazialisparese</a>.</p>
<h2>Seit der Geburt gelähmt und nicht besser geworden?</h2>
<p>Eine Lähmung, die bei der Geburt entstanden ist, heilt meist vollständig aus. In einer Klinikstudie war das bei 89\u202f% der Kinder so. Besteht die Lähmung seit der Geburt und hat sie sich nicht erholt, spricht das eher für etwas anderes: Ein Nerv oder ein Muskel fehlt oder hat sich nicht richtig entwickelt.</p>
<p>Dann gilt eine freie Muskeltransplantation als Behandlung der Wahl. Dabei wird ein kleiner Muskel von der Innenseite des Oberschenkels in die Wange verpflanzt. Für diesen Eingriff gibt es keine Frist. Den Zeitpunkt können Sie deshalb in Ruhe mit uns planen.</p>
<ul>
<li><a href="/de/kinder/angeborene-fazialisparese/">Angeborene Fazialisparese</a>: Ursachen, Aussichten und Hilfen.</li>
<li><a href="/de/operative-therapie/freie-muskeltransplantation/">Freie Muskeltransplantation</a>: wie die Operation abläuft.</li>
<li><a href="/de/galerie/?cause=congenital">Ein Beispiel aus unserer Patientengalerie</a>.</li>
</ul>
<p>Unser Team berät Sie gern. Einen Termin können Sie <a href="/de/termin/">hier anfragen</a>.</p>""",
            "en": """<p>Facial palsy means that the facial nerve is not working properly. One side of your child’s face may suddenly droop. Many parents find this frightening. Here is some good news first: children usually recover better than adults.</p>
<h2>Causes often differ from adults</h2>
<p>In adults, doctors usually find no cause. This is called idiopathic facial palsy, or Bell’s palsy. In children, a cause can be found more often. An important one is Lyme neuroborreliosis. This is an infection of the nervous system with bacteria passed on by ticks. In a study from Stockholm, it was behind more than half of the cases in children. It can be treated well with antibiotics.</p>
<p>Some babies are born with facial palsy. Often the nerve was injured during birth. This usually gets better by itself. Less often, the nerve did not develop normally before birth, for example in Möbius syndrome.</p>
<h2>The outlook is usually good</h2>
<p>In children, facial palsy usually heals better than in adults. In the Stockholm study, only 8% of children still had symptoms after three months. A US study of 306 children found a similarly good outcome.</p>
<h2>What to do now</h2>
<p class="notice">Did the palsy come on within minutes, or are you not sure? Is an arm or a leg also weak? Is your child’s speech slurred, or do they have double vision, dizziness or confusion? This can be a stroke or another serious illness. <a href="tel:112">Call 112</a> now (<a href="tel:999">999</a> in the UK).</p>
<ul>
<li>Did the palsy develop over hours, with no other sign? Then have your child seen today by a paediatrician or at a children’s hospital. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a> (in the UK: <a href="tel:111">NHS 111</a>).</li>
<li>Mention any tick bites, fever, ear pain or blisters on the ear.</li>
<li>If an eye does not close fully, it needs protecting straight away. You can read how under <a href="/en/protecting-the-eye/">Protecting the eye</a>.</li>
</ul>
<p>In Germany, the check-up includes a blood test for Lyme bacteria. Children also have a test of the fluid around the brain and spinal cord. We explain both on the page about <a href="/en/children/acquired-facial-palsy/">acquired facial palsy</a>.</p>
<h2>Palsy since birth that has not got better?</h2>
<p>A palsy caused during birth usually heals completely. In one hospital study, 89% of children recovered fully. If a palsy has been there since birth and has not recovered, something else is more likely: a nerve or muscle is missing or has not developed properly.</p>
<p>The treatment of choice is then a free muscle transfer. A small muscle is moved from the inner thigh to the cheek. There is no deadline for this operation. So you can plan the timing with us calmly.</p>
<ul>
<li><a href="/en/children/congenital-facial-palsy/">Congenital facial palsy</a>: causes, outlook and help.</li>
<li><a href="/en/surgery/free-functional-muscle-transfer/">Free functional muscle transfer</a>: how the operation works.</li>
<li><a href="/en/gallery/?cause=congenital">An example from our patient gallery</a>.</li>
</ul>
<p>Our team is happy to advise you. You can <a href="/en/appointment/">request an appointment</a> online.</p>""",
        },
        "sources": ["S14.1", "S14.2", "S4", "S12", "S45.2", "S1.1", "S44.3", "S48.4"],
        "author": "yilmaz",
        "reviewer": "okafor",
        "last_reviewed": "2026-10-14",
    },
    "children-acquired": {
        "title": {
            "de": "Erworbene Fazialisparese bei Kindern",
            "en": "Acquired facial palsy in children",
        },
        "summary": {
            "de": "Borreliose oder unklare Ursache? Welche Untersuchungen in Deutschland üblich sind, was über Kortison bei Kindern bekannt ist und wie Sie das Auge schützen.",
            "en": "Lyme disease or no clear cause? Which tests are usual in Germany, what is known about cortisone in children, and how to protect your child’s eye.",
        },
        "body": {
            "de": """<p>Eine erworbene Fazialisparese beginnt nach der Geburt, oft ganz plötzlich. Der Gesichtsnerv arbeitet dann auf einer Seite nicht richtig. Ihr Kind kann vielleicht ein Auge nicht ganz schließen. Oder das Lächeln wirkt schief. Die gute Nachricht: Die allermeisten Kinder erholen sich gut.</p>
<h2>Häufige Ursachen bei Kindern</h2>
<p>Bei Kindern lässt sich häufiger als bei Erwachsenen eine Ursache finden. Zwei Ursachen stehen im Vordergrund:</p>
<ul>
<li><strong>Neuroborreliose:</strong> Borrelien sind Bakterien, die Zecken übertragen. Erreichen sie das Nervensystem, spricht man von einer Neuroborreliose.</li>
<li><strong>Idiopathische Fazialisparese:</strong> Hier findet sich trotz gründlicher Suche keine Ursache. Man nennt sie auch Bell-Parese.</li>
</ul>
<p>Wie oft eine Borreliose dahintersteckt, hängt stark von der Region ab. In Stockholm, einer Gegend mit vielen Zecken, hatten 58\u202f% der Kinder eine Neuroborreliose. Bei 36\u202f% blieb die Ursache unklar. In einer US-Studie mit 306 Kindern aus einer Zeckenregion lag der Anteil der Borreliose bei 27\u202f%. Seltener sind andere Ursachen, etwa Verletzungen, Ohrentzündungen oder Tumoren.</p>
<h2>Neuroborreliose: gut zu behandeln</h2>
<p>Die Borreliose tritt vor allem im Sommer und Herbst auf. In Stockholm betraf sie besonders Kinder unter zehn Jahren. Die meisten Fälle gab es dort zwischen Juni und November.</p>
<p>Behandelt wird die Neuroborreliose mit Antibiotika. Danach sind die Aussichten meist gut. In einer weiteren Studie mit 49 Kindern hatte etwa ein Drittel eine Borreliose. Mit Antibiotika verlief die Erkrankung bei ihnen günstig.</p>
<h2>Untersuchungen in Deutschland</h2>
<p>Zuerst untersucht die Ärztin oder der Arzt Ihr Kind gründlich. Dazu gehören das Gesicht, die Ohren und die übrigen Nerven. Die Leitlinie der Deutschen Gesellschaft für Neurologie (DGN) empfiehlt außerdem einen Bluttest auf Borrelien. Bei Kindern hält sie zusätzlich eine Untersuchung des Nervenwassers (Liquor) für notwendig.</p>
<p>Andere Länder gehen hier anders vor. Die US-amerikanische Leitlinie rät bei einer typischen idiopathischen Lähmung von Routine-Bluttests ab. Lesen Sie im Internet andere Empfehlungen, kann das der Grund sein.</p>
<h3>Die Nervenwasseruntersuchung in Ruhe erklärt</h3>
<p>Vor dieser Untersuchung haben viele Eltern Sorge. Das ist gut verständlich. Das nennt man Lumbalpunktion. Das Nervenwasser umgibt Gehirn und Rückenmark. Mit einer sehr feinen Nadel wird im unteren Rücken eine kleine Menge davon entnommen. Im Labor sieht man dann, ob Borrelien eine Entzündung im Nervensystem ausgelöst haben. Davon hängt ab, ob Ihr Kind Antibiotika braucht.</p>
<p>Fragen Sie ruhig vorher nach, ob die Haut betäubt wird und ob Sie bei Ihrem Kind bleiben dürfen. Erklären Sie Ihrem Kind in einfachen Worten, was passiert. Ihre Nähe kann ihm Sicherheit geben.</p>
<h2>Kortison: bei Kindern nicht sicher belegt</h2>
<p>Bei Erwachsenen mit idiopathischer Fazialisparese hilft Kortison, wenn die Behandlung innerhalb von 72 Stunden beginnt. Die großen Studien dazu haben aber fast nur Menschen ab 16 Jahren untersucht. Für Kinder ist der Nutzen deshalb weniger sicher. In der US-Studie mit 306 Kindern erholten sich Kinder mit frühem Kortison nicht besser als die anderen.</p>
<p>Ob Ihr Kind Kortison bekommt, besprechen Sie deshalb mit Ihrer Ärztin oder Ihrem Arzt. Bei einer Neuroborreliose sind Antibiotika die passende Behandlung.</p>
<h2>Das Auge schützen</h2>
<p>Schließt das Auge nicht ganz, kann die Hornhaut austrocknen. Die Hornhaut ist die klare Schicht vorn auf dem Auge. Sie braucht vom ersten Tag an Schutz. Meist helfen tagsüber befeuchtende Augentropfen und nachts ein Augengel oder eine Augensalbe. Wie oft und womit, zeigt Ihnen Ihre Ärztin oder Ihr Arzt. Tipps finden Sie unter <a href="/de/das-auge-schuetzen/augenpflege-im-alltag/">Augenpflege im Alltag</a>.</p>
<p class="notice">Ist das Auge gerötet oder schmerzt es? Sieht Ihr Kind verschwommen oder ist es lichtempfindlich? Dann muss es umgehend zur Augenärztin oder zum Augenarzt.</p>
<h2>Wann Ihr Kind in eine Spezialsprechstunde sollte</h2>
<p>Bei den meisten Betroffenen beginnt die Erholung innerhalb von etwa drei Wochen. Lassen Sie Ihr Kind bei einem auf den Gesichtsnerv spezialisierten Team vorstellen, wenn eines davon zutrifft:</p>
<ul>
<li>Nach drei Wochen ist keine Besserung zu sehen.</li>
<li>Nach drei Monaten ist die Lähmung noch nicht ganz verschwunden.</li>
<li>Neue Beschwerden kommen hinzu, oder die Lähmung wird stärker.</li>
</ul>
<p>Lassen Sie auch diese Situationen rasch ärztlich abklären:</p>
<ul>
<li>Die Lähmung trat nach einem Sturz oder Schlag auf den Kopf auf.</li>
<li>Ihr Kind hat Fieber und wirkt krank.</li>
<li>Sie tasten eine Schwellung an Wange oder Hals.</li>
<li>Die Lähmung nimmt über Wochen langsam zu oder kehrt auf derselben Seite zurück.</li>
</ul>
<p>Kam die Lähmung innerhalb von Minuten, sind Sie nicht sicher, oder kommen Schwäche in Arm oder Bein, Sprachstörungen, Doppelbilder, Schwindel oder Verwirrtheit hinzu? Dann rufen Sie sofort den <a href="tel:112">Notruf 112</a> an.</p>""",
            "en": """<p>Acquired facial palsy starts after birth, often suddenly. The facial nerve on one side then stops working properly. Your child may not be able to close one eye fully. Or their smile may look crooked. The good news is that most children recover well.</p>
<h2>Common causes in children</h2>
<p>In children, a cause can be found more often than in adults. Two causes matter most:</p>
<ul>
<li><strong>Lyme neuroborreliosis:</strong> Borrelia are bacteria that ticks pass on. When they reach the nervous system, this is called neuroborreliosis.</li>
<li><strong>Idiopathic facial palsy:</strong> No cause is found, even after careful tests. It is also called Bell’s palsy.</li>
</ul>
<p>How often Lyme disease is the cause depends a lot on where you live. In Stockholm, an area with many ticks, 58% of children had neuroborreliosis. In 36%, no cause was found. In a US study of 306 children from a tick region, Lyme disease was the cause in 27%. Other causes, such as injuries, ear infections or tumours, are less common.</p>
<h2>Neuroborreliosis can be treated well</h2>
<p>Lyme disease is most common in summer and autumn. In Stockholm, it mainly affected children under ten. Most cases there occurred between June and November.</p>
<p>Neuroborreliosis is treated with antibiotics. The outlook is then usually good. In another study of 49 children, about a third had Lyme disease. With antibiotics, they did well.</p>
<h2>Tests in Germany</h2>
<p>First, the doctor examines your child carefully. This includes the face, the ears and the other nerves. The guideline of the German Society of Neurology (DGN) also recommends a blood test for Borrelia. For children, it also considers a test of the nerve fluid (cerebrospinal fluid) necessary.</p>
<p>Other countries do this differently. The US guideline advises against routine blood tests in typical Bell’s palsy. So if you read different advice online, this may be the reason.</p>
<h3>The lumbar puncture, explained calmly</h3>
<p>Many parents worry about this test. That is completely understandable. Doctors call it a lumbar puncture. The nerve fluid surrounds the brain and spinal cord. A very fine needle is used to take a small amount of it from the lower back. The laboratory can then see whether Borrelia have caused inflammation in the nervous system. This tells the doctors whether your child needs antibiotics.</p>
<p>Feel free to ask beforehand whether the skin will be numbed and whether you can stay with your child. Explain to your child in simple words what will happen. Having you close by can be a real comfort.</p>
<h2>Cortisone: less certain in children</h2>
<p>In adults with idiopathic facial palsy, cortisone helps if it is started within 72 hours. But the large studies included almost only people aged 16 and over. So the benefit in children is less certain. In the US study of 306 children, those given cortisone early did not recover better than the others.</p>
<p>Please discuss with your child’s doctor whether cortisone makes sense. If neuroborreliosis is the cause, antibiotics are the right treatment.</p>
<h2>Protecting the eye</h2>
<p>If the eye does not close fully, the cornea can dry out. The cornea is the clear window at the front of the eye. It needs protecting from day one. Usually, moisturising eye drops help during the day, and an eye gel or ointment at night. Your doctor will show you what to use and how often. You will find tips under <a href="/en/protecting-the-eye/everyday-eye-care/">Everyday eye care</a>.</p>
<p class="notice">Is the eye red or painful? Is your child’s vision blurred, or are they sensitive to light? Then they need to see an eye doctor urgently.</p>
<h2>When to see a specialist</h2>
<p>Most people start to recover within about three weeks. Ask for a referral to a team that specialises in the facial nerve if any of these apply:</p>
<ul>
<li>There is no improvement after three weeks.</li>
<li>The palsy has not fully gone after three months.</li>
<li>New symptoms appear, or the palsy gets worse.</li>
</ul>
<p>Also have these situations checked quickly:</p>
<ul>
<li>The palsy started after a fall or a blow to the head.</li>
<li>Your child has a fever and seems unwell.</li>
<li>You can feel a lump in the cheek or neck.</li>
<li>The palsy slowly gets worse over weeks, or it comes back on the same side.</li>
</ul>
<p>Did the palsy come on within minutes, are you not sure, or is there also weakness in an arm or leg, slurred speech, double vision, dizziness or confusion? Then <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK).</p>""",
        },
        "sources": [
            "S14.1",
            "S14.2",
            "S14.3",
            "S58.2",
            "S4",
            "S1.1",
            "S7.1",
            "S17.1",
            "S6.3",
            "S3",
            "S44.1",
            "S44.3",
            "S44.4",
        ],
        "author": "yilmaz",
        "reviewer": "okafor",
        "last_reviewed": "2026-10-14",
    },
    "children-congenital": {
        "title": {
            "de": "Angeborene Fazialisparese",
            "en": "Congenital facial palsy",
        },
        "summary": {
            "de": "Lähmung durch die Geburt, asymmetrisches Schreigesicht oder Möbius-Syndrom: was dahintersteckt, wie die Aussichten sind und welche Hilfen es gibt.",
            "en": "Palsy from birth, an asymmetric crying face or Möbius syndrome: what lies behind it, what the outlook is and which help is available.",
        },
        "body": {
            "de": """<p>Manche Babys bewegen eine Gesichtshälfte von Anfang an kaum. Das fällt oft beim Weinen oder Trinken auf. Dafür gibt es verschiedene Gründe. Die wichtigsten stellen wir Ihnen hier vor. Vorab das Beruhigende: Eine Lähmung durch die Geburt bildet sich meist von selbst zurück.</p>
<h2>Lähmung durch die Geburt</h2>
<p>Bei der Geburt kann der Gesichtsnerv verletzt werden. Fachleute sprechen von einer geburtstraumatischen Fazialisparese. Sie ist selten und heilt meist gut aus.</p>
<p>In einer Klinikstudie betraf sie 1,8 von 1000 Neugeborenen. Bei 91\u202f% dieser Geburten war eine Geburtszange benutzt worden. Häufiger betroffen waren auch Babys ab 3,5 kg Geburtsgewicht und erstgeborene Kinder. Vollständig erholten sich 89\u202f% der Kinder.</p>
<p>Eine Studie aus Saudi-Arabien zählte 0,3 Fälle auf 1000 Geburten. Die meisten dieser Babys kamen ohne Zange zur Welt. Innerhalb von zwei Monaten erholten sich 93\u202f% von ihnen.</p>
<p>Bessert sich die Lähmung nach 7 bis 10 Tagen nicht, kann eine Messung der Nervenfunktion weiterhelfen. Mehr dazu lesen Sie unter <a href="/de/formen-und-schweregrade/elektrodiagnostik/">Elektrodiagnostik</a>. Bleibt die Lähmung bestehen, kann das bedeuten, dass der Nerv nicht richtig angelegt ist.</p>
<h2>Wenn nur das Weinen schief aussieht</h2>
<p>Bei manchen Babys fällt eine Asymmetrie nur beim Weinen auf. Eine Mundseite wird dann nicht nach unten gezogen. Man spricht vom asymmetrischen Schreigesicht. Dahinter kann eine leichte Teillähmung des Nervs stecken. Möglich ist auch, dass ein kleiner Muskel an der Unterlippe fehlt oder schwach ist. Dieser Muskel zieht den Mundwinkel nach unten. Lassen Sie das in Ruhe kinderärztlich abklären.</p>
<h2>Möbius-Syndrom</h2>
<p>Das Möbius-Syndrom ist eine seltene Erkrankung, die schon bei der Geburt besteht. Meist sind zwei Hirnnerven auf beiden Seiten betroffen. Hirnnerven sind Nerven, die direkt vom Gehirn ausgehen. Der eine bewegt das Gesicht, der andere dreht die Augen nach außen. Kinder mit Möbius-Syndrom können deshalb oft nicht lächeln und nicht zur Seite blicken. Auch die Lider schließen häufig nicht ganz. Manchmal sind weitere Hirnnerven, Arme, Beine oder die Brustwand beteiligt.</p>
<p>Wie häufig das Syndrom ist, lässt sich nur schätzen. Die Angaben reichen von etwa einem Kind unter 50\u202f000 Geburten bis zu einem unter 150\u202f000.</p>
<h2>Trinken, Essen und Sprechen</h2>
<p>Babys mit angeborener Lähmung haben oft früh Mühe beim Saugen und Trinken. Das gilt besonders beim Möbius-Syndrom. Später kann Speichel aus dem Mund laufen. Auch das Sprechen kann schwerer fallen.</p>
<p>Eine logopädische Behandlung kann Sie und Ihr Kind dabei begleiten. Logopädie ist die Therapie von Sprech-, Stimm- und Schluckstörungen. Sprechen Sie Ihre Kinderärztin oder Ihren Kinderarzt früh darauf an.</p>
<h2>Das Auge im Blick behalten</h2>
<p>Auch bei Neugeborenen braucht ein Auge, das nicht schließt, Schutz. Dazu gehören befeuchtende Tropfen oder Salbe und im Schlaf eine Abdeckung. Nach der Erfahrung eines spezialisierten Zentrums schließt das Auge bei angeborener Lähmung oft über Jahre ausreichend. Lassen Sie es trotzdem regelmäßig augenärztlich kontrollieren.</p>
<h2>Operationen: Möglichkeiten und Zeitpunkt</h2>
<p>Erholt sich die Fazialisparese nicht, kann eine Operation Ihrem Kind zu einem Lächeln verhelfen. Anders als bei einer frischen Lähmung läuft hier keine Frist ab. Für eine Muskeltransplantation gibt es keine feste zeitliche Obergrenze.</p>
<ul>
<li><strong>Freie Muskeltransplantation:</strong> Sie gilt als Methode der Wahl. Ein schmaler Teil des Gracilis-Muskels wird von der Innenseite des Oberschenkels in die Wange verpflanzt. Blutgefäße und Nerv werden unter dem Mikroskop angeschlossen. Nach Erfahrung spezialisierter Zentren verliert das Bein dadurch keine Funktion.</li>
<li><strong>Anschluss an einen Kaumuskelnerv:</strong> Beim beidseitigen Möbius-Syndrom wird der neue Muskel oft mit dem Nerv eines Kaumuskels verbunden. Ihr Kind lernt dann, beim Zubeißen zu lächeln. Manchmal werden beide Seiten nacheinander operiert.</li>
<li><strong>Weitere Verfahren:</strong> Dazu gehören die Verlagerung des Schläfenmuskels, Nervenumlagerungen und Nerventransplantate von der gesunden Gesichtsseite.</li>
<li><strong>Zügelplastik:</strong> Ein Gewebestreifen hebt den Mundwinkel an, bewegt sich aber nicht. Bei Kindern wartet man damit meist, bis das Gewebe des Gesichts ausgereift ist.</li>
</ul>
<p>Eine Operation kann nicht alle Bewegungen eines gesunden Gesichts herstellen. Ziel ist vor allem ein Lächeln. Der Muskel kann außerdem die Wange stützen und Sprechen und Essen erleichtern. Das Ergebnis entwickelt sich über Monate und braucht Übung. Wie es aussehen kann, zeigt <a href="/de/galerie/?cause=congenital">ein Beispiel aus unserer Patientengalerie</a>.</p>
<p>Eine feste Regel für das beste Alter können wir Ihnen nicht nennen. Wir planen den Zeitpunkt gemeinsam mit Ihnen. Dabei zählen die Entwicklung und die Wünsche Ihres Kindes. Auch Kita und Schule spielen eine Rolle.</p>
<h2>Unterstützung für Familien</h2>
<p>Mit Ihren Fragen sind Sie nicht allein. Für Familien mit Möbius-Syndrom gibt es die Elternvereinigung Moebius Syndrom Deutschland e.V. mit Sitz in Hannover. Sie besteht seit 1999. Die britische Organisation Facial Palsy UK bietet Informationen auf Englisch und Familientage an. Weitere Hilfen finden Sie unter <a href="/de/leben-mit-fazialisparese/seelische-gesundheit/">Seelische Gesundheit</a>.</p>""",
            "en": """<p>Some babies hardly move one side of their face from the start. Parents often notice this when the baby cries or feeds. There are several possible reasons. We describe the most important ones here. First, the reassuring part: palsy caused during birth usually gets better on its own.</p>
<h2>Palsy caused during birth</h2>
<p>The facial nerve can be injured during birth. Doctors call this birth-related facial palsy. It is rare and usually heals well.</p>
<p>In one hospital study, it affected 1.8 in every 1,000 newborns. Forceps had been used in 91% of these births. Babies weighing 3.5 kg or more and first-born babies were also affected more often. Of these children, 89% recovered fully.</p>
<p>A study from Saudi Arabia counted 0.3 cases per 1,000 births. Most of these babies were born without forceps. Within two months, 93% of them had recovered.</p>
<p>If the palsy does not improve after 7 to 10 days, tests of nerve function can help. You can read more under <a href="/en/forms-and-grading/electrodiagnostics/">Electrodiagnostics</a>. A palsy that does not go away may mean that the nerve did not develop properly.</p>
<h2>When only crying looks uneven</h2>
<p>In some babies, the face looks uneven only when they cry. One side of the mouth is not pulled down. This is called an asymmetric crying face. It can be caused by a mild partial palsy. It can also mean that a small muscle near the lower lip is missing or weak. This muscle normally pulls the corner of the mouth down. Ask your paediatrician to check this calmly.</p>
<h2>Möbius syndrome</h2>
<p>Möbius syndrome is a rare condition that is present at birth. Usually two cranial nerves are affected on both sides. Cranial nerves come directly from the brain. One of them moves the face, the other turns the eyes outwards. So children with Möbius syndrome often cannot smile or look to the side. Their eyelids often do not close fully. Sometimes other cranial nerves, the arms, the legs or the chest wall are involved too.</p>
<p>How common the syndrome is can only be estimated. Figures range from about one in 50,000 births to one in 150,000.</p>
<h2>Feeding, eating and speaking</h2>
<p>Babies with congenital palsy often have trouble sucking and feeding early on. This is especially true in Möbius syndrome. Later, saliva may run out of the mouth. Speaking can also be harder.</p>
<p>A speech and language therapist can support you and your child. This kind of therapy covers speech, voice and swallowing. Ask your paediatrician about it early.</p>
<h2>Keeping an eye on the eye</h2>
<p>Newborns, too, need protection for an eye that does not close. This means moisturising drops or ointment, and a cover during sleep. One specialist centre reports that in congenital palsy the eye often closes well enough for years. Even so, have it checked regularly by an eye doctor.</p>
<h2>Surgery: options and timing</h2>
<p>If the facial palsy does not recover, surgery can help your child to smile. Unlike with a new palsy, there is no deadline here. A muscle transfer has no fixed upper time limit.</p>
<ul>
<li><strong>Free muscle transfer:</strong> This is seen as the treatment of choice. A slim part of the gracilis muscle is moved from the inner thigh to the cheek. Its blood vessels and nerve are joined under the microscope. Specialist centres report that the leg does not lose any function.</li>
<li><strong>Linking to a chewing nerve:</strong> When Möbius syndrome affects both sides, the new muscle is often joined to a chewing-muscle nerve. Your child then learns to smile by biting. Sometimes the two sides are operated on one after the other.</li>
<li><strong>Other procedures:</strong> These include moving the temple muscle, nerve transfers, and nerve grafts from the healthy side of the face.</li>
<li><strong>Static sling:</strong> A strip of tissue lifts the corner of the mouth, but it does not move. In children, this is usually delayed until the facial tissues have matured.</li>
</ul>
<p>Surgery cannot restore every movement of a healthy face. The main goal is a smile. The muscle can also support the cheek and make speaking and eating easier. The result develops over months and needs practice. You can see <a href="/en/gallery/?cause=congenital">an example in our patient gallery</a>.</p>
<p>We cannot give you a fixed rule for the best age. We plan the timing together with you. Your child’s development and wishes matter. So do nursery and school.</p>
<h2>Support for families</h2>
<p>You are not alone with these questions. In Germany, there is a parent society for families living with Möbius syndrome. It is called Moebius Syndrom Deutschland e.V. and is based in Hannover. It has existed since 1999. The UK charity Facial Palsy UK offers information in English and family days. You will find more help under <a href="/en/living-with-facial-palsy/emotional-wellbeing/">Emotional wellbeing</a>.</p>""",
        },
        "sources": [
            "S45.1",
            "S45.2",
            "S45.3",
            "S45.4",
            "S45.5",
            "S45.6",
            "S35.1",
            "S30.2",
            "S36.1",
            "S31.3",
            "S32.1",
            "S34.2",
            "S37.1",
            "S38.3",
            "S39.3",
            "S45.9",
            "S46.4",
        ],
        "author": "yilmaz",
        "reviewer": "weber",
        "last_reviewed": "2026-10-14",
    },
    # ------------------------------------------------------------------
    # Section: living with facial palsy
    # ------------------------------------------------------------------
    "living": {
        "title": {
            "de": "Leben mit Fazialisparese",
            "en": "Living with facial palsy",
        },
        "summary": {
            "de": "Eine Gesichtslähmung ist kein rein kosmetisches Problem. Sie betrifft Auge, Essen, Sprechen und Seele – und Hilfe gibt es oft auch noch nach Jahren.",
            "en": "Facial palsy is not ‘just cosmetic’. It affects the eye, eating, speaking and mood – and help is often still available years later.",
        },
        "body": {
            "de": """<p>Eine Fazialisparese verändert mehr als das Aussehen. Sie kann das Auge gefährden und das Essen, Trinken und Sprechen erschweren. Viele Betroffene leiden auch seelisch. Eine Gesichtslähmung ist deshalb kein „rein kosmetisches“ Problem. Ihre Beschwerden verdienen es, ernst genommen zu werden.</p>
<h2>Was sich im Alltag verändern kann</h2>
<p>Jede Lähmung ist anders. Häufige Beschwerden sind:</p>
<ul>
<li>Das Auge ist trocken oder tränt.</li>
<li>Getränke laufen aus dem Mundwinkel, oder Essen bleibt in der Wange liegen.</li>
<li>Der Geschmack ist verändert, der Mund ist trocken.</li>
<li>Geräusche wirken auf einer Seite unangenehm laut.</li>
<li>Beim Essen tränt das Auge („Krokodilstränen“).</li>
</ul>
<p>Dazu kommt die seelische Belastung. In einer Studie aus dem Jahr 2017 zeigten 42\u202f% der Menschen mit Fazialisparese Hinweise auf eine Depression. In der Vergleichsgruppe ohne Lähmung waren es 8\u202f%.</p>
<h2>Hilfe gibt es auch nach Jahren</h2>
<p>Viele Betroffene erfahren nicht, dass man ihnen noch helfen kann. In einer Umfrage der britischen Patientenorganisation Facial Palsy UK wussten 41\u202f% nicht, dass es weitere Hilfe gibt. Fast ein Drittel (31\u202f%) hatte sogar gehört, es gebe keine spezialisierte Hilfe.</p>
<p>Dabei gibt es auch lange nach Beginn der Lähmung Möglichkeiten. Unwillkürliche Mitbewegungen im Gesicht heißen Synkinesien. Sie lassen sich mit gezieltem Training, Botulinumtoxin und Operationen behandeln. Für eine Muskeltransplantation, die ein Lächeln ermöglichen soll, gibt es keine feste zeitliche Obergrenze.</p>
<p>Manche Eingriffe am Nerv sind allerdings nur in einem begrenzten Zeitfenster möglich. Deshalb lohnt sich eine frühe Vorstellung. Mehr dazu lesen Sie unter <a href="/de/warum-der-zeitpunkt-entscheidet/">Warum der Zeitpunkt entscheidet</a>. Doch auch nach vielen Jahren ist es nicht zu spät, sich beraten zu lassen.</p>
<p>Auf den folgenden Seiten finden Sie praktische Tipps für den Alltag und Hinweise zur seelischen Gesundheit. Ihre Fragen beantwortet unser Team gern in einem <a href="/de/termin/">persönlichen Termin</a>.</p>""",
            "en": """<p>Facial palsy changes more than how you look. It can put your eye at risk and make eating, drinking and speaking harder. Many people also struggle emotionally. So facial palsy is not ‘just a cosmetic problem’. Your concerns deserve to be taken seriously.</p>
<h2>What can change in everyday life</h2>
<p>Every palsy is different. Common problems include:</p>
<ul>
<li>Your eye feels dry or waters.</li>
<li>Drinks run out of the corner of your mouth, or food collects in your cheek.</li>
<li>Food tastes different, or your mouth is dry.</li>
<li>Sounds seem unpleasantly loud on one side.</li>
<li>Your eye waters when you eat (‘crocodile tears’).</li>
</ul>
<p>There is an emotional side, too. In a study from 2017, 42% of people with facial palsy showed signs of depression. In a comparison group without palsy, the figure was 8%.</p>
<h2>Help is available, even years later</h2>
<p>Many people are never told that more can be done. In a survey by the UK charity Facial Palsy UK, 41% did not know that further help existed. Almost a third (31%) had even been told that there was no specialist help.</p>
<p>Yet there are options long after the palsy began. Involuntary co-movements of the face are called synkinesis. They can be treated with targeted training, botulinum toxin and surgery. A muscle transfer to restore a smile has no fixed upper time limit.</p>
<p>Some nerve operations are only possible within a limited time window, though. This is why it helps to be seen early. You can read more under <a href="/en/why-timing-matters/">Why timing matters</a>. But even after many years, it is not too late to seek advice.</p>
<p>The following pages offer practical tips for everyday life and information on emotional wellbeing. Our team is happy to answer your questions at an <a href="/en/appointment/">appointment</a>.</p>""",
        },
        "sources": ["S45.10", "S44.1", "S50", "S46.1", "S46.4", "S28", "S30.2", "S36.1", "S29"],
        "author": "berg",
        "reviewer": "okafor",
        "last_reviewed": "2026-09-30",
    },
    "everyday-life": {
        "title": {
            "de": "Essen, Trinken und Sprechen",
            "en": "Eating, drinking and speaking",
        },
        "summary": {
            "de": "Was sich beim Essen, Trinken, Sprechen, Schmecken und Hören ändern kann, woher Krokodilstränen kommen und welche praktischen Tipps es gibt.",
            "en": "What can change with eating, drinking, speaking, taste and hearing, where crocodile tears come from, and practical tips for everyday life.",
        },
        "body": {
            "de": """<p>Der Gesichtsnerv bewegt nicht nur die Mimik. Er hilft auch beim Essen, Trinken und Sprechen. Einige seiner Äste sind am Schmecken, am Hören und an den Tränen beteiligt. Eine Lähmung kann deshalb viele kleine Dinge im Alltag verändern. Hier erfahren Sie, was dahintersteckt und was Sie tun können.</p>
<h2>Essen und Trinken</h2>
<p>Auf der gelähmten Seite sind Lippe und Wange schwach. Getränke laufen dann leicht aus dem Mundwinkel. Essen kann sich zwischen Wange und Zähnen sammeln. Manche Betroffene beißen sich beim Kauen versehentlich in die Wange.</p>
<p>Bleibt die Wange auf Dauer schlaff, kann eine Operation helfen. Eine Muskeltransplantation oder eine Zügelplastik stützt Wange und Lippe. Das kann das Essen und Sprechen erleichtern. Mehr dazu lesen Sie unter <a href="/de/operative-therapie/">Operative Therapie</a>.</p>
<h2>Sprechen</h2>
<p>Schließen die Lippen auf einer Seite nicht gut, klingt die Sprache manchmal undeutlicher. Manche Betroffene berichten, dass Laute mit Lippenschluss wie „p“, „b“ und „m“ schwerer fallen. Gut untersucht ist das allerdings nicht.</p>
<p>Unterstützung bieten Logopädinnen und Logopäden sowie Fazialistherapeutinnen und -therapeuten. Sie üben mit Ihnen mit kleinen, sanften Bewegungen. Mehr dazu finden Sie unter <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</p>
<h2>Geschmack und trockener Mund</h2>
<p>Ein feiner Ast des Gesichtsnervs leitet Geschmack von der Zunge weiter. Sein Fachbegriff ist Chorda tympani. Ist er betroffen, schmeckt das Essen auf einer Seite anders. Auch der Mund kann sich trocken anfühlen. Erzählen Sie Ihrer Ärztin oder Ihrem Arzt davon.</p>
<h2>Wenn Geräusche zu laut wirken</h2>
<p>Im Mittelohr sitzt ein winziger Muskel, den der Gesichtsnerv versorgt. Er heißt Steigbügelmuskel und dämpft laute Töne. Ist er geschwächt, klingen Geräusche auf dieser Seite unangenehm laut. Das nennt man Hyperakusis. Sprechen Sie es bei Ihrem Termin an.</p>
<h2>Krokodilstränen: Tränen beim Essen</h2>
<p>Wenn der Nerv nachwächst, finden manche Fasern den falschen Weg. Dann kann das Auge auf der betroffenen Seite beim Essen tränen. Man nennt das „Krokodilstränen“. Es ist eine mögliche Spätfolge. Wie häufig solche Folgen sind, zeigt die große Kopenhagener Untersuchung von Peitersen. Sie verfolgte rund 2500 unbehandelte Gesichtslähmungen. Von den Menschen mit idiopathischer Fazialisparese behielten 16\u202f% bleibende Folgen. Dazu zählten Mitbewegungen, Krokodilstränen oder verkürzte, verspannte Muskeln.</p>
<p>Krokodilstränen lassen sich behandeln. Dazu wird Botulinumtoxin in die Tränendrüse gespritzt. Die Wirkung lässt mit der Zeit nach. Die Behandlung kann etwa alle sechs Monate wiederholt werden. Mehr dazu lesen Sie unter <a href="/de/konservative-therapie/botulinumtoxin/">Botulinumtoxin</a>.</p>
<h2>Alltagstipps – aus Erfahrung, nicht aus Studien</h2>
<p>Die folgenden Tipps sind gängiger Rat. In Studien geprüft sind sie nicht. Probieren Sie aus, was Ihnen hilft.</p>
<ul>
<li>Trinken Sie mit einem Strohhalm oder aus einem Becher.</li>
<li>Nehmen Sie kleine Bissen und kauen Sie auf der gesunden Seite.</li>
<li>Lassen Sie sich beim Essen Zeit.</li>
<li>Setzen Sie beim Sprechen Ihre Stimme und Gesten bewusst ein.</li>
</ul>
<p>Wann Sie wieder arbeiten oder Auto fahren können, hängt vor allem vom Sehen ab. Wichtig ist auch, wie gut sich Ihr Auge anfühlt. Fragen Sie dazu Ihre Ärztin oder Ihren Arzt.</p>
<h2>Augenpflege als feste Routine</h2>
<p>Ein trockenes Auge ist eine der wichtigsten Folgen einer Fazialisparese. Auch ein tränendes Auge kann trocken sein. Machen Sie die Augenpflege zu einem festen Teil Ihres Tages, von morgens bis abends. Eine Anleitung finden Sie unter <a href="/de/das-auge-schuetzen/augenpflege-im-alltag/">Augenpflege im Alltag</a>.</p>
<p class="notice">Wird Ihr Auge rot oder schmerzt es, oder sehen Sie schlechter? Dann gehen Sie umgehend zur Augenärztin oder zum Augenarzt. Mehr dazu unter <a href="/de/das-auge-schuetzen/warnzeichen-am-auge/">Warnzeichen am Auge</a>.</p>""",
            "en": """<p>The facial nerve does more than move your face. It also helps you eat, drink and speak. Some of its branches play a part in taste, hearing and tears. So a palsy can change many small things in daily life. This page explains why, and what you can do.</p>
<h2>Eating and drinking</h2>
<p>On the affected side, the lip and cheek are weak. Drinks may then run out of the corner of your mouth. Food can collect between your cheek and teeth. Some people bite their cheek by mistake while chewing.</p>
<p>If the cheek stays slack for good, surgery may help. A muscle transfer or a static sling supports the cheek and lip. This can make eating and speaking easier. You can read more under <a href="/en/surgery/">Surgery</a>.</p>
<h2>Speaking</h2>
<p>If your lips do not close well on one side, your speech may sound less clear. Some people report that sounds made with the lips, such as ‘p’, ‘b’ and ‘m’, are harder. This has not been studied well, though.</p>
<p>Speech and language therapists and facial therapists can support you. They practise small, gentle movements with you. You can read more under <a href="/en/non-operative-therapy/facial-retraining/">Facial retraining</a>.</p>
<h2>Taste and a dry mouth</h2>
<p>A fine branch of the facial nerve carries taste from the tongue. Doctors call it the chorda tympani. If it is affected, food may taste different on one side. Your mouth may also feel dry. Please tell your doctor about it.</p>
<h2>When sounds seem too loud</h2>
<p>A tiny muscle in the middle ear is supplied by the facial nerve. It is called the stapedius muscle, and it damps loud sounds. If it is weak, noises on that side may seem unpleasantly loud. This is called hyperacusis. Please mention it at your appointment.</p>
<h2>Crocodile tears: tears while eating</h2>
<p>When the nerve grows back, some fibres can take the wrong path. The eye on the affected side may then water when you eat. This is known as ‘crocodile tears’. It is one possible long-term effect. Peitersen’s large study from Copenhagen followed about 2,500 untreated palsies. Of the people with Bell’s palsy, 16% were left with lasting effects. These included involuntary co-movements, crocodile tears or tight, shortened muscles.</p>
<p>Crocodile tears can be treated. A doctor injects botulinum toxin into the tear gland. The effect wears off over time. The treatment can be repeated about every six months. You can read more under <a href="/en/non-operative-therapy/botulinum-toxin/">Botulinum toxin</a>.</p>
<h2>Everyday tips – from experience, not from studies</h2>
<p>The following tips are common advice. They have not been tested in studies. Try them out and keep what helps you.</p>
<ul>
<li>Drink through a straw or from a cup.</li>
<li>Take small bites and chew on your healthy side.</li>
<li>Take your time when you eat.</li>
<li>When you talk, make conscious use of your voice and gestures.</li>
</ul>
<p>When you can go back to work or drive depends mainly on your eyesight. How comfortable your eye feels matters too. Please ask your doctor about this.</p>
<h2>Make eye care a fixed routine</h2>
<p>A dry eye is one of the most important effects of facial palsy. Even a watering eye can be dry. Make eye care a fixed part of your day, from morning to night. You will find a guide under <a href="/en/protecting-the-eye/everyday-eye-care/">Everyday eye care</a>.</p>
<p class="notice">Is your eye red or painful, or is your vision getting worse? Then see an eye doctor urgently. You can read more under <a href="/en/protecting-the-eye/eye-warning-signs/">Eye warning signs</a>.</p>""",
        },
        "sources": [
            "S45.10",
            "S44.1",
            "S44.3",
            "S50",
            "S6.3",
            "S31.3",
            "S38.1",
            "S26.1",
            "S43.5",
            "S39.3",
            "S1.1",
        ],
        "author": "berg",
        "reviewer": "okafor",
        "last_reviewed": "2026-09-30",
    },
    "wellbeing": {
        "title": {
            "de": "Seelische Gesundheit",
            "en": "Emotional wellbeing",
        },
        "summary": {
            "de": "Eine Gesichtslähmung kann Angst, Traurigkeit und Rückzug auslösen. Was Studien zeigen, warum Blicke belasten und wo Sie Unterstützung finden.",
            "en": "Facial palsy can bring anxiety, sadness and withdrawal. What studies show, why other people’s reactions can weigh on you, and where to find support.",
        },
        "body": {
            "de": """<p>Unser Gesicht zeigt anderen, wie es uns geht. Wenn es sich nicht mehr bewegt wie früher, trifft das viele Menschen tief. Traurigkeit, Angst, Scham oder Wut sind dann verständliche Reaktionen. Sie sind kein Zeichen von Schwäche. Und Sie müssen damit nicht allein zurechtkommen.</p>
<h2>Was Studien zeigen</h2>
<p>Seelische Belastungen sind bei einer Fazialisparese häufig. Eine Studie aus dem Jahr 2017 nutzte einen kurzen Suchtest auf Depression. Bei 42\u202f% der Menschen mit Fazialisparese war er auffällig. In einer Vergleichsgruppe waren es 8\u202f%. Ein solcher Suchtest ist noch keine Diagnose. Er zeigt aber, wie groß die Last sein kann. Das Risiko stieg, sobald die Lähmung deutlich sichtbar war. Das entspricht Grad III oder höher auf der <a href="/de/formen-und-schweregrade/einteilung-nach-schweregrad/">House-Brackmann-Skala</a>, die von I bis VI reicht.</p>
<p>Eine Übersichtsarbeit von 2020 hat 27 Studien ausgewertet. Viele Betroffene hatten Ängste und depressive Beschwerden. Sie fühlten sich im Alltag und im Kontakt mit anderen eingeschränkt. Viele litten unter ihrem Aussehen. Frauen waren stärker belastet. Wichtig: Wie schwer die Lähmung von außen aussah, sagte wenig über die seelische Belastung aus. Psychische Faktoren spielten eine größere Rolle. Auch eine leichte Lähmung kann also sehr belasten. Holen Sie sich Unterstützung, egal wie ausgeprägt Ihre Lähmung ist.</p>
<h2>Wie andere Ihr Gesicht lesen</h2>
<p>Eine Lähmung kann andere Menschen in die Irre führen. In einer Studie deuteten Beobachterinnen und Beobachter gelähmte Gesichter als negativ, selbst wenn die Person lächelte. Ihr Gegenüber hält Sie vielleicht für traurig, abweisend oder schlecht gelaunt, obwohl Sie es gar nicht sind.</p>
<p>Manche Betroffene sprechen das deshalb offen an. Zum Beispiel so: „Ich habe eine Gesichtslähmung. Wenn ich ernst aussehe, heißt das nicht, dass ich schlecht gelaunt bin.“ Auch Stimme und Gesten können zeigen, wie Sie sich fühlen. Das ist Erfahrungswissen, keine Studienaussage. Probieren Sie aus, was zu Ihnen passt.</p>
<h2>Stigma: wenn Blicke und Bemerkungen verletzen</h2>
<p>Stigma bedeutet, dass Menschen wegen eines Merkmals abgewertet oder ausgegrenzt werden. Bei einer Gesichtslähmung können das Blicke, Fragen oder Bemerkungen sein. Forschungsarbeiten zeigen: Erlebtes Stigma hing am stärksten mit Depression und Angst zusammen. Menschen mit angeborener Lähmung kamen etwas besser zurecht als Menschen, deren Lähmung später auftrat.</p>
<p>Die Belastung entsteht also oft durch die Reaktionen anderer. Sie ist kein persönliches Versagen. Darüber zu sprechen, kann entlasten.</p>
<h2>Wo Sie Unterstützung finden</h2>
<p>Psychologische Unterstützung kann schon früh sinnvoll sein, nicht erst nach Jahren. Sagen Sie uns, wenn Sie sich belastet fühlen. Unser Team hilft Ihnen, eine passende psychologische oder psychotherapeutische Begleitung zu finden. Auch Ihre Hausärztin oder Ihr Hausarzt ist eine gute erste Anlaufstelle.</p>
<p>Auch die Behandlung der Lähmung selbst kann entlasten. Training, Botulinumtoxin oder eine Operation können viele Beschwerden lindern, oft auch noch Jahre nach Beginn der Lähmung.</p>
<p class="notice">Fühlen Sie sich hoffnungslos oder denken Sie daran, sich das Leben zu nehmen? Dann warten Sie nicht und sprechen Sie mit jemandem. Die TelefonSeelsorge ist kostenfrei und Tag und Nacht für Sie da: <a href="tel:08001110111">0800 111 0 111</a> oder <a href="tel:08001110222">0800 111 0 222</a>. Sind Sie in akuter Gefahr, rufen Sie sofort den <a href="tel:112">Notruf 112</a> an oder gehen Sie in eine Notaufnahme.</p>
<h2>Selbsthilfe und Austausch</h2>
<p>Der Austausch mit anderen Betroffenen kann Mut machen. Selbsthilfegruppen in Ihrer Nähe finden Sie über die NAKOS. Das ist die bundesweite Kontaktstelle für Selbsthilfegruppen: <a href="https://www.nakos.de/">nakos.de</a>. Fragen Sie auch unser Team nach Gruppen in Ihrer Region.</p>
<p>Für Familien mit Möbius-Syndrom gibt es die Elternvereinigung Moebius Syndrom Deutschland e.V. in Hannover. Sie besteht seit 1999. In Großbritannien wurde 2012 die Organisation Facial Palsy UK gegründet. Sie bietet Selbsthilfegruppen und Familientage an. Ihre Informationen auf <a href="https://www.facialpalsy.org.uk/">facialpalsy.org.uk</a> sind auf Englisch.</p>""",
            "en": """<p>Our faces show others how we feel. When your face no longer moves as it used to, this can hit hard. Sadness, anxiety, shame or anger are understandable reactions. They are not a sign of weakness. And you do not have to cope alone.</p>
<h2>What studies show</h2>
<p>Emotional strain is common with facial palsy. A study from 2017 used a short screening test for depression. It was positive in 42% of people with facial palsy. In a comparison group, the figure was 8%. A screening test is not a diagnosis. But it shows how heavy the burden can be. The risk rose once the palsy was clearly visible. That means grade III or higher on the <a href="/en/forms-and-grading/grading-scales/">House–Brackmann scale</a>, which runs from I to VI.</p>
<p>A review from 2020 looked at 27 studies. Many people had anxiety and symptoms of depression. They felt held back in daily life and with other people. Many were unhappy about their appearance. Women were more affected. Importantly, how severe the palsy looked from outside said little about the distress. Psychological factors played a bigger role. So even a mild palsy can weigh heavily. Please ask for support, however mild or severe your palsy is.</p>
<h2>How others read your face</h2>
<p>A palsy can mislead other people. In one study, observers judged paralysed faces as negative, even when the person was smiling. Others may think you are sad, unfriendly or in a bad mood, even when you are not.</p>
<p>Some people with facial palsy explain this openly. For example: ‘I have facial palsy. If I look serious, it doesn’t mean I’m in a bad mood.’ Your voice and gestures can also show how you feel. This is advice from experience, not from studies. Try out what suits you.</p>
<h2>Stigma: when stares and comments hurt</h2>
<p>Stigma means being judged or shut out because of a feature. With facial palsy, this can mean stares, questions or remarks. Research found that experiencing stigma was more closely linked to depression and anxiety than any other factor. People born with facial palsy coped somewhat better than those who developed it later.</p>
<p>So the strain often comes from other people’s reactions. It is not a personal failing. Talking about it can bring relief.</p>
<h2>Where to find support</h2>
<p>Psychological support can be useful early on, not only after years. Please tell us if you feel under strain. Our team can help you find suitable psychological or psychotherapeutic support. Your GP is also a good first point of contact.</p>
<p>Treating the palsy itself can also bring relief. Training, botulinum toxin or surgery can ease many problems, often even years after the palsy began.</p>
<p class="notice">Do you feel hopeless, or are you thinking about ending your life? Then do not wait: talk to someone now. In Germany, the TelefonSeelsorge helpline is free and there for you day and night: <a href="tel:08001110111">0800 111 0 111</a> or <a href="tel:08001110222">0800 111 0 222</a>. In the UK, you can call the Samaritans free on <a href="tel:116123">116 123</a>. If you are in immediate danger, <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK) or go to an emergency department.</p>
<h2>Self-help and sharing experiences</h2>
<p>Talking to others in the same situation can give you courage. In Germany, you can find self-help groups near you through NAKOS, the national contact point for self-help groups: <a href="https://www.nakos.de/">nakos.de</a>. Please also ask our team about groups in your area.</p>
<p>For families living with Möbius syndrome, there is the parent society Moebius Syndrom Deutschland e.V. in Hannover. It has existed since 1999. In the UK, the charity Facial Palsy UK was founded in 2012. It runs support groups and family days. Its information at <a href="https://www.facialpalsy.org.uk/">facialpalsy.org.uk</a> is in English.</p>""",
        },
        "sources": ["S46.1", "S46.2", "S46.3", "S42.3", "S11.3", "S46.4", "S45.9", "S28", "S30.2"],
        "author": "okafor",
        "reviewer": "berg",
        "last_reviewed": "2026-09-30",
    },
}
