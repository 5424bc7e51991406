"""Programmes into goals: a programme whose courses are imported becomes a goal requiring every
outcome of those courses (v5 ``programs``, v6 ``programmeIds``/``programmes`` on a course, or the
programme's own ``courses``); a programme without imported courses is planned as one module."""

from __future__ import annotations

from planner.importers.ooapi.courses import LEVELS, State, level_key, make_module, teaching_lang
from planner.importers.ooapi.read import Item
from planner.importers.ooapi.values import as_list, code_of, ref_id, slug, text
from planner.importers.report import NoteKind
from planner.models import Goal, GoalKind

_MEMBERSHIP = (("programmes", "programmeId"), ("programs", "programId"), ("programmeIds", "programmeId"))


def make_goals(st: State, programmes: list[Item]) -> None:
    """A goal (or a module) for each programme."""
    report = st.report
    members: dict[str, list[tuple[str, Item, str]]] = {}
    for cid, it in st.module_items.items():
        if it.kind != "course":
            continue
        for key, idkey in _MEMBERSHIP:
            for i, ref in enumerate(as_list(it.get(key))):
                pid = ref_id(ref, idkey)
                if pid:
                    members.setdefault(pid, []).append((cid, it, f"{key}[{i}]"))
    seen: set[str] = set()
    for it in programmes:
        pid = str(it.get("programmeId") or it.get("programId"))
        if pid in seen:
            it.done = True
            report.dropped(it.file, it.path, "item.copy", kind=it.kind, id=pid)
            continue
        seen.add(pid)
        listed = [(ref_id(ref, "courseId"), it, f"courses[{i}]") for i, ref in enumerate(as_list(it.get("courses")))]
        refs = members.get(pid, []) + [(c, i, r) for c, i, r in listed if c]
        courses = [c for c in dict.fromkeys(c for c, _, _ in refs) if c in st.modules
                   and st.module_items[c].kind == "course"]
        if not courses:
            make_module(it, st)  # a programme without known courses is planned as one module
            if pid in st.modules:
                report.guessed(it.file, it.path, "programme.as_module", id=pid)
            continue
        for c, holder, rel in refs:
            if c in courses:
                holder.use(rel)
        title = text(it, "name", report, "name", teaching_lang(it))
        if title is None:
            it.done = True
            report.skipped(it.file, it.path, "item.no_name", kind=it.kind, id=pid)
            continue
        level_name = level_key(it.get("level"))
        kind = {"associate degree": GoalKind.ASSOCIATE_DEGREE, "bachelor": GoalKind.DEGREE,
                "master": GoalKind.DEGREE}.get(level_name, GoalKind.CUSTOM)
        required = list(dict.fromkeys(o for c in courses for o in st.modules[c].certifies))
        code, code_key = code_of(it.data)
        gid = st.unique(slug(code or pid))
        description = text(it, "description", report, "description", teaching_lang(it))
        st.goals.append(Goal(id=gid, title=title, kind=kind, required=required, level=LEVELS.get(level_name),
                             description=description))
        st.goal_of[pid] = gid
        it.use("programmeId" if "programmeId" in it.data else "programId", *([code_key] if code_key else []))
        if level_name in LEVELS:
            it.use("level")
        report.guessed(it.file, it.path, "programme.goal", id=pid, goal=gid, courses=len(courses))
        for key in ("learningOutcomes", "learningOutcomeIds"):
            if it.get(key):
                it.note(report, NoteKind.DROPPED, key, "programme.outcomes")
        for key in ("studyLoad", "ects"):
            if it.get(key):
                it.note(report, NoteKind.DROPPED, key, "programme.load")
