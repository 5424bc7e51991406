"""Leerroute as a citizen of a Linux desktop: a ``.desktop`` entry, an icon in the sizes desktops use, and
a MIME type for plan files (``*.leerroute.json``) with "Open with Leerroute".

``leerroute-gui --install-desktop`` writes them into the user's XDG data folder (``$XDG_DATA_HOME``,
else ``~/.local/share``) and refreshes the desktop's caches when their tools are installed;
``--uninstall-desktop`` removes exactly what it wrote. Nothing here needs root or touches system folders.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

APP_ID = "nl.leerroute.Leerroute"
"""The reverse-DNS name of the app: the desktop file's name, the icon's name, Qt's desktop file name."""
PLAN_MIME_TYPE = "application/x-leerroute-plan+json"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_SAFE_EXEC = re.compile(r"^[A-Za-z0-9/._+:=,@-]+$")


def icon_file() -> Path:
    """The app's icon (SVG), shipped with the package."""
    return Path(str(resources.files("ui.desktop").joinpath("leerroute.svg")))


def data_home() -> Path:
    """The user's XDG data folder."""
    env = os.environ.get("XDG_DATA_HOME", "")
    return Path(env) if env and Path(env).is_absolute() else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts the window: the installed ``leerroute-gui``, else this Python with ``-m ui.app``."""
    here = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if here is not None and here.name == "leerroute-gui" and os.access(here, os.X_OK):
        return [str(here)]
    found = shutil.which("leerroute-gui")
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "ui.app"]


def _exec_argument(arg: str) -> str:
    """One argument of an ``Exec`` key, quoted as the Desktop Entry Specification asks when it must be."""
    if _SAFE_EXEC.match(arg):
        return arg
    inner = re.sub(r'(["`$\\])', r"\\\1", arg)
    # the value is also a string value of the key file, whose own escape is a doubled backslash
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> str:
    """The text of ``nl.leerroute.Leerroute.desktop`` for ``command`` (program and its first arguments)."""
    exec_line = " ".join(_exec_argument(a) for a in command) + " %F"
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",  # the newest desktop-file-validate (Debian 12) knows
        "Name=Leerroute",
        "GenericName=Learning route planner",
        "GenericName[nl]=Leerrouteplanner",
        "Comment=Plan the fastest learning route that fits your week, your places and what you can prove",
        "Comment[nl]=Plan de snelste leerroute die past bij je week, je plaatsen en wat je al kunt aantonen",
        f"Exec={exec_line}",
    ]
    if len(command) == 1:
        lines.append(f"TryExec={_exec_argument(command[0])}")
    lines += [
        f"Icon={APP_ID}",
        "Terminal=false",
        "StartupNotify=true",
        "Categories=Education;",
        f"MimeType={PLAN_MIME_TYPE};",
        "Keywords=study;learning;route;planner;microcredential;leerroute;studieplan;",
    ]
    return "\n".join(lines) + "\n"


def mime_package() -> str:
    """The shared-mime-info package that names plan files and what opens them."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{PLAN_MIME_TYPE}">\n'
        '    <comment>Leerroute plan</comment>\n'
        '    <comment xml:lang="nl">Leerroute-plan</comment>\n'
        '    <sub-class-of type="application/json"/>\n'
        f'    <generic-icon name="{APP_ID}"/>\n'
        '    <glob pattern="*.leerroute.json" weight="60"/>\n'
        '  </mime-type>\n'
        '</mime-info>\n'
    )


def targets(home: Path) -> dict[str, Path]:
    """Where each piece goes under the data folder ``home``."""
    out = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in PNG_SIZES:
        out[f"png{size}"] = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return out


def _write(path: Path, data: bytes) -> None:
    from planner.fileio import write_file

    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, data)


def _png(size: int) -> bytes:
    """The icon drawn at ``size`` × ``size`` pixels (needs a Qt GUI application, offscreen is enough)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icon_file()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, the binding takes str
    buf.close()
    return bytes(data.data())


def _refresh(home: Path) -> list[str]:
    """Run the desktop's cache tools that are installed; the names of those run."""
    ran = []
    for tool, args in (("update-mime-database", [str(home / "mime")]),
                       ("update-desktop-database", [str(home / "applications")]),
                       ("gtk-update-icon-cache", ["-f", "-t", "-q", str(home / "icons" / "hicolor")])):
        exe = shutil.which(tool)
        if exe is None:
            continue
        try:
            subprocess.run([exe, *args], capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        ran.append(tool)
    return ran


def install(home: Path | None = None, command: list[str] | None = None) -> tuple[list[Path], list[str]]:
    """Write the desktop entry, the MIME type and the icons under ``home``; the files written and the cache
    tools run. Needs a Qt GUI application for the PNG icons."""
    home = home or data_home()
    where = targets(home)
    _write(where["desktop"], desktop_entry(command or launcher()).encode("utf-8"))
    _write(where["mime"], mime_package().encode("utf-8"))
    _write(where["svg"], icon_file().read_bytes())
    for size in PNG_SIZES:
        _write(where[f"png{size}"], _png(size))
    return list(where.values()), _refresh(home)


def uninstall(home: Path | None = None) -> tuple[list[Path], list[str]]:
    """Remove what :func:`install` wrote under ``home``; the files removed and the cache tools run."""
    home = home or data_home()
    removed = []
    for path in targets(home).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed, _refresh(home) if removed else []
