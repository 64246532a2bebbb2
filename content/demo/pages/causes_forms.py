"""Causes and forms of facial palsy: the sections "causes" and "forms" with their child pages."""

PAGES = {
    # ------------------------------------------------------------------ causes
    "causes": {
        "title": {"de": "Ursachen", "en": "Causes"},
        "summary": {
            "de": "Eine Fazialisparese kann viele Ursachen haben. Welche es gibt und warum jede neue "
            "Gesichtslähmung rasch ärztlich abgeklärt werden sollte.",
            "en": "Facial palsy has many possible causes. An overview of the main ones, and why every new "
            "facial weakness should be checked by a doctor quickly.",
        },
        "body": {
            "de": """<p>Der Gesichtsnerv steuert die Muskeln unserer Mimik. Sein Fachbegriff lautet Nervus facialis. Jede Gesichtshälfte hat ihren eigenen Nerv. Ist er gestört, wird eine Seite des Gesichts schwach oder ganz gelähmt. Das nennt man Fazialisparese.</p>
<h2>Die häufigste Ursache bleibt unklar</h2>
<p>Oft findet sich kein Auslöser. Man spricht dann von einer idiopathischen Fazialisparese oder Bell-Parese. „Idiopathisch“ heißt: ohne erkennbare Ursache. Nach einer deutschen Übersichtsarbeit sind das 60 bis 75\u202f% der erworbenen Lähmungen, bei denen der Nerv selbst betroffen ist.</p>
<p>Umgekehrt gilt aber auch: Bei 25 bis 40\u202f% der Gesichtslähmungen steckt eine andere Ursache dahinter. Deshalb ist eine sorgfältige Abklärung so wichtig.</p>
<h2>Welche Ursachen gibt es noch?</h2>
<ul>
<li>Infektionen, etwa eine Gürtelrose am Ohr oder eine Borreliose nach einem Zeckenstich.</li>
<li>Verletzungen, zum Beispiel ein Bruch des Schädelknochens hinter dem Ohr.</li>
<li>Tumoren am Nerv oder in seiner Nähe, etwa in der Ohrspeicheldrüse.</li>
<li>Operationen an Ohr, Ohrspeicheldrüse oder Schädelbasis.</li>
<li>Erkrankungen im Gehirn, vor allem ein Schlaganfall.</li>
</ul>
<p>Manche Kinder kommen mit einer Gesichtslähmung zur Welt. Darüber informiert der Bereich <a href="/de/kinder/">Kinder</a>.</p>
<h2>Warum die Ursache zählt</h2>
<p>Die Ursache bestimmt die Behandlung. Eine Gürtelrose braucht andere Medikamente als eine Bell-Parese. Ein durchtrennter Nerv sollte möglichst rasch genäht werden. Ein Tumor muss fachärztlich abgeklärt werden. Und ein Schlaganfall muss sofort behandelt werden.</p>
<p class="notice">Ist Ihr Gesicht innerhalb von Minuten gelähmt, sind Sie nicht sicher oder gibt es weitere Zeichen? Dazu zählen eine Schwäche in Arm oder Bein, Sprachstörungen, Doppelbilder, Schwindel oder Verwirrtheit. Dann kann es ein Schlaganfall sein. Rufen Sie sofort den <a href="tel:112">Notruf 112</a> an.</p>
<p>Hat sich die Lähmung über Stunden entwickelt, ohne weitere Zeichen? Dann gehen Sie noch heute zur Ärztin oder zum Arzt. Außerhalb der Sprechzeiten hilft der ärztliche Bereitschaftsdienst unter <a href="tel:116117">116 117</a>. Bei der Bell-Parese hilft Kortison nur, wenn die Behandlung innerhalb von 72 Stunden beginnt. Mehr dazu unter <a href="/de/warum-der-zeitpunkt-entscheidet/die-ersten-tage/">Die ersten Stunden und Tage</a>. Die Seite <a href="/de/ursachen/zentral-oder-peripher/">Zentral oder peripher?</a> erklärt, woran man eine Lähmung aus dem Gehirn erkennt. Dort lesen Sie auch, warum Sie das nicht selbst prüfen sollten.</p>
<p>Auf den folgenden Seiten stellen wir die wichtigsten Ursachen vor. Sie erfahren auch, welche Warnzeichen Sie kennen sollten.</p>""",
            "en": """<p>The facial nerve controls the muscles we use to make facial expressions. Each side of the face has its own nerve. If it stops working properly, one side of the face becomes weak or fully paralysed. Doctors call this facial palsy.</p>
<h2>The most common cause is unknown</h2>
<p>Often no trigger can be found. This is called Bell's palsy, or idiopathic facial palsy. "Idiopathic" means that there is no known cause. According to a German review, it accounts for 60 to 75% of acquired palsies in which the nerve itself is affected.</p>
<p>The other side of this is important: in 25 to 40% of facial palsies, there is a different cause. That is why a careful assessment matters.</p>
<h2>What other causes are there?</h2>
<ul>
<li>Infections, such as shingles of the ear or Lyme disease after a tick bite.</li>
<li>Injuries, for example a fracture of the skull bone behind the ear.</li>
<li>Tumours on or near the nerve, for example in the parotid (salivary) gland.</li>
<li>Operations on the ear, the parotid gland or the base of the skull.</li>
<li>Conditions of the brain, above all a stroke.</li>
</ul>
<p>Some children are born with facial palsy. You can read about this in our section on <a href="/en/children/">children</a>.</p>
<h2>Why the cause matters</h2>
<p>The cause decides the treatment. Shingles needs different medicines from Bell's palsy. A cut nerve should be repaired as soon as possible. A possible tumour needs to be checked by a specialist. And a stroke needs emergency treatment at once.</p>
<p class="notice">Did your face become weak within minutes, are you not sure, or is there any other sign? Other signs include weakness in an arm or a leg, trouble speaking, double vision, dizziness or confusion. Then it may be a stroke. <a href="tel:112">Call 112</a> now (<a href="tel:999">999</a> in the UK).</p>
<p>Did the weakness develop over hours, with no other sign? Then see a doctor today. When practices are closed, the on-call medical service can help on <a href="tel:116117">116 117</a> (in the UK: <a href="tel:111">NHS 111</a>). In Bell's palsy, cortisone only helps if it is started within 72 hours. Read more under <a href="/en/why-timing-matters/the-first-days/">The first hours and days</a>. Our page <a href="/en/causes/central-or-peripheral/">Central or peripheral?</a> explains how doctors recognise a palsy that comes from the brain. It also explains why you should not test this yourself.</p>
<p>The following pages describe the main causes. They also explain the warning signs you should know about.</p>""",
        },
        "sources": ["S3", "S2.1", "S1.1", "S17.1", "S18.1", "S44.3", "S48.1"],
        "author": "okafor",
        "reviewer": "weber",
        "last_reviewed": "2026-10-12",
    },
    # ------------------------------------------------------------------ bells-palsy
    "bells-palsy": {
        "title": {
            "de": "Idiopathische Fazialisparese (Bell-Parese)",
            "en": "Bell's palsy (idiopathic facial palsy)",
        },
        "summary": {
            "de": "Die häufigste Form der Gesichtslähmung: was über Ursache, Häufigkeit und Heilungschancen "
            "bekannt ist und warum Sie rasch handeln sollten.",
            "en": "The most common form of facial palsy: what is known about its cause, how often it occurs, "
            "the chances of recovery, and why you should act quickly.",
        },
        "body": {
            "de": """<p>Bei einer idiopathischen Fazialisparese wird eine Gesichtshälfte plötzlich schwach. „Idiopathisch“ bedeutet: Es gibt keine erkennbare Ursache. Im Englischen heißt die Erkrankung „Bell’s palsy“. Im Deutschen sagt man auch Bell-Parese.</p>
<h2>Wie häufig ist die Bell-Parese?</h2>
<p>Sie ist die häufigste Erkrankung eines Hirnnervs. Hirnnerven sind Nerven, die direkt vom Gehirn ausgehen. Nach der kanadischen Leitlinie erkranken jedes Jahr etwa 20 bis 30 von 100\u202f000 Menschen daran. Im Laufe des Lebens trifft es etwa einen von 60 Menschen.</p>
<p>Frauen und Männer erkranken gleich oft. Auch die rechte und die linke Seite sind gleich häufig betroffen. Als Risikofaktoren gelten Diabetes und Bluthochdruck.</p>
<p>In der Schwangerschaft ist das Risiko höher, vor allem im letzten Drittel und kurz nach der Geburt. Studien fanden ein etwa 3,3-fach höheres Risiko als bei Frauen, die nicht schwanger sind. Bei einer vollständigen Lähmung in der Schwangerschaft erholten sich in einer Studie nur 52\u202f% zufriedenstellend. In den Vergleichsgruppen waren es 77 bis 88\u202f%. Auch in der Schwangerschaft gelten für die Behandlung dieselben Grundsätze, mit besonderer Vorsicht.</p>
<h2>Was ist die Ursache?</h2>
<p>Die genaue Ursache kennt man nicht. Fachleute vermuten, dass Herpes-simplex-Viren wieder aktiv werden. Diese Viren verursachen auch Lippenbläschen. Der Nerv schwillt dann an. Er verläuft aber in einem engen Knochenkanal im Felsenbein, einem Teil des Schädels hinter dem Ohr. Dort hat er kaum Platz auszuweichen.</p>
<h2>Warum andere Ursachen ausgeschlossen werden</h2>
<p>Die Diagnose Bell-Parese wird erst gestellt, wenn andere Ursachen unwahrscheinlich sind. Denn 25 bis 40\u202f% aller Gesichtslähmungen haben einen anderen Grund. Ihre Ärztin oder Ihr Arzt fragt deshalb genau nach und untersucht Sie gründlich.</p>
<p>Hier unterscheiden sich die Länder. In Deutschland empfiehlt die Leitlinie einen Bluttest auf Borrelien, also auf Bakterien, die Zecken übertragen. Die amerikanische Leitlinie sieht bei typischem Verlauf dagegen keine routinemäßigen Laboruntersuchungen vor. Mehr dazu auf der Seite <a href="/de/ursachen/infektionen/">Infektionen</a>.</p>
<h2>Wie sind die Heilungschancen?</h2>
<p>Die meisten Menschen erholen sich gut. Die wichtigsten Zahlen stammen aus der großen Kopenhagener Untersuchung von Peitersen. Sie begleitete rund 2500 Menschen mit Gesichtslähmung, die nicht behandelt wurden. Für die Bell-Parese ergab sich:</p>
<ul>
<li>Bei 85\u202f% begann die Besserung innerhalb von drei Wochen.</li>
<li>71\u202f% wurden vollständig gesund, 84\u202f% erreichten eine nahezu normale Funktion.</li>
<li>Bei teilweiser Lähmung heilten 94\u202f% vollständig aus.</li>
<li>Bei vollständiger Lähmung waren es 61\u202f%.</li>
</ul>
<p>Etwa 16\u202f% behielten Folgen zurück. Dazu zählen <a href="/de/formen-und-schweregrade/synkinesien/">Synkinesien</a> – unwillkürliche Mitbewegungen. Dazu gehören auch „Krokodilstränen“, also Tränen beim Essen, und dauerhaft verkürzte Muskeln. Die meisten Betroffenen erholen sich innerhalb von drei bis vier Monaten.</p>
<p>Wie stark die Lähmung nach etwa einer Woche ist, sagt am meisten über den weiteren Verlauf. Ungünstiger sind die Aussichten oft bei:</p>
<ul>
<li>einer vollständigen Lähmung.</li>
<li>fehlender Besserung nach drei Wochen.</li>
<li>einem Alter über 60 Jahren.</li>
<li>starken Schmerzen.</li>
<li>Diabetes, Bluthochdruck oder Schwangerschaft.</li>
<li>einer starken Nervenschädigung in der <a href="/de/formen-und-schweregrade/elektrodiagnostik/">Elektrodiagnostik</a>.</li>
</ul>
<p>Solche Faktoren schließen eine Erholung nicht aus. Sie sind aber ein Grund, den Verlauf eng zu begleiten.</p>
<h2>Was Sie jetzt tun können</h2>
<ul>
<li>Kam die Lähmung innerhalb von Minuten, sind Sie nicht sicher oder gibt es weitere Zeichen? Dazu zählen eine Schwäche in Arm oder Bein oder Sprachstörungen. Dann rufen Sie sofort den <a href="tel:112">Notruf 112</a> an. Das kann ein Schlaganfall sein.</li>
<li>Hat sie sich über Stunden entwickelt, ohne weitere Zeichen? Dann gehen Sie noch heute zu einer Ärztin oder einem Arzt, außerhalb der Sprechzeiten zum Bereitschaftsdienst unter <a href="tel:116117">116 117</a>. Kortison wirkt nur, wenn die Behandlung innerhalb von 72 Stunden beginnt. Mehr dazu unter <a href="/de/konservative-therapie/kortison-und-virostatika/">Kortison und Virostatika</a>.</li>
<li>Schützen Sie Ihr Auge vom ersten Tag an. Schließt das Lid nicht, kann die Hornhaut austrocknen. Lesen Sie dazu <a href="/de/das-auge-schuetzen/">Das Auge schützen</a>.</li>
<li>Bessert sich nach drei Wochen nichts, lassen Sie sich in einer spezialisierten Sprechstunde vorstellen. Mehr dazu unter <a href="/de/warum-der-zeitpunkt-entscheidet/nach-wochen-und-monaten/">Nach Wochen und Monaten</a>.</li>
</ul>
<p class="notice">Bei einem kleinen Teil der Betroffenen kommt die Lähmung später wieder. Tritt sie erneut auf derselben Seite auf, muss gezielt nach einer anderen Ursache gesucht werden, zum Beispiel nach einem <a href="/de/ursachen/unfall-tumor-operation/">Tumor</a>.</p>""",
            "en": """<p>In Bell's palsy, one side of the face suddenly becomes weak. Doctors also call it idiopathic facial palsy. "Idiopathic" means that there is no known cause.</p>
<h2>How common is Bell's palsy?</h2>
<p>It is the most common disorder of a cranial nerve. Cranial nerves are nerves that come straight from the brain. According to the Canadian guideline, about 20 to 30 in every 100,000 people develop it each year. Over a lifetime, about 1 person in 60 is affected.</p>
<p>Women and men are affected equally often. The right and left sides are also affected equally. Diabetes and high blood pressure are thought to raise the risk.</p>
<p>The risk is higher in pregnancy, especially in the last three months and just after the birth. Studies found a risk about 3.3 times higher than in women who are not pregnant. In one study, only 52% of pregnant women with a complete palsy recovered satisfactorily. In the comparison groups, the figure was 77 to 88%. The same principles of treatment apply in pregnancy, with extra care.</p>
<h2>What causes it?</h2>
<p>The exact cause is not known. Experts think that herpes simplex viruses become active again. These are the viruses that also cause cold sores. The nerve then swells. But it runs through a narrow bony canal in the temporal bone, a part of the skull behind the ear. There it has almost no room to expand.</p>
<h2>Why other causes are ruled out first</h2>
<p>Doctors only diagnose Bell's palsy once other causes seem unlikely. This matters, because 25 to 40% of all facial palsies have another cause. So your doctor will ask you detailed questions and examine you carefully.</p>
<p>Practice differs between countries. In Germany, the guideline recommends a blood test for Borrelia, the tick-borne bacteria that cause Lyme disease. The American guideline, by contrast, does not advise routine laboratory tests when the course is typical. Read more on our page about <a href="/en/causes/infections/">infections</a>.</p>
<h2>What are the chances of recovery?</h2>
<p>Most people recover well. The key figures come from Peitersen's large study in Copenhagen. It followed about 2,500 people with facial palsy who received no treatment. For Bell's palsy, it found:</p>
<ul>
<li>In 85%, improvement began within three weeks.</li>
<li>71% recovered completely, and 84% reached near-normal function.</li>
<li>With a partial palsy, 94% recovered completely.</li>
<li>With a complete palsy, the figure was 61%.</li>
</ul>
<p>About 16% were left with lasting effects. These include <a href="/en/forms-and-grading/synkinesis/">synkinesis</a> – unwanted movements of one part of the face when another part moves. They also include "crocodile tears", meaning tears while eating, and permanently shortened muscles. Most people recover within three to four months.</p>
<p>How severe the palsy is after about one week tells doctors most about the likely course. The outlook is often less good with:</p>
<ul>
<li>a complete palsy.</li>
<li>no improvement after three weeks.</li>
<li>age over 60.</li>
<li>severe pain.</li>
<li>diabetes, high blood pressure or pregnancy.</li>
<li>severe nerve damage in <a href="/en/forms-and-grading/electrodiagnostics/">electrical nerve tests</a>.</li>
</ul>
<p>These factors do not rule out recovery. But they are a reason to follow your progress closely.</p>
<h2>What you can do now</h2>
<ul>
<li>Did it come on within minutes, are you not sure, or is there any other sign? Other signs include weakness in an arm or leg and trouble speaking. Then <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK). This may be a stroke.</li>
<li>Did it develop over hours, with no other sign? Then see a doctor today. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a> (in the UK: <a href="tel:111">NHS 111</a>). Cortisone only works if it is started within 72 hours. Read more about <a href="/en/non-operative-therapy/cortisone-and-antivirals/">cortisone and antivirals</a>.</li>
<li>Protect your eye from day one. If the lid does not close, the surface of the eye can dry out. See <a href="/en/protecting-the-eye/">protecting the eye</a>.</li>
<li>If there is no improvement after three weeks, ask to be referred to a specialist clinic. See <a href="/en/why-timing-matters/after-weeks-and-months/">after weeks and months</a>.</li>
</ul>
<p class="notice">In a small number of people, the palsy comes back later. If it returns on the same side, doctors need to look carefully for another cause, such as a <a href="/en/causes/injury-tumour-surgery/">tumour</a>.</p>""",
        },
        "sources": [
            "S5",
            "S3",
            "S6.3",
            "S6.1",
            "S49.1",
            "S11.2",
            "S11.1",
            "S2.1",
            "S4",
            "S1.1",
            "S8",
            "S44.3",
            "S48.1",
        ],
        "author": "okafor",
        "reviewer": "weber",
        "last_reviewed": "2026-10-12",
    },
    # ------------------------------------------------------------------ infections
    "infections": {
        "title": {
            "de": "Infektionen: Gürtelrose, Borreliose und andere",
            "en": "Infections: shingles, Lyme disease and others",
        },
        "summary": {
            "de": "Gürtelrose am Ohr, Borreliose nach einem Zeckenstich und andere Infektionen können den "
            "Gesichtsnerv lähmen. Sie brauchen eine gezielte Behandlung.",
            "en": "Shingles of the ear, Lyme disease after a tick bite and other infections can paralyse the "
            "facial nerve. They need specific treatment.",
        },
        "body": {
            "de": """<p>Manchmal steckt hinter einer Gesichtslähmung eine Infektion. Das zu erkennen ist wichtig. Denn viele dieser Infektionen lassen sich gezielt behandeln: mit Medikamenten gegen Viren oder mit Antibiotika.</p>
<h2>Gürtelrose am Ohr (Ramsay-Hunt-Syndrom)</h2>
<p>Das Ramsay-Hunt-Syndrom heißt auch Zoster oticus. Auslöser ist das Varizella-Zoster-Virus. Es verursacht in der Kindheit die Windpocken. Danach bleibt es im Körper und kann später wieder aktiv werden. Dann entsteht eine Gürtelrose, in diesem Fall am Ohr.</p>
<p>Typische Zeichen sind:</p>
<ul>
<li>Bläschen am Ohr oder im Mund.</li>
<li>Schmerzen im Ohr.</li>
<li>Manchmal schlechteres Hören, Ohrgeräusche (Tinnitus) oder Schwindel.</li>
</ul>
<p>Nach einer systematischen Übersichtsarbeit ist das Ramsay-Hunt-Syndrom die zweithäufigste Ursache einer Lähmung des Gesichtsnervs selbst. Pro Jahr erkranken etwa 5 von 100\u202f000 Menschen.</p>
<p>Die Bläschen sind nicht immer von Anfang an zu sehen. Die Informationsseite eines spezialisierten Chirurgen in den USA berichtet: Bei etwa 14\u202f% erscheinen sie erst nach der Lähmung. Manche Menschen bekommen gar keine Bläschen. Fachleute sprechen dann von „Zoster sine herpete“.</p>
<h3>Behandlung und Aussichten</h3>
<p>Die Lähmung bildet sich hier schlechter zurück als bei der Bell-Parese. Ohne Behandlung wird nur etwa jede fünfte Person wieder ganz gesund. Mit Behandlung erreichten in derselben Übersichtsarbeit 70\u202f% eine normale oder nur leicht eingeschränkte Funktion. Bei einer vollständigen Lähmung waren es 51\u202f%. Was diese Stufen bedeuten, erklärt die Seite <a href="/de/formen-und-schweregrade/einteilung-nach-schweregrad/">Einteilung nach Schweregrad</a>.</p>
<p>Kortison zusammen mit einem Mittel gegen Viren wirkte besser als Kortison allein. Solche Mittel heißen Virostatika. Eine deutsche Fachübersicht hält sie bei einer Gürtelrose für dringend angezeigt.</p>
<h2>Borreliose nach einem Zeckenstich</h2>
<p>Borrelien sind Bakterien, die Zecken übertragen. Befallen sie das Nervensystem, spricht man von Neuroborreliose. Dabei kann auch der Gesichtsnerv gelähmt werden. Die Erkrankung tritt vor allem im Sommer und Herbst auf.</p>
<p>In Deutschland empfiehlt die Leitlinie bei einer Gesichtslähmung einen Bluttest auf Borrelien. Oft wird auch das Nervenwasser untersucht. Dazu entnimmt die Ärztin oder der Arzt mit einer dünnen Nadel etwas Flüssigkeit aus dem Wirbelkanal im unteren Rücken. Das nennt man Lumbalpunktion. Bei Erwachsenen wird sie empfohlen, bei Kindern ist sie fester Bestandteil der Abklärung.</p>
<p>Die Neuroborreliose wird mit Antibiotika behandelt. Die Aussichten sind für die meisten Betroffenen gut. Bei Kindern in Gegenden mit vielen Zecken gehört sie zu den häufigsten Ursachen einer Gesichtslähmung. Mehr dazu unter <a href="/de/kinder/erworbene-fazialisparese/">Erworbene Fazialisparese bei Kindern</a>.</p>
<p>Erinnern Sie sich an einen Zeckenstich? Erzählen Sie Ihrer Ärztin oder Ihrem Arzt davon.</p>
<h2>Andere Infektionen und Entzündungen</h2>
<p>Seltener sind diese Ursachen:</p>
<ul>
<li>Eine Mittelohrentzündung oder eine Entzündung des Knochens hinter dem Ohr (Mastoiditis).</li>
<li>Eine schwere Entzündung des Gehörgangs, die auf den Knochen übergreift (Otitis externa maligna).</li>
<li>Eine HIV-Infektion.</li>
<li>Das Guillain-Barré-Syndrom, eine Entzündung vieler Nerven. Es lähmt oft beide Gesichtshälften.</li>
<li>Die Sarkoidose, eine entzündliche Erkrankung, die viele Organe betreffen kann.</li>
<li>Die Multiple Sklerose, eine entzündliche Erkrankung von Gehirn und Rückenmark.</li>
</ul>
<p>Einige dieser Erkrankungen betreffen nicht nur das Gesicht. Sie werden meist gemeinsam mit anderen Fachrichtungen behandelt.</p>
<h2>Wann es besonders eilt</h2>
<p class="notice">Eine Gesichtslähmung mit Fieber oder starkem Krankheitsgefühl ist immer dringend. Das gilt auch bei Bläschen oder starken Schmerzen am Ohr. Lassen Sie sich noch am selben Tag ärztlich untersuchen.</p>
<p>Auch ohne diese Zeichen sollte jede neue Gesichtslähmung rasch abgeklärt werden. Nur so lässt sich eine Infektion früh erkennen und gezielt behandeln.</p>""",
            "en": """<p>Sometimes an infection is behind facial palsy. It is important to recognise this. Many of these infections can be treated specifically: with antiviral medicines or with antibiotics.</p>
<h2>Shingles of the ear (Ramsay Hunt syndrome)</h2>
<p>Ramsay Hunt syndrome is also called herpes zoster oticus. It is caused by the varicella-zoster virus. This virus causes chickenpox in childhood. Afterwards it stays in the body and can become active again later. It then causes shingles – in this case in the ear.</p>
<p>Typical signs are:</p>
<ul>
<li>Blisters on the ear or in the mouth.</li>
<li>Pain in the ear.</li>
<li>Sometimes hearing loss, ringing in the ear (tinnitus) or dizziness.</li>
</ul>
<p>According to a systematic review, Ramsay Hunt syndrome is the second most common cause of a palsy of the facial nerve itself. About 5 in every 100,000 people develop it each year.</p>
<p>The blisters are not always there from the start. The information website of a specialist surgeon in the United States reports that in about 14% they only appear after the palsy. Some people never get blisters at all. Doctors call this "zoster sine herpete".</p>
<h3>Treatment and outlook</h3>
<p>Recovery is less good than in Bell's palsy. Without treatment, only about one person in five recovers completely. With treatment, the same review found that 70% reached normal or only slightly reduced function. With a complete palsy, the figure was 51%. Our page on <a href="/en/forms-and-grading/grading-scales/">grading scales</a> explains these levels.</p>
<p>Cortisone combined with an antiviral medicine worked better than cortisone alone. A German medical review regards antivirals as urgently needed when shingles is the cause.</p>
<h2>Lyme disease after a tick bite</h2>
<p>Borrelia are bacteria spread by ticks. They cause Lyme disease. When they affect the nervous system, doctors speak of neuroborreliosis. This can paralyse the facial nerve. It occurs mainly in summer and autumn.</p>
<p>In Germany, the guideline recommends a blood test for Borrelia in facial palsy. Often the spinal fluid is tested as well. For this, a doctor uses a thin needle to take a little fluid from the spinal canal in the lower back. This is called a lumbar puncture. It is recommended in adults and is a standard part of the assessment in children.</p>
<p>Neuroborreliosis is treated with antibiotics. For most people the outlook is good. In children who live where ticks are common, it is one of the leading causes of facial palsy. Read more about <a href="/en/children/acquired-facial-palsy/">acquired facial palsy in children</a>.</p>
<p>Do you remember a tick bite? Tell your doctor about it.</p>
<h2>Other infections and inflammation</h2>
<p>These causes are less common:</p>
<ul>
<li>A middle-ear infection, or an infection of the bone behind the ear (mastoiditis).</li>
<li>A severe infection of the ear canal that spreads to the bone (malignant otitis externa).</li>
<li>HIV infection.</li>
<li>Guillain-Barré syndrome, an inflammation of many nerves. It often affects both sides of the face.</li>
<li>Sarcoidosis, an inflammatory disease that can affect many organs.</li>
<li>Multiple sclerosis, an inflammatory disease of the brain and spinal cord.</li>
</ul>
<p>Some of these conditions affect more than the face. They are usually treated together with other specialists.</p>
<h2>When it is especially urgent</h2>
<p class="notice">Facial palsy with a fever or feeling generally very unwell is always urgent. The same applies to blisters or severe pain in the ear. Please see a doctor on the same day.</p>
<p>Even without these signs, any new facial weakness should be checked quickly. Only then can an infection be found early and treated in the right way.</p>""",
        },
        "sources": ["S12", "S17.3", "S3", "S4", "S58.2", "S14.1", "S17.1", "S17.4", "S44.3"],
        "author": "okafor",
        "reviewer": "weber",
        "last_reviewed": "2026-10-14",
    },
    # ------------------------------------------------------------------ injury-tumour-surgery
    "injury-tumour-surgery": {
        "title": {
            "de": "Unfall, Tumor oder Operation",
            "en": "Injury, tumour or surgery",
        },
        "summary": {
            "de": "Wie Verletzungen, Tumoren und Operationen den Gesichtsnerv schädigen können – und welche "
            "Warnzeichen auf einen Tumor hindeuten.",
            "en": "How injuries, tumours and operations can damage the facial nerve – and which warning signs "
            "may point to a tumour.",
        },
        "body": {
            "de": """<p>Der Gesichtsnerv legt einen langen Weg zurück. Er verlässt das Gehirn und zieht durch einen engen Kanal im Schädelknochen hinter dem Ohr. Unterhalb des Ohres tritt er aus. In der Ohrspeicheldrüse teilt er sich in mehrere Äste. Sie versorgen Stirn, Auge, Wange, Mund und Hals. Auf diesem ganzen Weg kann der Nerv geschädigt werden.</p>
<h2>Verletzungen</h2>
<p>In einer großen, älteren Auswertung war etwa jede sechste Gesichtslähmung die Folge einer Verletzung. Das waren rund 16\u202f%. Eine wichtige Rolle spielen Brüche des Felsenbeins. Das ist der Teil des Schädels, in dem das Innenohr und der Nervenkanal liegen.</p>
<p>Wie oft der Nerv dabei gelähmt wird, hängt vom Verlauf des Bruchs ab. Nach einer medizinischen Fachübersicht gilt:</p>
<ul>
<li>Bei Brüchen längs durch das Felsenbein sind es etwa 20 bis 25\u202f%.</li>
<li>Bei Brüchen quer durch das Felsenbein ist es etwa die Hälfte.</li>
</ul>
<p>Auch tiefe Schnittwunden im Gesicht können einzelne Nervenäste durchtrennen. Dann zählt die Zeit. Ein durchtrennter Nerv wird am besten innerhalb von drei Tagen genäht. So lange lässt sich das Nervenende mit einem elektrischen Reizgerät noch gut finden. Mehr dazu unter <a href="/de/operative-therapie/nervennaht-und-nerventransplantat/">Nervennaht und Nerventransplantat</a>.</p>
<p>Nach einem Unfall kann die Nervenfunktion elektrisch gemessen werden. Das Ergebnis hilft bei der Entscheidung, ob eine Operation nötig ist. Wie das funktioniert, erklärt die Seite <a href="/de/formen-und-schweregrade/elektrodiagnostik/">Elektrodiagnostik</a>.</p>
<h2>Tumoren</h2>
<p>Tumoren sind nicht die häufigste, aber eine wichtige Ursache. Sie können am Nerv selbst oder in seiner Nähe wachsen. Beispiele sind:</p>
<ul>
<li>Tumoren der Ohrspeicheldrüse.</li>
<li>Das Akustikusneurinom, ein Tumor am Hör- und Gleichgewichtsnerv.</li>
<li>Das Schwannom des Gesichtsnervs, ein Tumor aus der Hülle des Nervs.</li>
<li>Das Cholesteatom, eine Wucherung von Hautzellen im Mittelohr.</li>
<li>Das Meningeom, ein Tumor der Hirnhäute.</li>
<li>Der Glomustumor, ein gefäßreicher Tumor im Bereich des Ohres.</li>
</ul>
<h2>Warnzeichen für einen Tumor</h2>
<p>Einige Zeichen sprechen eher für einen Tumor als für eine Bell-Parese:</p>
<ul>
<li>Die Lähmung entwickelt sich langsam und nimmt über Wochen zu.</li>
<li>Die Lähmung kommt auf derselben Seite wieder.</li>
<li>Sie bemerken zusätzlich einen Knoten in der Wange, vor dem Ohr oder am Hals.</li>
</ul>
<p class="notice">Trifft eines dieser Zeichen auf Sie zu? Dann gehen Sie noch heute zur Ärztin oder zum Arzt. Danach sollten Sie rasch in einer Fachklinik untersucht werden, etwa in einer Klinik für Hals-Nasen-Ohren-Heilkunde. Eine Gesichtslähmung nach einer Kopfverletzung muss noch am selben Tag ärztlich untersucht werden.</p>
<h2>Lähmung nach einer Operation</h2>
<p>Manche Eingriffe finden in unmittelbarer Nähe des Gesichtsnervs statt. Eine Lähmung durch eine Behandlung heißt in der Medizin „iatrogen“. Dazu gehören Operationen an der Ohrspeicheldrüse, am Mittelohr und am Warzenfortsatz hinter dem Ohr. Auch Eingriffe am Kiefergelenk und an der Schädelbasis zählen dazu.</p>
<p>Wie unterschiedlich das Risiko ist, zeigt eine Studie zu 794 Operationen an der Ohrspeicheldrüse:</p>
<ul>
<li>9,2\u202f% hatten danach eine vorübergehende Schwäche.</li>
<li>5,2\u202f% hatten eine bleibende Schwäche, die länger als sechs Monate anhielt.</li>
<li>Bei gutartigen Tumoren waren es 6,5\u202f% vorübergehend und 3,4\u202f% bleibend.</li>
<li>Bei bösartigen Tumoren waren es 21,7\u202f% vorübergehend und 14,4\u202f% bleibend.</li>
</ul>
<p>Für eine Schwäche direkt nach der Operation schwanken die Angaben in der Fachliteratur stark, zwischen 14 und 65\u202f%. Ein Teil dieser Schwächen bildet sich wieder zurück.</p>
<h2>Was Sie nach einer Operation tun können</h2>
<p>Fragen Sie nach dem Operationsbericht. Darin steht, ob der Nerv erhalten werden konnte. Diese Angabe ist für die weitere Planung wichtig.</p>
<p>Bessert sich die Lähmung nicht, lassen Sie sich früh in einer spezialisierten Sprechstunde vorstellen. Viele wiederherstellende Operationen sind nur in einem bestimmten <a href="/de/warum-der-zeitpunkt-entscheidet/zeitfenster-fuer-operationen/">Zeitfenster</a> möglich.</p>""",
            "en": """<p>The facial nerve travels a long way. It leaves the brain and passes through a narrow canal in the skull bone behind the ear. It comes out just below the ear. Inside the parotid gland, the large salivary gland in front of the ear, it divides into several branches. These supply the forehead, eye, cheek, mouth and neck. The nerve can be damaged anywhere along this route.</p>
<h2>Injuries</h2>
<p>In a large, older series, about one facial palsy in six was caused by an injury. That was around 16%. Fractures of the temporal bone play an important part. This is the part of the skull that holds the inner ear and the nerve canal.</p>
<p>How often the nerve is paralysed depends on the direction of the fracture. According to a medical review:</p>
<ul>
<li>With fractures along the length of the temporal bone, it is about 20 to 25%.</li>
<li>With fractures across the temporal bone, it is about half.</li>
</ul>
<p>Deep cuts to the face can also sever single branches of the nerve. Then time matters. A cut nerve is best repaired within three days. During this time, surgeons can still find the nerve ending easily with an electrical stimulator. Read more about <a href="/en/surgery/nerve-repair-and-grafts/">nerve repair and grafts</a>.</p>
<p>After an accident, nerve function can be measured with electrical tests. The result helps doctors decide whether an operation is needed. Our page on <a href="/en/forms-and-grading/electrodiagnostics/">electrodiagnostics</a> explains how this works.</p>
<h2>Tumours</h2>
<p>Tumours are not the most common cause, but they are an important one. They can grow on the nerve itself or close to it. Examples are:</p>
<ul>
<li>Tumours of the parotid gland.</li>
<li>Acoustic neuroma (vestibular schwannoma), a tumour on the nerve for hearing and balance.</li>
<li>Facial nerve schwannoma, a tumour of the nerve's outer sheath.</li>
<li>Cholesteatoma, a growth of skin cells in the middle ear.</li>
<li>Meningioma, a tumour of the membranes around the brain.</li>
<li>Glomus tumour, a tumour rich in blood vessels near the ear.</li>
</ul>
<h2>Warning signs of a tumour</h2>
<p>Some signs point more to a tumour than to Bell's palsy:</p>
<ul>
<li>The palsy develops slowly and gets worse over weeks.</li>
<li>The palsy comes back on the same side.</li>
<li>You also notice a lump in the cheek, in front of the ear or in the neck.</li>
</ul>
<p class="notice">Does one of these signs apply to you? Then see a doctor today. After that, you should see a specialist soon, for example at an ear, nose and throat (ENT) department. Facial palsy after a head injury must be checked by a doctor on the same day.</p>
<h2>Palsy after an operation</h2>
<p>Some operations take place right next to the facial nerve. Doctors call a palsy caused by treatment "iatrogenic". These include operations on the parotid gland, the middle ear and the bone behind the ear (the mastoid). Operations on the jaw joint and the base of the skull also carry a risk.</p>
<p>A study of 794 parotid operations shows how much the risk varies:</p>
<ul>
<li>9.2% had temporary weakness afterwards.</li>
<li>5.2% had lasting weakness that went on for more than six months.</li>
<li>With benign (non-cancerous) tumours, 6.5% had temporary and 3.4% lasting weakness.</li>
<li>With malignant (cancerous) tumours, 21.7% had temporary and 14.4% lasting weakness.</li>
</ul>
<p>For weakness straight after the operation, published figures vary widely, from 14 to 65%. Some of this weakness gets better again.</p>
<h2>What you can do after an operation</h2>
<p>Ask for the operation report. It states whether the nerve could be preserved. This detail is important for planning what comes next.</p>
<p>If the palsy does not improve, ask early for a referral to a specialist clinic. Many reconstructive operations are only possible within a certain <a href="/en/why-timing-matters/time-windows-for-surgery/">time window</a>.</p>""",
        },
        "sources": ["S15.1", "S15.3", "S17.1", "S17.4", "S29", "S16.1", "S44.3", "S44.4"],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-10-19",
    },
    # ------------------------------------------------------------------ central-or-peripheral
    "central-or-peripheral": {
        "title": {
            "de": "Zentral oder peripher?",
            "en": "Central or peripheral?",
        },
        "summary": {
            "de": "Eine Gesichtslähmung kann vom Nerv selbst oder vom Gehirn ausgehen, etwa bei einem "
            "Schlaganfall. Was der Unterschied bedeutet – und warum Sie ihn nicht selbst prüfen sollten.",
            "en": "Facial weakness can start in the nerve itself or in the brain, for example after a stroke. "
            "What the difference means – and why you should not test it yourself.",
        },
        "body": {
            "de": """<p>Ärztinnen und Ärzte unterscheiden zwei Grundformen der Gesichtslähmung. Bei der peripheren Form ist der Gesichtsnerv selbst geschädigt. Bei der zentralen Form liegt die Störung im Gehirn. Von dort kommen dann keine richtigen Befehle mehr beim Nerv an.</p>
<h2>Periphere Fazialisparese</h2>
<p>„Peripher“ heißt hier: außerhalb des Gehirns. Der Nerv ist auf seinem Weg zu den Muskeln gestört. Typische Ursachen sind die Bell-Parese, Infektionen, Verletzungen oder Tumoren.</p>
<p>Dann ist meist die ganze Gesichtshälfte betroffen, auch die Stirn. Sie lässt sich auf dieser Seite nicht mehr runzeln. Oft schließt auch das Auge nicht mehr vollständig.</p>
<h2>Zentrale Fazialisparese</h2>
<p>„Zentral“ heißt: Die Ursache liegt im Gehirn. Ein wichtiger Auslöser ist der Schlaganfall. Auch ein Hirntumor oder eine Multiple Sklerose kommen infrage.</p>
<p>Bei einer zentralen Lähmung ist die Stirn meist nicht betroffen. Sie lässt sich noch runzeln. Auch das Auge kann in der Regel geschlossen werden. Gelähmt ist vor allem die untere Gesichtshälfte, etwa der Mundwinkel.</p>
<p>Warum ist das so? Die Nervenzellen für die obere Gesichtshälfte erhalten Signale aus beiden Hirnhälften. Fällt eine Seite aus, bleibt die andere Verbindung bestehen. Für die untere Gesichtshälfte gilt das nicht.</p>
<p>Bei einer zentralen Lähmung sind meist auch Arm oder Hand auf derselben Körperseite geschwächt.</p>
<h2>Warum Sie den „Stirn-Test“ nicht selbst machen sollten</h2>
<p>In Notaufnahmen gilt eine Faustregel: Ist die Stirn mitgelähmt, spricht das für eine periphere Lähmung. Für Fachleute ist das ein wichtiger Hinweis. Eine Sicherheit ist es aber nicht.</p>
<p>Ein Schlaganfall im Hirnstamm kann genauso aussehen wie eine periphere Lähmung. Dann ist auch die Stirn gelähmt. Manchmal ist die Gesichtslähmung sogar das einzige Zeichen. Eine mitgelähmte Stirn schließt einen Schlaganfall also nicht aus.</p>
<h2>Was Sie tun sollten: Es kommt auf den Beginn an</h2>
<p>Ob Sie sofort den Notruf brauchen oder noch heute eine Arztpraxis, hängt davon ab, wie die Lähmung begonnen hat.</p>
<p class="notice"><strong>Innerhalb von Minuten, im Zweifel oder mit weiteren Zeichen:</strong> Rufen Sie sofort den <a href="tel:112">Notruf 112</a> an. Weitere Zeichen sind ein schwacher Arm oder ein schwaches Bein, Probleme beim Sprechen oder Schlucken, Doppelbilder, Schwindel, Verwirrtheit oder starke Kopfschmerzen. Warten Sie nicht ab, ob die Beschwerden von allein vergehen.</p>
<p class="notice"><strong>Über Stunden bis zu ein, zwei Tagen entstanden, ohne weitere Zeichen:</strong> Gehen Sie noch heute in Ihre Hausarztpraxis. Außerhalb der Sprechzeiten erreichen Sie den ärztlichen Bereitschaftsdienst unter <a href="tel:116117">116 117</a>. Sie können auch in eine Notaufnahme gehen. Denn Kortison hilft nur, wenn die Behandlung innerhalb von 72 Stunden beginnt.</p>
<p>Lassen Sie sich außerdem noch heute untersuchen, wenn das Auge rot ist und schmerzt oder Sie schlechter sehen. Das gilt auch nach einer Kopfverletzung, bei Fieber oder starkem Krankheitsgefühl und bei einem Knoten an Wange oder Hals. Und es gilt, wenn die Schwäche immer weiter zunimmt. Mehr dazu unter <a href="/de/warum-der-zeitpunkt-entscheidet/die-ersten-tage/">Die ersten Stunden und Tage</a>.</p>
<h2>Einen Schlaganfall erkennen: der FAST-Test</h2>
<p>Mit dem FAST-Test können Laien einen Schlaganfall bei einem anderen Menschen erkennen. Auch die Deutsche Schlaganfall-Hilfe empfiehlt ihn. Die vier Buchstaben stehen für englische Wörter:</p>
<ul>
<li><strong>Face (Gesicht):</strong> Bitten Sie die Person zu lächeln. Hängt eine Seite herab?</li>
<li><strong>Arms (Arme):</strong> Die Person soll beide Arme nach vorn strecken, mit den Handflächen nach oben. Sinkt oder dreht sich ein Arm?</li>
<li><strong>Speech (Sprache):</strong> Kann die Person einen einfachen Satz nachsprechen?</li>
<li><strong>Time (Zeit):</strong> Trifft eines davon zu, zählt jede Minute. Rufen Sie sofort den <a href="tel:112">Notruf 112</a> an.</li>
</ul>
<p>Und ganz gleich, ob bei Ihnen oder bei anderen: Hängt ein Gesicht plötzlich herab, innerhalb von Minuten, ist das schon für sich allein Grund genug, den Notruf 112 anzurufen. Sie müssen dafür keinen Test bestehen. Ein unauffälliger Test ist auch keine Entwarnung.</p>
<h2>Was die Unterscheidung für Sie bedeutet</h2>
<p>Ist die Lähmung zentral, steht die Behandlung der Ursache im Gehirn im Vordergrund. Ist sie peripher, wird nach der Ursache am Nerv gesucht. Auch dann zählt die Zeit: Bei der Bell-Parese hilft Kortison nur, wenn die Behandlung innerhalb von 72 Stunden beginnt. Die meisten Seiten dieser Website beschäftigen sich mit der peripheren Fazialisparese. Einen Überblick über ihre Ursachen finden Sie im Bereich <a href="/de/ursachen/">Ursachen</a>.</p>""",
            "en": """<p>Doctors distinguish two basic types of facial palsy. In the peripheral type, the facial nerve itself is damaged. In the central type, the problem lies in the brain. The brain then no longer sends the right signals to the nerve.</p>
<h2>Peripheral facial palsy</h2>
<p>"Peripheral" here means outside the brain. The nerve is damaged somewhere on its way to the muscles. Typical causes are Bell's palsy, infections, injuries or tumours.</p>
<p>Usually the whole side of the face is affected, including the forehead. You can no longer wrinkle the forehead on that side. Often the eye no longer closes fully either.</p>
<h2>Central facial palsy</h2>
<p>"Central" means that the cause lies in the brain. Stroke is an important cause. A brain tumour or multiple sclerosis are also possible.</p>
<p>In a central palsy, the forehead is usually spared. You can still wrinkle it. As a rule, the eye can still close as well. The weakness mainly affects the lower half of the face, such as the corner of the mouth.</p>
<p>Why is this? The nerve cells for the upper face receive signals from both halves of the brain. If one side fails, the link from the other side remains. This is not the case for the lower face.</p>
<p>In a central palsy, the arm or hand on the same side of the body is usually weak as well.</p>
<h2>Why you should not rely on the "forehead test"</h2>
<p>Emergency doctors use a rule of thumb: if the forehead is also paralysed, the palsy is probably peripheral. For specialists, this is an important clue. But it is not proof.</p>
<p>A stroke in the brainstem can look just like a peripheral palsy. The forehead is then paralysed too. Sometimes the facial palsy is even the only sign. So a paralysed forehead does not rule out a stroke.</p>
<h2>What to do: how it began decides</h2>
<p>Whether you need an ambulance now or a doctor today depends on how the weakness began.</p>
<p class="notice"><strong>Within minutes, not sure, or with any other sign:</strong> <a href="tel:112">call 112</a> now (<a href="tel:999">999</a> in the UK). Other signs are a weak arm or leg, trouble speaking or swallowing, double vision, dizziness, confusion or a severe headache. Do not wait to see if the symptoms go away.</p>
<p class="notice"><strong>Over hours, up to a day or two, with no other sign:</strong> see a doctor today at your GP practice. Outside surgery hours, call the on-call medical service on <a href="tel:116117">116 117</a>, or go to an emergency department. In the UK, contact your GP or <a href="tel:111">NHS 111</a>. The reason: cortisone only helps if it is started within 72 hours.</p>
<p>Also see a doctor today if your eye is red and painful or your sight is worse. The same applies after a head injury, with a fever or if you feel very ill, and with a lump in your cheek or neck. And it applies if the weakness keeps getting worse. Read more under <a href="/en/why-timing-matters/the-first-days/">The first hours and days</a>.</p>
<h2>Recognising a stroke: the FAST test</h2>
<p>The FAST test helps anyone spot a stroke in someone else. The German stroke charity Deutsche Schlaganfall-Hilfe recommends it too. The four letters stand for English words:</p>
<ul>
<li><strong>Face:</strong> Ask the person to smile. Has one side dropped?</li>
<li><strong>Arms:</strong> Ask them to raise both arms and hold them there. Does one arm drift down?</li>
<li><strong>Speech:</strong> Is their speech slurred? Can they repeat a simple sentence?</li>
<li><strong>Time:</strong> If you notice any of these, every minute counts. <a href="tel:112">Call 112</a> now (<a href="tel:999">999</a> in the UK).</li>
</ul>
<p>And whether it happens to you or to someone else: a face that droops suddenly, within minutes, is reason enough on its own to call 112. You do not need to pass a test first. And a normal test does not mean all is well.</p>
<h2>What the difference means for you</h2>
<p>If the palsy is central, treating the cause in the brain comes first. If it is peripheral, doctors look for the cause along the nerve. Time matters here too: in Bell's palsy, cortisone only helps if it is started within 72 hours. Most pages on this website are about peripheral facial palsy. For an overview of its causes, see our section on <a href="/en/causes/">causes</a>.</p>""",
        },
        "sources": ["S18.1", "S18.2", "S18.3", "S17.2", "S48.1", "S48.4", "S44.3", "S1.1"],
        "author": "okafor",
        "reviewer": "weber",
        "last_reviewed": "2026-10-14",
    },
    # ------------------------------------------------------------------ forms
    "forms": {
        "title": {"de": "Formen und Schweregrade", "en": "Forms and grading"},
        "summary": {
            "de": "Fazialisparese ist nicht gleich Fazialisparese. Wie Fachleute die Formen unterscheiden, den "
            "Schweregrad messen – und warum das für Ihre Behandlung zählt.",
            "en": "Not every facial palsy is the same. How specialists tell the forms apart, how they measure "
            "severity – and why this matters for your treatment.",
        },
        "body": {
            "de": """<p>Zwei Menschen mit einer Fazialisparese können sehr unterschiedliche Beschwerden haben. Beim einen hängt das Gesicht schlaff herab und bewegt sich kaum. Bei der anderen bewegt es sich wieder, aber verspannt und mit ungewollten Mitbewegungen. Beides heißt Fazialisparese. Die Behandlung ist aber eine andere.</p>
<h2>Wie sich die Formen unterscheiden</h2>
<p>Fachleute beschreiben eine Gesichtslähmung mit mehreren Fragen:</p>
<ul>
<li>Liegt die Ursache im Nerv selbst oder im Gehirn?</li>
<li>Ist die Lähmung vollständig oder nur teilweise?</li>
<li>Ist sie frisch oder besteht sie schon lange?</li>
<li>Sind die Muskeln schlaff oder zu stark angespannt?</li>
<li>Kann sich der Nerv noch erholen?</li>
</ul>
<p>Besonders wichtig ist der Unterschied zwischen einer schlaffen Lähmung und einer Lähmung mit Synkinesien – unwillkürlichen Mitbewegungen. Er entscheidet darüber, welche Behandlung infrage kommt.</p>
<h2>Wie der Schweregrad gemessen wird</h2>
<p>Um den Verlauf zu verfolgen, nutzen Ärztinnen und Ärzte Bewertungsskalen. Die bekannteste teilt die Lähmung in sechs Grade ein. Dazu kommen elektrische Messungen an Nerv und Muskeln. Sie zeigen, ob der Nerv noch Signale leitet und ob ein Muskel noch an einen Nerv angeschlossen werden kann.</p>
<h2>Warum das für Sie wichtig ist</h2>
<p>Form, Schweregrad und Zeitpunkt entscheiden gemeinsam über die Behandlung. Ein Muskel ohne Nerv lässt sich nur für begrenzte Zeit wieder anschließen. Meist sind das etwa 12 bis 18 Monate, spätestens etwa 2 Jahre. Wie es bei Ihnen aussieht, klären individuelle Untersuchungen. Mehr dazu im Bereich <a href="/de/warum-der-zeitpunkt-entscheidet/">Warum der Zeitpunkt entscheidet</a>.</p>
<p>Die folgenden Seiten erklären die Formen, die gebräuchlichen Skalen und die elektrischen Messungen in einfachen Worten.</p>""",
            "en": """<p>Two people with facial palsy can have very different problems. In one, the face hangs slack and hardly moves. In the other, the face moves again, but it feels tight and parts of it move when they should not. Both are called facial palsy. But they need different treatment.</p>
<h2>How the forms differ</h2>
<p>Specialists describe facial palsy by asking several questions:</p>
<ul>
<li>Does the cause lie in the nerve itself or in the brain?</li>
<li>Is the palsy complete or only partial?</li>
<li>Is it recent, or has it been there for a long time?</li>
<li>Are the muscles slack, or too tense?</li>
<li>Can the nerve still recover?</li>
</ul>
<p>The most important difference is between a flaccid (slack) palsy and a palsy with synkinesis. Synkinesis means unwanted movements of one part of the face when another part moves. This decides which treatments are possible.</p>
<h2>How severity is measured</h2>
<p>To follow the course of the palsy, doctors use grading scales. The best known divides the palsy into six grades. Electrical tests of the nerve and muscles add more detail. They show whether the nerve still carries signals, and whether a muscle can still be reconnected to a nerve.</p>
<h2>Why this matters to you</h2>
<p>Together, the form, the severity and the timing decide the treatment. A muscle without a nerve supply can only be reconnected for a limited time. This is usually about 12 to 18 months, and no later than around 2 years. Individual tests show where you stand. Read more in our section on <a href="/en/why-timing-matters/">why timing matters</a>.</p>
<p>The following pages explain the forms, the common scales and the electrical tests in plain words.</p>""",
        },
        "sources": ["S24.1", "S26.1", "S20", "S23.1", "S29"],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-10-21",
    },
    # ------------------------------------------------------------------ flaccid-or-synkinetic
    "flaccid-or-synkinetic": {
        "title": {
            "de": "Schlaffe oder synkinetische Lähmung",
            "en": "Flaccid or synkinetic palsy",
        },
        "summary": {
            "de": "Die Phasen einer Fazialisparese und der Unterschied zwischen schlaffer Lähmung und Lähmung "
            "mit Mitbewegungen – und was er für die Behandlung bedeutet.",
            "en": "The stages of facial palsy, and the difference between a slack palsy and one with unwanted "
            "co-movements – and what it means for treatment.",
        },
        "body": {
            "de": """<p>Eine Fazialisparese verändert sich mit der Zeit. Zu Beginn ist das Gesicht meist schlaff. Später kann die Bewegung zurückkehren: vollständig, teilweise oder mit Fehlern. Für die Behandlung ist entscheidend, wo Sie auf diesem Weg gerade stehen.</p>
<h2>Wie Fachleute eine Lähmung einteilen</h2>
<p>Spezialisierte Zentren beschreiben eine Gesichtslähmung häufig nach fünf Merkmalen. Diese Einteilung beruht auf der Erfahrung von Fachleuten, nicht auf einer verbindlichen Norm:</p>
<ul>
<li><strong>Ort:</strong> zentral, also im Gehirn, oder peripher, also am Nerv selbst. Mehr dazu unter <a href="/de/ursachen/zentral-oder-peripher/">Zentral oder peripher?</a></li>
<li><strong>Ausmaß:</strong> vollständig (Paralyse) oder teilweise (Parese).</li>
<li><strong>Dauer:</strong> frisch (akut) oder lange bestehend (chronisch).</li>
<li><strong>Muskelspannung:</strong> schlaff oder zu stark angespannt.</li>
<li><strong>Erholung:</strong> umkehrbar oder nicht mehr umkehrbar.</li>
</ul>
<p>Wann eine Lähmung nicht mehr umkehrbar ist, hängt nicht an einem festen Datum. Ohne Nervenversorgung wird der Muskel nach und nach zu Fettgewebe umgebaut. Ein Anschluss an einen Nerv gelingt meist innerhalb von etwa 12 bis 18 Monaten, spätestens bis etwa 2 Jahre nach Beginn. Was bei Ihnen gilt, klären individuelle Tests wie die <a href="/de/formen-und-schweregrade/elektrodiagnostik/">Elektromyographie (EMG)</a>. Dabei misst eine feine Nadel die elektrische Aktivität im Muskel.</p>
<h2>Die drei Phasen der Erholung</h2>
<p>Fachleute beschreiben drei Phasen, die aufeinander folgen können:</p>
<ol>
<li><strong>Schlaffe Phase:</strong> Die Muskeln verlieren ihre Spannung. Die Augenbraue sinkt, das Auge schließt nicht, der Mundwinkel hängt.</li>
<li><strong>Erholungsphase:</strong> Der Nerv wächst nach. Erste Bewegungen kehren zurück.</li>
<li><strong>Synkinetische Phase:</strong> Die Bewegung ist wieder da, aber mit Fehlern. Fachleute sprechen von Defektheilung.</li>
</ol>
<p>Nicht alle erreichen die dritte Phase. Viele Menschen mit einer <a href="/de/ursachen/idiopathische-fazialisparese/">Bell-Parese</a> werden wieder ganz gesund. Dauert die Erholung aber länger als etwa drei Monate, zeigen sich Mitbewegungen oft schon mit den ersten sichtbaren Bewegungen.</p>
<h2>Schlaffe Lähmung: Der Nerv kommt nicht an</h2>
<p>Bei einer schlaffen Lähmung erreichen keine oder kaum Nervensignale den Muskel. Das größte Risiko betrifft das Auge. Schließt das Lid nicht, kann die Hornhaut austrocknen. Lesen Sie dazu <a href="/de/das-auge-schuetzen/">Das Auge schützen</a>.</p>
<p>Die Behandlung kann zwei Ziele haben:</p>
<ul>
<li>Dem eigenen Muskel wieder Nervensignale zuführen, solange er noch lebensfähig ist. Das gelingt etwa mit einer <a href="/de/operative-therapie/nervennaht-und-nerventransplantat/">Nervennaht</a> oder einem <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a>. Ein Nerventransfer gelingt am besten in den ersten 12 Monaten.</li>
<li>Den Muskel ersetzen, wenn er nicht mehr angeschlossen werden kann. Dafür gibt es die <a href="/de/operative-therapie/freie-muskeltransplantation/">freie Muskeltransplantation</a> oder die <a href="/de/operative-therapie/temporalis-verlaengerungsmyoplastik/">Umlagerung des Schläfenmuskels</a>.</li>
</ul>
<p>Kräftige Gesichtsübungen helfen in dieser Phase nicht. Ein Muskel ohne Nervenversorgung kann auf Übungen nicht antworten. Gezieltes Training beginnt, wenn Spannung oder erste Bewegungen zurückkehren.</p>
<h2>Synkinetische Lähmung: Die Signale kommen falsch an</h2>
<p>Wächst der Nerv nach, finden nicht alle Fasern ihr altes Ziel. Manche erreichen den falschen Muskel. Dann bewegen sich Teile des Gesichts ungewollt mit. Ein Beispiel: Beim Lächeln schließt sich das Auge. Viele beschreiben ihr Gesicht als steif oder verspannt. Manchmal wirkt es fast wie erstarrt. Man spricht auch von einer hypertonen (nicht schlaffen) Fazialisparese.</p>
<p>Hier fehlt dem Muskel nicht der Nerv. Ziel ist es, die Mitbewegungen zu beruhigen und die Spannung zu lösen. Eine internationale Expertengruppe empfiehlt dafür Stufen: zuerst Fazialistraining, dann Botulinumtoxin, erst danach eine Operation. Mehr dazu auf der Seite <a href="/de/formen-und-schweregrade/synkinesien/">Synkinesien</a>.</p>
<p class="notice">Ob Ihre Lähmung schlaff oder synkinetisch ist, bestimmt die passende Behandlung. Lassen Sie das in einer spezialisierten Sprechstunde beurteilen. Einen Termin können Sie über unser <a href="/de/termin/">Anfrageformular</a> vereinbaren.</p>""",
            "en": """<p>Facial palsy changes over time. At first, the face is usually slack. Later, movement may come back – fully, partly or with faults. The right treatment depends on where you are on this path.</p>
<h2>How specialists classify facial palsy</h2>
<p>Specialist centres often describe facial palsy by five features. This classification is based on expert experience, not on a binding standard:</p>
<ul>
<li><strong>Site:</strong> central (in the brain) or peripheral (in the nerve itself). See <a href="/en/causes/central-or-peripheral/">Central or peripheral?</a></li>
<li><strong>Extent:</strong> complete (paralysis) or partial (paresis).</li>
<li><strong>Duration:</strong> recent (acute) or long-standing (chronic).</li>
<li><strong>Muscle tone:</strong> slack (flaccid) or too tense.</li>
<li><strong>Recovery:</strong> reversible or no longer reversible.</li>
</ul>
<p>There is no fixed date when a palsy stops being reversible. Without a nerve supply, the muscle is slowly turned into fatty tissue. Reconnecting it to a nerve usually works within about 12 to 18 months, and no later than around 2 years after onset. Individual tests such as <a href="/en/forms-and-grading/electrodiagnostics/">electromyography (EMG)</a> show what applies to you. In EMG, a fine needle measures the electrical activity in the muscle.</p>
<h2>The three stages of recovery</h2>
<p>Specialists describe three stages that can follow one another:</p>
<ol>
<li><strong>Flaccid stage:</strong> The muscles lose their tone. The eyebrow drops, the eye does not close and the corner of the mouth droops.</li>
<li><strong>Recovery stage:</strong> The nerve grows back. The first movements return.</li>
<li><strong>Synkinetic stage:</strong> Movement is back, but with faults. Doctors call this incomplete recovery.</li>
</ol>
<p>Not everyone reaches the third stage. Many people with <a href="/en/causes/bells-palsy/">Bell's palsy</a> recover completely. But if recovery takes longer than about three months, unwanted co-movements often appear together with the first visible movements.</p>
<h2>Flaccid palsy: the nerve signal does not arrive</h2>
<p>In a flaccid palsy, few or no nerve signals reach the muscle. The greatest risk is to the eye. If the lid does not close, the clear front surface of the eye (the cornea) can dry out. See <a href="/en/protecting-the-eye/">protecting the eye</a>.</p>
<p>Treatment can have two aims:</p>
<ul>
<li>To bring nerve signals back to your own muscle while it is still viable. This can be done with <a href="/en/surgery/nerve-repair-and-grafts/">nerve repair</a> or a <a href="/en/surgery/nerve-transfers/">nerve transfer</a>. A nerve transfer works best in the first 12 months.</li>
<li>To replace the muscle when it can no longer be reconnected. Options are a <a href="/en/surgery/free-functional-muscle-transfer/">free muscle transfer</a> or <a href="/en/surgery/lengthening-temporalis-myoplasty/">moving the temple muscle (temporalis)</a>.</li>
</ul>
<p>Strong facial exercises do not help at this stage. A muscle without a nerve supply cannot respond to exercise. Targeted training starts when tone or the first movements return.</p>
<h2>Synkinetic palsy: the signals arrive in the wrong place</h2>
<p>When the nerve grows back, not all fibres find their old target. Some reach the wrong muscle. Parts of the face then move when they should not. One example: the eye closes when you smile. Many people say their face feels tight or stiff. Sometimes it looks almost frozen. Doctors also call this a non-flaccid palsy.</p>
<p>Here the muscle is not missing its nerve. The aim is to calm the unwanted movements and release the tension. An international expert group recommends steps: facial retraining first, then botulinum toxin, and only then surgery. Read more on our page about <a href="/en/forms-and-grading/synkinesis/">synkinesis</a>.</p>
<p class="notice">Whether your palsy is flaccid or synkinetic decides which treatment fits. Have this assessed at a specialist clinic. You can ask for an appointment using our <a href="/en/appointment/">request form</a>.</p>""",
        },
        "sources": ["S24.1", "S29", "S26.1", "S22.3", "S25", "S27", "S30.1", "S28", "S6.3"],
        "author": "hoffmann",
        "reviewer": "weber",
        "last_reviewed": "2026-10-21",
    },
    # ------------------------------------------------------------------ synkinesis
    "synkinesis": {
        "title": {
            "de": "Synkinesien – ungewollte Mitbewegungen",
            "en": "Synkinesis – unwanted co-movements",
        },
        "summary": {
            "de": "Warum sich nach einer Fazialisparese Teile des Gesichts ungewollt mitbewegen, wie häufig das "
            "ist, wie es sich anfühlt und was in welcher Reihenfolge hilft.",
            "en": "Why parts of the face can move together after facial palsy, how common this is, what it "
            "feels like and which treatments are tried, in which order.",
        },
        "body": {
            "de": """<p>Viele Menschen sind erleichtert, wenn nach einer Fazialisparese die Bewegung zurückkehrt. Manchmal kommt sie aber nicht so zurück wie vorher. Dann bewegen sich Teile des Gesichts ungewollt mit. Fachleute nennen das Synkinesien – unwillkürliche Mitbewegungen.</p>
<h2>Wie entstehen Synkinesien?</h2>
<p>Nach einer Schädigung wachsen die Fasern des Gesichtsnervs langsam nach. Dabei finden nicht alle den Weg zu ihrem ursprünglichen Muskel. Manche erreichen einen anderen Muskel. Das Gehirn schickt zum Beispiel den Befehl „Lächeln“. Zusätzlich zieht sich dann aber auch ein Muskel am Auge zusammen.</p>
<p>Synkinesien zeigen sich oft zusammen mit den ersten sichtbaren Bewegungen. Das gilt vor allem, wenn die Erholung länger als etwa drei Monate dauert. Bemerken Sie etwa ab dem fünften Monat solche Mitbewegungen? Dann lassen Sie sich in einer spezialisierten Sprechstunde vorstellen. Das empfehlen britische Versorgungspfade.</p>
<h2>Wie häufig sind Synkinesien?</h2>
<p>Die Angaben gehen weit auseinander. Ein spezialisiertes Zentrum fasst die Studien so zusammen: Zwischen 8,9\u202f% und mehr als 51\u202f% der Betroffenen entwickeln nach einer Gesichtslähmung Synkinesien.</p>
<p>Für die Bell-Parese gibt es genauere Zahlen. Die große Kopenhagener Untersuchung von Peitersen umfasste rund 2500 unbehandelte Gesichtslähmungen. Von den Menschen mit Bell-Parese behielten etwa 16\u202f% Folgen zurück. Dazu zählten Synkinesien, Krokodilstränen und verkürzte Muskeln.</p>
<p>Bei der Bell-Parese kann eine frühe Behandlung mit Kortison das Risiko senken. Das zeigt eine Cochrane-Übersicht, also eine sorgfältige Auswertung mehrerer Studien. Mit Kortison traten Synkinesien und Krokodilstränen seltener auf.</p>
<h2>Wie fühlen sich Synkinesien an?</h2>
<p>Betroffene berichten zum Beispiel:</p>
<ul>
<li>Beim Lächeln wird das Auge klein oder schließt sich.</li>
<li>Beim Blinzeln bewegen sich Wange oder Kinn mit.</li>
<li>Am Kinn bilden sich kleine Dellen.</li>
<li>Am Hals spannen sich Stränge an.</li>
<li>Das Gesicht fühlt sich steif und verspannt an, manchmal wie eingefroren.</li>
</ul>
<h2>Andere Spätfolgen fehlgeleiteter Nervenfasern</h2>
<p>Fehlgeleitete Nervenfasern können auch Beschwerden machen, die keine Mitbewegungen der Gesichtsmuskeln sind:</p>
<ul>
<li><strong>Krokodilstränen:</strong> Das Auge auf der betroffenen Seite tränt beim Essen. Der Fachbegriff dafür ist gustolakrimaler Reflex. Vermutlich sind Nervenfasern, die sonst die Speichelbildung anregen, zur Tränendrüse gewachsen.</li>
<li><strong>Schwitzen beim Essen:</strong> Beim Essen schwitzt die Haut im Gesicht.</li>
</ul>
<p>Krokodilstränen lassen sich mit Botulinumtoxin behandeln. Es wird dazu in die Tränendrüse gespritzt. Die Behandlung kann etwa alle sechs Monate wiederholt werden.</p>
<h2>Nicht verwechseln: Hemispasmus facialis</h2>
<p>Synkinesien werden manchmal mit dem Hemispasmus facialis verwechselt. Das ist eine eigene Erkrankung mit Verkrampfungen einer Gesichtshälfte. Die Ursache ist meist ein Blutgefäß, das am Hirnstamm auf den Gesichtsnerv drückt. Weil Ursache und Behandlung andere sind, muss eine Fachärztin oder ein Facharzt beides sorgfältig unterscheiden.</p>
<h2>Die Behandlung: Schritt für Schritt</h2>
<p>Eine internationale Expertengruppe empfiehlt eine feste Reihenfolge:</p>
<ol>
<li><strong>Fazialistraining:</strong> Speziell geschulte Therapeutinnen und Therapeuten üben mit Ihnen kleine, langsame Bewegungen mit wenig Kraft. Dazu kommen Entspannung und Massage verspannter Muskeln. Ein Spiegel oder ein Biofeedback-Gerät macht Mitbewegungen sichtbar. So lernen Sie, sie zu unterdrücken. Mehr dazu unter <a href="/de/konservative-therapie/fazialistraining/">Fazialistraining</a>.</li>
<li><strong>Botulinumtoxin:</strong> Kleine Mengen schwächen überaktive Muskeln für einige Zeit. Die Wirkung hält mehrere Monate an. Danach kann die Behandlung wiederholt werden. Manchmal wird auch die gesunde Seite behandelt, damit das Gesicht gleichmäßiger wirkt. Mehr dazu unter <a href="/de/konservative-therapie/botulinumtoxin/">Botulinumtoxin</a>.</li>
<li><strong>Operation:</strong> Reichen Training und Botulinumtoxin nicht aus, kommt ein Eingriff infrage. Dabei werden etwa einzelne kleine Nervenäste gezielt durchtrennt oder störende Muskelanteile entfernt. Mehr dazu unter <a href="/de/operative-therapie/behandlung-von-synkinesien/">Behandlung von Synkinesien</a>.</li>
</ol>
<p>Vermeiden Sie kräftiges Grimassieren und Kaugummikauen als Training. Solche Übungen können die Mitbewegungen verstärken.</p>
<p class="notice">Auch wenn Ihre Lähmung schon Jahre zurückliegt, lassen sich Synkinesien noch behandeln. Sprechen Sie uns an, zum Beispiel über unser <a href="/de/termin/">Anfrageformular</a>.</p>""",
            "en": """<p>Many people are relieved when movement returns after facial palsy. But sometimes it does not come back as it was before. Parts of the face then move when they should not. Doctors call this synkinesis – involuntary co-movements.</p>
<h2>How does synkinesis develop?</h2>
<p>After damage, the fibres of the facial nerve slowly grow back. Not all of them find their way to their original muscle. Some reach a different muscle. For example, the brain sends the command "smile". But a muscle around the eye tightens as well.</p>
<p>Synkinesis often shows up at the same time as the first visible movements. This is especially true when recovery takes longer than about three months. Do you notice such movements from about the fifth month on? Then ask to be seen at a specialist clinic. British care pathways recommend this.</p>
<h2>How common is synkinesis?</h2>
<p>Reported figures vary widely. One specialist centre sums up the studies like this: between 8.9% and more than 51% of people develop synkinesis after facial palsy.</p>
<p>For Bell's palsy there are more precise figures. Peitersen's large study in Copenhagen covered about 2,500 untreated facial palsies. Of the people with Bell's palsy, around 16% were left with lasting effects. These included synkinesis, crocodile tears and shortened muscles.</p>
<p>In Bell's palsy, early treatment with cortisone can lower the risk. A Cochrane review, a careful analysis of several studies, showed this. With cortisone, synkinesis and crocodile tears occurred less often.</p>
<h2>What does synkinesis feel like?</h2>
<p>People describe, for example:</p>
<ul>
<li>The eye narrows or closes when they smile.</li>
<li>The cheek or chin moves when they blink.</li>
<li>Small dimples form on the chin.</li>
<li>Bands tighten in the neck.</li>
<li>The face feels tight and tense, sometimes almost frozen.</li>
</ul>
<h2>Other late effects of misdirected nerve fibres</h2>
<p>Misdirected nerve fibres can also cause problems that are not movements of the facial muscles:</p>
<ul>
<li><strong>Crocodile tears:</strong> The eye on the affected side waters while you eat. Doctors call this gustatory lacrimation. It is thought that nerve fibres which normally trigger saliva have grown to the tear gland instead.</li>
<li><strong>Sweating while eating:</strong> The skin of the face sweats when you eat.</li>
</ul>
<p>Crocodile tears can be treated with botulinum toxin. It is injected into the tear gland. The treatment can be repeated roughly every six months.</p>
<h2>Not to be confused with hemifacial spasm</h2>
<p>Synkinesis is sometimes mistaken for hemifacial spasm. This is a separate condition with spasms on one side of the face. The cause is usually a blood vessel that presses on the facial nerve at the brainstem. The cause and treatment are different, so a specialist needs to tell the two apart carefully.</p>
<h2>Treatment: step by step</h2>
<p>An international expert group recommends a set order:</p>
<ol>
<li><strong>Facial retraining:</strong> Specially trained therapists practise small, slow, low-effort movements with you. Relaxation and massage of tight muscles are added. A mirror or a biofeedback device makes the unwanted movements visible. This helps you learn to suppress them. Read more about <a href="/en/non-operative-therapy/facial-retraining/">facial retraining</a>.</li>
<li><strong>Botulinum toxin:</strong> Small amounts weaken overactive muscles for a while. The effect lasts several months. After that, the treatment can be repeated. Sometimes the healthy side is treated too, to make the face look more even. Read more about <a href="/en/non-operative-therapy/botulinum-toxin/">botulinum toxin</a>.</li>
<li><strong>Surgery:</strong> If retraining and botulinum toxin are not enough, an operation may be an option. For example, single small nerve branches are cut on purpose, or parts of a troublesome muscle are removed. Read more about <a href="/en/surgery/treating-synkinesis/">treating synkinesis</a>.</li>
</ol>
<p>Avoid strong grimacing and chewing gum as exercise. Exercises like these can make the unwanted movements worse.</p>
<p class="notice">Even if your palsy began years ago, synkinesis can still be treated. Get in touch with us, for example using our <a href="/en/appointment/">request form</a>.</p>""",
        },
        "sources": [
            "S25",
            "S27",
            "S22.3",
            "S6.3",
            "S5",
            "S8",
            "S44.3",
            "S50",
            "S28",
            "S26.1",
            "S43.5",
            "S41.1",
            "S40.1",
        ],
        "author": "berg",
        "reviewer": "weber",
        "last_reviewed": "2026-10-26",
    },
    # ------------------------------------------------------------------ grading-scales
    "grading-scales": {
        "title": {
            "de": "Einteilung nach Schweregrad",
            "en": "Grading scales",
        },
        "summary": {
            "de": "House-Brackmann, Sunnybrook, eFACE und Stennert: wie Fachleute den Schweregrad einer "
            "Fazialisparese messen und was die Werte für Sie bedeuten.",
            "en": "House–Brackmann, Sunnybrook, eFACE and Stennert: how specialists measure the severity of "
            "facial palsy, and what the scores mean for you.",
        },
        "body": {
            "de": """<p>Wie stark ist die Lähmung? Hat sie sich seit dem letzten Besuch verändert? Um das verlässlich zu beantworten, nutzen Fachleute Bewertungsskalen. Dabei wird Ihr Gesicht in Ruhe und bei bestimmten Bewegungen beurteilt. Das Ergebnis ist ein Grad oder eine Punktzahl.</p>
<h2>Warum die Einteilung für Sie wichtig ist</h2>
<ul>
<li>Sie macht Veränderungen sichtbar, auch kleine.</li>
<li>Sie hilft, den Erfolg einer Behandlung zu beurteilen.</li>
<li>Alle, die Sie behandeln, sprechen dieselbe Sprache.</li>
<li>Manche Werte fließen in Entscheidungen ein, etwa beim Schutz des Auges.</li>
</ul>
<p>Eine Zahl sagt aber nicht alles. Eine Übersichtsarbeit über 27 Studien kam zu einem wichtigen Ergebnis: Die gemessene Stärke der Lähmung sagte nicht voraus, wie sehr Menschen darunter leiden. Ihr eigenes Erleben zählt deshalb genauso. Mehr dazu unter <a href="/de/leben-mit-fazialisparese/seelische-gesundheit/">Seelische Gesundheit</a>.</p>
<h2>Die House-Brackmann-Skala</h2>
<p>Diese Skala wurde 1985 beschrieben. Sie ist am weitesten verbreitet. Sie teilt die Lähmung in sechs Grade ein:</p>
<ul>
<li><strong>Grad I:</strong> normale Funktion.</li>
<li><strong>Grad II:</strong> leichte Schwäche.</li>
<li><strong>Grad III:</strong> deutlich sichtbare Schwäche, die das Aussehen aber nicht stark verändert. Das Auge schließt vollständig.</li>
<li><strong>Grad IV:</strong> Schwäche, die das Aussehen stark verändert. Das Auge schließt nicht mehr vollständig.</li>
<li><strong>Grad V:</strong> kaum sichtbare Bewegung.</li>
<li><strong>Grad VI:</strong> keine Bewegung.</li>
</ul>
<p>Die Skala ist einfach und schnell. Sie hat aber Grenzen. Unterschiede zwischen Stirn, Auge und Mund bildet sie schlecht ab. Auch Synkinesien – unwillkürliche Mitbewegungen – erfasst sie kaum.</p>
<h2>Die Sunnybrook-Skala</h2>
<p>Das Sunnybrook Facial Grading System stammt aus dem Jahr 1996. Es bewertet drei Bereiche:</p>
<ul>
<li>Die Symmetrie in Ruhe an Auge, Nasen-Lippen-Falte und Mund.</li>
<li>Die Bewegung bei fünf Aufgaben: Stirn heben, Augen sanft schließen, mit offenem Mund lächeln, Nase rümpfen und Lippen spitzen.</li>
<li>Die Synkinesien.</li>
</ul>
<p>Daraus ergibt sich ein Gesamtwert. 0 Punkte bedeuten eine vollständige schlaffe Lähmung, 100 Punkte ein normales Gesicht. In der Forschung wird diese Skala bevorzugt. Auch wenig geübte Untersuchende kommen damit zu verlässlichen Werten.</p>
<p>Eine Studie an gesunden Menschen fand Werte zwischen 65 und 100. Auch ein gesundes Gesicht ist also nicht vollkommen symmetrisch.</p>
<p>Eine Auswertung von 5397 Bewertungen hat beide Skalen verglichen. Grad II nach House-Brackmann entsprach dabei etwa 71 bis 90 Sunnybrook-Punkten. Grad IV entsprach etwa 26 bis 43 Punkten.</p>
<h2>eFACE</h2>
<p>Die eFACE ist eine digitale Skala aus dem Jahr 2015. Die Untersuchenden bewerten 16 Merkmale auf einer stufenlosen Linie. Das Programm errechnet Werte für Ruhe, Bewegung und Synkinesien. Es zeigt das Ergebnis auch als Grafik. Verschiedene Untersuchende kommen zu ähnlichen Ergebnissen. Die Werte passen gut zur Sunnybrook-Skala. Inzwischen gibt es auch eine automatische Version, die mit maschinellem Lernen arbeitet.</p>
<h2>Der Stennert-Index</h2>
<p>In der deutschen Fachliteratur findet sich auch der Stennert-Index. Er reicht von 0 bis 10. Dabei steht 0 für eine normale Funktion und 10 für die stärkste Lähmung. Anders als bei Sunnybrook bedeutet hier ein höherer Wert also eine stärkere Lähmung.</p>
<h2>Ihre eigene Sicht</h2>
<p>Neben den Skalen der Fachleute gibt es Fragebögen, die Sie selbst ausfüllen. Beispiele sind die FaCE-Skala und ein Fragebogen zu Synkinesien. Darin schätzen Sie selbst ein, wie Sie die Lähmung erleben.</p>
<p class="notice">Fragen Sie ruhig nach, welche Skala verwendet wurde und was Ihr Wert bedeutet. Wichtig ist vor allem, wie er sich im Lauf der Zeit verändert.</p>""",
            "en": """<p>How severe is the palsy? Has it changed since your last visit? To answer these questions reliably, specialists use grading scales. They assess your face at rest and during certain movements. The result is a grade or a score.</p>
<h2>Why grading matters to you</h2>
<ul>
<li>It makes changes visible, even small ones.</li>
<li>It helps to judge whether a treatment has worked.</li>
<li>Everyone treating you speaks the same language.</li>
<li>Some scores feed into decisions, for example about protecting the eye.</li>
</ul>
<p>But a number does not tell the whole story. A review of 27 studies found something important: how severe the palsy was on measurement did not predict how much people suffered from it. Your own experience matters just as much. Read more about <a href="/en/living-with-facial-palsy/emotional-wellbeing/">emotional wellbeing</a>.</p>
<h2>The House–Brackmann scale</h2>
<p>This scale was described in 1985. It is the most widely used. It divides facial palsy into six grades:</p>
<ul>
<li><strong>Grade I:</strong> normal function.</li>
<li><strong>Grade II:</strong> slight weakness.</li>
<li><strong>Grade III:</strong> obvious weakness that does not greatly change how the face looks. The eye closes fully.</li>
<li><strong>Grade IV:</strong> weakness that clearly changes how the face looks. The eye no longer closes fully.</li>
<li><strong>Grade V:</strong> barely visible movement.</li>
<li><strong>Grade VI:</strong> no movement.</li>
</ul>
<p>The scale is simple and quick. But it has limits. It does not show differences between the forehead, eye and mouth well. It also hardly captures synkinesis – unwanted movements of one part of the face when another part moves.</p>
<h2>The Sunnybrook scale</h2>
<p>The Sunnybrook Facial Grading System dates from 1996. It looks at three areas:</p>
<ul>
<li>Symmetry at rest around the eye, the fold between nose and mouth, and the mouth.</li>
<li>Movement in five tasks: raising the eyebrows, closing the eyes gently, smiling with the mouth open, wrinkling the nose and pursing the lips.</li>
<li>Synkinesis.</li>
</ul>
<p>Together these give an overall score. A score of 0 means a complete flaccid palsy, and 100 means a normal face. Researchers prefer this scale. Even examiners with little experience get reliable results with it.</p>
<p>A study of healthy people found scores between 65 and 100. So even a healthy face is not perfectly symmetrical.</p>
<p>An analysis of 5397 gradings compared the two scales. House–Brackmann grade II matched about 71 to 90 Sunnybrook points. Grade IV matched about 26 to 43 points.</p>
<h2>eFACE</h2>
<p>The eFACE is a digital scale from 2015. The examiner rates 16 features on a sliding line. The programme then calculates scores for the face at rest, in movement and for synkinesis. It also shows the result as a graphic. Different examiners reach similar results. The scores agree well with the Sunnybrook scale. There is now also an automatic version that uses machine learning.</p>
<h2>The Stennert index</h2>
<p>German medical literature also uses the Stennert index. It runs from 0 to 10. Here, 0 stands for normal function and 10 for the most severe palsy. So unlike Sunnybrook, a higher number means a more severe palsy.</p>
<h2>Your own view</h2>
<p>Besides the specialists' scales, there are questionnaires that you fill in yourself. Examples are the FaCE scale and a questionnaire on synkinesis. In them, you rate how you experience the palsy yourself.</p>
<p class="notice">Feel free to ask which scale was used and what your score means. What matters most is how it changes over time.</p>""",
        },
        "sources": ["S20", "S21.1", "S21.2", "S18.3", "S22.1", "S22.2", "S19", "S23.4", "S46.2"],
        "author": "weber",
        "reviewer": "hoffmann",
        "last_reviewed": "2026-10-28",
    },
    # ------------------------------------------------------------------ electrodiagnostics
    "electrodiagnostics": {
        "title": {
            "de": "Elektrodiagnostik: ENoG und EMG",
            "en": "Electrodiagnostics: ENoG and EMG",
        },
        "summary": {
            "de": "Elektrische Messungen zeigen, wie stark der Gesichtsnerv geschädigt ist. Wann ENoG und EMG "
            "sinnvoll sind und was die Ergebnisse bedeuten.",
            "en": "Electrical tests show how badly the facial nerve is damaged. When ENoG and EMG are useful, "
            "and what the results mean.",
        },
        "body": {
            "de": """<p>Von außen sieht man nur, ob sich ein Muskel bewegt. Wie es dem Nerv geht, sieht man nicht. Elektrische Messungen können mehr zeigen. Sie helfen abzuschätzen, ob sich der Nerv von selbst erholt. Und sie zeigen, ob ein Muskel noch an einen Nerv angeschlossen werden kann.</p>
<h2>Elektroneurographie (ENoG)</h2>
<p>Bei der Elektroneurographie wird der Gesichtsnerv mit kurzen Stromimpulsen gereizt. Das geschieht dort, wo er unterhalb des Ohres aus dem Schädel austritt. Gemessen wird, wie stark die Gesichtsmuskeln darauf antworten. Dann wird die gelähmte mit der gesunden Seite verglichen.</p>
<h3>Wann ist die ENoG sinnvoll?</h3>
<p>Aussagekräftig ist die Messung erst nach einigen Tagen, etwa ab dem dritten Tag. Dann beginnt der geschädigte Teil des Nervs zu zerfallen. In der Medizin heißt das Waller’sche Degeneration. Sinnvoll ist die ENoG bis etwa zwei bis drei Wochen nach Beginn. Die genauen Zeitangaben unterscheiden sich je nach Quelle.</p>
<p>Die amerikanische Leitlinie rät, bei einer nur teilweisen Lähmung keine ENoG zu machen. Bei einer vollständigen Lähmung kann sie erwogen werden.</p>
<h3>Was bedeuten die Ergebnisse?</h3>
<ul>
<li>Ist die Antwort auf der gelähmten Seite um mehr als 90\u202f% kleiner als auf der gesunden, sind die Aussichten schlechter. Eine Erholung von selbst wird dann weniger wahrscheinlich.</li>
<li>Eine deutsche Studie mit 200 Menschen mit Bell-Parese zeigt die andere Seite: War die Antwort größer als die Hälfte der gesunden Seite, erholten sich 97,5\u202f% innerhalb von zwei Monaten vollständig.</li>
<li>Nach einem Unfall kann das Ergebnis für eine Operation sprechen. Das gilt bei mehr als 90\u202f% Verlust innerhalb von sechs Tagen. Es gilt auch bei mehr als 95\u202f% Verlust innerhalb von 14 Tagen. Eine Fachübersicht empfiehlt dann, den Nerv operativ freizulegen und zu entlasten.</li>
</ul>
<h2>Elektromyographie (EMG)</h2>
<p>Bei der Elektromyographie wird eine feine Nadel in einen Gesichtsmuskel gestochen. Sie misst die elektrische Aktivität im Muskel selbst. Aussagekräftig ist die Nadel-EMG etwa ab der zweiten Woche. Sie wird auch später eingesetzt, zum Beispiel vor einer geplanten Operation.</p>
<h3>Was das EMG zeigt</h3>
<ul>
<li><strong>Aktivität bei willkürlicher Anspannung:</strong> Der Nerv erreicht den Muskel. Das ist ein gutes Zeichen für die Erholung.</li>
<li><strong>Fibrillationen:</strong> Das sind kleine Entladungen eines Muskels ohne Nervenversorgung. Die motorischen Endplatten sind dann aber noch intakt. Das sind die Verbindungsstellen zwischen Nerv und Muskel. Der Muskel kann also noch an einen Nerv angeschlossen werden. Erholt er sich nicht von selbst, braucht es dafür eine Operation.</li>
<li><strong>Elektrische Stille bei lange bestehender Lähmung:</strong> Die Endplatten funktionieren nicht mehr. Ein <a href="/de/operative-therapie/nerventransfer/">Nerventransfer</a> würde dann nicht mehr wirken. Stattdessen braucht es einen neuen Muskel, etwa durch eine <a href="/de/operative-therapie/freie-muskeltransplantation/">freie Muskeltransplantation</a>.</li>
</ul>
<p>Das EMG kann eine beginnende Erholung mindestens zwei Monate früher erkennen, als sie sichtbar wird. Das kann viel Unsicherheit nehmen.</p>
<h2>Warum das Zeitfenster zählt</h2>
<p>Ein Muskel ohne Nerv lässt sich nur für begrenzte Zeit wieder anschließen. Meist gilt ein Zeitraum von etwa 12 bis 18 Monaten, als äußerste Grenze etwa 2 Jahre. Wie es bei Ihnen aussieht, klärt die Untersuchung im Einzelfall, vor allem das EMG.</p>
<p>Eine kleine, neuere Studie deutet an, dass Fibrillationen verlässlicher sein könnten als eine feste Monatsgrenze. Gesichert ist das aber noch nicht.</p>
<p class="notice">Besteht Ihre Lähmung seit Monaten ohne deutliche Besserung? Fragen Sie in einer spezialisierten Sprechstunde nach einem EMG. So lässt sich klären, welche Behandlungen noch offenstehen.</p>""",
            "en": """<p>From the outside, you can only see whether a muscle moves. You cannot see how the nerve is doing. Electrical tests can show more. They help to estimate whether the nerve will recover on its own. They also show whether a muscle can still be reconnected to a nerve.</p>
<h2>Electroneurography (ENoG)</h2>
<p>In electroneurography, the facial nerve is stimulated with short electrical pulses. This is done where the nerve leaves the skull, just below the ear. The test measures how strongly the facial muscles respond. The paralysed side is then compared with the healthy side.</p>
<h3>When is ENoG useful?</h3>
<p>The test only becomes meaningful after a few days, from about day three. By then, the damaged part of the nerve has started to break down. Doctors call this Wallerian degeneration. ENoG is useful until about two to three weeks after onset. Sources differ on the exact time window.</p>
<p>The American guideline advises against ENoG when the palsy is only partial. With a complete palsy, it can be considered.</p>
<h3>What do the results mean?</h3>
<ul>
<li>If the response on the paralysed side is more than 90% smaller than on the healthy side, the outlook is poorer. Recovery on its own then becomes less likely.</li>
<li>A German study of 200 people with Bell's palsy shows the other side. If the response was more than half that of the healthy side, 97.5% recovered completely within two months.</li>
<li>After an injury, the result can point towards an operation. This applies to a loss of more than 90% within six days. It also applies to a loss of more than 95% within 14 days. A specialist review then recommends an operation to expose the nerve and relieve pressure on it.</li>
</ul>
<h2>Electromyography (EMG)</h2>
<p>In electromyography, a fine needle is placed in a facial muscle. It records the electrical activity in the muscle itself. Needle EMG gives useful results from about the second week. It is also used later on, for example before a planned operation.</p>
<h3>What EMG shows</h3>
<ul>
<li><strong>Activity when you try to move:</strong> The nerve is reaching the muscle. This is a good sign for recovery.</li>
<li><strong>Fibrillations:</strong> These are tiny discharges from a muscle that has lost its nerve supply. But the motor end-plates are still intact. These are the contact points between nerve and muscle. So the muscle can still be reconnected to a nerve. If it does not recover on its own, this needs an operation.</li>
<li><strong>Electrical silence in a long-standing palsy:</strong> The end-plates no longer work. A <a href="/en/surgery/nerve-transfers/">nerve transfer</a> would then fail. Instead, a new muscle is needed, for example through a <a href="/en/surgery/free-functional-muscle-transfer/">free muscle transfer</a>.</li>
</ul>
<p>EMG can detect the start of recovery at least two months before it becomes visible. This can take away a lot of uncertainty.</p>
<h2>Why the time window matters</h2>
<p>A muscle without a nerve can only be reconnected for a limited time. This period is usually about 12 to 18 months, and no later than around 2 years. Individual testing, above all EMG, shows where you stand.</p>
<p>A small, recent study suggests that fibrillations may be a better guide than a fixed number of months. But this is not yet certain.</p>
<p class="notice">Has your palsy lasted for months without clear improvement? Ask at a specialist clinic about an EMG test. It can show which treatments are still open to you.</p>""",
        },
        "sources": ["S23.1", "S23.2", "S23.3", "S23.4", "S15.3", "S1.1", "S29", "S56"],
        "author": "weber",
        "reviewer": "okafor",
        "last_reviewed": "2026-10-28",
    },
}
