"""Unsaved changes survive a crash: written a moment after the last edit, offered back at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from tests.ui.autosave_child import EDITED_NAME
from tests.ui.helpers import ROOT, make_window
from ui.autosave import RECOVERY_SUFFIX, recovery_folder


def crashed_run(folder: Path) -> Path:
    """A window in another process makes an edit, autosaves it and is killed with SIGKILL."""
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.autosave_child", str(folder)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    target = folder / f"recovery-{child.pid}{RECOVERY_SUFFIX}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            if target.is_file() and EDITED_NAME in target.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert target.is_file(), child.stderr.read() if child.poll() is not None else "no autosave within 60 s"
        assert (folder / f"recovery-{child.pid}.lock").is_file()  # held while the window runs
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    return target


def test_an_edit_survives_a_killed_window(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A crash lost every change made since the last save: nothing was written until Save."""
    target = crashed_run(tmp_path)
    gen = make_window(qtbot, settings)
    w = next(gen)
    try:
        w.autosave.folder = tmp_path
        asked: list[object] = []
        w.autosave.ask_restore = lambda when: asked.append(when) or True  # type: ignore[method-assign]
        assert w.autosave.offer()
        assert asked
        assert w.doc.learner is not None and w.doc.learner.name == EDITED_NAME
        assert w.doc.catalogues is not None and "tiny:webdev-cert" in w.doc.catalogues.goals
        assert w.scenarios.is_modified() and w.isWindowModified()
        assert w.scenarios.path is None  # Save asks where: the copy is no place to keep a plan
        qtbot.waitUntil(lambda: w.doc.plan is not None and not w.runner.busy, timeout=20000)
        assert not target.exists() and w.autosave.path.is_file()  # the copy is this window's now
        assert EDITED_NAME in w.autosave.path.read_text(encoding="utf-8")
        saved = tmp_path / "mine" / "plan.leerroute.json"
        saved.parent.mkdir()
        assert w.save_plan(saved)
        assert not w.autosave.path.exists()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]  # no copy, no lock left
    finally:
        next(gen, None)


def test_a_declined_restore_removes_the_copy(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"recovery-1{RECOVERY_SUFFIX}"
    window.autosave.folder = tmp_path
    target.write_text("{}")
    window.autosave.ask_restore = lambda when: False  # type: ignore[method-assign]
    assert not window.autosave.offer()
    assert not target.exists() and window.doc.learner is None


def test_the_copy_is_written_after_a_pause_and_removed_on_close(qtbot, planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    auto = planned.autosave
    auto.folder = tmp_path
    auto.timer.setInterval(200)
    with qtbot.waitSignal(auto.written, timeout=5000):
        planned.doc.edit_learner("Rename", name="Changed")
    assert "Changed" in auto.path.read_text(encoding="utf-8")
    planned.close()
    assert not auto.path.exists()


def test_the_copy_lives_in_the_users_data_folder() -> None:
    assert QStandardPaths.isTestModeEnabled()
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert recovery_folder().parent == Path(data)


def test_an_unreadable_copy_is_set_aside_once(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    window.autosave.folder = tmp_path
    (tmp_path / f"recovery-1{RECOVERY_SUFFIX}").write_text("{not json")
    window.autosave.ask_restore = lambda when: True  # type: ignore[method-assign]
    assert not window.autosave.offer()
    assert window.autosave.pending() is None
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")][0].endswith(".unreadable")


def test_the_copy_of_a_running_window_is_not_offered(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two windows at once: the second must not offer (and then delete) the first one's live copy."""
    from PySide6.QtCore import QLockFile

    live = tmp_path / f"recovery-{os.getpid() + 1}{RECOVERY_SUFFIX}"
    live.write_text("{}")
    lock = QLockFile(str(live.with_name(live.name.removesuffix(RECOVERY_SUFFIX) + ".lock")))
    assert lock.tryLock(0)  # held by a running process (this one)
    try:
        window.autosave.folder = tmp_path
        window.autosave.ask_restore = lambda when: pytest.fail("offered a live copy")  # type: ignore[method-assign]
        assert not window.autosave.offer()
        assert live.is_file()
    finally:
        lock.unlock()


def test_a_copy_under_way_when_the_changes_are_saved_is_not_left_behind(qtbot, planned, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The copy is written in a thread: a save (discard) while it runs must not see it come back."""
    import threading

    from planner import plansnapshot

    started, render = threading.Event(), plansnapshot.render

    def slow_render(snap, base, cache=None, cancel=None):  # type: ignore[no-untyped-def]
        started.set()
        assert cancel is not None and cancel.wait(20)  # runs until the discard cancels it
        return render(snap, base, cache)

    monkeypatch.setattr(plansnapshot, "render", slow_render)
    auto = planned.autosave
    auto.folder = tmp_path
    planned.doc.edit_learner("Rename", name="Changed")
    assert auto.write()  # returns at once: the GUI thread does not wait for the file
    assert started.wait(20) and not auto.path.exists()
    auto.discard()
    qtbot.wait(100)  # the thread's end is delivered
    assert not auto.path.exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".json"]


def test_the_newest_snapshot_is_the_copy(qtbot, planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    auto = planned.autosave
    auto.folder = tmp_path
    planned.doc.edit_learner("Rename", name="First")
    auto.write()
    planned.doc.edit_learner("Rename", name="Second")
    auto.write(wait=True)
    assert "Second" in auto.path.read_text(encoding="utf-8")
