"""The fixed answers of the appointment form and the states of a request.

Shared by the model, the form, the admin and the demo, so that they live apart from
the models. The stored values are short English codes; the labels are what visitors
and staff read.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    NEW = "new", pgettext_lazy("appointment request status", "New")
    IN_PROGRESS = "in_progress", _("In progress")
    CONTACTED = "contacted", _("Contacted")
    BOOKED = "booked", _("Appointment booked")
    CLOSED = "closed", pgettext_lazy("appointment request status", "Closed")
    SPAM = "spam", _("Spam")


# Statuses that still need the front desk; the admin's "open" filter shows these.
OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.CONTACTED)


class PreferredContact(models.TextChoices):
    EMAIL = "email", _("By e-mail")
    PHONE = "phone", _("By phone")


class Patient(models.TextChoices):
    SELF = "self", _("For myself")
    CHILD = "child", _("For my child")
    OTHER = "other", _("For someone else")


class OnsetUnit(models.TextChoices):
    DAYS = "days", _("days")
    WEEKS = "weeks", _("weeks")
    MONTHS = "months", _("months")
    YEARS = "years", _("years")


class Cause(models.TextChoices):
    UNKNOWN = "unknown", _("Not known")
    BELL = "bell", _("Bell's palsy (no known cause)")
    ZOSTER = "zoster", _("Shingles / zoster (Ramsay Hunt)")
    LYME = "lyme", _("Lyme disease")
    INJURY = "injury", _("Injury")
    OPERATION = "operation", _("After an operation")
    TUMOUR = "tumour", _("Tumour")
    CONGENITAL = "congenital", _("From birth")
    OTHER = "other", pgettext_lazy("cause", "Other")


class Side(models.TextChoices):
    LEFT = "left", pgettext_lazy("side of the face", "Left")
    RIGHT = "right", pgettext_lazy("side of the face", "Right")
    BOTH = "both", _("Both sides")


class Treatment(models.TextChoices):
    NONE = "none", pgettext_lazy("treatments so far", "None")
    CORTISONE = "cortisone", _("Cortisone")
    ANTIVIRAL = "antiviral", _("Antiviral drugs")
    THERAPY = "therapy", _("Facial therapy or physiotherapy")
    BOTULINUM = "botulinum", _("Botulinum toxin")
    SURGERY = "surgery", pgettext_lazy("treatment", "Surgery")
    OTHER = "other", pgettext_lazy("treatment", "Other")
