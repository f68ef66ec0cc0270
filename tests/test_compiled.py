"""The reader's compiled modules (extractors/__init__.py): used only while built from exactly the sources on disk,
all or none, and reading exactly as the pure Python modules do.

The tests that need a real build fail without one (`make test` and `make compiled` build it; after editing a reader
module, `make compiled` again): a suite that stopped building would otherwise pass having tested nothing compiled.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extractors as compiled
from extractors.build_compiled import sources
from tests.conftest import PROJECT

# One line per input: every statement's repr (conditions, rules and confidences included).
DUMP = r"""
import json, logging, sys
from datetime import date
from pathlib import Path
logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
import extractors as compiled
from extractors.base import ArticleText
from extractors.default import default_extractor

reader = default_extractor()
corpus = Path(sys.argv[1])
out = ["compiled" if compiled.in_use() else "pure"]
for f in sorted((corpus / "dev" / "articles").glob("*.json")):
    a = json.loads(f.read_text(encoding="utf-8"))
    art = ArticleText(a["id"], a["text"], a.get("title"), date.fromisoformat(a["published"]), a.get("outlet"),
                      a.get("url"))
    out.append(f"{f.name}: {reader.extract(art)!r}")
for i, line in enumerate((corpus / "probes" / "probes.jsonl").read_text(encoding="utf-8").splitlines()):
    art = ArticleText("probe", json.loads(line)["sentence"], published=date(2025, 6, 1))
    out.append(f"probe {i}: {reader.extract(art)!r}")
print("\n".join(out))
"""

WHICH = r"""
import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
import extractors.reader, extractors.conditions, extractors.attribution
import extractors as compiled
print(compiled.in_use(), extractors.attribution.__file__, extractors.conditions.__file__,
      getattr(extractors.conditions, "EDITED", False))
"""


def _start(code: str, *args: str, cwd: Path = PROJECT, pure: bool = False,
           path: Path | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_ENV}
    env["PYTHONHASHSEED"] = "0"
    if pure:
        env[compiled.PURE_ENV] = "1"
    if path is not None:
        env["PYTHONPATH"] = str(path)
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _output(proc: subprocess.Popen[str]) -> str:
    """What it logged (stderr), then what it printed."""
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    return err + out


def _python(code: str, *args: str, cwd: Path = PROJECT, path: Path | None = None) -> str:
    return _output(_start(code, *args, cwd=cwd, path=path))


def _needs_build() -> None:
    binaries, why = compiled.check(env=False)
    if binaries is None:
        pytest.fail(f"the compiled reader modules cannot be used ({why}): run `make compiled`")


def test_compiled_and_pure_modules_read_alike() -> None:
    _needs_build()
    both = [_start(DUMP, str(PROJECT / "corpus"), pure=pure) for pure in (False, True)]  # on two cores
    fast, slow = (_output(proc).splitlines() for proc in both)
    assert fast[0] == f"extractors: compiled reader modules in use ({compiled.BUILD})"
    assert slow[0] == f"extractors: pure Python reader modules: {compiled.PURE_ENV} is set"
    assert fast[1] == "compiled" and slow[1] == "pure"
    assert len(fast) > 200
    assert fast[2:] == slow[2:]


def _copy(tmp_path: Path) -> Path:
    """A copy of the packages the compiled modules read, with the build."""
    root = tmp_path / "copy"
    for package in ("extractors", "domain"):
        shutil.copytree(PROJECT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(compiled.BUILD, root / "build" / "mypyc")
    return root


def test_an_edited_module_runs_as_pure_python(tmp_path: Path) -> None:
    _needs_build()
    root = _copy(tmp_path)
    build = root / "build" / "mypyc"
    out = _python(WHICH, cwd=root, path=root).splitlines()
    assert out[0] == f"extractors: compiled reader modules in use ({build})"
    assert out[1] == f"True {build}/extractors/attribution{compiled.interpreter()} " \
                     f"{build}/extractors/conditions{compiled.interpreter()} False"

    # A session edits a rule module: its new code runs, and so does every other module's source (all or none).
    with (root / "extractors" / "conditions.py").open("a", encoding="utf-8") as f:
        f.write("\nEDITED = True\n")
    out = _python(WHICH, cwd=root, path=root).splitlines()
    assert out[0] == ("extractors: pure Python reader modules: extractors/conditions.py changed since the "
                      "build (make compiled rebuilds)")  # said once
    assert out[1] == f"False {root}/extractors/attribution.py {root}/extractors/conditions.py True"

    # Restored byte for byte, the build is used again; a module the compiled ones import counts as theirs.
    shutil.copy(PROJECT / "extractors" / "conditions.py", root / "extractors" / "conditions.py")
    assert _python(WHICH, cwd=root, path=root).splitlines()[1].startswith("True ")
    with (root / "domain" / "vocabulary.py").open("a", encoding="utf-8") as f:
        f.write("\n")
    out = _python(WHICH, cwd=root, path=root).splitlines()
    assert "domain/vocabulary.py changed since the build" in out[0]
    assert out[1].startswith("False ")


def _fake_build(root: Path, build: Path) -> None:
    """A manifest as extractors/build_compiled.py writes it, over empty files in place of the binaries."""
    suffix = compiled.interpreter()
    modules = {name: name.replace(".", "/") + suffix for name in compiled.MODULES}
    group = compiled.GROUP + "__mypyc" + suffix
    for binary in [*modules.values(), group]:
        (build / binary).parent.mkdir(parents=True, exist_ok=True)
        (build / binary).write_bytes(b"")
    hashes = {str(p.relative_to(root)): compiled.file_hash(p) for p in sources(root=root)}
    manifest = {"interpreter": suffix, "modules": modules, "group": group, "sources": hashes}
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_build_is_used_only_while_every_source_it_read_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, build = tmp_path / "src", tmp_path / "build"
    for package in ("extractors", "domain"):
        shutil.copytree(PROJECT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    assert compiled.check(build, root)[1] == f"no build in {build} (make compiled)"
    _fake_build(root, build)
    read = set(json.loads((build / compiled.MANIFEST).read_text())["sources"])
    # The compiled modules, and the project's modules they import (mypyc inlines their Final literals).
    assert {n.replace(".", "/") + ".py" for n in compiled.MODULES} | {"domain/vocabulary.py", "extractors/rules.py",
                                                                      "extractors/base.py"} <= read
    assert "extractors/article.py" not in read  # not imported by the reader: edits there keep the build
    binaries, why = compiled.check(build, root)
    assert why == "ok" and binaries is not None and set(binaries) == {*compiled.MODULES, "extractors_reader__mypyc"}

    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert compiled.check(build, root) == (None, f"{compiled.PURE_ENV} is set")
    assert compiled.check(build, root, env=False)[1] == "ok"
    monkeypatch.delenv(compiled.PURE_ENV)

    for source in sorted(read):
        original = (root / source).read_bytes()
        (root / source).write_bytes(original + b"# edited\n")
        assert compiled.check(build, root) == (None, f"{source} changed since the build (make compiled rebuilds)")
        (root / source).unlink()
        assert compiled.check(build, root) == (None, f"{source} changed since the build (make compiled rebuilds)")
        (root / source).write_bytes(original)
    assert compiled.check(build, root)[1] == "ok"

    (build / "extractors" / f"dates{compiled.interpreter()}").unlink()
    assert compiled.check(build, root)[1].startswith("missing from the build: ")
    manifest = json.loads((build / compiled.MANIFEST).read_text())
    manifest["interpreter"] = ".cpython-399-x86_64-linux-gnu.so"
    (build / compiled.MANIFEST).write_text(json.dumps(manifest))
    assert compiled.check(build, root)[1].startswith("the build is for .cpython-399")
    (build / compiled.MANIFEST).write_text("{")
    assert compiled.check(build, root)[1].startswith("unreadable ")


QUIRKS = r"""
import extractors as compiled
from domain.vocabulary import VocabularyError
from extractors import analysis, lexicon
from extractors.analysis import analyse
print(compiled.in_use(), analysis.__file__.endswith(".py"), lexicon.__file__.endswith(".py"))
view = analyse("Zelensky said he was ready to meet Putin in Istanbul.", "en")
print(view.token_from(0), view.token_through(len(view.text)), view.token_from(10_000))
for raw in ({"READY": "ready"}, {"READY": ["ready", 3]}, {"ready": ["ready"]}):
    try:
        lexicon.compile_lexicon("en", raw, "lexicon/en.toml")
    except VocabularyError as exc:
        print("VocabularyError", exc)
"""


def test_the_compiled_view_and_lexicon_behave_as_their_source() -> None:
    """mypyc leaves a dataclass field with init=False unset, and checks a declared `list[str]` as it is read: the
    view's token offsets and a malformed lexicon's error read as in pure Python (see extractors.MODULES)."""
    _needs_build()
    both = [_start(QUIRKS, pure=pure) for pure in (False, True)]
    fast, slow = (_output(proc).splitlines() for proc in both)
    assert fast[0] == "True False False" and slow[0] == "False True True"
    assert fast[1:] == slow[1:]
    assert fast[1] == "0 10 None"
    assert [line.split(":")[0] for line in fast[2:]] == ["VocabularyError lexicon/en.toml"] * 3
