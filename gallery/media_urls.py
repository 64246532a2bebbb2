"""Addresses of patient files: language-neutral, with unguessable tokens, no ids."""

from django.urls import re_path

from gallery import views

app_name = "gallery_media"

urlpatterns = [
    re_path(
        r"^(?P<token>[A-Za-z0-9_-]{16,32})/(?P<variant>[a-z0-9-]+\.(?:webp|jpg|mp4|webm|vtt))$",
        views.media_file,
        name="file",
    ),
]
