"""`policyui.open_url`, the one place a browser is opened, hands only https:// links to the desktop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from promptlib.gui import policyui


@pytest.fixture
def desktop(qapp, monkeypatch) -> list[str]:
    handed: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: handed.append(url.toString()) or True))
    return handed


def test_an_https_link_goes_to_the_browser(desktop) -> None:
    assert policyui.open_url("https://copilot.example.fi/chat?kieli=fi")
    assert desktop == ["https://copilot.example.fi/chat?kieli=fi"]


@pytest.mark.parametrize("url", ["smb://attacker.example/share", "ms-settings:privacy", "file:///etc/passwd",
                                 "http://example.fi/", "javascript:alert(1)", "https://intra.fi@evil.example/",
                                 "https://exa\u200bmple.fi/", " https://example.fi/"])
def test_nothing_else_reaches_the_desktop(desktop, url: str) -> None:
    assert not policyui.open_url(url)
    assert desktop == []
