"""Form fields that accept only clean text: NFC-normalised, without control characters."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

# Direction overrides and isolates can make text in the admin or a CSV export read
# differently from what is stored ("Trojan Source"); no name or message needs them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_SEPARATORS = frozenset("\u2028\u2029")
_MULTILINE_ALLOWED = frozenset("\n\t")


def has_forbidden_characters(value: str, *, multiline: bool = False) -> bool:
    for character in value:
        if multiline and character in _MULTILINE_ALLOWED:
            continue
        if (
            unicodedata.category(character) in ("Cc", "Cs")
            or character in _BIDI_CONTROLS
            or (not multiline and character in _LINE_SEPARATORS)
        ):
            return True
    return False


class CleanTextField(forms.CharField):
    """A CharField that refuses control characters (NUL included) and normalises to NFC.

    Single-line fields also collapse runs of spaces; multi-line fields keep their line
    breaks as plain ``\\n``. The length is checked after normalisation.
    """

    default_error_messages = {
        "control_characters": _(
            "This field contains invisible control characters. Please type the text "
            "again instead of pasting it."
        ),
    }

    def __init__(self, *, multiline: bool = False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)
        # Our own check below covers NUL bytes, with a message that explains what to do.
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        if self.multiline:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if has_forbidden_characters(value, multiline=self.multiline):
            raise ValidationError(
                self.error_messages["control_characters"], code="control_characters"
            )
        value = unicodedata.normalize("NFC", value)
        if not self.multiline:
            value = " ".join(value.split())
        return value


# No address needs an invisible character: controls (NUL, tab, DEL), format characters
# (zero-width space, soft hyphen, byte-order mark, direction marks and overrides),
# surrogates and line separators. Django's validator lets several of them through in the
# domain (which it converts to IDNA) and DEL in a quoted local part.
_EMAIL_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def has_invisible_characters(value: str) -> bool:
    return any(
        unicodedata.category(character) in _EMAIL_FORBIDDEN_CATEGORIES for character in value
    )


class CleanEmailField(forms.EmailField):
    """An e-mail address without invisible characters, with the domain in lower case.

    Checked before the surrounding white space is stripped, so a pasted tab or NUL at
    either end is refused too, with the same message as in the text fields."""

    default_error_messages = {
        "control_characters": CleanTextField.default_error_messages["control_characters"],
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # The check below covers NUL bytes, with one message instead of two.
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def to_python(self, value):
        if isinstance(value, str) and has_invisible_characters(value):
            raise ValidationError(
                self.error_messages["control_characters"], code="control_characters"
            )
        value = super().to_python(value)
        if not value:
            return value
        value = unicodedata.normalize("NFC", value)
        local, at, domain = value.rpartition("@")
        return f"{local}{at}{domain.lower()}" if at else value
