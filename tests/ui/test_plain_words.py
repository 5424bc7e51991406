"""Issue 23.4 (in the window): Qt's own dialogs speak Dutch in the Dutch window; the guide names the
keys the actions really have (it said Ctrl+P pins: Ctrl+P prints); History shows no raw marker."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from ui import language
from ui.helpmenu import guide_text


def test_the_file_dialog_speaks_dutch(qtbot, qapp):
    translators = language.install(qapp, "nl")
    try:
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            dialog = QFileDialog()
            qtbot.addWidget(dialog)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            texts = [w.text() for w in dialog.findChildren(QLabel)] + [b.text() for b in dialog.findChildren(QAbstractButton)]
            english = [t for t in texts if t.replace("&", "") in ("Look in:", "Files of type:", "File name:", "Open",
                                                                  "Save", "Cancel", "Back", "Forward")]
            assert english == [], english
            assert "&Zoeken in:" in texts and "Bestands&type:" in texts and "Bestands&naam:" in texts
    finally:
        language.uninstall(qapp, translators)


def test_the_guide_names_the_keys_of_the_actions(qtbot, window):
    text = guide_text(window)
    pin = window.findChild(QAction, "actionPin").shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert f"pin a module ({pin})" in text and "(Ctrl+P)" not in text
    window.findChild(QAction, "actionPin").setShortcut(QKeySequence("Ctrl+Alt+K"))
    assert "pin a module (Ctrl+Alt+K)" in guide_text(window)
    assert "{" not in text


def test_history_starts_with_a_sentence_not_a_marker(window):
    label = window.history.emptyLabel()
    assert "<" not in label and label


def test_outcome_lists_show_titles_not_ids(planned):
    from PySide6.QtCore import Qt

    from ui.itemmodels import Role

    form = planned.learner_form
    for model in (form.proven, form.targets):
        assert model.rowCount() > 0
        for r in range(model.rowCount()):
            index = model.index(r, 0)
            tip, ref = str(index.data(Qt.ItemDataRole.ToolTipRole)), str(index.data(Role.Id))
            assert ref not in tip and index.data(Qt.ItemDataRole.DisplayRole) in tip, (ref, tip)


def test_the_budget_field_writes_money_as_the_summary_does(qtbot, qapp):
    """The budget field said '€ 9000' where the summary and the documents say '€9,000' / '€ 9.000'."""
    from PySide6.QtCore import Qt

    from ui.moneyfield import MoneyField

    for lang, shown, typed in (("en", "€9,000", "12,500"), ("nl", "€ 9.000", "12.500")):
        translators = language.install(qapp, lang)
        try:
            field = MoneyField()
            qtbot.addWidget(field)
            field.setRange(0, 1_000_000)
            field.setValue(9000)
            assert field.lineEdit().text() == shown
            field.lineEdit().selectAll()
            qtbot.keyClicks(field.lineEdit(), typed)
            qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
            assert field.value() == 12500 and field.lineEdit().text() == shown.replace("9", "12").replace("000", "500")
        finally:
            language.uninstall(qapp, translators)


def test_the_details_name_a_group_once(qapp):
    """'met een groep (cohort); …; in een groep': a cohort and group work read as the same group twice."""
    from planner.load import load_catalogues
    from planner.shipped import demo_catalogues
    from ui.facets import describe_how

    cs = load_catalogues(demo_catalogues())
    both = [f for f in cs.offerings.values() if f.how is not None and f.how.pacing is not None
            and f.how.pacing.value == "cohort" and f.how.group_work]
    assert both
    translators = language.install(qapp, "nl")
    try:
        text = describe_how(both[0].how)
        assert text.count("groep") == 1 and "met een cohort" in text and "in een groep" in text, text
    finally:
        language.uninstall(qapp, translators)
