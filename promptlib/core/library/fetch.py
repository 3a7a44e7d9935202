"""Reading a library pack from where it lives: a file, or an https:// address.

Network sources are untrusted and may be slow or huge, so a download has a timeout
and stops past the library size limit, and only `https://` is accepted, also after
a redirect. Plain `http://` to this machine (127.0.0.1, ::1, localhost) is allowed
only when a test asks for it, with `allow_loopback=True` or the environment
variable `PROMPTLIB_TEST_ALLOW_LOOPBACK_HTTP=1`: tests serve packs from a local
`http.server`; a real installation never sets it.

`read_source_signed` also reads the pack's signature, ``PACK.json.sig`` beside a file
or ``URL.sig`` beside an address (`signing.py`): a missing one (no file, HTTP 404 or
410) means the pack is unsigned; one that cannot be read is an error, never "unsigned",
so a blocked signature cannot pass a signed library off as an unsigned one.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import LibraryError, Problem
from ..problems import problem
from .format import MAX_FILE_BYTES, decode_pack_bytes, read_pack_bytes
from .signing import MAX_SIGNATURE_FILE, SIGNATURE_SUFFIX

LOOPBACK_VARIABLE = "PROMPTLIB_TEST_ALLOW_LOOPBACK_HTTP"
DEFAULT_TIMEOUT = 15.0
_LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


class SourceUnreachable(Exception):
    """The source could not be read at all (network down, share missing, refused URL).

    Unlike a `LibraryError` this says nothing about the library itself: the last good
    copy stays in use and the check can be tried again later.
    """

    def __init__(self, source: str, reason: str, problem: Problem | None = None) -> None:
        self.source = source
        self.reason = reason
        self.problem = problem or Problem("", reason)  # the reason with its code (core/problems.py)
        super().__init__(f"{source}: {reason}")

    @classmethod
    def because(cls, source: str, code: str, **params: object) -> SourceUnreachable:
        found = problem("", code, **params)
        return cls(source, found.message, found)


def is_url(source: str) -> bool:
    return "://" in source


def loopback_allowed() -> bool:
    return os.environ.get(LOOPBACK_VARIABLE, "").strip() == "1"


def check_url(url: str, *, allow_loopback: bool | None = None) -> str | None:
    """Why *url* may not be fetched, or None when it may."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError as error:
        return f"is not a valid address ({error})"
    scheme = parts.scheme.lower()
    if scheme == "https" and host:
        return None
    if allow_loopback is None:
        allow_loopback = loopback_allowed()
    if scheme == "http" and host in _LOOPBACK_HOSTS and allow_loopback:
        return None
    return "only https:// addresses are allowed for library sources"


def _opener(allow_loopback: bool, direct: bool):
    # urllib.request (with ssl and http.client) costs ~25 ms to import, so it is
    # imported when a download happens, not at start-up.
    import urllib.error
    import urllib.request

    class SafeRedirects(urllib.request.HTTPRedirectHandler):
        """Follows a redirect only to an address `check_url` accepts (no https -> http)."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            why = check_url(newurl, allow_loopback=allow_loopback)
            if why:
                raise urllib.error.URLError(f"redirected to {newurl}, which {why}")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    handlers: list[Any] = [SafeRedirects()]
    if direct:
        handlers.append(urllib.request.ProxyHandler({}))  # this machine is never behind a proxy
    return urllib.request.build_opener(*handlers)


def fetch_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, allow_loopback: bool | None = None,
              limit: int = MAX_FILE_BYTES) -> bytes:
    """The body of *url*, at most *limit* bytes; SourceUnreachable or LibraryError otherwise."""
    body = _fetch(url, timeout=timeout, allow_loopback=allow_loopback, limit=limit, missing_ok=False)
    assert body is not None  # missing_ok=False raises instead
    return body


_MISSING_STATUSES = (404, 410)


def _fetch(url: str, *, timeout: float, allow_loopback: bool | None, limit: int, missing_ok: bool) -> bytes | None:
    """`fetch_url`; with *missing_ok*, None when the server says there is no such file."""
    if allow_loopback is None:
        allow_loopback = loopback_allowed()
    why = check_url(url, allow_loopback=allow_loopback)
    if why:
        raise SourceUnreachable.because(url, "address-refused", reason=why)
    import urllib.error
    import urllib.request

    opener = _opener(allow_loopback, direct=urlsplit(url).hostname in _LOOPBACK_HOSTS)
    request = urllib.request.Request(url, headers={"User-Agent": "promptlib",
                                                   "Accept": "application/json"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise _too_large(url, limit)
            body = response.read(limit + 1)
    except LibraryError:
        raise
    except urllib.error.HTTPError as error:
        if missing_ok and error.code in _MISSING_STATUSES:
            return None
        raise SourceUnreachable.because(url, "http-error", status=error.code, reason=error.reason) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise SourceUnreachable.because(url, "timeout", seconds=f"{timeout:g}") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise SourceUnreachable.because(url, "cannot-connect", reason=text) from None
    except TimeoutError:
        raise SourceUnreachable.because(url, "timeout", seconds=f"{timeout:g}") from None
    except (OSError, ValueError) as error:  # connection reset, malformed answer
        raise SourceUnreachable.because(url, "download-failed", reason=error) from None
    if len(body) > limit:
        raise _too_large(url, limit)
    return body


def _too_large(url: str, limit: int) -> LibraryError:
    return LibraryError(url, [problem("", "larger-than-limit", limit=limit // (1024 * 1024))])


def read_source(source: str, *, timeout: float = DEFAULT_TIMEOUT,
                allow_loopback: bool | None = None) -> dict[str, Any]:
    """The decoded top-level object of a pack at a path or address (not yet validated).

    Raises SourceUnreachable when it cannot be read at all, LibraryError when what
    was read is not a library file.
    """
    raw, _signature, _where = read_source_signed(source, timeout=timeout, allow_loopback=allow_loopback,
                                                 signature=False)
    return decode_pack_bytes(raw, source)


def read_source_signed(source: str, *, timeout: float = DEFAULT_TIMEOUT, allow_loopback: bool | None = None,
                       signature: bool = True) -> tuple[bytes, bytes | None, str]:
    """The pack bytes at a path or address, its signature file's bytes (None: unsigned)
    and where the signature is looked for. The pack is read first, then its signature.

    Raises SourceUnreachable when either cannot be read at all, LibraryError when the
    pack is too large or a folder (decoding and validation are the caller's).
    """
    where = source + SIGNATURE_SUFFIX
    if is_url(source):
        raw = fetch_url(source, timeout=timeout, allow_loopback=allow_loopback)
        if not signature:
            return raw, None, where
        try:
            signed = _fetch(where, timeout=timeout, allow_loopback=allow_loopback, limit=MAX_SIGNATURE_FILE,
                            missing_ok=True)
        except LibraryError:  # larger than a signature can be
            raise LibraryError(where, [problem("", "signature-damaged",
                                               reason=f"it is larger than {MAX_SIGNATURE_FILE} bytes")]) from None
        return raw, signed, where
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceUnreachable.because(source, "no-such-source")
    try:
        raw = read_pack_bytes(path)
    except LibraryError as error:
        if error.problems and error.problems[0].code == "cannot-read":
            raise SourceUnreachable(source, error.problems[0].message, error.problems[0]) from None
        raise
    return raw, _read_signature_file(path.with_name(path.name + SIGNATURE_SUFFIX), where) if signature else None, where


def _read_signature_file(path: Path, where: str) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_SIGNATURE_FILE + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SourceUnreachable.because(where, "signature-unreadable", reason=error.strerror or error) from None
