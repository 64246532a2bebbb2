"""Checks a signed consent form uploaded as PDF, by parsing it with pypdf.

The form is a scan of a paper the patient signed: pages of images or text, nothing
else. Refused are PDFs that pypdf cannot read, encrypted ones, very long ones, and any
with content that runs, opens or sends something: JavaScript, launch, web-address,
form-submit, import and remote/embedded go-to actions (wherever they sit: the document's
open action and name tree, a page's or an annotation's actions, form fields), embedded
files and file-attachment annotations, rich media, XFA forms. Every object in the
file is visited, also objects that nothing refers to, so that no other PDF reader can
find an action that this check did not see. The accepted file is stored unchanged (a
rewrite would break a digital signature on it); staff only ever download it as an
attachment.
"""

import io
import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

MAX_PAGES = 20
# A scanned form has a few dozen objects per page; a file with far more is refused
# before walking it costs more than a moment.
MAX_OBJECTS = 50_000

_ACTIONS = {
    "/JavaScript": _("JavaScript"),
    "/Launch": _("an action that starts a program"),
    "/URI": _("a link to a web address"),
    "/SubmitForm": _("an action that sends form data"),
    "/ImportData": _("an action that imports data"),
    "/GoToR": _("a link to another file"),
    "/GoToE": _("a link to an embedded file"),
    "/RichMediaExecute": _("embedded media"),
    "/Rendition": _("embedded media"),
    "/Movie": _("embedded media"),
    "/Sound": _("embedded media"),
}
_KEYS = {
    "/JS": _("JavaScript"),
    "/JavaScript": _("JavaScript"),
    "/EmbeddedFiles": _("an attached file"),
    "/EF": _("an attached file"),
    "/XFA": _("an XFA form"),
    "/RichMediaContent": _("embedded media"),
}
_SUBTYPES = {
    "/FileAttachment": _("an attached file"),
    "/RichMedia": _("embedded media"),
    "/Movie": _("embedded media"),
    "/Sound": _("embedded media"),
    "/Screen": _("embedded media"),
}


def check_signed_pdf(data: bytes) -> None:
    """Raise ValidationError unless ``data`` is a plain, readable PDF of a few pages."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError(
                _(
                    "The PDF is encrypted or protected by a password. Scan the paper form "
                    "again, or print the document to a new PDF without a password."
                ),
                code="pdf_encrypted",
            )
        pages = len(reader.pages)
        found = _active_content(reader)
    except ValidationError:
        raise
    except Exception as error:
        # A hostile or broken file can trip any error inside the parser; every one of
        # them means the same to staff: this file cannot be read.
        logging.getLogger(__name__).info("Unreadable PDF refused: %r", error)
        raise ValidationError(
            _(
                "The PDF cannot be read. Scan the paper form again, or print the document "
                "to PDF, and upload the new file."
            ),
            code="pdf_damaged",
        ) from error
    if pages > MAX_PAGES:
        raise ValidationError(
            _(
                "The PDF has %(pages)d pages; a signed form may have at most %(limit)d. "
                "Upload only the pages of the consent form."
            ),
            params={"pages": pages, "limit": MAX_PAGES},
            code="pdf_pages",
        )
    if found:
        raise ValidationError(
            _(
                "The PDF contains %(what)s and is refused. Scan the paper form again "
                "and upload the scan."
            ),
            params={"what": found},
            code="pdf_active",
        )


def _active_content(reader):
    """What the first object with active content has, in words, or None."""
    for obj in _objects(reader):
        for key in obj:
            if key in _KEYS:
                return _KEYS[key]
        kind = _resolved(dict.get(obj, "/S"))
        if kind in _ACTIONS:
            return _ACTIONS[kind]
        subtype = _resolved(dict.get(obj, "/Subtype"))
        if subtype in _SUBTYPES:
            return _SUBTYPES[subtype]
    return None


def _objects(reader):
    """Every dictionary (streams included) in the file: reachable from the trailer, and
    every object the cross-reference table lists, whether anything refers to it or not."""
    pending = [reader.trailer]
    for generation, numbers in reader.xref.items():
        pending.extend(IndirectObject(number, generation, reader) for number in numbers)
    pending.extend(IndirectObject(number, 0, reader) for number in reader.xref_objStm)
    seen = set()
    visited = 0
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in seen:
                continue
            seen.add((obj.idnum, obj.generation))
            obj = obj.get_object()
        visited += 1
        if visited > MAX_OBJECTS:
            raise ValueError("too many objects")
        if isinstance(obj, DictionaryObject):
            yield obj
            pending.extend(dict.values(obj))  # unresolved: references are followed above
        elif isinstance(obj, ArrayObject):
            pending.extend(list.__iter__(obj))


def _resolved(value):
    return value.get_object() if isinstance(value, IndirectObject) else value
