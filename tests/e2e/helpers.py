"""Small helpers for the real-browser tests: axe, keyboard focus, forms, test files."""

import html.parser
import http.cookiejar
import io
import time
import urllib.error
import urllib.parse
import urllib.request

from PIL import Image, ImageDraw
from playwright.sync_api import Page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# A valid appointment request whose palsy began two days ago (acute: the thank-you page
# then shows its emergency advice too).
VALID_REQUEST = {
    "name": "Erika Mustermann",
    "email": "erika@example.org",
    "preferred_contact": "email",
    "language": "de",
    "patient": "self",
    "onset_amount": "2",
    "onset_unit": "days",
    "cause": "unknown",
    "side": "left",
    "treatments": "none",
    "referred": "no",
    "consent": "on",
}


# --- axe-core -----------------------------------------------------------------------


def axe_violations(page: Page, axe_source: str) -> list[dict]:
    """Run axe-core on the page as it is now; the violations of the WCAG 2.2 AA and
    best-practice rules. Injected through the DevTools protocol, so the site's CSP
    stays as it is."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source)
    result = page.evaluate(
        # Only violations are reported in detail: much less to collect and send back.
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return result["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl']}]"
        )
        for node in violation["nodes"][:5]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {', '.join(map(str, node['target']))}: {summary}")
            lines.append(f"      {node['html'][:200]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


# --- keyboard focus -------------------------------------------------------------------

_FOCUS_STYLE = """css => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    html: el.outerHTML.slice(0, 160),
    matches: css ? el.matches(css) : false,
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
    inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
  };
}"""


def focused(page: Page, css: str = "") -> dict | None:
    """What has the keyboard focus, with the computed style of its focus indicator
    (and whether it matches ``css``)."""
    return page.evaluate(_FOCUS_STYLE, css)


def _transparent(color: str) -> bool:
    return color == "transparent" or color.replace(" ", "").endswith(",0)")


def focus_problem(info: dict | None) -> str | None:
    """Why the focused element shows no visible focus indicator, or None if it does."""
    if info is None:
        return "nothing has the focus"
    outline = (
        info["outlineStyle"] != "none"
        and info["outlineWidth"] >= 2
        and not _transparent(info["outlineColor"])
    )
    shadow = info["boxShadow"] not in ("", "none") and not all(
        _transparent(part) for part in info["boxShadow"].split("), ")
    )
    if not (outline or shadow):
        return f"no visible outline or box-shadow on {info['html']}"
    if not info["inViewport"]:
        return f"focused element is outside the viewport: {info['html']}"
    return None


def press(page: Page, key: str, css: str = "") -> dict | None:
    """Press a key and return what has the focus then."""
    page.keyboard.press(key)
    return focused(page, css)


def tab_to(
    page: Page, css: str, *, backwards: bool = False, limit: int = 150, check_focus: bool = True
) -> dict:
    """Press Tab (or Shift+Tab) until an element matching ``css`` has the focus; check
    on the way that every element that gets the focus shows it."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        info = press(page, key, css)
        if info is None:  # past the end of the page; the next press starts again at the top
            info = press(page, key, css)
        if check_focus:
            problem = focus_problem(info)
            assert problem is None, f"While tabbing to {css} on {page.url}: {problem}"
        if info is not None and info["matches"]:
            return info
    raise AssertionError(f"{css} was not reached with {limit} presses of {key} on {page.url}")


def tab_through(page: Page, limit: int = 400) -> tuple[int, list[str]]:
    """Tab once round the page, from wherever the focus is now back to the first element
    reached; how many elements got the focus and which of them did not show it."""
    stops, problems, left_document = 0, [], 0
    for _ in range(limit):
        info = press(page, "Tab")
        if info is None:  # past the last element the focus goes to the browser itself
            left_document += 1
            if left_document > 1:
                break
            continue
        if stops == 0:
            page.evaluate("window.__firstStop = document.activeElement")
        elif page.evaluate("document.activeElement === window.__firstStop"):
            break
        stops += 1
        if problem := focus_problem(info):
            problems.append(problem)
    return stops, problems


def active_matches(page: Page, css: str) -> bool:
    return page.evaluate("css => !!document.activeElement?.matches(css)", css)


def wait_for_min_fill_time(since: float, seconds: float = 1.1):
    """The site runs with APPOINTMENT_MIN_FILL_SECONDS=1: a form sent faster than that
    after it was first shown counts as a robot's. Wait only what is missing."""
    time.sleep(max(0.0, since + seconds - time.monotonic()))


# --- forms without a browser ------------------------------------------------------------


class _HiddenInputs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.values[attrs["name"]] = attrs.get("value") or ""


class HttpClient:
    """A tiny cookie-keeping client for what the browser does not need to do."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[int, str, str]:
        try:
            with self.opener.open(self.base + path, timeout=20) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode()

    def post_form(self, path: str, data: dict, *, wait: float = 1.1) -> tuple[int, str, str]:
        """Load the form at ``path``, wait (the form refuses robot speed), send it."""
        status, _url, page = self.get(path)
        assert status == 200, f"{path} answered {status}"
        hidden = _HiddenInputs()
        hidden.feed(page)
        time.sleep(wait)
        body = urllib.parse.urlencode({**hidden.values, **data}).encode()
        request = urllib.request.Request(
            self.base + path, data=body, headers={"Referer": self.base + path}
        )
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode()


# --- test files made with Pillow -------------------------------------------------------


def face_png(label: str, size: tuple[int, int] = (900, 1200)) -> bytes:
    """A clearly fictional drawn 'patient photo'."""
    image = Image.new("RGB", size, "#dfe7ee")
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.ellipse((width * 0.2, height * 0.15, width * 0.8, height * 0.85), fill="#e8c4a0")
    draw.ellipse((width * 0.33, height * 0.4, width * 0.43, height * 0.45), fill="#333")
    draw.ellipse((width * 0.57, height * 0.4, width * 0.67, height * 0.45), fill="#333")
    draw.arc((width * 0.35, height * 0.55, width * 0.65, height * 0.7), 20, 160, "#733", 8)
    draw.text((20, 20), f"E2E TEST - {label}", fill="#000")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def signed_form_pdf() -> bytes:
    """A one-page 'signed consent form' as a PDF."""
    image = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "Einwilligung / Consent - E2E test form (fictional)", fill="black")
    draw.line((40, 780, 300, 760), fill="navy", width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=72)
    return buffer.getvalue()
