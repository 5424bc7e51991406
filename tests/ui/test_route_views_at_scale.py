"""Issue 25.6: the route's views do less work per route at scale and still show what they showed."""

from __future__ import annotations


def _with_long_place_last(plan):  # type: ignore[no-untyped-def]
    """The plan with its last module (in the table's order) taught at a long-named place."""
    last = max(plan.items, key=lambda i: (i.start_week, i.title))
    items = [i.model_copy(update={"location": "Hogeschool Rotterdam, Academieplein, lokaal H.4.321"})
             if i is last else i for i in plan.items]
    return plan.model_copy(update={"items": items})


def test_the_module_table_is_fitted_as_qt_fits_it_down_to_the_last_row(qtbot, planned):
    """The table fits its columns from every row's text (not Qt's fitting, which asks ten roles of every
    cell): each column is as wide as Qt's own fitting makes it, the last row's long place included."""
    w = planned
    w.doc.set_plan(_with_long_place_last(w.doc.plan))
    w.resize(900, 300)  # a few rows in view: the long place is below them
    w.tabs.setCurrentWidget(w.items_view)
    view = w.items_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view._fitted)
    ours = [header.sectionSize(c) for c in range(1, header.count())]
    for c in range(1, header.count()):
        view.resizeColumnToContents(c)
    qts = [header.sectionSize(c) for c in range(1, header.count())]
    assert all(abs(a - b) <= 2 for a, b in zip(ours, qts, strict=True)), (ours, qts)
    place = view.model().index(view.model().rowCount() - 1, 2).data()
    assert place.startswith("Hogeschool Rotterdam")
    assert ours[1] >= view.fontMetrics().horizontalAdvance(place)  # the place column holds it whole


def _visible(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount()) if not view.isRowHidden(r)]


def test_a_proof_ticked_elsewhere_shows_in_the_outcome_list_without_moving_it(qtbot, planned):
    """An edit of the learner updates only the outcome rows it changes (not a reset of every outcome):
    the list filtered to the proven ones gains and loses the outcome, and the full list keeps its
    current row."""
    from PySide6.QtCore import Qt

    w, form = planned, planned.learner_form
    view = form.proven_view
    model = view.model()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    middle = model.index(len(titles) // 2, 0)
    view.setCurrentIndex(middle)
    current = middle.data()
    resets: list[int] = []
    form.proven.modelReset.connect(lambda: resets.append(1))
    w.doc.edit_learner("prove", proven=[{"outcome": "tiny:web", "evidence": "diploma"}])
    assert view.currentIndex().data() == current  # the keyboard stays where it was
    row = titles.index("Builds a web application")
    assert Qt.CheckState(model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    form.only_proven.setChecked(True)
    assert _visible(view) == ["Builds a web application"]
    w.doc.undo_stack.undo()
    assert _visible(view) == []  # the filtered list follows the undo at once
    w.doc.undo_stack.redo()
    assert _visible(view) == ["Builds a web application"]
    assert not resets  # the same catalogues: rows updated, never reset


def _long_route(plan, n: int = 75):  # type: ignore[no-untyped-def]
    """``plan`` with ``n`` modules, one after another (a route as long as XL's)."""
    base = plan.items[0]
    items = [base.model_copy(update={"module": f"long:{k}", "title": f"Module {k:03d}", "start_week": k,
                                     "end_week": k + 2}) for k in range(n)]
    return plan.model_copy(update={"items": items})


def test_a_long_route_is_drawn_in_slices_and_ends_with_every_bar_and_the_selection(qtbot, planned):
    """The timeline draws the rows in view at once and the rest one slice per turn of the event loop; in
    the end every module has its bar in its own week, and a module selected before its bar was drawn is
    selected when it is."""
    from ui.timeline import FIRST_ROWS

    view = planned.timeline
    planned.tabs.setCurrentWidget(view)
    route = _long_route(planned.doc.plan)
    view.set_plan(route)
    assert FIRST_ROWS <= len(view._bars) < len(route.items)  # the rest waits for its turn
    view.select_module("long:74")
    assert view.selected_module() == "long:74"
    qtbot.waitUntil(lambda: len(view._bars) == len(route.items))
    x0 = view._bars["long:0"].rect().x()
    for item in route.items:  # each bar in its own week, the late slices' too
        assert abs(view._bars[item.module].rect().x() - x0 - item.start_week * view.week_w) < 0.5
    assert view.selected_module() == "long:74" and view._bars["long:74"].isSelected()
    # a new route before the slices are done: only the new route's bars, all of them in the end
    view.set_plan(_long_route(planned.doc.plan, 60))
    view.set_plan(route.model_copy(update={"items": route.items[:50]}))
    qtbot.waitUntil(lambda: view._rows is None)
    assert sorted(view._bars) == sorted(i.module for i in route.items[:50])


def test_catalogues_read_in_the_background_leave_the_collector_before_it_is_on_again(qtbot, window, monkeypatch):
    """A large catalogue set read in the background is frozen (out of the garbage collector's walks) in the
    reading thread, before the collector is on again: else the next allocation, often the window's own,
    walked every new object (a 0.5 s freeze on XL)."""
    import gc

    import ui.background as bg
    from tests.ui.helpers import CATALOGUE

    monkeypatch.setattr(bg, "FREEZE_MODULES", 1)  # the tiny catalogue counts as large
    seen: dict[str, object] = {}
    checked = window.files._catalogues_checked

    def look(plist, report):  # type: ignore[no-untyped-def]
        tracked = {id(o) for o in gc.get_objects()}  # every object the collector still walks
        seen["walked"] = [m.id for m in report.catalogue_set.modules.values() if id(m) in tracked]
        seen["collector on"] = gc.isenabled()
        return checked(plist, report)

    monkeypatch.setattr(window.files, "_catalogues_checked", look)
    assert window.open_catalogues([CATALOGUE], background=True)
    qtbot.waitUntil(lambda: window.doc.catalogues is not None, timeout=20000)
    assert seen == {"walked": [], "collector on": True}


def test_the_learner_panel_lists_the_places_of_the_catalogues_open_now(qtbot, planned):
    """The places are worked out once per catalogue set (not at every edit): after an edit the same places,
    with the learner's own; with other catalogues, theirs."""
    from planner.shipped import demo_catalogues

    form = planned.learner_form
    tiny = sorted({f.location for f in planned.doc.catalogues.offerings.values() if f.location})
    assert sorted(form.fields.places) == tiny
    planned.doc.edit_learner("places", places=["Ergens anders"])
    assert sorted(form.fields.places) == sorted([*tiny, "Ergens anders"])
    assert planned.open_catalogues(list(demo_catalogues()))
    demo = sorted({f.location for f in planned.doc.catalogues.offerings.values() if f.location})
    assert demo != tiny and set(demo) <= set(form.fields.places)
