"""``leerroute import``: the command-line face of the importers (``ooapi`` and ``badges``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from planner.cliargs import add_catalog_argument, exit_codes, split_catalogues
from planner.errors import LeerrouteError
from planner.importers.ooapi.fetch import API_KEY_ENV, TOKEN_ENV, Progress

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 2, 3
OOAPI_EXIT_CODES = exit_codes([0, 2, 3, 4], {
    0: "the draft catalogue is written (the report says what was dropped or guessed)",
    2: "a file or endpoint cannot be read or used, the output cannot be written, or wrong arguments",
    3: "stopped with Ctrl-C: nothing was written"})
BADGES_EXIT_CODES = exit_codes([0, 2, 4], {
    0: "the learner is written with the outcomes the badges prove (badges not used are said)",
    2: "a file cannot be read or used, the output cannot be written, or wrong arguments"})


class ProgressBar:
    """Pages and items read from an endpoint, on one line of a terminal (a line a page elsewhere)."""

    def __init__(self, out: TextIO, width: int = 24) -> None:
        self.out, self.width, self.shown = out, width, False
        self.tty = bool(getattr(out, "isatty", lambda: False)())

    def update(self, p: Progress) -> None:
        """Show the progress of one endpoint."""
        if p.total_pages:
            filled = min(self.width, round(self.width * p.pages / p.total_pages))
            bar = f"[{'#' * filled}{'.' * (self.width - filled)}] page {p.pages}/{p.total_pages}"
        else:
            bar = f"page {p.pages}"
        line = f"{p.url}: {bar}, {p.items:,} items, {p.bytes / 1e6:.1f} MB"
        print(("\r" + line + "\x1b[K") if self.tty else line, end="" if self.tty else "\n", file=self.out, flush=True)
        self.shown = True

    def done(self) -> None:
        """End the progress line."""
        if self.shown and self.tty:
            print(file=self.out)


def add_import_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import ooapi`` and ``import badges`` to the ``leerroute`` parser."""
    imp = sub.add_parser("import", help="import OOAPI course data into a draft catalogue, or badges as proof",
                         epilog="exit codes: see 'leerroute import ooapi --help' and 'leerroute import badges --help'")
    kinds = imp.add_subparsers(dest="import_kind", required=True)
    oo = kinds.add_parser(
        "ooapi", help="write a draft catalogue from OOAPI v5/v6 JSON (courses, programmes, offerings)",
        description="Read OOAPI v5 or v6 JSON files (or folders of them) and write a draft catalogue. OOAPI has "
        "no structured prerequisites and no weekly sessions: add those by hand. Every field that was dropped "
        "or guessed is reported with its JSON path.",
        epilog=OOAPI_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    oo.add_argument("inputs", nargs="*", metavar="FILE_OR_DIR", help="OOAPI JSON files or folders")
    oo.add_argument("--url", action="append", default=[], metavar="URL",
                    help="an OOAPI endpoint to read page by page, e.g. https://api.example.nl/ooapi/courses "
                    "(repeat for /learning-outcomes, /course-offerings…). A bearer token is read from the environment "
                    f"variable {TOKEN_ENV}, an API key from {API_KEY_ENV}; never give them on the command line")
    oo.add_argument("--insecure-http", action="store_true", help="allow plain http addresses (a test server)")
    oo.add_argument("--token-env", default=TOKEN_ENV, metavar="NAME", help="read the bearer token from this variable")
    oo.add_argument("--api-key-env", default=API_KEY_ENV, metavar="NAME", help="read the API key from this variable")
    oo.add_argument("--api-key-header", default="X-API-Key", metavar="HEADER", help="the header that carries the API key")
    oo.add_argument("--page-size", type=int, metavar="N", help="ask the endpoint for N items a page")
    oo.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="timeout of each request")
    oo.add_argument("--ca-bundle", metavar="FILE", help="trust the certificate authorities in this PEM file too")
    oo.add_argument("-o", "--output", required=True, metavar="CATALOGUE.yaml", help="the draft catalogue to write")
    oo.add_argument("--id", dest="catalogue_id", metavar="ID", help="catalogue id (default: from the output file name)")
    oo.add_argument("--institution", metavar="NAME", help="institution name (default: from the OOAPI data)")
    oo.add_argument("--title", metavar="TEXT", help="catalogue title (default: the institution's name)")
    oo.add_argument("--report", metavar="FILE", help="also write the import report to this text file")
    oo.set_defaults(run=cmd_import_ooapi)
    bd = kinds.add_parser(
        "badges", help="add the outcomes a learner's badges prove (Open Badges 2.0/3.0, edubadges)",
        description="Read Open Badges 2.0 assertions (JSON, baked PNG, SVG) and Open Badges 3.0 credentials "
        "(JSON), match them to catalogue outcomes and write the learner with those outcomes proven by edubadge. "
        "No network calls; signatures are not verified.",
        epilog=BADGES_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    bd.add_argument("files", nargs="*", metavar="FILE", help="badge files (.json, .png, .svg)")
    add_catalog_argument(bd, required=True, what="catalogue files")
    bd.add_argument("--learner", required=True, metavar="FILE", help="the learner file to start from")
    bd.add_argument("-o", "--output", required=True, metavar="LEARNER.yaml", help="the learner file to write")
    bd.set_defaults(run=cmd_import_badges)


def cmd_import_ooapi(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run ``leerroute import ooapi``."""
    from planner.importers.ooapi import import_ooapi, write_draft
    from planner.importers.ooapi.fetch import FetchOptions, fetch_pages

    output = Path(args.output)
    if not args.inputs and not args.url:
        print("give OOAPI files or folders, or an endpoint with --url", file=err)
        return EXIT_BAD_INPUT
    try:
        pages = []
        if args.url:
            opts = FetchOptions(timeout=args.timeout, page_size=args.page_size, insecure_http=args.insecure_http,
                                token_env=args.token_env, api_key_env=args.api_key_env,
                                api_key_header=args.api_key_header, ca_bundle=args.ca_bundle)
            bar = ProgressBar(err)
            pages = fetch_pages(args.url, opts, progress=bar.update)
            bar.done()
        cat, report = import_ooapi(
            [Path(p) for p in args.inputs], catalogue_id=args.catalogue_id or output.stem,
            institution=args.institution, title=args.title, pages=pages,
        )
        write_draft(cat, report, output)
    except LeerrouteError as exc:
        print(str(exc), file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("\ninterrupted: nothing was written", file=err)
        return EXIT_INTERRUPTED
    print(report.render(), file=out)
    if args.report:
        from planner.fileio import write_text_atomic

        write_text_atomic(Path(args.report), report.render() + "\n")
    print(f"\nDraft catalogue written to {output}; check it with: leerroute check {output}", file=out)
    return EXIT_OK


def cmd_import_badges(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run ``leerroute import badges``."""
    from planner.check import check_learner_file
    from planner.importers.badges import import_badges
    from planner.load import load_catalogues, save_learner
    from planner.messages import render

    catalogues, badges = split_catalogues(args.catalog)  # "--catalog A.yaml badge.json": the badge is a badge
    args.files = [*badges, *args.files]
    if not args.files:
        print("give one or more badge files (.json, .png, .svg)", file=err)
        return EXIT_BAD_INPUT
    try:
        cs = load_catalogues(catalogues)
        learner, diags = check_learner_file(Path(args.learner), cs)
        errors = [d for d in diags if d.is_error]
        if learner is None or errors:
            for d in errors:
                print(d.render(), file=err)
            return EXIT_BAD_INPUT
        result = import_badges(args.files, cs, learner)
        save_learner(result.learner, Path(args.output))
    except LeerrouteError as exc:
        print(str(exc), file=err)
        return EXIT_BAD_INPUT
    for m in result.matched:
        print(f"✓ {m.badge.name} ({m.badge.file}, {m.badge.format}) — matched by {m.via}:", file=out)
        for o in m.outcomes:
            print(f"    proves {o}: {cs.outcome_title(o)}", file=out)
        for note in m.notes:
            print(f"    ! {render(note)}", file=out)
    for m in result.unmatched:
        if m.reason is not None:
            print(f"✗ {render(m.reason)}", file=out)
    for message in result.unreadable:
        print(f"✗ {render(message)}", file=out)
    print(f"\n{len(result.added)} outcomes added as proven by edubadge (signature not verified); "
          f"learner written to {args.output}", file=out)
    return EXIT_OK
