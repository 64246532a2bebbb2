from content.rendering import GlossaryIndex, render_body

GLOSSARY = GlossaryIndex.build(
    [
        ("syn", "/de/glossar/#synkinesien", ["Synkinesien", "Synkinese"]),
        ("bell", "/en/glossary/#bells-palsy", ["Bell's palsy"]),
        ("bell-short", "/en/glossary/#bell", ["Bell"]),
    ]
)


def test_headings_get_anchors_and_form_the_table_of_contents():
    body = render_body("<h2>Was ist das?</h2><p>a</p><h2>Was ist das?</h2><h3>Unter</h3>")
    assert body.toc == [("was-ist-das", "Was ist das?"), ("was-ist-das-2", "Was ist das?")]
    assert '<h2 id="was-ist-das">' in body.html and '<h2 id="was-ist-das-2">' in body.html
    assert "<h3>Unter</h3>" in body.html


def test_only_the_first_mention_of_a_term_is_linked():
    html = render_body("<p>Synkinesien und wieder Synkinesien, eine Synkinese.</p>", GLOSSARY).html
    assert html.count('class="glossary-link"') == 1
    assert html.startswith(
        '<p><a class="glossary-link" href="/de/glossar/#synkinesien">Synkinesien</a>'
    )


def test_terms_inside_links_and_headings_stay_plain():
    html = render_body(
        '<h2>Synkinesien</h2><p><a href="/x">Synkinesien</a></p><p>Synkinesien</p>', GLOSSARY
    ).html
    assert "<h2" in html and ">Synkinesien</h2>" in html
    assert '<a href="/x">Synkinesien</a>' in html
    assert html.endswith(
        '<p><a class="glossary-link" href="/de/glossar/#synkinesien">Synkinesien</a></p>'
    )


def test_longest_form_wins_and_apostrophes_may_be_straight_curly_or_escaped():
    for text in ("Bell's palsy", "Bell’s palsy", "Bell&#x27;s palsy"):
        html = render_body(f"<p>{text} is common.</p>", GLOSSARY).html
        assert 'href="/en/glossary/#bells-palsy"' in html, text
        assert '#bell"' not in html


def test_words_are_matched_whole():
    html = render_body("<p>Synkinesienhaft ist kein Wort.</p>", GLOSSARY).html
    assert "glossary-link" not in html
