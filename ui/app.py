"""Entry point of the desktop app: ``leerroute-gui [FILE ...] [--catalog F ...] [--learner F] [--screenshot FILE]
[--size WxH]``, and ``--install-desktop`` for the Linux desktop entry, icon and plan-file type."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner import shipped
from planner.errors import LeerrouteError
from planner.logs import log_file, setup_logging
from ui import preflight

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow as MainWindowType

CATALOGS = shipped.data_dir()
DEMO_CATALOGUES = shipped.demo_catalogues()
DEMO_LEARNER = shipped.sample_learner()


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1024x700") from None
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise argparse.ArgumentTypeError(f"{text!r}: width 320–10000 and height 240–10000, please")
    return w, h


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="leerroute-gui", description="Plan a personal learning route.",
        epilog="exit codes:\n  0  the window was closed (or the screenshot saved)\n"
               "  1  the screenshot could not be written\n  2  wrong arguments\n"
               "  3  system libraries that Qt needs are missing (it says which)\n\n"
               f"log file: {log_file('leerroute-gui')}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {shipped.version()}")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help="plan, learner or catalogue files to open, each by what it holds (as File ▸ Open does)")
    parser.add_argument("--catalog", "--catalogue", dest="catalogs", nargs="+", action="extend", type=Path, default=None,
                        metavar="FILE", help="catalogue files to open; several after one --catalog, or --catalog again")
    parser.add_argument("--learner", type=Path, default=None, metavar="FILE", help="learner file to open")
    parser.add_argument("--plan", type=Path, default=None, metavar="FILE", help="plan file (*.leerroute.json)")
    parser.add_argument("--screenshot", type=Path, default=None, metavar="FILE",
                        help="render the window after the first plan, save it as PNG and exit")
    parser.add_argument("--size", type=_size, default=None, metavar="WxH",
                        help="window size, e.g. 1024x700 (with --screenshot: the size of the picture; default 1400x900)")
    parser.add_argument("--time-limit", type=float, default=None, help="solver time limit in seconds")
    parser.add_argument("--language", choices=["nl", "en"], default=None,
                        help="interface language for this run (default: the one chosen in View ▸ Language, else the system's)")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add Leerroute to the desktop's applications, with its icon and 'Open with' for "
                              "*.leerroute.json, in your own data folder ($XDG_DATA_HOME), and exit")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove what --install-desktop added, and exit")
    args = parser.parse_args(list(argv))
    if args.catalogs:  # "--catalog A.yaml plan.leerroute.json": the plan is a file to open, not a catalogue
        from planner.cliargs import split_catalogues

        catalogues, others = split_catalogues(args.catalogs)
        args.catalogs = [Path(c) for c in catalogues] or None
        args.files = [*args.files, *map(Path, others)]
    return args


def desktop_command(install: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: what was written or removed, in a few lines."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icons are drawn without a screen
    from PySide6.QtGui import QGuiApplication

    from ui import desktop

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        files, tools = desktop.install() if install else desktop.uninstall()
    except (OSError, LeerrouteError) as exc:
        print(f"leerroute-gui: {exc}", file=sys.stderr)
        return 1
    verb = "Installed" if install else "Removed"
    print(f"{verb} {len(files)} files under {desktop.data_home()}:")
    for f in files:
        print(f"  {f}")
    if tools:
        print(f"Refreshed with {', '.join(tools)}.")
    return 0


def show_on_desktop() -> None:
    """The window's icon, and the desktop entry it belongs to (the one --install-desktop writes)."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from ui import desktop

    QGuiApplication.setDesktopFileName(desktop.APP_ID)
    QGuiApplication.setWindowIcon(QIcon(str(desktop.icon_file())))


def keep_away_from_user_settings() -> None:
    """A screenshot run reads and writes no settings, recent files or autosaves of the user's: Qt's test mode
    (its own folders) and settings in a temporary folder that goes with the process."""
    import atexit
    import tempfile

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    scratch = tempfile.TemporaryDirectory(prefix="leerroute-screenshot-")
    atexit.register(scratch.cleanup)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch.name)


def open_start(window: MainWindowType, args: argparse.Namespace, reopen: bool = False) -> bool:
    """Open what the command line names: FILE arguments by kind, else --plan, else catalogues and learner.
    With nothing named: the plan the user last opened or saved (with ``reopen``: back to work), else
    the demo catalogues and learner. Whether something was named or reopened (then no welcome)."""
    if args.files:
        from planner.filekind import file_kind

        kinds = {f: file_kind(f) for f in args.files}
        if not any(k in ("catalogue", "plan") for k in kinds.values()) and not args.catalogs:
            window.open_catalogues(DEMO_CATALOGUES)  # a learner alone is planned on the demo catalogues
        elif args.catalogs:
            window.open_catalogues(args.catalogs)
        window.open_any(args.files)
        return True
    if args.plan:
        window.open_plan(args.plan)
        return True
    if reopen and not (args.catalogs or args.learner) and window.files.reopen_last_plan():
        return True
    catalogs = args.catalogs or DEMO_CATALOGUES
    # the demo learner too: `make run` shows a planned route, the welcome says what to do with it
    learner = args.learner or (DEMO_LEARNER if not args.catalogs else None)
    window.open_catalogues(catalogs)
    if learner:
        window.open_learner(learner)
    if args.catalogs is None and not window.doc.catalogues:
        from PySide6.QtCore import QCoreApplication

        window.status_label.setText(QCoreApplication.translate(
            "MainWindow", "The demo catalogue was not found; open a catalogue (Ctrl+Shift+O)."))
    return bool(args.catalogs or args.learner)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging("leerroute-gui")
    if args.install_desktop or args.uninstall_desktop:
        return desktop_command(args.install_desktop)
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if importlib.util.find_spec("PySide6") is None:  # a Qt-free install: the command line and the batch only
        print("leerroute-gui needs Qt, which this install lacks: pip install 'leerroute[gui]'", file=sys.stderr)
        return 3
    missing = preflight.missing_packages()
    if missing:
        print(preflight.message(missing), file=sys.stderr)
        return 3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import language
    from ui.mainwindow import MainWindow
    from ui.settings import Settings
    from ui.welcome import show_welcome, wants_welcome

    if args.screenshot:
        keep_away_from_user_settings()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Leerroute")
    app.setApplicationName("Leerroute")
    QApplication.setApplicationDisplayName("Leerroute")
    show_on_desktop()
    language.install(app, language.resolve(args.language or Settings().get("ui/language")))

    window = MainWindow()
    if args.time_limit:
        window.runner.time_limit = args.time_limit
    if args.size:
        window.resize(*args.size)
    elif args.screenshot:
        window.resize(1400, 900)  # the same picture whatever the user's last window size
    window.show()
    welcome = False
    if args.screenshot or not window.autosave.offer():  # else: changes a crashed run left unsaved, restored
        named = open_start(window, args, reopen=not args.screenshot)
        # the first start (until "Show at start" is unticked): the demo and the welcome
        welcome = not args.screenshot and not named and wants_welcome(window)
    if welcome:
        QTimer.singleShot(0, lambda: show_welcome(window))

    if args.screenshot:
        target: Path = args.screenshot
        status = {"code": 0}

        def shoot(*_args: object) -> None:
            if status.get("shooting"):
                return
            status["shooting"] = 1
            QTimer.singleShot(50, save)

        def plan_shown() -> None:
            # an opened plan file is shown without a solve: nothing will finish, shoot it now
            if window.doc.plan is not None and not window.runner.busy:
                shoot()

        def save() -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(target)):
                print(f"leerroute-gui: cannot write {target}", file=sys.stderr)
                status["code"] = 1
            window.doc.undo_stack.setClean()
            window.close()
            app.quit()

        def give_up() -> None:
            if status.get("shooting"):
                return
            print("leerroute-gui: no plan within the time limit; saving the window as it is", file=sys.stderr)
            save()

        if window.doc.catalogues is not None and window.doc.learner is not None:
            window.runner.finished.connect(shoot)
            window.runner.failed.connect(lambda _e: QTimer.singleShot(50, save))
            QTimer.singleShot(int((window.runner.time_limit + 30) * 1000), give_up)
            if args.plan or args.files:
                QTimer.singleShot(500, plan_shown)  # after any re-plan the window scheduled has started
        else:
            QTimer.singleShot(200, save)
        app.exec()
        return status["code"]
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
