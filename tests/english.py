"""English words that must not appear in a Dutch window or document, and a finder for them.

Built by looking: the words below are those seen in the Dutch window and documents when they were
still English (menus, dialogs, explanations, statuses, modes, weekdays) and the everyday English
words a sentence of this program cannot do without. Words that are Dutch too are not on the list:
"plan", "route", "week", "module", "budget", "online", "campus", "status", "in", "is", "open",
"help", "deadline", "of", "over", "was", "type", "mode", "late", "print", "planning", "export",
"details", "een must", and the months written alike. Proper names, file names, ids and units are
passed to :func:`english_words` as ``allow``. Shared by the window's test
(tests/ui/test_dutch_everywhere.py) and the documents' tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: English words (lower case) that no Dutch text of Leerroute contains.
ENGLISH = frozenset("""
the and you your with without not only also which when where there this that these those them they
it its are were has have will would can cannot could should may might than then from into onto about
after before between during under each every some any all none no yes or but if so because while
until since to for by at on as an be does did done study studying studies hours hour weeks learner
learners outcome outcomes evidence workplace hybrid choice choices wish wishes finish finished
earliest latest fastest cheapest found proven needed excluded pinned unpin exclude target targets
milestone milestones early save cancel close quit edit view file files undo redo settings language
look name folder directory back forward detail size date modified signature verified unverified
valid invalid revoked expired monday tuesday wednesday thursday friday saturday sunday mon tue wed
thu fri sat sun january february march may june july august october mar sept oct cost costs price
free time times place places modes ready loading stopped cancelled running waiting error warning
switch degree custom taught self paced selfpaced group
""".split())

#: A word: hyphenated loan words ("back-end", "pick-and-place") are one word, and not English.
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def english_words(text: str, allow: Iterable[str] = ()) -> list[str]:
    """The English words of ``text`` (in the order met), leaving out the ``allow``-ed strings
    (proper names, file names, ids), which are removed from the text before it is read. A word in
    capitals is an abbreviation ("IT", "EC"), not English."""
    for a in sorted(allow, key=len, reverse=True):
        if a:
            text = text.replace(a, " ")
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH and not (len(w) > 1 and w.isupper())]
