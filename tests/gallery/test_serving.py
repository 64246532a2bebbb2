import pytest
from django.urls import reverse
from django.utils import translation

from tests.gallery.factories import public_case

pytestmark = pytest.mark.django_db


def test_files_are_private_no_cache_with_an_etag(client):
    case, consent, item = public_case()
    url = reverse(
        "gallery_media:file",
        kwargs={"token": item.token, "variant": f"w{item.rendition_widths[0]}.webp"},
    )
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "private, no-cache"
    assert response["ETag"].startswith('"')
    assert response["X-Content-Type-Options"] == "nosniff"
    again = client.get(url, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304


def test_gallery_pages_are_never_stored_by_shared_caches(client):
    case, consent, item = public_case()
    with translation.override("de"):
        for url in (reverse("gallery:overview"), case.get_absolute_url()):
            cache_control = client.get(url)["Cache-Control"]
            assert "private" in cache_control and "no-cache" in cache_control


def test_byte_ranges_are_answered_with_206(client):
    case, consent, item = public_case()
    url = reverse(
        "gallery_media:file",
        kwargs={"token": item.token, "variant": f"w{item.rendition_widths[0]}.jpg"},
    )
    whole = b"".join(client.get(url).streaming_content)
    part = client.get(url, headers={"range": "bytes=10-19"})
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 10-19/{len(whole)}"
    assert b"".join(part.streaming_content) == whole[10:20]
    tail = client.get(url, headers={"range": "bytes=-5"})
    assert b"".join(tail.streaming_content) == whole[-5:]
    assert client.get(url, headers={"range": f"bytes={len(whole) + 10}-"}).status_code == 416
    assert client.get(url, headers={"range": "bytes=abc"}).status_code == 200


def test_unknown_variants_and_tokens_are_404(client):
    case, consent, item = public_case()
    for variant in ("w123.webp", "original.jpg", "video.mp4", "captions-de.vtt", "poster-w480.jpg"):
        assert client.get(f"/patient-media/{item.token}/{variant}").status_code == 404
    assert client.get("/patient-media/AAAAAAAAAAAAAAAAAAAAAA/w480.jpg").status_code == 404
    assert client.get("/patient-media/../../etc/passwd").status_code == 404


def test_staff_preview_any_item_but_the_public_cannot_use_it(client, staff_client):
    from gallery.models import MediaItem

    case, consent, item = public_case()
    MediaItem.objects.filter(pk=item.pk).update(status="draft")
    preview = reverse(
        "admin:gallery_mediaitem_preview", args=[item.pk, f"w{item.rendition_widths[0]}.jpg"]
    )
    response = staff_client.get(preview)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    staff_client.logout()
    assert client.get(preview).status_code == 302  # to the login page


def test_every_answer_of_the_file_view_forbids_embedding_by_other_sites(client):
    from gallery.models import Consent

    case, consent, item = public_case()
    url = reverse(
        "gallery_media:file",
        kwargs={"token": item.token, "variant": f"w{item.rendition_widths[0]}.jpg"},
    )
    whole = client.get(url)
    answers = {
        200: whole,
        206: client.get(url, headers={"range": "bytes=0-9"}),
        304: client.get(url, headers={"if-none-match": whole["ETag"]}),
        416: client.get(url, headers={"range": "bytes=999999999-"}),
        405: client.post(url),
    }
    not_found = [
        client.get(f"/patient-media/{item.token}/w0480.jpg"),
        client.get("/patient-media/AAAAAAAAAAAAAAAAAAAAAA/w480.jpg"),
    ]
    Consent.objects.filter(pk=consent.pk).update(scope_website=False, scope_teaching=True)
    not_found.append(client.get(url))
    for status, response in answers.items():
        assert response.status_code == status
        assert response["Cross-Origin-Resource-Policy"] == "same-origin", status
    for response in not_found:
        assert response.status_code == 404
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
