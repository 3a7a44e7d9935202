"""Only plain https:// links are ever opened in the browser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promptlib.core.links import MAX_LINK_LENGTH, openable_link


@pytest.mark.parametrize("url", [
    "https://www.suomi.fi",
    "https://intra.example.fi/ohjeet/tekoaly?kieli=fi#luku-2",
    "HTTPS://Example.fi/",
    "https://example.fi:8443/path",
    "https://käyttöohje.fi/",
])
def test_https_links_open_as_they_are(url: str) -> None:
    assert openable_link(url) == url


@pytest.mark.parametrize("url", [
    "http://example.fi",
    "file:///etc/passwd",
    "file://server/share/secret.docx",
    "smb://attacker.example/share",
    "ms-settings:privacy",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "mailto:someone@example.fi",
    "ftp://example.fi",
    "//example.fi/no-scheme",
    "ohje.md",
    "#section",
    "https:/example.fi",
    "https:example.fi",
    "https://",
    "https:///path",
    "https://intra.fi@evil.example/",        # the host is evil.example
    "https://user:pass@example.fi/",
    "https://example.fi\\@evil.example/",
    "https://example.fi/a b",
    "https://example.fi/\n",
    "https://exa\u200bmple.fi/",              # zero-width space
    "https://example.fi/\u202egnp.exe",       # right-to-left override
    "https://example.fi:notaport/",
    "https://[::1/",                          # unbalanced IPv6 bracket
    "",
    "https://example.fi/" + "a" * MAX_LINK_LENGTH,
])
def test_everything_else_is_refused(url: str) -> None:
    assert openable_link(url) is None


def test_not_a_text_is_refused() -> None:
    assert openable_link(None) is None  # type: ignore[arg-type]


@given(st.text(max_size=60))
def test_only_https_with_a_host_ever_passes(text: str) -> None:
    url = openable_link(text)
    if url is not None:
        assert url == text
        assert url.lower().startswith("https://")
        assert "@" not in url.split("/")[2]
        assert not any(ch.isspace() for ch in url)


@given(st.sampled_from(["file", "smb", "http", "ms-settings", "javascript", "vbscript", "data", "ssh"]),
       st.text(max_size=30))
def test_no_other_scheme_ever_passes(scheme: str, rest: str) -> None:
    assert openable_link(f"{scheme}:{rest}") is None
    assert openable_link(f"{scheme}://{rest}") is None
