"""Reading a library from an address: only https (plain http to this machine only for
tests), and never more than the size limit."""

from __future__ import annotations

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.library.fetch import LOOPBACK_VARIABLE, SourceUnreachable, check_url, fetch_url


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
