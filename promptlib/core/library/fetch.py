"""Reading a library pack from where it lives: a file, or an https:// address.

Network sources are untrusted and may be slow, huge or hostile, so a download has a
timeout for each network operation *and* a total deadline (a server that drips one
byte every few seconds, drips its headers or sends `100 Continue` forever still ends
at the deadline), stops past the library size limit, bounds its headers (http.client's
100 headers of at most 64 KiB each) and its interim answers, and only `https://` is
accepted, also after a redirect. Every way the server's answer can be broken (a bad
status line, an overlong header line, a bad chunk) is one `SourceUnreachable` line,
never a traceback.

Each read runs in a daemon thread that the caller waits for until the deadline, so
nothing it does can hold the caller (or keep the process alive at exit) past it; at
the deadline its sockets are shut down, which ends the thread soon after.
`start_reading` (and `start_reading_signed`) start a read and return at once, so
several sources can be read at the same time (`subscriptions.check_sources`).

Plain `http://` to this machine (127.0.0.1, ::1, localhost) is allowed only when a
test asks for it, with `allow_loopback=True` or the environment variable
`PROMPTLIB_TEST_ALLOW_LOOPBACK_HTTP=1`: tests serve packs from a local `http.server`;
a real installation never sets it.

`read_source_signed` also reads the pack's signature, ``PACK.json.sig`` beside a file
or ``URL.sig`` beside an address (`signing.py`), in the same thread right after the
pack and within the same deadline: a missing one (no file, HTTP 404 or
410) means the pack is unsigned; one that cannot be read is an error, never "unsigned",
so a blocked signature cannot pass a signed library off as an unsigned one.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import LibraryError, Problem
from ..problems import problem
from ..regularfile import FileTooLarge, read_regular_file
from .format import MAX_FILE_BYTES, decode_pack_bytes, read_pack_bytes
from .signing import MAX_SIGNATURE_FILE, SIGNATURE_SUFFIX

LOOPBACK_VARIABLE = "PROMPTLIB_TEST_ALLOW_LOOPBACK_HTTP"
DEFAULT_TIMEOUT = 15.0    # seconds for one network operation (connect, one read)
DEFAULT_DEADLINE = 60.0   # seconds for the whole read of one source, redirects included
MAX_INTERIM_ANSWERS = 5   # `100 Continue` answers before the real one
MAX_REASON_CHARS = 200    # of a server's own words quoted in a message
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


def plain(text: object, limit: int = MAX_REASON_CHARS) -> str:
    """*text* from a server or a share as one short printable line for a message."""
    shown = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 0x100
                    else f"\\u{ord(ch):04x}" for ch in str(text)[: limit + 1])
    return shown if len(shown) <= limit else shown[:limit] + "..."


class _Sockets:
    """The sockets of one download, so that the deadline can shut them down.

    It keeps a duplicate of each socket's descriptor: shutting that down ends a read
    blocked on the original (also once TLS has taken the original over), and the
    duplicate is never reused for another connection while it is held.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: list[socket.socket] = []
        self.tripped = False

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            duplicate = sock.dup()
            self._held.append(duplicate)
            if self.tripped:
                self._shut(duplicate)

    def trip(self) -> None:
        with self._lock:
            self.tripped = True
            for held in self._held:
                self._shut(held)

    def close(self) -> None:
        with self._lock:
            for held in self._held:
                with suppress(OSError):
                    held.close()
            self._held.clear()

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _opener(allow_loopback: bool, direct: bool, sockets: _Sockets):
    # urllib.request (with ssl and http.client) costs ~25 ms to import, so it is
    # imported when a download happens, not at start-up.
    import http.client
    import urllib.error
    import urllib.request

    class SafeRedirects(urllib.request.HTTPRedirectHandler):
        """Follows a redirect only to an address `check_url` accepts (no https -> http)."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            why = check_url(newurl, allow_loopback=allow_loopback)
            if why:
                raise urllib.error.URLError(f"redirected to {plain(newurl)}, which {why}")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    class BoundedResponse(http.client.HTTPResponse):
        """http.client skips `100 Continue` answers without end; this counts them."""

        interim = 0

        def _read_status(self):  # private in http.client, there since Python 3.0
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if status == http.client.CONTINUE:
                self.interim += 1
                if self.interim > MAX_INTERIM_ANSWERS:
                    raise http.client.HTTPException(f"more than {MAX_INTERIM_ANSWERS} interim "
                                                    "(100 Continue) answers")
            return version, status, reason

    def watched_connection(address, timeout, source_address=None, *args):
        sock = socket.create_connection(address, timeout, source_address, *args)
        sockets.add(sock)
        return sock

    class WatchedHTTP(http.client.HTTPConnection):
        response_class = BoundedResponse

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = watched_connection

    class WatchedHTTPS(http.client.HTTPSConnection):
        response_class = BoundedResponse

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = watched_connection

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(WatchedHTTP, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(WatchedHTTPS, req, context=getattr(self, "_context", None))

    handlers: list[Any] = [SafeRedirects(), HTTPHandler(), HTTPSHandler()]
    if direct:
        handlers.append(urllib.request.ProxyHandler({}))  # this machine is never behind a proxy
    return urllib.request.build_opener(*handlers)


class PendingRead:
    """A read running in a daemon thread; `result()` waits for it until its deadline.

    The deadline counts from when the read started, so reads started together end
    together, however many there are.
    """

    def __init__(self, source: str, job: Callable[[_Sockets], Any], deadline: float) -> None:
        self.source = source
        self.deadline = deadline
        self._sockets = _Sockets()
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None
        self._ends = time.monotonic() + deadline
        self._job = job
        threading.Thread(target=self._run, name=f"promptlib read {source[:60]}", daemon=True).start()

    def _run(self) -> None:
        try:
            self._value = self._job(self._sockets)
        except BaseException as error:  # handed to the waiting caller, who raises it
            self._error = error
        finally:
            self._sockets.close()
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> Any:
        if not self._done.wait(max(0.0, self._ends - time.monotonic())):
            self._sockets.trip()
            raise SourceUnreachable.because(self.source, "deadline", seconds=f"{self.deadline:g}")
        if self._error is not None:
            raise self._error
        return self._value


def fetch_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
              allow_loopback: bool | None = None, limit: int = MAX_FILE_BYTES) -> bytes:
    """The body of *url*, at most *limit* bytes, within *deadline* seconds in all;
    SourceUnreachable or LibraryError otherwise."""
    return start_fetch(url, timeout=timeout, deadline=deadline, allow_loopback=allow_loopback,
                       limit=limit).result()


def start_fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                allow_loopback: bool | None = None, limit: int = MAX_FILE_BYTES) -> PendingRead:
    """Start downloading *url* (see `fetch_url`); a refused address raises at once."""
    return PendingRead(url, _download_job(url, timeout, deadline, allow_loopback, limit), deadline)


def _download_job(url: str, timeout: float, deadline: float, allow_loopback: bool | None,
                  limit: int) -> Callable[[_Sockets], bytes]:
    if allow_loopback is None:
        allow_loopback = loopback_allowed()
    why = check_url(url, allow_loopback=allow_loopback)
    if why:
        raise SourceUnreachable.because(url, "address-refused", reason=why)
    permitted = allow_loopback
    return lambda sockets: _download(url, min(timeout, deadline), permitted, limit, sockets)


def _download(url: str, timeout: float, allow_loopback: bool, limit: int, sockets: _Sockets) -> bytes:
    import http.client
    import urllib.error
    import urllib.request

    opener = _opener(allow_loopback, urlsplit(url).hostname in _LOOPBACK_HOSTS, sockets)
    request = urllib.request.Request(url, headers={"User-Agent": "promptlib",
                                                   "Accept": "application/json"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise _too_large(url, limit)
            body = response.read(limit + 1)
            if declared and declared.isdigit() and len(body) < int(declared):
                raise SourceUnreachable.because(url, "cut-short", received=len(body), expected=int(declared))
    except (LibraryError, SourceUnreachable):
        raise
    except urllib.error.HTTPError as error:
        raise SourceUnreachable.because(url, "http-error", status=error.code, reason=plain(error.reason)) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise SourceUnreachable.because(url, "timeout", seconds=f"{timeout:g}") from None
        text = getattr(reason, "strerror", None) or reason
        raise SourceUnreachable.because(url, "cannot-connect", reason=plain(text)) from None
    except TimeoutError:
        raise SourceUnreachable.because(url, "timeout", seconds=f"{timeout:g}") from None
    except (http.client.HTTPException, ValueError) as error:  # a bad status line, header or chunk size
        raise SourceUnreachable.because(url, "invalid-http", reason=f"{type(error).__name__}: {plain(error)}") from None
    except OSError as error:  # connection reset
        raise SourceUnreachable.because(url, "download-failed", reason=plain(error)) from None
    except Exception as error:  # anything else the server's bytes provoke: still one line
        raise SourceUnreachable.because(url, "download-failed", reason=f"{type(error).__name__}: {plain(error)}") from None
    if len(body) > limit:
        raise _too_large(url, limit)
    return body


def _too_large(url: str, limit: int) -> LibraryError:
    return LibraryError(url, [problem("", "larger-than-limit", limit=limit // (1024 * 1024))])


def read_source(source: str, *, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                allow_loopback: bool | None = None) -> dict[str, Any]:
    """The decoded top-level object of a pack at a path or address (not yet validated).

    Raises SourceUnreachable when it cannot be read at all (also when it takes longer
    than *deadline* seconds), LibraryError when what was read is not a library file.
    """
    return start_reading(source, timeout=timeout, deadline=deadline, allow_loopback=allow_loopback).result()


def start_reading(source: str, *, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                  allow_loopback: bool | None = None) -> PendingRead:
    """Start reading *source* (see `read_source`); `result()` gives the pack's object.

    A file is read in a thread too: a network share that stops answering must not
    hold the caller past the deadline any more than a server may.
    """
    if is_url(source):
        download = _download_job(source, timeout, deadline, allow_loopback, MAX_FILE_BYTES)
        return PendingRead(source, lambda sockets: decode_pack_bytes(download(sockets), source), deadline)
    return PendingRead(source, lambda _sockets: _read_file(source), deadline)


SignedRead = tuple[bytes, bytes | None, str]   # the pack, its signature (None: unsigned), where that is


def read_source_signed(source: str, *, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                       allow_loopback: bool | None = None) -> SignedRead:
    """The pack bytes at a path or address, its signature file's bytes (None: unsigned)
    and where the signature is looked for.

    Raises SourceUnreachable when either cannot be read at all (also when both together
    take longer than *deadline* seconds), LibraryError when the pack is too large or a
    folder, or the signature too large to be one (decoding and validation are the
    caller's).
    """
    return start_reading_signed(source, timeout=timeout, deadline=deadline, allow_loopback=allow_loopback).result()


def start_reading_signed(source: str, *, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                         allow_loopback: bool | None = None) -> PendingRead:
    """Start reading *source* and then its signature (see `read_source_signed`), both in
    one thread under one deadline: a slow signature cannot stretch a source's time."""
    where = source + SIGNATURE_SUFFIX
    if is_url(source):
        pack = _download_job(source, timeout, deadline, allow_loopback, MAX_FILE_BYTES)
        signature = _download_job(where, timeout, deadline, allow_loopback, MAX_SIGNATURE_FILE)

        def download_both(sockets: _Sockets) -> SignedRead:
            raw = pack(sockets)
            return raw, _download_signature(signature, sockets, where), where

        return PendingRead(source, download_both, deadline)
    return PendingRead(source, lambda _sockets: _read_file_signed(source, where), deadline)


_MISSING_STATUSES = ("404", "410")   # the server says there is no such file: the pack is unsigned


def _download_signature(download: Callable[[_Sockets], bytes], sockets: _Sockets, where: str) -> bytes | None:
    try:
        return download(sockets)
    except SourceUnreachable as error:
        if error.problem.code == "http-error" and error.problem.values.get("status") in _MISSING_STATUSES:
            return None
        raise
    except LibraryError:  # larger than a signature can be
        raise _signature_too_large(where) from None


def _signature_too_large(where: str) -> LibraryError:
    return LibraryError(where, [problem("", "signature-damaged",
                                        reason=f"it is larger than {MAX_SIGNATURE_FILE} bytes")])


def _read_file(source: str) -> dict[str, Any]:
    return decode_pack_bytes(_read_file_bytes(source), source)


def _read_file_signed(source: str, where: str) -> SignedRead:
    raw = _read_file_bytes(source)
    path = Path(source).expanduser()
    return raw, _read_signature_file(path.with_name(path.name + SIGNATURE_SUFFIX), where), where


def _read_file_bytes(source: str) -> bytes:
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceUnreachable.because(source, "no-such-source")
    try:
        return read_pack_bytes(path)
    except LibraryError as error:
        if error.problems and error.problems[0].code == "cannot-read":
            raise SourceUnreachable(source, error.problems[0].message, error.problems[0]) from None
        raise


def _read_signature_file(path: Path, where: str) -> bytes | None:
    """The signature file's bytes; None when there is none. A regular file only: a
    device or a pipe put there is an error, never "unsigned"."""
    try:
        return read_regular_file(path, MAX_SIGNATURE_FILE)
    except FileNotFoundError:
        return None
    except FileTooLarge:
        raise _signature_too_large(where) from None
    except OSError as error:
        raise SourceUnreachable.because(where, "signature-unreadable", reason=error.strerror or error) from None
