"""Reading a library from an address: only https (plain http to this machine only for
tests), and never more than the size limit."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.library.fetch import (
    LOOPBACK_VARIABLE,
    SourceUnreachable,
    check_url,
    fetch_url,
    is_url,
    read_source,
    read_source_signed,
)


def test_a_download_larger_than_the_limit_is_refused(server) -> None:
    url = server.serve("/big.json", b" " * (3 * 1024 * 1024))
    with pytest.raises(LibraryError, match="larger than the 2 MB limit"):
        fetch_url(url, limit=2 * 1024 * 1024)


def test_plain_http_is_refused_without_the_test_only_switch(monkeypatch) -> None:
    monkeypatch.delenv(LOOPBACK_VARIABLE, raising=False)
    assert check_url("http://127.0.0.1:8000/x.json") is not None
    assert check_url("http://example.com/x.json", allow_loopback=True) is not None
    assert check_url("https://example.com/x.json") is None
    with pytest.raises(SourceUnreachable, match="only https://"):
        fetch_url("http://127.0.0.1:9/x.json")


@pytest.mark.parametrize("url, allowed", [
    ("https://example.fi/lib.json", True), ("HTTPS://Example.fi/lib.json", True),
    ("https:///lib.json", False), ("ftp://example.fi/lib.json", False), ("file:///etc/passwd", False),
    ("http://localhost:8000/x.json", True), ("http://[::1]:8000/x.json", True), ("http://127.0.0.2/x.json", False),
])
def test_which_addresses_may_be_fetched(url: str, allowed: bool) -> None:
    assert (check_url(url, allow_loopback=True) is None) is allowed


def test_a_malformed_address_is_named_as_such() -> None:
    assert check_url("https://[::1/x.json").startswith("is not a valid address")


@pytest.mark.parametrize("source, expected", [("https://example.fi/a.json", True), ("/share/a.json", False),
                                              ("C:\\share\\a.json", False), ("\\\\server\\share\\a.json", False)])
def test_is_url(source: str, expected: bool) -> None:
    assert is_url(source) is expected


def test_a_source_is_read_from_a_file_or_an_address(tmp_path: Path, server, sample_pack: dict) -> None:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(sample_pack), encoding="utf-8")
    assert read_source(str(path)) == sample_pack
    assert read_source(server.serve("/pack.json", sample_pack)) == sample_pack


def test_a_missing_share_is_unreachable_not_invalid(tmp_path: Path) -> None:
    with pytest.raises(SourceUnreachable, match="no such file or folder") as raised:
        read_source(str(tmp_path / "gone.json"))
    assert raised.value.source == str(tmp_path / "gone.json")


def test_what_is_read_but_is_no_library_is_a_library_error(tmp_path: Path, server) -> None:
    with pytest.raises(LibraryError, match="is a folder"):
        read_source(str(tmp_path))
    with pytest.raises(LibraryError, match="must be a JSON object"):
        read_source(server.serve("/list.json", [1, 2]))


def test_server_errors_are_unreachable_with_the_servers_answer(server) -> None:
    with pytest.raises(SourceUnreachable, match="the server answered 404"):
        fetch_url(server.url + "/nothing-here.json")


def test_a_closed_port_cannot_connect(server) -> None:
    url = server.serve("/pack.json", {})
    server.close()
    with pytest.raises(SourceUnreachable, match="cannot connect"):
        fetch_url(url, timeout=5)


# -- hostile servers: each breaks HTTP in one way; every one ends in one line, by the deadline --

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
DRIP_PAUSE = 0.05  # between two bytes of a dripping server
DRIP_BYTES = 400   # a dripping server gives up after this many: a missing deadline fails, not hangs


def drip(data: bytes):
    def behaviour(send, stopped) -> None:
        for index in range(min(len(data), DRIP_BYTES)):
            if stopped.wait(DRIP_PAUSE):
                return
            send(data[index:index + 1])
    return behaviour


def drips_the_body(send, stopped) -> None:
    send(HEADERS + b"Content-Length: 100000\r\n\r\n")
    drip(b"{" + b" " * 100000)(send, stopped)


def drips_the_headers(send, stopped) -> None:
    drip(HEADERS + b"X-Slow: " + b"a" * 100000)(send, stopped)


def continues_forever(send, stopped) -> None:
    while not stopped.is_set():
        send(b"HTTP/1.1 100 Continue\r\n\r\n")


def never_answers(send, stopped) -> None:
    stopped.wait(60)


def sends(data: bytes):
    def behaviour(send, stopped) -> None:
        send(data)
        stopped.wait(60)  # keeps the connection open: the client must not wait for its end
    return behaviour


@pytest.mark.parametrize("behaviour", [drips_the_body, drips_the_headers, never_answers],
                         ids=["body-drip", "header-drip", "no-answer"])
def test_a_download_ends_at_its_deadline_however_slowly_the_server_answers(raw_server, behaviour) -> None:
    url = raw_server(behaviour).url
    with pytest.raises(SourceUnreachable) as raised:
        fetch_url(url, timeout=30, deadline=0.5)
    assert raised.value.reason == "no complete answer in 0.5 seconds (the time limit for reading a library)"


def test_interim_answers_are_bounded(raw_server) -> None:
    with pytest.raises(SourceUnreachable, match=r"not valid HTTP .*more than 5 interim \(100 Continue\) answers"):
        fetch_url(raw_server(continues_forever).url, timeout=30, deadline=30)


@pytest.mark.parametrize("answer, expected", [
    (HEADERS + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", "not valid HTTP (IncompleteRead"),
    (HEADERS + b"X-Long: " + b"a" * 70000 + b"\r\n\r\n", "not valid HTTP (LineTooLong"),
    (HEADERS + b"".join(b"X-%d: 1\r\n" % n for n in range(150)) + b"\r\n", "got more than 100 headers"),
    (b"SPDY/9 banana\r\n\r\n", "not valid HTTP (BadStatusLine"),
    (b"HTTP/1.1 abc OK\r\n\r\n", "not valid HTTP (BadStatusLine"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"a\"", "the connection ended after 4 of 500 bytes"),
    (b"HTTP/1.1 404 \x1b[2J\rgone\r\nContent-Length: 0\r\n\r\n", "the server answered 404 \\x1b[2J\\x0dgone"),
], ids=["bad-chunk", "long-header-line", "too-many-headers", "bad-status-line", "bad-status-code",
        "cut-short", "escapes-in-reason"])
def test_a_broken_answer_is_one_clear_line(raw_server, answer: bytes, expected: str) -> None:
    behaviour = sends(answer) if not answer.endswith(b"{\"a\"") else _then_close(answer)
    with pytest.raises(SourceUnreachable) as raised:
        fetch_url(raw_server(behaviour).url, timeout=30, deadline=30)
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message and "\x1b" not in message and len(message) < 400


def _then_close(answer: bytes):
    def behaviour(send, stopped) -> None:
        send(answer)  # and the handler ends: the connection closes before the body is whole
    return behaviour


def test_a_file_source_that_does_not_answer_ends_at_the_deadline(tmp_path: Path, monkeypatch) -> None:
    import promptlib.core.library.fetch as fetch

    stuck = threading.Event()
    monkeypatch.setattr(fetch, "read_pack_bytes", lambda path: stuck.wait(30))  # a share that hangs
    try:
        with pytest.raises(SourceUnreachable, match=r"no complete answer in 0\.2 seconds"):
            read_source(str(tmp_path), deadline=0.2)
    finally:
        stuck.set()


# -- the signature beside a pack: read in the same thread, within the same deadline -----------

def test_a_signature_is_read_from_beside_a_file_or_an_address(tmp_path: Path, server) -> None:
    path = tmp_path / "pack.json"
    path.write_bytes(b"{}")
    assert read_source_signed(str(path)) == (b"{}", None, str(path) + ".sig")   # none there: unsigned
    (tmp_path / "pack.json.sig").write_bytes(b"SIG")
    assert read_source_signed(str(path)) == (b"{}", b"SIG", str(path) + ".sig")
    url = server.serve("/pack.json", b"{}")
    assert read_source_signed(url) == (b"{}", None, url + ".sig")   # 404: unsigned
    server.serve("/pack.json.sig", b"SIG")
    assert read_source_signed(url) == (b"{}", b"SIG", url + ".sig")


@pytest.mark.parametrize("status, unsigned", [(404, True), (410, True), (403, False), (500, False)])
def test_only_a_signature_the_server_says_is_not_there_means_unsigned(server, status: int, unsigned: bool) -> None:
    url = server.serve("/pack.json", b"{}")
    server.serve("/pack.json.sig", b"no", status=status)
    if unsigned:
        assert read_source_signed(url)[1] is None
        return
    with pytest.raises(SourceUnreachable) as raised:   # a blocked signature never passes as "unsigned"
        read_source_signed(url)
    assert raised.value.problem.code == "http-error" and raised.value.source == url + ".sig"


def test_a_signature_larger_than_a_signature_can_be_is_damaged(tmp_path: Path, server) -> None:
    url = server.serve("/pack.json", b"{}")
    server.serve("/pack.json.sig", b" " * 9000)
    path = tmp_path / "pack.json"
    path.write_bytes(b"{}")
    (tmp_path / "pack.json.sig").write_bytes(b" " * 9000)
    for source in (url, str(path)):
        with pytest.raises(LibraryError) as raised:
            read_source_signed(source)
        assert raised.value.problems[0].code == "signature-damaged"


def _pack_then_close(send, stopped) -> None:
    send(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")


def test_a_signature_that_does_not_come_ends_at_the_packs_deadline(raw_server) -> None:
    url = raw_server(_pack_then_close, signature=never_answers).url
    with pytest.raises(SourceUnreachable) as raised:
        read_source_signed(url, timeout=30, deadline=0.5)
    assert raised.value.problem.code == "deadline" and raised.value.source == url


def test_a_signature_file_that_does_not_answer_ends_at_the_deadline(tmp_path: Path, monkeypatch) -> None:
    import promptlib.core.library.fetch as fetch

    path = tmp_path / "pack.json"
    path.write_bytes(b"{}")
    stuck = threading.Event()
    monkeypatch.setattr(fetch, "read_regular_file", lambda path, limit: stuck.wait(30))  # a share that hangs
    try:
        with pytest.raises(SourceUnreachable, match=r"no complete answer in 0\.2 seconds"):
            read_source_signed(str(path), deadline=0.2)
    finally:
        stuck.set()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_pipe_in_place_of_a_signature_file_is_unreadable_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "pack.json"
    path.write_bytes(b"{}")
    os.mkfifo(tmp_path / "pack.json.sig")
    with pytest.raises(SourceUnreachable) as raised:
        read_source_signed(str(path), deadline=10)
    assert raised.value.problem.code == "signature-unreadable" and "a pipe" in raised.value.reason
