"""``leerroute import``: the command-line face of the importers (``ooapi`` and ``badges``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from planner.errors import LeerrouteError
from planner.reader import shown

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_import_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import ooapi`` and ``import badges`` to the ``leerroute`` parser."""
    imp = sub.add_parser("import", help="import OOAPI course data into a draft catalogue, or badges as proof")
    kinds = imp.add_subparsers(dest="import_kind", required=True)
    oo = kinds.add_parser(
        "ooapi", help="write a draft catalogue from OOAPI v5/v6 JSON (courses, programmes, offerings)",
        description="Read OOAPI v5 or v6 JSON files (or folders of them) and write a draft catalogue. OOAPI has "
        "no structured prerequisites and no weekly sessions: add those by hand. Every field that was dropped "
        "or guessed is reported with its JSON path.",
    )
    oo.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="OOAPI JSON files or folders")
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
    )
    bd.add_argument("files", nargs="+", metavar="FILE", help="badge files (.json, .png, .svg)")
    bd.add_argument("--catalog", nargs="+", required=True, metavar="FILE", help="catalogue files")
    bd.add_argument("--learner", required=True, metavar="FILE", help="the learner file to start from")
    bd.add_argument("-o", "--output", required=True, metavar="LEARNER.yaml", help="the learner file to write")
    bd.set_defaults(run=cmd_import_badges)


def cmd_import_ooapi(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run ``leerroute import ooapi``."""
    from planner.importers.ooapi import import_ooapi, write_draft

    output = Path(args.output)
    try:
        cat, report = import_ooapi(
            [Path(p) for p in args.inputs], catalogue_id=args.catalogue_id or output.stem,
            institution=args.institution, title=args.title,
        )
        write_draft(cat, report, output)
    except LeerrouteError as exc:
        print(str(exc), file=err)
        return EXIT_BAD_INPUT
    print(report.render(), file=out)
    if args.report:
        from planner.fileio import write_text_atomic

        try:
            write_text_atomic(Path(args.report), report.render() + "\n")
        except OSError as exc:
            print(f"{shown(args.report)}: cannot write the report ({exc.strerror or exc}); choose another folder",
                  file=err)
            return EXIT_BAD_INPUT
    print(f"\nDraft catalogue written to {output}; check it with: leerroute check {output}", file=out)
    return EXIT_OK


def cmd_import_badges(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run ``leerroute import badges``."""
    from planner.check import check_learner_file
    from planner.importers.badges import import_badges
    from planner.load import load_catalogues, save_learner
    from planner.messages import render

    try:
        cs = load_catalogues(args.catalog)
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
    except OSError as exc:
        print(f"{shown(args.output)}: cannot write the learner file ({exc.strerror or exc}); choose another folder",
              file=err)
        return EXIT_BAD_INPUT
    for m in result.matched:
        print(f"✓ {m.badge.name} ({m.badge.file}, {m.badge.format}) — matched by {m.via}:", file=out)
        for o in m.outcomes:
            print(f"    proves {o}: {cs.outcome_title(o)}", file=out)
    for m in result.unmatched:
        if m.reason is not None:
            print(f"✗ {render(m.reason)}", file=out)
    for message in result.unreadable:
        print(f"✗ {render(message)}", file=out)
    print(f"\n{len(result.added)} outcomes added as proven by edubadge (signature not verified); "
          f"learner written to {args.output}", file=out)
    return EXIT_OK
