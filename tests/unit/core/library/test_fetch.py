"""Reading a library from an address: only https (plain http to this machine only for
tests), and never more than the size limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.library.fetch import LOOPBACK_VARIABLE, SourceUnreachable, check_url, fetch_url, is_url, read_source


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
