"""A read-only data folder for tests that run as root (which chmod cannot stop): every
way promptlib could create, replace, link or delete a file inside *folder* fails with
EROFS, as on a read-only mount; reading stays possible."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def make_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    root = os.path.realpath(folder)

    def inside(path) -> bool:
        return os.path.realpath(os.fspath(path)).startswith(root + os.sep)

    def refuse(path) -> OSError:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))

    real_open, real_replace, real_link, real_unlink = os.open, os.replace, os.link, os.unlink

    def guarded_open(path, flags, *args, **kwargs):
        if flags & _WRITING and inside(path):
            raise refuse(path)
        return real_open(path, flags, *args, **kwargs)

    def guarded(real):
        def call(source, *args, **kwargs):
            targets = [source, *args[:1]]
            if any(isinstance(t, (str, bytes, os.PathLike)) and inside(t) for t in targets):
                raise refuse(source)
            return real(source, *args, **kwargs)
        return call

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "link", guarded(real_link))
    monkeypatch.setattr(os, "unlink", guarded(real_unlink))
