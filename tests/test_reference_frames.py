"""(h_ref) Which meeting a sentence speaks of when it only points back to one: `extractors.reference`."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.reader import Reader
from extractors.reference import Reference, names_meeting, points_back

READER = Reader()


def _read(text: str, lang: str = "en") -> tuple:
    view = analyse(text, lang, READER.actors.forms)
    return view, READER.actors.mentions(text, None, view.tokens, lang, view.actor_forms)


@pytest.mark.parametrize(("lang", "text", "named"), [
    ("en", "Zelensky is ready to meet Putin.", True),
    ("en", "Trump and Putin will meet next month.", False),
    ("en", "Putin will meet Erdogan next week.", False),
    ("en", "Putin will attend the G20 summit.", False),
    ("en", "The Russian and Ukrainian delegations will meet again on Monday.", False),
    ("en", "The summit will be held in Budapest, Peskov said.", None),
    ("en", "Zelensky said the war must end.", None),
    ("ru", "Путин встретится с Эрдоганом на следующей неделе.", False),
    ("uk", "Зеленський хоче зустрітися з Путіним.", True),
])
def test_names_meeting(lang: str, text: str, named: bool | None) -> None:
    assert names_meeting(*_read(text, lang)) is named


@pytest.mark.parametrize(("lang", "text", "back"), [
    ("en", "The summit will be held in Budapest, Peskov said.", True),
    ("en", "Peskov said it would be held in Istanbul.", True),
    ("ru", "Её проведут в Париже.", True),
    ("uk", "Пєсков сказав, що зустріч відбудеться в Стамбулі.", True),
    ("en", "Peskov said the meeting with Zelensky could be held in Istanbul.", False),  # a leader at the table
    ("en", "Peskov said a meeting of the leaders could be held in Istanbul.", False),
    ("en", "Peskov said the venue has not been agreed.", False),  # a venue word alone points back to nothing
    ("en", "Nobody in Ukraine will sit down with someone who talks to us in ultimatums.", False),  # names whom
    ("en", "Macron said the coalition of the willing would meet in Paris next week.", False),  # a group of others
])
def test_points_back(lang: str, text: str, back: bool) -> None:
    assert points_back(*_read(text, lang)) is back


def test_reference_keeps_the_last_meeting_of_the_paragraph() -> None:
    ref = Reference()
    ref.note(*_read("Trump and Putin will meet next month."), paragraph=0)
    assert ref.elsewhere(*_read("The summit will be held in Budapest, Peskov said."), paragraph=0)
    ref.note(*_read("Zelensky is ready to meet Putin."), paragraph=0)
    assert not ref.elsewhere(*_read("The summit will be held in Budapest, Peskov said."), paragraph=0)


def test_reference_resumes_the_leaders_meeting_of_the_paragraph() -> None:
    """(h_ref2) After the leaders' meeting, a sentence that only points back is about theirs, even where the head of
    state who speaks is named ("..., Erdogan said"), in its paragraph or the next (h_frame); not after a near miss,
    nor two paragraphs on."""
    back = _read("The meeting should be held in Istanbul, Erdogan said.")
    ref = Reference()
    ref.note(*_read("Zelensky is ready to meet Putin."), paragraph=0)
    assert ref.resumes(*back, paragraph=0)
    assert ref.resumes(*back, paragraph=1)
    assert not ref.resumes(*back, paragraph=2)
    assert not ref.resumes(*_read("Erdogan will host Trump and Macron in Istanbul."), paragraph=0)  # two heads
    ref.note(*_read("Putin will meet Erdogan next week."), paragraph=0)
    assert not ref.resumes(*back, paragraph=0)


def test_reference_resumes_in_the_next_paragraph() -> None:
    """(h_frame) "... before the next summit so that the leaders had something to sign. // Merkel said Germany would
    be glad to host the follow-up meeting in Berlin": the host's offer is for the leaders' meeting just named; a near
    miss shuts the pointer only in its own paragraph."""
    host = _read("Merkel said Germany would be glad to host the follow-up meeting in Berlin.")
    ref = Reference()
    ref.note(*_read("Putin said the leaders would need something to sign before the next summit with Zelensky."), 0)
    assert ref.resumes(*host, paragraph=1)
    ref.note(*_read("Trump and Putin will meet next month."), paragraph=1)
    assert not ref.resumes(*host, paragraph=2)
    assert not ref.elsewhere(*host, paragraph=2)
