"""Before Qt starts on a Linux desktop: are the system libraries of Qt's X11 plugin there?

Qt 6.5 and later need ``libxcb-cursor0`` and a few other X11 libraries that a fresh Linux
installation may lack; without them Qt aborts with a long plugin message ("could not load the Qt
platform plugin 'xcb'"). This check names the missing packages and the command that installs them.
It imports no Qt, so it runs before Qt can abort. ``LEERROUTE_NO_PREFLIGHT=1`` skips it.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# library name for ctypes.util.find_library → Debian/Ubuntu package
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("EGL", "libegl1"),
    ("GL", "libgl1"),
    ("fontconfig", "libfontconfig1"),
    ("dbus-1", "libdbus-1-3"),
)


def uses_xcb(platform: str, env: Mapping[str, str]) -> bool:
    """Whether Qt will load its X11 (xcb) plugin: Linux, an X display, no other platform chosen."""
    if not platform.startswith("linux") or not env.get("DISPLAY"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_packages(platform: str = sys.platform, env: Mapping[str, str] | None = None,
                     find: Callable[[str], str | None] = ctypes.util.find_library) -> list[str]:
    """The packages whose libraries Qt's X11 plugin needs and this system lacks (none when Qt
    will not use X11)."""
    env = os.environ if env is None else env
    if env.get("LEERROUTE_NO_PREFLIGHT") or not uses_xcb(platform, env):
        return []
    return [package for lib, package in XCB_LIBRARIES if not find(lib)]


def message(packages: list[str]) -> str:
    """What to tell the user about ``packages``."""
    return ("leerroute-gui: this Linux desktop lacks system libraries that Qt needs to open a window:\n"
            f"  {', '.join(packages)}\n"
            "Install them (Debian, Ubuntu) with:\n"
            f"  sudo apt-get install {' '.join(packages)}\n"
            "(on Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms; see the README).\n"
            "Set LEERROUTE_NO_PREFLIGHT=1 to start anyway.")
