"""`summitwatch evaluate`: scoring arithmetic on a small corpus whose answers we know, errors, and floors on the
real corpora.

The synthetic corpus (written to tmp_path in the dev corpus's format: articles/*.json, gold.jsonl,
split.json) uses sentences whose reading is unambiguous, so what the reader must produce is known exactly:

    a1 (en, tune)     Zelensky: ready to meet Putin anywhere but not in Moscow.
                      gold: UA stance willing, UA venue not_moscow, UA format one_on_one (never said: a miss)
    a2 (ru, holdout)  Ushakov: Putin ready to receive Zelensky in Moscow.
                      gold: RU venue moscow only (RU stance willing is left unlabelled: an extra)
    a3 (en, holdout)  Zelensky: ready to meet Putin one-on-one; Zakharova: Ukraine must recognize Crimea.
                      gold: UA format one_on_one; UA stance willing optional; RU demand recognize_territory
                      forbidden (as if only a related-article box carried it)

The seed baseline is a seed corpus of one article in which Putin is ready to meet Zelensky.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from extractors.base import ArticleText, Statement
from summitwatch.cli import main
from summitwatch.errors import SummitWatchError
from summitwatch.evaluate import load_corpus, read

PROJECT = Path(__file__).resolve().parent.parent
CONTEXT_EN = "Diplomats discussed a possible meeting between Putin and Zelensky."
CONTEXT_RU = "Стороны обсуждают возможную встречу Путина и Зеленского."

ARTICLES = {
    "a1": (
        "en",
        "2025-09-01",
        "Zelensky ready to meet Putin",
        f"{CONTEXT_EN}\n\nZelensky said he was ready to meet Putin anywhere but not in Moscow.",
    ),
    "a2": (
        "ru",
        "2025-09-02",
        "Ушаков о встрече",
        f"{CONTEXT_RU}\n\nУшаков заявил, что Путин готов принять Зеленского в Москве.",
    ),
    "a3": (
        "en",
        "2025-09-03",
        "Zelensky wants a one-on-one",
        f"{CONTEXT_EN}\n\nZelensky said he was ready to meet Putin one-on-one.\n\n"
        "Zakharova said Ukraine must recognize Crimea as Russian.",
    ),
}


def _row(doc: str, party: str, kind: str, value: str, evidence: str, **flags: bool) -> dict[str, Any]:
    return {
        "doc": doc,
        "party": party,
        "kind": kind,
        "value": value,
        "speaker": "",
        "stated_on": ARTICLES[doc][1],
        "evidence": evidence,
        **flags,
    }


GOLD = [
    _row("a1", "UA", "stance", "willing", "he was ready to meet Putin", required=True),
    _row("a1", "UA", "venue", "not_moscow", "anywhere but not in Moscow", required=True),
    _row("a1", "UA", "format", "one_on_one", "ready to meet Putin anywhere", required=True),
    _row("a2", "RU", "venue", "moscow", "готов принять Зеленского в Москве", required=True),
    _row("a3", "UA", "format", "one_on_one", "ready to meet Putin one-on-one", required=True),
    _row("a3", "UA", "stance", "willing", "ready to meet Putin", required=False),
    _row("a3", "RU", "demand", "recognize_territory", "must recognize Crimea as Russian", forbidden=True),
]


def write_corpus(root: Path, gold_lines: list[str] | None = None) -> Path:
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True)
    for doc, (lang, published, title, body) in ARTICLES.items():
        raw = {
            "id": doc,
            "lang": lang,
            "outlet": "Test Desk",
            "url": f"https://test.example/{doc}",
            "published": published,
            "style": "wire",
            "text": f"{title}\n\n{body}",
        }
        (corpus / "articles" / f"{doc}.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    meta = [
        json.dumps({"doc": d, "article": True, "published": p, "lang": lang, "kind_of_article": "meeting"})
        for d, (lang, p, _, _) in ARTICLES.items()
    ]
    lines = gold_lines if gold_lines is not None else meta + [json.dumps(r, ensure_ascii=False) for r in GOLD]
    (corpus / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "split.json").write_text(json.dumps({"tune": ["a1"], "holdout": ["a2", "a3"]}), encoding="utf-8")
    return corpus


def write_config(root: Path) -> Path:
    """A configuration whose seed corpus is one article: Putin is ready to meet Zelensky (RU stance willing)."""
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "s1.txt").write_text(
        f"Putin ready to meet\n\n{CONTEXT_EN}\n\nPutin said he was ready to meet Zelensky.\n", encoding="utf-8"
    )
    manifest = {
        "articles": [
            {"file": "s1.txt", "title": "Putin ready to meet", "outlet": "Seed Desk", "published": "2025-08-01"}
        ]
    }
    (seeds / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    seed_gold = [
        {"doc": "s1.txt", "article": True, "published": "2025-08-01"},
        {
            "doc": "s1.txt",
            "party": "RU",
            "kind": "stance",
            "value": "willing",
            "speaker": "Vladimir Putin",
            "stated_on": "2025-08-01",
            "evidence": "ready to meet Zelensky",
            "required": True,
        },
    ]
    (seeds / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in seed_gold) + "\n", encoding="utf-8")
    config = root / "summitwatch.toml"
    config.write_text(f'[warehouse]\npath = "{root / "wh.duckdb"}"\n\n[seeds]\npath = "{seeds}"\n', encoding="utf-8")
    return config


def run(*args: str) -> tuple[int, str, str]:
    """The CLI's main function, in process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def figures(tally: dict[str, Any]) -> tuple[int, int, int]:
    return tally["tp"], tally["fp"], tally["fn"]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("evaluate")
    return write_corpus(root), write_config(root)


def evaluate_json(corpus: Path, config: Path, split: str, *more: str) -> dict[str, Any]:
    code, out, err = run(
        "evaluate", "--config", str(config), "--corpus", str(corpus), "--split", split, "--json", *more
    )
    assert code == 0, err
    return json.loads(out)


# ---------------------------------------------------------------- arithmetic


def test_assertion_figures(synthetic: tuple[Path, Path]) -> None:
    report = evaluate_json(*synthetic, "all")
    assert report["articles"] == 3
    # tp: a1 willing + not_moscow, a2 moscow, a3 one_on_one; fp: a2 RU willing, a3 the forbidden demand;
    # fn: a1 one_on_one. a3's UA willing is optional: counted nowhere.
    assert figures(report["assertions"]) == (4, 2, 1)
    assert report["assertions"]["precision"] == round(4 / 6, 3)
    assert report["assertions"]["recall"] == round(4 / 5, 3)
    assert report["assertions"]["f1"] == round(2 * (4 / 6) * (4 / 5) / (4 / 6 + 4 / 5), 3)
    assert report["forbidden_hits"] == 1


def test_breakdowns_by_kind_party_and_language(synthetic: tuple[Path, Path]) -> None:
    report = evaluate_json(*synthetic, "all")
    assert {k: figures(t) for k, t in report["by_kind"].items()} == {
        "stance": (1, 1, 0),
        "venue": (2, 0, 0),
        "format": (1, 0, 1),
        "demand": (0, 1, 0),
    }
    assert {k: figures(t) for k, t in report["by_party"].items()} == {"RU": (1, 2, 0), "UA": (3, 0, 1)}
    assert {k: figures(t) for k, t in report["by_lang"].items()} == {"en": (3, 1, 1), "ru": (1, 1, 0)}
    # the breakdowns partition the total
    for breakdown in ("by_kind", "by_party", "by_lang"):
        sums = [sum(t[f] for t in report[breakdown].values()) for f in ("tp", "fp", "fn")]
        assert sums == list(figures(report["assertions"])), breakdown


def test_splits_take_their_articles(synthetic: tuple[Path, Path]) -> None:
    tune = evaluate_json(*synthetic, "tune")
    assert tune["articles"] == 1 and figures(tune["assertions"]) == (2, 0, 1) and tune["forbidden_hits"] == 0
    holdout = evaluate_json(*synthetic, "holdout")
    assert holdout["articles"] == 2 and figures(holdout["assertions"]) == (2, 2, 0) and holdout["forbidden_hits"] == 1


def test_all_shows_the_tune_halfs_differences_only(synthetic: tuple[Path, Path]) -> None:
    """`--split all` scores both halves but lists the differences of the tune half only (the holdout is read as
    figures); `--diffs` asks for every article's."""
    default = evaluate_json(*synthetic, "all")
    everything = evaluate_json(*synthetic, "all", "--diffs")
    assert {d["doc"] for d in default["articles_diff"]} == {"a1"}
    assert {c["doc"] for c in default["changes_diff"]} == {"a1"}
    assert {d["doc"] for d in everything["articles_diff"]} == {"a1", "a2", "a3"}
    assert default["assertions"] == everything["assertions"] and default["changes"] == everything["changes"]


def test_change_scoring(synthetic: tuple[Path, Path]) -> None:
    """Gold changes after the seed baseline: a1 sets UA stance, venue and format; a2 sets RU venue (RU's
    willingness is the seed's, so reaffirmed). The reader misses a1's format, so it 'changes' it in a3 instead
    (wrong), and adds the forbidden demand in a3 (wrong)."""
    report = evaluate_json(*synthetic, "all", "--diffs")
    assert figures(report["changes"]) == (3, 2, 1)
    changes = {(c["doc"], c["change"], "wrong" if c.get("wrong") else "missed") for c in report["changes_diff"]}
    assert changes == {
        ("a1", "UA format → one_on_one", "missed"),
        ("a3", "UA format → one_on_one", "wrong"),
        ("a3", "RU demand + recognize_territory", "wrong"),
    }


def test_change_causes_are_counted(synthetic: tuple[Path, Path]) -> None:
    """Each wrong or missed change carries its cause, and the report counts them (counts only, so a holdout can be
    diagnosed): a3's format is labelled there, it moved a position a1 should have set (position before differs);
    a3's demand is stated nowhere but in furniture (extra reading); a1's format was not read."""
    report = evaluate_json(*synthetic, "all", "--diffs")
    causes = {(c["doc"], c["change"], c["cause"]) for c in report["changes_diff"]}
    assert causes == {
        ("a1", "UA format → one_on_one", "not read"),
        ("a3", "UA format → one_on_one", "position before differs"),
        ("a3", "RU demand + recognize_territory", "extra reading"),
    }
    assert report["change_causes"] == {"wrong": {"position before differs": 1, "extra reading": 1},
                                       "missed": {"not read": 1}}
    code, out, err = run("evaluate", "--config", str(synthetic[1]), "--corpus", str(synthetic[0]), "--split", "all")
    assert code == 0, err
    assert "wrong changes by cause: extra reading 1, position before differs 1" in out
    assert "missed changes by cause: not read 1" in out


def test_json_diffs_name_the_missing_extra_and_forbidden(synthetic: tuple[Path, Path]) -> None:
    report = evaluate_json(*synthetic, "all", "--diffs")
    diffs = {d["doc"]: d for d in report["articles_diff"]}
    assert set(diffs) == {"a1", "a2", "a3"}
    assert [(m["party"], m["kind"], m["value"]) for m in diffs["a1"]["missing"]] == [("UA", "format", "one_on_one")]
    assert [(e["party"], e["kind"], e["value"]) for e in diffs["a2"]["extra"]] == [("RU", "stance", "willing")]
    assert [(e["party"], e["kind"], e["value"]) for e in diffs["a3"]["forbidden"]] == [
        ("RU", "demand", "recognize_territory")
    ]
    assert diffs["a3"]["extra"] == [] and diffs["a3"]["missing"] == []


def test_json_diffs_list_an_article_whose_only_difference_is_a_date(tmp_path: Path) -> None:
    """An article read right but dated wrong is in `articles_diff` with its `wrong_date` entries, as in the text."""
    day = date.fromisoformat(ARTICLES["a1"][1]) - timedelta(days=3)
    rows = [{**r, "stated_on": day.isoformat()} for r in GOLD[:2]]
    meta = [json.dumps({"doc": "a1", "article": True, "published": ARTICLES["a1"][1], "lang": "en",
                        "kind_of_article": "meeting"})]
    corpus = write_corpus(tmp_path, meta + [json.dumps(r) for r in rows])
    (corpus / "split.json").write_text(json.dumps({"tune": ["a1"], "holdout": []}), encoding="utf-8")
    for doc in ("a2", "a3"):
        (corpus / "articles" / f"{doc}.json").unlink()
    report = evaluate_json(corpus, write_config(tmp_path), "all", "--diffs")
    (diff,) = report["articles_diff"]
    assert diff["doc"] == "a1" and diff["missing"] == [] and diff["extra"] == []
    assert {(w["kind"], tuple(w["gold_dates"])) for w in diff["wrong_date"]} == {
        ("stance", (day.isoformat(),)), ("venue", (day.isoformat(),))}


def test_text_diffs_name_the_assertion_and_its_sentence(synthetic: tuple[Path, Path]) -> None:
    corpus, config = synthetic
    code, out, _ = run("evaluate", "--config", str(config), "--corpus", str(corpus), "--diffs")
    assert code == 0
    lines = out.splitlines()
    missing = next(i for i, line in enumerate(lines) if line.strip().startswith("MISSING UA format=one_on_one"))
    assert "Zelensky said he was ready to meet Putin anywhere but not in Moscow" in lines[missing + 1]
    extra = next(i for i, line in enumerate(lines) if line.strip().startswith("EXTRA") and "RU stance=willing" in line)
    assert "Путин готов принять Зеленского" in lines[extra + 1]
    forbid = next(i for i, line in enumerate(lines) if line.strip().startswith("FORBID"))
    assert "RU demand=recognize_territory" in lines[forbid]
    assert "Ukraine must recognize Crimea" in lines[forbid + 1]
    assert "forbidden hits: 1" in out


def test_the_text_ends_with_the_f1_docs_quote_and_the_threshold(synthetic: tuple[Path, Path]) -> None:
    """docs/reading.md quotes F1 to three places: the text report's last line gives it so, with the threshold."""
    corpus, config = synthetic
    code, out, _ = run("evaluate", "--config", str(config), "--corpus", str(corpus), "--min-confidence", "0.7")
    assert code == 0
    code, js, _ = run("evaluate", "--config", str(config), "--corpus", str(corpus), "--min-confidence", "0.7", "--json")
    f1 = json.loads(js)["assertions"]["f1"]
    assert out.splitlines()[-1] == f"assertion F1 {f1:.3f}; changes alert at confidence >= 0.7"


def test_several_thresholds_compare_their_figures_in_one_run(synthetic: tuple[Path, Path]) -> None:
    """`--min-confidence 0.4 0.5 0.7`: the figures at each threshold (the reader built for each) as a run at that
    threshold alone gives them, in JSON, and one line each in the text."""
    corpus, config = synthetic
    compared = evaluate_json(corpus, config, "all", "--min-confidence", "0.4", "0.5", "0.7")["thresholds"]
    assert [row["min_confidence"] for row in compared] == [0.4, 0.5, 0.7]
    for row in compared:
        alone = evaluate_json(corpus, config, "all", "--no-diffs", "--min-confidence", str(row["min_confidence"]))
        assert {k: v for k, v in row.items() if k != "min_confidence"} == alone
    code, out, _ = run("evaluate", "--config", str(config), "--corpus", str(corpus), "--min-confidence", "0.4",
                       "0.5", "0.7")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line[:1].isdigit()}
    assert list(lines) == ["0.4", "0.5", "0.7"]
    for row in compared:
        a, c = row["assertions"], row["changes"]
        assert lines[f"{row['min_confidence']:g}"].split()[1:] == [
            f"{a['precision']:.2f}", f"{a['recall']:.2f}", f"{a['f1']:.2f}", str(a["tp"]), str(a["fp"]), str(a["fn"]),
            str(row["forbidden_hits"]), f"{c['precision']:.2f}", f"{c['recall']:.2f}", f"{c['f1']:.2f}",
            str(c["tp"]), str(c["fp"]), str(c["fn"])]
    code, _, err = run("evaluate", "--config", str(config), "--corpus", str(corpus), "--min-confidence", "0.5", "2")
    assert code == 2 and "--min-confidence must be between 0 and 1, not 2" in err
    sentences = str(PROJECT / "corpus" / "sentences")
    code, _, err = run("evaluate", "--config", str(config), "--corpus", sentences, "--min-confidence", "0.4", "0.5")
    assert code == 2 and "a sentence corpus is scored at one --min-confidence at a time" in err
    code, _, err = run("evaluate", "--config", str(config), "--corpus", sentences, "--min-confidence", "2")
    assert code == 2 and "--min-confidence must be between 0 and 1, not 2" in err


def test_the_holdout_shows_no_diffs_by_default(synthetic: tuple[Path, Path]) -> None:
    corpus, config = synthetic
    code, out, _ = run("evaluate", "--config", str(config), "--corpus", str(corpus), "--split", "holdout", "--json")
    assert code == 0
    report = json.loads(out)
    assert "articles_diff" not in report and figures(report["assertions"]) == (2, 2, 0)


def test_the_command_line_entry_point(synthetic: tuple[Path, Path]) -> None:
    """The real process: the figures as JSON on stdout, exit 0."""
    corpus, config = synthetic
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "summitwatch.cli",
            "evaluate",
            "--config",
            str(config),
            "--corpus",
            str(corpus),
            "--split",
            "tune",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=corpus.parent,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert figures(json.loads(done.stdout)["assertions"]) == (2, 0, 1)


# ---------------------------------------------------------------- errors


def test_a_missing_corpus_directory(tmp_path: Path) -> None:
    code, out, err = run("evaluate", "--config", str(write_config(tmp_path)), "--corpus", str(tmp_path / "nowhere"))
    assert code == 2 and out == ""
    assert "nowhere" in err and "not a labelled corpus" in err


def test_a_gold_line_that_is_not_json(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, [json.dumps(GOLD[0]), '{"doc": "a1", "party": "UA",', json.dumps(GOLD[1])])
    code, _, err = run("evaluate", "--config", str(write_config(tmp_path)), "--corpus", str(corpus))
    assert code == 2
    assert "gold.jsonl:2" in err and "not JSON" in err


def test_a_gold_row_without_a_field_names_file_and_line(tmp_path: Path) -> None:
    row = {k: v for k, v in GOLD[1].items() if k != "party"}
    corpus = write_corpus(tmp_path, [json.dumps(GOLD[0]), json.dumps(row)])
    code, _, err = run("evaluate", "--config", str(write_config(tmp_path)), "--corpus", str(corpus))
    assert code != 0
    assert "gold.jsonl:2" in err and "party" in err


class _FailingReader:
    """A reader with a bug: it raises on every article (the real reader once raised KeyError on Polish text)."""

    name = "failing"

    def extract(self, article: ArticleText) -> list[Statement]:
        raise KeyError("sali")


def test_a_reader_that_fails_names_the_article(synthetic: tuple[Path, Path]) -> None:
    corpus, _ = synthetic
    article = load_corpus(corpus, "tune")[0]
    with pytest.raises(SummitWatchError, match=f"the reader failed on article {article.doc}: KeyError: 'sali'"):
        read(_FailingReader(), article)


def test_an_unknown_split(synthetic: tuple[Path, Path]) -> None:
    corpus, config = synthetic
    with contextlib.redirect_stderr(io.StringIO()) as err, pytest.raises(SystemExit) as exit_:
        main(["evaluate", "--config", str(config), "--corpus", str(corpus), "--split", "dev"])
    assert exit_.value.code == 2
    assert "--split" in err.getvalue() and "'dev'" in err.getvalue()


def test_a_split_without_split_json(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    (corpus / "split.json").unlink()
    code, _, err = run("evaluate", "--config", str(write_config(tmp_path)), "--corpus", str(corpus), "--split", "tune")
    assert code == 2 and "split.json" in err
    code, _, _ = run("evaluate", "--config", str(tmp_path / "summitwatch.toml"), "--corpus", str(corpus))
    assert code == 0  # --split all needs none


# ---------------------------------------------------------------- floors on the real corpora

# Measured 2026-12-02 (end of the sixth reading session): dev holdout assertion F1 0.698 (P 0.76, R 0.64), its
# Russian and Ukrainian articles 0.77; check holdout 0.857, its Russian and Ukrainian articles 0.84; wire holdout
# 0.710; dev tune forbidden hits 0; seed corpus complete, forbidden 0. Each floor sits about 0.03 under. End of
# the eighth (2026-12-03): dev holdout 0.702, check holdout 0.866 (its floor raised to 0.84), the rest unchanged.
# End of the ninth: dev holdout 0.709 (its floor raised to 0.69), families holdout 0.653. End of the tenth: check
# holdout 0.889 (its floor raised to 0.86), the rest unchanged. End of the eleventh: dev holdout 0.718 (its Russian
# and Ukrainian articles 0.81: floor raised to 0.77), check holdout 0.898 (floor 0.87). End of the twelfth: dev
# holdout 0.725 (floor 0.70), wire holdout 0.731 (floor 0.70); corpus/unseen joined, its holdout the session's blind
# measure: 0.715 when first read, 0.726 at the end (floor 0.70). End of the thirteenth: corpus/unseen (studied this
# session) holdout 0.860 (floor 0.82), wire holdout 0.750 (floor 0.72); corpus/unseen2 joined, its holdout the
# session's blind measure: 0.723 when first read, 0.750 at the end (floor 0.72). End of the fourteenth: check
# holdout 0.906, corpus/unseen2 (studied this session) holdout 0.866 (floor 0.82); corpus/unseen3 joined, its holdout
# the session's blind measure: 0.722 when first read, 0.712 at the end (floor 0.68). End of the fifteenth: wire
# holdout 0.781 (floor 0.75), unseen 0.876 (floor 0.84), unseen2 0.896 (floor 0.86), unseen3 (studied this session)
# 0.857 (floor 0.82); corpus/unseen4 joined, both halves the session's blind measure: holdout 0.725 when first read,
# 0.738 at the end (floor 0.70). End of the sixteenth: dev holdout 0.737 (floor 0.71), unseen 0.891 (floor 0.86),
# unseen2 0.905 (floor 0.87), unseen3 0.884 (floor 0.85); corpus/unseen5 joined, both halves the session's blind
# measure: holdout 0.731 when first read, 0.723 at the end (floor 0.69). End of the seventeenth: dev holdout 0.745
# (floor 0.72), wire 0.800 (floor 0.77), unseen 0.908 (floor 0.88), unseen2 0.917 (floor 0.89), unseen3 0.891 (floor
# 0.86), unseen4 0.752 (floor 0.72), unseen5 (its tune half studied this session) 0.745 (floor 0.72); corpus/unseen6
# joined, both halves the session's blind measure: holdout 0.723 when first read and at the end (floor 0.69). End of
# the eighteenth: dev holdout 0.753 (floor 0.73; ru+uk 0.89, floor 0.84), wire 0.811 (floor 0.78), unseen2 0.928
# (floor 0.90), unseen3 0.905 (floor 0.87), unseen5 0.771 (floor 0.74), unseen6 (its tune half studied this session)
# 0.748 (floor 0.72); corpus/unseen7 joined, both halves the session's blind measure: holdout 0.661 when first read,
# 0.672 at the end (floor 0.64). End of the nineteenth: dev holdout 0.759 (floor 0.73), families 0.702, wire 0.819,
# unseen 0.917 (floor 0.89), unseen2 0.938 (floor 0.91), unseen3 0.921 (floor 0.89), unseen6 0.758 (floor 0.73),
# unseen7 (its tune half studied this session) 0.707 (floor 0.68); corpus/unseen8 joined, both halves the session's
# blind measure: holdout 0.693 when first read, 0.706 at the end (floor 0.68). End of the twentieth: unseen4 0.767
# (floor 0.74), unseen8 (its tune half studied this session) 0.718 (floor 0.69); corpus/unseen9 joined, both halves
# the session's blind measure: holdout 0.777 when first read and at the end (floor 0.75). End of the twenty-first:
# corpus/unseen10 joined, both halves the session's blind measure: holdout 0.759 when first read, 0.774 at the end
# (floor 0.74); unseen7 0.727 (floor 0.70). End of the twenty-second: dev holdout 0.764 (floor 0.74), unseen5 0.779
# (floor 0.75), unseen7 0.737 (floor 0.71), unseen8 0.738 (floor 0.71); corpus/unseen11 joined, both halves the
# session's blind measure: holdout 0.672 when first read, 0.683 at the end (floor 0.65). End of the twenty-third:
# unseen6 0.767 (floor 0.74), unseen9 0.787 (floor 0.76); corpus/unseen12 joined, both halves the session's blind
# measure: holdout 0.768 when first read and at the end (floor 0.74). End of the twenty-fourth: unseen5 0.787 (floor
# 0.76), unseen9 0.803 (floor 0.78); corpus/unseen13 joined, both halves the session's blind measure: holdout 0.812
# when first read and at the end (floor 0.78). End of the twenty-fifth: check 0.922 (floor 0.89), unseen4 0.781 (floor
# 0.75), unseen7 0.746 (floor 0.72), unseen8 0.745 (floor 0.72); corpus/unseen14 joined, both halves the session's
# blind measure: holdout 0.761 when first read and at the end (floor 0.73). End of the twenty-sixth: dev holdout 0.776
# (floor 0.75), unseen6 0.776 (floor 0.75), unseen10 0.788 (floor 0.76); corpus/unseen15 joined, both halves the
# session's blind measure: holdout 0.723 when first read, 0.729 at the end (floor 0.70). End of the twenty-seventh:
# unseen7 0.756 (floor 0.73), unseen9 0.823 (floor 0.80), unseen13 0.821 (floor 0.79), unseen14 0.792 (floor 0.76);
# corpus/unseen16 joined, both halves the session's blind measure: holdout 0.768 when first read, 0.788 at the end
# (floor 0.76). End of the twenty-eighth: unseen4 0.789 (floor 0.76), unseen5 0.812 (floor 0.78), unseen6 0.785 (floor
# 0.76), unseen10 0.797 (floor 0.77), unseen11 0.699 (floor 0.67), unseen16 0.797 (floor 0.77); corpus/unseen17
# joined, both halves the session's blind measure: holdout 0.619 when first read, 0.643 at the end (floor 0.61). End
# of the twenty-ninth: unseen4 0.797 (floor 0.77), unseen14 0.797 (floor 0.77), unseen15 0.750 (floor 0.72);
# corpus/unseen18 joined, both halves the session's blind measure: holdout 0.783 when first read and at the end (floor
# 0.75). End of the thirtieth: unseen3 0.928, unseen4 0.805 (floor 0.78), unseen11 0.705 (floor 0.68), unseen12
# 0.789 (floor 0.76), unseen15 0.760 (floor 0.73), unseen17 0.652 (floor 0.62); corpus/unseen19 joined, both halves
# the session's blind measure: holdout 0.788 when first read and at the end (floor 0.76). End of the thirty-first:
# unseen5 0.825 (floor 0.80), unseen7 0.765 (floor 0.74), unseen11 0.715 (floor 0.69), unseen13 0.830 (floor 0.80),
# unseen19 0.821 (floor 0.79);
# corpus/unseen20 joined, both halves the session's blind measure: holdout 0.764 when first read, 0.772 at the end
# (floor 0.74). End of the thirty-second: wire 0.835 (floor 0.80), unseen7 0.774 (floor 0.75), unseen16 0.814 (floor
# 0.79), unseen17 0.681 (floor 0.65), unseen19 0.830 (floor 0.80), unseen20 (its tune half studied this session)
# 0.798 (floor 0.77); corpus/unseen21 joined, both halves the session's blind measure: holdout 0.678 when first read
# and at the end (floor 0.65). End of the thirty-third: unseen4 0.827 (floor 0.80), unseen5 0.848 (floor 0.82), unseen6
# 0.803 (floor 0.78), unseen7 0.783 (floor 0.76), unseen8 0.765 (floor 0.74), unseen10 0.806 (floor 0.78), unseen11
# 0.721 (floor 0.70), unseen12 0.803 (floor 0.78), unseen17 0.695 (floor 0.67), unseen18 0.800 (floor 0.77), unseen19
# 0.838 (floor 0.81), unseen20 0.810 (floor 0.78); corpus/unseen22 joined, both halves the session's blind measure:
# holdout 0.691 when first read and at the end (floor 0.66). End of the thirty-fourth: unseen18 0.817 (floor 0.79);
# corpus/unseen23 joined, both halves the session's blind measure: holdout 0.724 when first read and at the end
# (floor 0.70). End of the thirty-fifth: unseen6 0.812, unseen7 0.797 (floor 0.77), unseen13 0.838 (floor 0.81),
# unseen23 0.731; corpus/unseen24 joined, both halves the session's blind measure: holdout 0.733 when first read and
# at the end (floor 0.70). End of the thirty-sixth: unseen10 0.820 (floor 0.79), unseen17 0.709 (floor 0.68), unseen21
# 0.694 (floor 0.66), unseen22 0.709 (floor 0.68); corpus/unseen25 joined, both halves the session's blind measure:
# holdout 0.713 when first read, 0.729 at the end (floor 0.70). End of the thirty-seventh: unseen4 0.840 (floor 0.81),
# unseen10 0.829 (floor 0.80), unseen21 0.705 (floor 0.68), unseen24 0.738 (floor 0.71), unseen25 0.743 (floor 0.71);
# corpus/unseen26 joined, both halves the session's blind measure: holdout 0.673 when first read, 0.679 at the end
# (floor 0.65).
# End of the thirty-eighth: unseen15 0.777 (floor 0.75), unseen18 0.833 (floor 0.80), unseen26 0.688 (floor 0.66);
# corpus/unseen27 joined, both halves the session's blind measure: holdout 0.704 when
# first read, 0.704 at the end (floor 0.67).
# End of the thirty-ninth: unseen6 0.820 (floor 0.79), unseen19 0.851 (floor 0.82), unseen21 0.720 (floor 0.69),
# unseen23 0.757 (floor 0.73), unseen26 0.701 (floor 0.67; its MEDIATOR stance rows made optional), unseen27 0.748
# (floor 0.72); corpus/unseen28 joined, both halves the session's blind measure: holdout 0.750 when first read, 0.750
# at the end (floor 0.72).
# End of the fortieth: holdouts rose, floors raised: unseen3 0.91, unseen11 0.71, unseen26 0.68, unseen28 0.73;
# corpus/unseen29 joined, both halves the session's blind measure: holdout
# 0.773 when first read, 0.773 at the end (floor 0.74).
DEV_HOLDOUT_F1_FLOOR = 0.75
DEV_HOLDOUT_RU_UK_F1_FLOOR = 0.84
CHECK_HOLDOUT_F1_FLOOR = 0.89
CHECK_HOLDOUT_RU_UK_F1_FLOOR = 0.81
WIRE_HOLDOUT_F1_FLOOR = 0.80
UNSEEN_HOLDOUT_F1_FLOOR = 0.89
UNSEEN2_HOLDOUT_F1_FLOOR = 0.91
UNSEEN3_HOLDOUT_F1_FLOOR = 0.91
UNSEEN4_HOLDOUT_F1_FLOOR = 0.81
UNSEEN5_HOLDOUT_F1_FLOOR = 0.82
UNSEEN6_HOLDOUT_F1_FLOOR = 0.79
UNSEEN7_HOLDOUT_F1_FLOOR = 0.77
UNSEEN8_HOLDOUT_F1_FLOOR = 0.74
UNSEEN9_HOLDOUT_F1_FLOOR = 0.80
UNSEEN10_HOLDOUT_F1_FLOOR = 0.80
UNSEEN11_HOLDOUT_F1_FLOOR = 0.71
UNSEEN12_HOLDOUT_F1_FLOOR = 0.78
UNSEEN13_HOLDOUT_F1_FLOOR = 0.81
UNSEEN14_HOLDOUT_F1_FLOOR = 0.77
UNSEEN15_HOLDOUT_F1_FLOOR = 0.75
UNSEEN16_HOLDOUT_F1_FLOOR = 0.79
UNSEEN17_HOLDOUT_F1_FLOOR = 0.68
UNSEEN18_HOLDOUT_F1_FLOOR = 0.80
UNSEEN19_HOLDOUT_F1_FLOOR = 0.82
UNSEEN20_HOLDOUT_F1_FLOOR = 0.78
UNSEEN21_HOLDOUT_F1_FLOOR = 0.69
UNSEEN22_HOLDOUT_F1_FLOOR = 0.68
UNSEEN23_HOLDOUT_F1_FLOOR = 0.73
UNSEEN24_HOLDOUT_F1_FLOOR = 0.71
UNSEEN25_HOLDOUT_F1_FLOOR = 0.71
UNSEEN26_HOLDOUT_F1_FLOOR = 0.68
UNSEEN27_HOLDOUT_F1_FLOOR = 0.72
UNSEEN28_HOLDOUT_F1_FLOOR = 0.73
UNSEEN29_HOLDOUT_F1_FLOOR = 0.74


@pytest.fixture(scope="module")
def real() -> dict[str, dict[str, Any]]:
    """One evaluate run per corpus split, through the CLI's main, with the project's configuration."""
    config = PROJECT / "summitwatch.toml"
    out = {}
    for name, corpus, split in (
        ("seed", "corpus/seed", "all"),
        ("dev_holdout", "corpus/dev", "holdout"),
        ("dev_tune", "corpus/dev", "tune"),
        ("check_holdout", "corpus/check", "holdout"),
        ("wire_holdout", "corpus/wire", "holdout"),
        ("unseen_holdout", "corpus/unseen", "holdout"),
        ("unseen2_holdout", "corpus/unseen2", "holdout"),
        ("unseen3_holdout", "corpus/unseen3", "holdout"),
        ("unseen4_holdout", "corpus/unseen4", "holdout"),
        ("unseen5_holdout", "corpus/unseen5", "holdout"),
        ("unseen6_holdout", "corpus/unseen6", "holdout"),
        ("unseen7_holdout", "corpus/unseen7", "holdout"),
        ("unseen8_holdout", "corpus/unseen8", "holdout"),
        ("unseen9_holdout", "corpus/unseen9", "holdout"),
        ("unseen10_holdout", "corpus/unseen10", "holdout"),
        ("unseen11_holdout", "corpus/unseen11", "holdout"),
        ("unseen12_holdout", "corpus/unseen12", "holdout"),
        ("unseen13_holdout", "corpus/unseen13", "holdout"),
        ("unseen14_holdout", "corpus/unseen14", "holdout"),
        ("unseen15_holdout", "corpus/unseen15", "holdout"),
        ("unseen16_holdout", "corpus/unseen16", "holdout"),
        ("unseen17_holdout", "corpus/unseen17", "holdout"),
        ("unseen18_holdout", "corpus/unseen18", "holdout"),
        ("unseen19_holdout", "corpus/unseen19", "holdout"),
        ("unseen20_holdout", "corpus/unseen20", "holdout"),
        ("unseen21_holdout", "corpus/unseen21", "holdout"),
        ("unseen22_holdout", "corpus/unseen22", "holdout"),
        ("unseen23_holdout", "corpus/unseen23", "holdout"),
        ("unseen24_holdout", "corpus/unseen24", "holdout"),
        ("unseen25_holdout", "corpus/unseen25", "holdout"),
        ("unseen26_holdout", "corpus/unseen26", "holdout"),
        ("unseen27_holdout", "corpus/unseen27", "holdout"),
        ("unseen28_holdout", "corpus/unseen28", "holdout"),
        ("unseen29_holdout", "corpus/unseen29", "holdout"),
    ):
        code, stdout, err = run(
            "evaluate",
            "--config",
            str(config),
            "--corpus",
            str(PROJECT / corpus),
            "--split",
            split,
            "--json",
            "--diffs",
        )
        assert code == 0, err
        out[name] = json.loads(stdout)
    return out


def test_floor_the_seed_corpus_is_read_completely(real: dict[str, dict[str, Any]]) -> None:
    seed = real["seed"]
    missing = [(d["doc"], m["party"], m["kind"], m["value"]) for d in seed["articles_diff"] for m in d["missing"]]
    assert missing == [] and seed["assertions"]["fn"] == 0
    assert seed["forbidden_hits"] == 0


def _ru_uk_f1(report: dict[str, Any]) -> float:
    langs = [report["by_lang"][lang] for lang in ("ru", "uk")]
    tp, fp, fn = (sum(t[k] for t in langs) for k in ("tp", "fp", "fn"))
    return 2 * tp / (2 * tp + fp + fn)


def test_floor_dev_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    assert real["dev_holdout"]["assertions"]["f1"] >= DEV_HOLDOUT_F1_FLOOR
    assert _ru_uk_f1(real["dev_holdout"]) >= DEV_HOLDOUT_RU_UK_F1_FLOOR


def test_floor_wire_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """Articles written blind by a writer who saw only the domain model (corpus/wire)."""
    assert real["wire_holdout"]["assertions"]["f1"] >= WIRE_HOLDOUT_F1_FLOOR


def test_floor_unseen_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """Articles in eight languages written and labelled blind from the spec alone, unread while the reader was
    tuned on the sessions before (corpus/unseen)."""
    assert real["unseen_holdout"]["assertions"]["f1"] >= UNSEEN_HOLDOUT_F1_FLOOR


def test_floor_unseen2_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A second blind corpus (16 en, 10 ru, 10 uk; pl, it, es, de), written from the spec alone and read only as
    figures while the reader was tuned in the thirteenth session (corpus/unseen2)."""
    assert real["unseen2_holdout"]["assertions"]["f1"] >= UNSEEN2_HOLDOUT_F1_FLOOR


def test_floor_unseen3_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A third blind corpus (16 en, 10 ru, 10 uk; fr, it, tr, el), written from the spec alone; its holdout half read
    only as figures while the reader was tuned in the fourteenth session (corpus/unseen3)."""
    assert real["unseen3_holdout"]["assertions"]["f1"] >= UNSEEN3_HOLDOUT_F1_FLOOR


def test_floor_unseen4_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A fourth blind corpus (16 en, 10 ru, 10 uk; de, es, pl, tr), written from the spec alone; both halves read
    only as figures while the reader was tuned in the fifteenth session (corpus/unseen4)."""
    assert real["unseen4_holdout"]["assertions"]["f1"] >= UNSEEN4_HOLDOUT_F1_FLOOR


def test_floor_unseen5_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A fifth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves read
    only as figures while the reader was tuned in the sixteenth session (corpus/unseen5)."""
    assert real["unseen5_holdout"]["assertions"]["f1"] >= UNSEEN5_HOLDOUT_F1_FLOOR


def test_floor_unseen6_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A sixth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves read
    only as figures while the reader was tuned in the seventeenth session (corpus/unseen6)."""
    assert real["unseen6_holdout"]["assertions"]["f1"] >= UNSEEN6_HOLDOUT_F1_FLOOR


def test_floor_unseen7_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A seventh blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the eighteenth session (corpus/unseen7)."""
    assert real["unseen7_holdout"]["assertions"]["f1"] >= UNSEEN7_HOLDOUT_F1_FLOOR


def test_floor_unseen8_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """An eighth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the nineteenth session (corpus/unseen8)."""
    assert real["unseen8_holdout"]["assertions"]["f1"] >= UNSEEN8_HOLDOUT_F1_FLOOR


def test_floor_unseen9_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A ninth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the twentieth session (corpus/unseen9)."""
    assert real["unseen9_holdout"]["assertions"]["f1"] >= UNSEEN9_HOLDOUT_F1_FLOOR


def test_floor_unseen10_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A tenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the twenty-first session (corpus/unseen10)."""
    assert real["unseen10_holdout"]["assertions"]["f1"] >= UNSEEN10_HOLDOUT_F1_FLOOR


def test_floor_unseen11_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """An eleventh blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the twenty-second session (corpus/unseen11)."""
    assert real["unseen11_holdout"]["assertions"]["f1"] >= UNSEEN11_HOLDOUT_F1_FLOOR


def test_floor_unseen12_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twelfth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the twenty-third session (corpus/unseen12)."""
    assert real["unseen12_holdout"]["assertions"]["f1"] >= UNSEEN12_HOLDOUT_F1_FLOOR


def test_floor_unseen13_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A thirteenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone; both halves
    read only as figures while the reader was tuned in the twenty-fourth session (corpus/unseen13)."""
    assert real["unseen13_holdout"]["assertions"]["f1"] >= UNSEEN13_HOLDOUT_F1_FLOOR


def test_floor_unseen14_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A fourteenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone with shapes
    earlier ones had little of; both halves read only as figures while the reader was tuned in the twenty-fifth
    session (corpus/unseen14)."""
    assert real["unseen14_holdout"]["assertions"]["f1"] >= UNSEEN14_HOLDOUT_F1_FLOOR


def test_floor_unseen15_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A fifteenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone with shapes
    earlier ones had little of (documents as sources, relative clauses, titles with "of", object-first German); both
    halves read only as figures while the reader was tuned in the twenty-sixth session (corpus/unseen15)."""
    assert real["unseen15_holdout"]["assertions"]["f1"] >= UNSEEN15_HOLDOUT_F1_FLOOR


def test_floor_unseen16_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A sixteenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone with shapes
    earlier ones had little of (digests, the attribution after the quote, conditions dropped or softened, hosts
    offering, a timeline box of old positions); both halves read only as figures while the reader was tuned in the
    twenty-seventh session (corpus/unseen16)."""
    assert real["unseen16_holdout"]["assertions"]["f1"] >= UNSEEN16_HOLDOUT_F1_FLOOR


def test_floor_unseen17_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A seventeenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone with shapes
    earlier ones had little of (statements passed on second-hand, parliament speakers, correction notes, hedged
    modality and double negation, a ministry or city council speaking); both halves read only as figures while the
    reader was tuned in the twenty-eighth session (corpus/unseen17)."""
    assert real["unseen17_holdout"]["assertions"]["f1"] >= UNSEEN17_HOLDOUT_F1_FLOOR


def test_floor_unseen18_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """An eighteenth blind corpus (18 en, 8 ru, 8 uk; el, it, fr, tr, de, es), written from the spec alone with shapes
    earlier ones had little of (anonymous sources, conditional sentences, walk-backs, relative dates, spelling variants
    of names, conditions dropped, an interviewer's question answered "Yes"); both halves read only as figures while
    the reader was tuned in the twenty-ninth session (corpus/unseen18)."""
    assert real["unseen18_holdout"]["assertions"]["f1"] >= UNSEEN18_HOLDOUT_F1_FLOOR


def test_floor_unseen19_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A nineteenth blind corpus (18 en, 8 ru, 8 uk; de, fr, it, es, pl, tr), written from the spec alone with shapes
    earlier ones had little of (a condition as a question the speaker answers himself, indirect chains of reported
    speech, bullet lists and a table of what each side wants, negated conditions, hypothetical offers, titles without
    names, two speakers joined by "while"); both halves read only as figures while the reader was tuned in the
    thirtieth session (corpus/unseen19)."""
    assert real["unseen19_holdout"]["assertions"]["f1"] >= UNSEEN19_HOLDOUT_F1_FLOOR


def test_floor_unseen20_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twentieth blind corpus (18 en, 8 ru, 8 uk; de, fr, it, es, el, tr), written from the spec alone with shapes
    earlier ones had little of (denials and corrections, conditions in headlines, quotes over several paragraphs, a
    position changing inside one article, a third party relaying terms, hedges and contrasts, interview answers "Yes"
    and "No", Telegram-style posts); both halves read only as figures while the reader was tuned in the thirty-first
    session (corpus/unseen20)."""
    assert real["unseen20_holdout"]["assertions"]["f1"] >= UNSEEN20_HOLDOUT_F1_FLOOR


def test_floor_unseen21_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-first blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (conditions told through "unless", "until", "as long as" in every language,
    rhetorical questions, numbered terms, several speakers in one paragraph, mediator lists, sarcasm, timeline boxes
    carrying old conditions, podcast and TV transcripts, a first-person op-ed); both halves read only as figures while
    the reader was tuned in the thirty-second session (corpus/unseen21)."""
    assert real["unseen21_holdout"]["assertions"]["f1"] >= UNSEEN21_HOLDOUT_F1_FLOOR


def test_floor_unseen22_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-second blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (interview answers that lean on the question, negated lists and exceptions,
    conditions through obligation and time, legitimacy and signatory lines, third parties relaying terms, the same
    statement in two outlets on different days, headlines that overstate); both halves read only as figures while
    the reader was tuned in the thirty-third session (corpus/unseen22)."""
    assert real["unseen22_holdout"]["assertions"]["f1"] >= UNSEEN22_HOLDOUT_F1_FLOOR


def test_floor_unseen23_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-third blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (periphrastic places, conditions inside relative clauses and nominal phrases,
    officials below the top, posts on social media, litotes and hedged refusals, flash styles, modality in the seven
    other languages, mixed-language quoting); both halves read only as figures while the reader was tuned in the
    thirty-fourth session (corpus/unseen23)."""
    assert real["unseen23_holdout"]["assertions"]["f1"] >= UNSEEN23_HOLDOUT_F1_FLOOR


def test_floor_no_forbidden_hit_on_dev_tune(real: dict[str, dict[str, Any]]) -> None:
    forbidden = [
        (d["doc"], f["party"], f["kind"], f["value"]) for d in real["dev_tune"]["articles_diff"] for f in d["forbidden"]
    ]
    assert forbidden == [] and real["dev_tune"]["forbidden_hits"] == 0


def test_floor_check_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """The second holdout (Russian, Ukrainian and English articles): overall and for the two languages together."""
    check = real["check_holdout"]
    assert check["assertions"]["f1"] >= CHECK_HOLDOUT_F1_FLOOR
    assert _ru_uk_f1(check) >= CHECK_HOLDOUT_RU_UK_F1_FLOOR


def test_layers_count_every_missed_row_once(synthetic: tuple[Path, Path]) -> None:
    """`--layers` puts each missed required row in one layer: the counts add up to the misses, name only known
    layers and kinds, and come as counts, never as sentences (safe on a holdout). Without it, no such key."""
    from summitwatch.miss_layers import LAYERS

    report = evaluate_json(*synthetic, "all", "--layers")
    layers = report["miss_layers"]
    assert set(layers) <= set(LAYERS)
    assert sum(n for kinds in layers.values() for n in kinds.values()) == report["assertions"]["fn"] == 1
    assert layers == {"nothing read: no cue: words": {"format": 1}}
    assert "miss_layers" not in evaluate_json(*synthetic, "all")
    code, out, _ = run("evaluate", "--config", str(synthetic[1]), "--corpus", str(synthetic[0]), "--layers")
    assert code == 0 and out.endswith("missed required rows by layer (counts only):\n  nothing read: no cue: words"
                                      "            1   format 1\n")


def _layers_of_a1(tmp_path: Path, rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """The miss layers of article a1 alone, labelled with `rows`."""
    meta = [json.dumps({"doc": "a1", "article": True, "published": ARTICLES["a1"][1], "lang": "en",
                        "kind_of_article": "meeting"})]
    corpus = write_corpus(tmp_path, meta + [json.dumps(r) for r in rows])
    for doc in ("a2", "a3"):
        (corpus / "articles" / f"{doc}.json").unlink()
    layers: dict[str, dict[str, int]] = evaluate_json(corpus, write_config(tmp_path), "all", "--layers")["miss_layers"]
    return layers


def test_layers_tell_another_party_from_another_value(tmp_path: Path) -> None:
    """A row the reader reads for another party is an attribution miss; a row whose party and kind it reads with
    another value is a value miss (a1: UA willing read as a MEDIATOR's; not_moscow labelled as not_minsk)."""
    rows = [{**GOLD[0], "party": "MEDIATOR"}, {**GOLD[1], "value": "not_minsk"}]
    assert _layers_of_a1(tmp_path, rows) == {"other party": {"stance": 1}, "other value": {"venue": 1}}


def test_layers_do_not_blame_attribution_for_another_partys_right_reading(tmp_path: Path) -> None:
    """A row whose kind and value the reader reads for another party that the gold ALSO labels is no attribution
    miss (that reading is right): a1's UA willing read, a MEDIATOR willing labelled beside it and missed, is
    "nothing read" for the mediator, not "other party"."""
    rows = [GOLD[0], {**GOLD[0], "party": "MEDIATOR", "speaker": "Recep Tayyip Erdogan"}]
    assert _layers_of_a1(tmp_path, rows) == {"nothing read: another party speaks": {"stance": 1}}


def test_layers_tell_which_part_reads_nothing(tmp_path: Path) -> None:
    """A row nothing reads is put where the sentence is lost: no statement in it (a1's context sentence names no
    speaker: attribution), only another party's speaker in it (a Russian row on Zelensky's words), or a statement
    of the row's party with nothing of the kind (a Ukrainian demand in Zelensky's words: lexicon, rules)."""
    rows = [{**GOLD[0], "kind": "prerequisite", "value": "ceasefire", "evidence": "Diplomats discussed a possible"},
            {**GOLD[0], "party": "RU", "kind": "prerequisite", "value": "ceasefire"},
            {**GOLD[0], "kind": "demand", "value": "neutrality"}]
    assert _layers_of_a1(tmp_path, rows) == {"nothing read: no statement": {"prerequisite": 1},
                                             "nothing read: another party speaks": {"prerequisite": 1},
                                             "nothing read: no cue: words": {"demand": 1}}


def test_layers_tell_why_a_speakers_sentence_has_no_cue() -> None:
    """"No cue" is split by the sentence read alone with every frame open: a cue then is the frames' loss (the
    meeting named elsewhere), a rule of the kind with all its concepts there and no cue is the chain's or polarity's,
    and no such rule is the lexicon's."""
    from summitwatch.miss_layers import NO_CUE, _no_cue

    assert _no_cue("A meeting in Geneva would be the right place.", "venue", "en") == NO_CUE[0]
    assert _no_cue("He was ready to go home, and a meeting is far away.", "stance", "en") == NO_CUE[1]
    assert _no_cue("Zelensky said Ukraine wanted a ceasefire.", "prerequisite", "en") == NO_CUE[2]


def test_floor_unseen24_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-fourth blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (conditions split over sentences and verbless fragments, verbs of signalling,
    long appositions between speaker and verb, same-day clarifications, women and groups as speakers, concessive
    venues, statements quoted from other media, a leader quoting the other); both halves read only as figures while
    the reader was tuned in the thirty-fifth session (corpus/unseen24)."""
    assert real["unseen24_holdout"]["assertions"]["f1"] >= UNSEEN24_HOLDOUT_F1_FLOOR


def test_floor_unseen25_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-fifth blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (epithets and coreference for speakers, trailing and fronted attribution,
    conditions as nouns, absolute refusals, formats said in words, deadlines, passive proposals, two officials of one
    party contradicting each other); both halves read only as figures while the reader was tuned in the thirty-sixth
    session (corpus/unseen25)."""
    assert real["unseen25_holdout"]["assertions"]["f1"] >= UNSEEN25_HOLDOUT_F1_FLOOR


def test_floor_unseen26_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-sixth blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (answers that need their question, bare institutions as speakers, hosts offering
    or being available, two speakers in one sentence, dates that are not the publication day, conditions as objections
    to a thing, hedges and softenings); both halves read only as figures while the reader was tuned in the
    thirty-seventh session (corpus/unseen26)."""
    assert real["unseen26_holdout"]["assertions"]["f1"] >= UNSEEN26_HOLDOUT_F1_FLOOR


def test_floor_unseen27_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-seventh blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (bare fragments and elliptic replies, Q/A turns inside news copy, speakers carried
    across paragraphs, reported speech of reported speech, rhetorical and conditional stances, hosts naming several
    places, negated prerequisites); both halves read only as figures while the reader was tuned in the thirty-eighth
    session (corpus/unseen27)."""
    assert real["unseen27_holdout"]["assertions"]["f1"] >= UNSEEN27_HOLDOUT_F1_FLOOR


def test_floor_unseen28_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-eighth blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (denials and corrections of reports, anonymous and institutional sources, posts
    on social media, positions softened or hardened within one article, analysis voice around quotes, third leaders
    relaying the two, dates by weekday or by another event); both halves read only as figures while the reader was
    tuned in the thirty-ninth session (corpus/unseen28)."""
    assert real["unseen28_holdout"]["assertions"]["f1"] >= UNSEEN28_HOLDOUT_F1_FLOOR


def test_floor_unseen29_holdout_f1(real: dict[str, dict[str, Any]]) -> None:
    """A twenty-ninth blind corpus (17 en, 8 ru, 8 uk; de, fr, it, es, el, tr, pl), written from the spec alone with
    shapes earlier ones had little of (press-conference and interview transcripts, read-outs, digests and fact-checks,
    mid-rank officials and name variants, idioms and rhetorical questions, conditions with time limits and exceptions,
    quotes across languages, dates from a transcript's header or "the day before"); both halves read only as figures
    while the reader was tuned in the fortieth session (corpus/unseen29)."""
    assert real["unseen29_holdout"]["assertions"]["f1"] >= UNSEEN29_HOLDOUT_F1_FLOOR
