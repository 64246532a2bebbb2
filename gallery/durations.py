"""Durations as the public reads them: "12 years and 6 months", not "150 months"."""

from django.utils.translation import gettext, ngettext


def months_in_words(months: int) -> str:
    years, rest = divmod(months, 12)
    year_text = ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    month_text = ngettext("%(count)d month", "%(count)d months", rest) % {"count": rest}
    if years and rest:
        return gettext("%(years)s and %(months)s") % {"years": year_text, "months": month_text}
    return year_text if years else month_text
