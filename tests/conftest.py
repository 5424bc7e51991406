"""The whole suite keeps away from the user's own folders: settings, recent files, autosaves, logs and the
desktop entries go to a scratch home made for this run (programs the tests start inherit it)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_SCRATCH = tempfile.mkdtemp(prefix="leerroute-tests-home-")
atexit.register(shutil.rmtree, _SCRATCH, True)
for _name, _sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                    ("XDG_STATE_HOME", "state"), ("LEERROUTE_LOG_DIR", "logs")):
    os.environ[_name] = os.path.join(_SCRATCH, _sub)


# CI sets LEERROUTE_TEST_TRACE to a file: each test's id is written there as it starts, so that a run the
# process cannot finish (a crash in native code) still says which test it was in (.ci/run prints it).
_TRACE = os.environ.get("LEERROUTE_TEST_TRACE")


def pytest_runtest_logstart(nodeid: str, location: object) -> None:
    if _TRACE:
        with open(_TRACE, "w", encoding="utf-8") as f:
            f.write(nodeid + "\n")
