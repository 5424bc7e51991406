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
