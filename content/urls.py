from django.urls import path
from django.utils.translation import gettext_lazy as _

from content import views

app_name = "content"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("glossary/"), views.glossary, name="glossary"),
    # Pages last: their addresses are whatever the editors chose.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page"),
    path("<slug:section_slug>/<slug:slug>/", views.PageDetailView.as_view(), name="child_page"),
]
