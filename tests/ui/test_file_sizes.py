"""Dropped, opened and remembered files are measured before a byte is read: too large, a folder, a
pipe or a device is refused at once with a message naming the file and its size."""

from __future__ import annotations

import builtins
import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import importing
from ui.mainwindow import looks_like_catalogue

SIZE = 120 * 2**20


OS_OPEN = os.open


def sparse(path: Path) -> Path:
    fd = OS_OPEN(path, os.O_WRONLY | os.O_CREAT, 0o644)  # not through open() or os.open(): the tests patch them
    os.ftruncate(fd, SIZE)
    os.close(fd)
    return path


@pytest.fixture
def no_reading(monkeypatch):  # type: ignore[no-untyped-def]
    """Any read of a file named 'big*' or 'pipe*' fails the test."""
    real_open, real_read_bytes, real_read_text = builtins.open, Path.read_bytes, Path.read_text

    def guarded(name: object) -> None:
        if Path(str(name)).name.startswith(("big", "pipe")):
            raise AssertionError(f"{name} was read")

    def fake_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        guarded(file)
        return real_open(file, *args, **kwargs)

    def fake_path_open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        guarded(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(Path, "open", fake_path_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: guarded(self) or real_read_bytes(self))
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: guarded(self) or real_read_text(self, *a, **k))
    monkeypatch.setattr(os, "open", lambda path, *a, **k: guarded(path) or OS_OPEN(path, *a, **k))  # the reader's way


@pytest.fixture
def shown(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: texts.append(self.text()))
    return texts


@pytest.mark.parametrize("name", ["big.yaml", "big.json", "big.png", "big.leerroute.json"])
def test_a_dropped_120_mb_file_is_refused_without_reading_it(window, tmp_path, no_reading, shown, name) -> None:  # type: ignore[no-untyped-def]
    """Dropping a 120 MB file read all of it (200 KB at least, the whole file for a badge) before refusing it."""
    big = sparse(tmp_path / name)
    started = time.monotonic()
    window.open_any([big])
    assert time.monotonic() - started < 1.0
    assert any(name in t and "120" in t and "MB" in t for t in shown), shown
    assert window.doc.catalogues is None and window.doc.learner is None


def test_opening_a_120_mb_file_names_it_and_its_size(window, tmp_path, no_reading, shown) -> None:  # type: ignore[no-untyped-def]
    big = sparse(tmp_path / "big.yaml")
    assert not window.open_catalogues([big])
    assert not window.open_learner(big)
    assert not window.open_plan(sparse(tmp_path / "big.leerroute.json"))
    assert len(shown) == 3 and all("120" in t and "big." in t for t in shown), shown


def test_a_pipe_is_refused_instead_of_hanging_the_window(window, tmp_path, no_reading, shown) -> None:  # type: ignore[no-untyped-def]
    """A FIFO has size 0: reading it waited for a writer forever."""
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    assert not looks_like_catalogue(pipe)
    assert not importing.is_badge_file(pipe)
    window.open_any([pipe])
    assert any("pipe.json" in t for t in shown), shown


def test_the_probe_reads_only_the_head_of_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """looks_like_catalogue read the whole file and kept 200 KB of it."""
    f = tmp_path / "cat.yaml"
    f.write_text("institution: X\n" + "# filler\n" * 400_000)
    reads: list[int] = []
    real_open = builtins.open

    class Spy:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh = fh

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *a):  # type: ignore[no-untyped-def]
            self.fh.close()

        def read(self, n=-1):  # type: ignore[no-untyped-def]
            data = self.fh.read(n)
            reads.append(len(data))
            return data

    import unittest.mock as mock

    real_read = os.read

    def counted(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        reads.append(len(data))
        return data

    with mock.patch.object(Path, "open", lambda self, *a, **k: Spy(real_open(self, *a, **k))), \
            mock.patch.object(os, "read", counted):
        assert looks_like_catalogue(f)
    assert reads and sum(reads) <= 256 * 1024


def test_importing_a_pipe_is_refused_without_reading_it(planned, tmp_path, no_reading, shown) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Import Badges and OOAPI read a FIFO (size 0, under every limit) and waited for a writer forever."""
    pipe = tmp_path / "pipe-badge.json"
    os.mkfifo(pipe)
    assert importing.import_badge_files(planned, [pipe]) is None
    assert not importing.import_ooapi_files(planned, [pipe], tmp_path / "draft.yaml")
    assert len(shown) == 2 and all("pipe-badge.json" in t for t in shown), shown
