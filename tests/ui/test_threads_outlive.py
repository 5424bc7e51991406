"""A window that lets go of a thread still running never takes the program down.

Qt aborts the whole process when a ``QThread`` is destroyed while it runs. A solve that ignores its stop
for longer than a closing window waits (a large model still being built, a machine under load) used to
be dropped that way: CI once ended in "Aborted" in the middle of the GUI tests. The scripts run in a
child process, so that an abort fails this test instead of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.ui.helpers import CATALOGUE, LEARNER, ROOT

PRELUDE = f"""
import gc, sys, threading, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.load import load_catalogues, load_learner
from planner.plan import Plan, Status
from ui.background import kept_threads, wait_for_kept

cs = load_catalogues([{str(CATALOGUE)!r}])
learner = load_learner({str(LEARNER)!r})
started = threading.Event()

class Stubborn:
    \"\"\"A solve that ignores its stop for 1.5 s.\"\"\"
    def __init__(self, cs, learner, **options):
        self.learner = learner
    def solve(self, on_plan=None):
        started.set()
        time.sleep(1.5)
        return Plan(learner=self.learner.name, start_date=self.learner.start, status=Status.STOPPED)
    def stop(self):
        pass

def settle():
    deadline = time.monotonic() + 20
    while kept_threads() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    return kept_threads()
"""


def run(script: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", textwrap.dedent(PRELUDE) + textwrap.dedent(script)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_runner_shut_down_while_its_solve_ignores_the_stop_does_not_abort():
    done = run("""
        from ui.worker import PlanRunner
        runner = PlanRunner(solver_factory=Stubborn)
        runner.request(cs, learner)
        assert started.wait(20)
        runner.shutdown(timeout_ms=100)   # gives up waiting while the solve still runs
        runner.deleteLater()
        del runner
        gc.collect()
        print("left", settle())
    """)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "left 0" in done.stdout  # and the thread, once ended, is let go


def test_a_background_job_that_outlives_its_wait_does_not_abort():
    done = run("""
        from PySide6.QtCore import QObject
        from ui.background import Background
        owner = QObject()
        job = Background(owner, lambda: time.sleep(1.5), lambda _r: None, lambda _e: None)
        job.wait(100)
        owner.deleteLater()
        del job, owner
        gc.collect()
        print("left", settle())
    """)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "left 0" in done.stdout


def test_quitting_waits_for_the_threads_still_kept():
    done = run("""
        from ui.worker import PlanRunner
        runner = PlanRunner(solver_factory=Stubborn)
        runner.request(cs, learner)
        assert started.wait(20)
        runner.shutdown(timeout_ms=100)
        del runner
        gc.collect()
        print("all ended", wait_for_kept(20000))
    """)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "all ended True" in done.stdout
