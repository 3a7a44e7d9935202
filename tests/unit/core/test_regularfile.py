"""Reading only regular files, up to a limit: a device, a pipe or a folder is refused at
once with words fit for a message, never read without end or waited for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from promptlib.core.regularfile import FileTooLarge, NotARegularFile, read_regular_file


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"{}")
    assert read_regular_file(path, 10) == b"{}"
    assert read_regular_file(path, None) == b"{}"


def test_a_file_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 11)
    with pytest.raises(FileTooLarge) as raised:
        read_regular_file(path, 10)
    assert raised.value.size == 11 and raised.value.strerror == "it is larger than 10 bytes"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_not_read() -> None:
    with pytest.raises(NotARegularFile, match="it is a device, not a regular file"):
        read_regular_file("/dev/zero", 10)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_pipe_nobody_writes_to_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile) as raised:
        read_regular_file(fifo, 10)
    assert raised.value.strerror == "it is a pipe, not a regular file"


def test_a_folder_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_regular_file(tmp_path, 10)
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing", 10)


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"ok")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert read_regular_file(tmp_path / "link", 10) == b"ok"
