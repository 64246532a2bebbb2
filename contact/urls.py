from django.urls import path
from django.utils.translation import gettext_lazy as _

from contact import views

app_name = "contact"

urlpatterns = [
    path("", views.appointment_request, name="request"),
    path(_("thanks/"), views.thanks, name="thanks"),
]
