"""PDFs built with pypdf itself: a clean scan-like form and every kind of active content."""

import io

from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)


def name(value):
    return NameObject(value)


def action(kind, **entries):
    values = {name("/Type"): name("/Action"), name("/S"): name(kind)}
    values.update({name(f"/{key}"): TextStringObject(value) for key, value in entries.items()})
    return DictionaryObject(values)


def build(change=None, pages=1) -> bytes:
    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(200, 280)
    if change:
        change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def rect():
    return ArrayObject([FloatObject(10), FloatObject(10), FloatObject(60), FloatObject(40)])


def annotation(subtype, **extra):
    values = {name("/Type"): name("/Annot"), name("/Subtype"): name(subtype), name("/Rect"): rect()}
    values.update(extra)
    return DictionaryObject(values)


def open_action(kind, **entries):
    def change(writer):
        writer._root_object[name("/OpenAction")] = writer._add_object(action(kind, **entries))

    return change


def page_additional_action(kind, **entries):
    def change(writer):
        trigger = DictionaryObject({name("/O"): action(kind, **entries)})
        writer.pages[0][name("/AA")] = trigger

    return change


def link_with(kind, **entries):
    def change(writer):
        writer.add_annotation(0, annotation("/Link", **{name("/A"): action(kind, **entries)}))

    return change


def document_javascript(writer):
    writer.add_open_action(JavaScript("app.alert('hello');"))


def attachment(writer):
    writer.add_attachment("notes.txt", b"hidden data")


def file_attachment_annotation(writer):
    spec = DictionaryObject(
        {name("/Type"): name("/Filespec"), name("/F"): TextStringObject("x.exe")}
    )
    writer.add_annotation(0, annotation("/FileAttachment", **{name("/FS"): spec}))


def rich_media(writer):
    writer.add_annotation(0, annotation("/RichMedia"))


def xfa_form(writer):
    writer._root_object[name("/AcroForm")] = writer._add_object(
        DictionaryObject(
            {name("/Fields"): ArrayObject(), name("/XFA"): TextStringObject("<xdp:xdp/>")}
        )
    )


def form_field_with_script(writer):
    field = annotation(
        "/Widget",
        **{
            name("/FT"): name("/Tx"),
            name("/T"): TextStringObject("name"),
            name("/AA"): DictionaryObject(
                {name("/K"): action("/JavaScript", JS="event.value = 1;")}
            ),
        },
    )
    reference = writer._add_object(field)
    writer.pages[0][name("/Annots")] = ArrayObject([reference])
    writer._root_object[name("/AcroForm")] = writer._add_object(
        DictionaryObject({name("/Fields"): ArrayObject([reference])})
    )


def unreferenced_javascript(writer):
    # An object that nothing refers to: a reader that repairs the file may still find it.
    writer._add_object(action("/JavaScript", JS="app.alert(1)"))


def encrypted(writer):
    writer.encrypt(user_password="", owner_password="owner")  # noqa: S106 - test data


def internal_link(writer):
    # A link to a page of the same document: harmless, accepted.
    destination = ArrayObject([writer.pages[0].indirect_reference, name("/Fit")])
    writer.add_annotation(0, annotation("/Link", **{name("/Dest"): destination}))
    writer._root_object[name("/OpenAction")] = ArrayObject(
        [writer.pages[0].indirect_reference, name("/XYZ"), NumberObject(0), NumberObject(0)]
    )


HOSTILE = {
    "javascript in the names tree": build(document_javascript),
    "javascript open action": build(open_action("/JavaScript", JS="app.alert(1)")),
    "launch open action": build(open_action("/Launch", F="calc.exe")),
    "uri link": build(link_with("/URI", URI="https://example.org/track")),
    "submit form in page /AA": build(page_additional_action("/SubmitForm", F="https://x.test")),
    "import data": build(open_action("/ImportData", F="data.fdf")),
    "goto remote file": build(link_with("/GoToR", F="other.pdf")),
    "goto embedded file": build(link_with("/GoToE")),
    "javascript in a form field": build(form_field_with_script),
    "embedded file": build(attachment),
    "file attachment annotation": build(file_attachment_annotation),
    "rich media": build(rich_media),
    "xfa form": build(xfa_form),
    "javascript object that nothing refers to": build(unreferenced_javascript),
}
