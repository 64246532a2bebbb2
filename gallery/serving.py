"""Sends a private file: validators, no shared caching, byte ranges for video.

Callers decide *whether* a file may be sent (consent, permissions) before calling;
this module only decides *how*.
"""

import hashlib
import re

from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import parse_etags

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def file_etag(*parts) -> str:
    return (
        '"' + hashlib.sha256(":".join(str(part) for part in parts).encode()).hexdigest()[:32] + '"'
    )


def send_private_file(
    request, storage, path, *, content_type, etag, cache_control="private, no-cache"
):
    headers = {"ETag": etag, "Cache-Control": cache_control, "Accept-Ranges": "bytes"}
    if etag in parse_etags(request.headers.get("If-None-Match", "")):
        response = HttpResponse(status=304)
        _set_headers(response, headers)
        return response
    try:
        size = storage.size(path)
        handle = storage.open(path, "rb")
    except FileNotFoundError as error:
        # The row names a file that is gone (removed by hand, a failed restore):
        # "not found" for the reader; the orphan command's report shows the gap.
        raise Http404 from error
    byte_range = _requested_range(request, etag, size)
    if byte_range == "unsatisfiable":
        handle.close()
        response = HttpResponse(status=416)
        _set_headers(response, headers)
        response["Content-Range"] = f"bytes */{size}"
        return response
    if byte_range is None:
        response = FileResponse(handle, content_type=content_type)
        response["Content-Length"] = str(size)
    else:
        start, end = byte_range
        handle.seek(start)
        response = FileResponse(
            _limited(handle, end - start + 1), content_type=content_type, status=206
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    _set_headers(response, headers)
    response["Content-Disposition"] = "inline"
    return response


def _requested_range(request, etag, size):
    header = request.headers.get("Range", "")
    if not header or size == 0:
        return None
    if_range = request.headers.get("If-Range")
    if if_range and if_range != etag:
        return None  # The file changed since the client's copy: send it whole.
    match = _RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        return None  # Several ranges or a malformed header: the whole file is a valid answer.
    first, last = match.groups()
    if first == "":
        start, end = max(size - int(last), 0), size - 1
    else:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    if start >= size or start > end:
        return "unsatisfiable"
    return start, end


def _limited(handle, length, chunk_size=64 * 1024):
    try:
        while length > 0:
            chunk = handle.read(min(chunk_size, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk
    finally:
        handle.close()


def _set_headers(response, headers):
    for name, value in headers.items():
        response[name] = value
