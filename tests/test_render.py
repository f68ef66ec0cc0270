"""The alert message: readable words, untrusted text neutralised, Slack's limits respected."""

from __future__ import annotations

import json
from datetime import date

from alerts.mrkdwn import safe
from alerts.render import ChangeView, Said, before_words, blocks, change_words, fallback_text, reply_text

HOSTILE = "<!channel> <!here> <@U123> <http://evil.example|click> @here & <b>bold</b>"


def view(**kw: object) -> ChangeView:
    base = dict(
        change_id="c1", party="RU", kind="venue", op="set", old_value=None, new_value="moscow",
        stated_on=date(2025, 9, 3), speaker="Vladimir Putin", evidence="Let him come to Moscow.",
        url="https://news.example/a?x=1&y=2", outlet="Example News", title="Putin invites Zelensky", sources=3,
    )
    base.update(kw)
    return ChangeView(**base)  # type: ignore[arg-type]


def all_text(c: ChangeView) -> str:
    return json.dumps(blocks(c), ensure_ascii=False) + fallback_text(c)


def test_changes_in_words() -> None:
    assert change_words(view()) == "venue: none → Moscow"
    assert change_words(view(kind="venue", old_value="moscow", new_value="not_moscow")) == "venue: Moscow → not Moscow"
    assert change_words(view(kind="venue", new_value="abu_dhabi")) == "venue: none → Abu Dhabi"
    assert change_words(view(kind="prerequisite", op="add", new_value="ceasefire")) == (
        "preconditions: + ceasefire first"
    )
    assert change_words(view(kind="demand", op="remove", old_value="referendum", new_value=None)) == (
        "demands: − referendum"
    )
    assert change_words(view(kind="format", new_value="one_on_one")) == "format: none → one-on-one"
    assert change_words(view(kind="stance", old_value="willing", new_value="skeptical")) == (
        "stance: willing → sceptical"
    )


def test_message_carries_party_change_speaker_quote_date_source_and_count() -> None:
    msg = blocks(view(party="MEDIATOR"))
    assert msg[0] == {"type": "header", "text": {"type": "plain_text", "text": "Mediators: venue: none → Moscow",
                                                 "emoji": False}}
    text = json.dumps(msg, ensure_ascii=False)
    for part in ("Vladimir Putin", "2025-09-03", ">Let him come to Moscow.", "Example News",
                 "<https://news.example/a?x=1&amp;y=2|Putin invites Zelensky>", "3 sources"):
        assert part in text
    fb = fallback_text(view(party="US"))
    assert fb.startswith("United States' position changed, venue: none → Moscow (Vladimir Putin, 2025-09-03)")
    assert fallback_text(view(party="MEDIATOR")).startswith("Mediators' position changed, venue: none → Moscow")
    assert fallback_text(view(party="RU")).startswith("Russia's position changed, venue: none → Moscow")


def test_hostile_text_cannot_ping_mention_or_link() -> None:
    c = view(speaker=HOSTILE, evidence=HOSTILE, outlet=HOSTILE, title=HOSTILE, sentence=f"He said {HOSTILE} today.",
             rule=HOSTILE)
    text = all_text(c) + reply_text(HOSTILE, HOSTILE, "https://x.example/1")
    for bad in ("<!channel>", "<!here>", "<@U123>", "<http://evil", "<b>"):
        assert bad not in text
    assert "&lt;!channel&gt;" in text and "&lt;@U123&gt;" in text and "&amp;" in text
    assert "@here" not in text  # bare @here broken with a zero-width space too
    # the only links are our own article link and nothing from the text
    assert text.count("<https://") == 2  # the article link in the blocks, the reply's link


def test_odd_urls_are_shown_not_linked() -> None:
    for url in ("javascript:alert(1)", "https://evil.example/|click", "https://a.example/x>y", "https://a b/"):
        text = json.dumps(blocks(view(url=url)), ensure_ascii=False)
        assert "<" + url not in text and "|click>" not in text


def test_lengths_within_slack_limits() -> None:
    huge = "&<>" * 5000 + "word " * 5000
    c = view(speaker=huge, evidence=huge, outlet=huge, title=huge, url="https://e.example/" + "a" * 5000, rule=huge)
    msg = blocks(c)
    assert len(msg) <= 50
    assert len(msg[0]["text"]["text"]) <= 150
    for block in msg[1:]:
        for field in block.get("fields", []):
            assert len(field["text"]) <= 2000
        if "text" in block:
            assert len(block["text"]["text"]) <= 3000 and block["text"]["text"].endswith("…")
        for el in block.get("elements", []):
            assert len(el["text"]) <= 2000
    assert len(fallback_text(c)) <= 4000 and "…" in fallback_text(c)


def test_truncation_never_splits_an_escape() -> None:
    for n in range(1, 12):
        out = safe("a" * n + "&" * 20, 12)
        assert len(out) <= 12 and out.endswith("…")
        body = out[:-1]
        assert body.count("&") == body.count("&amp;"), out


def test_run_artifact_markdown_has_the_headline_numbers() -> None:
    from flows.report import run_markdown

    md = run_markdown({
        "run_id": "r1", "started_at": "2026-11-22T00:00:00", "seconds": 3.2,
        "feeds": {"due": 3, "polled": 2, "failed": 1}, "articles": {"stored": 4, "duplicates": 1},
        "statements": {"changes": 2}, "alerts": {"sent": 1, "pending": 1, "failed": 0},
    })
    for row in ("| feeds polled | 2 |", "| feeds failed | 1 |", "| new articles | 4 |", "| duplicates | 1 |",
                "| changes | 2 |", "| alerts sent | 1 |", "| alerts pending | 1 |"):
        assert row in md
    assert "## feeds" in md and "| due | 3 |" in md


SENTENCE = "On Monday the Kremlin said that Putin is ready to meet Zelensky in Istanbul once the documents are agreed."


def _quote(c: ChangeView) -> str:
    return blocks(c)[2]["text"]["text"]


def test_quotes_the_whole_sentence_with_the_matched_words_in_bold() -> None:
    c = view(sentence=SENTENCE, evidence="ready to meet Zelensky in Istanbul")
    assert _quote(c) == (
        ">On Monday the Kremlin said that Putin is *ready to meet Zelensky in Istanbul* once the documents are agreed."
    )
    # Evidence that starts or ends inside a word is widened to whole words (Slack bolds whole words only).
    assert "*ready to meet*" in _quote(view(sentence=SENTENCE, evidence="eady to mee"))
    # Case and spacing differ between evidence and sentence: still found.
    assert "*Putin is ready*" in _quote(view(sentence=SENTENCE, evidence="putin  IS\nready"))


def test_evidence_not_in_the_sentence_is_named_in_the_why_line() -> None:
    msg = blocks(view(sentence=SENTENCE, evidence="some other words"))
    assert msg[2]["text"]["text"] == ">" + SENTENCE
    assert "matched “some other words”" in msg[3]["elements"][0]["text"]


def test_without_a_sentence_the_evidence_is_quoted() -> None:
    assert _quote(view(sentence=None)) == ">Let him come to Moscow."
    assert _quote(view(sentence=None, evidence=None)) == ">_no quote recorded_"


def test_why_line_names_what_was_read_the_rule_and_the_confidence() -> None:
    why = blocks(view(kind="stance", new_value="refuses", rule="refusal_not_with_him", confidence=0.8234))[3]
    assert why["type"] == "context"
    assert why["elements"][0]["text"] == (
        "*Why:* read as: refuses to meet (rule `refusal_not_with_him`, confidence 0.82)"
    )
    added = blocks(view(kind="prerequisite", op="add", new_value="ceasefire", rule="r", confidence=1.0))[3]
    assert "read as: added: a ceasefire first (rule `r`, confidence 1.00)" in added["elements"][0]["text"]
    dropped = blocks(view(kind="prerequisite", op="remove", old_value="ceasefire", new_value=None))[3]
    assert "read as: dropped: a ceasefire first (rule not recorded)" in dropped["elements"][0]["text"]


def test_before_line_shows_what_the_change_replaces_and_who_last_said_it() -> None:
    ushakov = Said("Yuri Ushakov", date(2026, 10, 2), "Wire <b>", "Putin's aide on Moscow", "https://wire.example/m")
    c = view(old_value="moscow", new_value="istanbul", before=ushakov)
    line = blocks(c)[4]["elements"][0]["text"]
    assert line == (
        "*Before:* in Moscow, last said by Yuri Ushakov on 2026-10-02"
        " (*Wire &lt;b&gt;*: <https://wire.example/m|Putin's aide on Moscow>)"
    )
    seed = Said(None, date(2025, 9, 3), "Seed outlet", "Putin invites", "seed:s1", is_seed=True)
    assert before_words(view(old_value="moscow", before=seed)) == (
        "*Before:* in Moscow, last said by an unattributed source on 2025-09-03 (seed corpus: Putin invites)"
    )
    assert before_words(view(old_value="moscow")) == "*Before:* in Moscow", "no statement stored: the value alone"
    assert before_words(view()) == "*Before:* nothing stated on venue"
    dropped = view(kind="prerequisite", op="remove", old_value="ceasefire", new_value=None, before=ushakov)
    assert (before_words(dropped) or "").startswith("*Before:* a ceasefire first, last said by Yuri Ushakov")
    added = view(kind="prerequisite", op="add", new_value="ceasefire")
    assert before_words(added) is None, "an addition replaces nothing"
    assert len(blocks(view(kind="prerequisite", op="add", new_value="ceasefire"))) == 5


def test_source_line_has_outlet_article_date_headline_and_link() -> None:
    c = view(published_on=date(2026, 11, 17), url="https://news.example/a")
    assert blocks(c)[-1]["elements"][0]["text"] == (
        "*Example News*, 2026-11-17: <https://news.example/a|Putin invites Zelensky>"
    )
    fb = fallback_text(view(sentence=SENTENCE))
    assert f"“{SENTENCE}” — Example News — 3 sources" in fb


def test_a_long_sentence_is_cut_around_the_marked_words() -> None:
    long = "&<> " * 400 + SENTENCE + " & more words" * 300
    quote = _quote(view(sentence=long, evidence="ready to meet Zelensky"))
    assert len(quote) <= 1 + 1500
    assert quote.startswith(">…") and quote.endswith("…")
    assert "*ready to meet Zelensky*" in quote
    body = quote.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")
    assert "&" not in body and "<" not in body, "escapes are whole and nothing unescaped slipped through"
    # Huge matched words: cut inside the bold, the mark still closed.
    huge = _quote(view(sentence="x " + "word " * 2000 + "y", evidence="word " * 2000))
    assert len(huge) <= 1501 and huge.count("*") == 2 and "…*" in huge


def test_preview_draws_the_marked_words_bold_and_the_link(tmp_path) -> None:
    from alerts.preview import EXAMPLE, layout, render_png

    placed, _, height = layout(EXAMPLE)
    bold = " ".join(p.text for p in placed if p.bold)
    assert "ready to meet Zelensky in Istanbul" in bold
    assert any(p.text == "Kremlin" and p.colour == "#1264a3" for p in placed), "the headline is drawn as a link"
    png = render_png(EXAMPLE, tmp_path / "alert.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and height > 200
