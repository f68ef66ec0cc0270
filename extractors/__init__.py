"""The extractors; and the reader's compiled modules (mypyc), used only if built from exactly the sources on disk.

`make compiled` (run by `make test`, `make run` and `make bench`; `MYPYC=0` opts out) compiles the
modules in `MODULES` into `build/mypyc/` (extractors/build_compiled.py), away from the `.py` files, and
records there the SHA-256 of every compiled module's source and of every project module they import
(mypyc inlines the literal values of `Final` names it reads there). When the package is imported, it
compares those hashes with the files on disk: if every one matches (and the build is for this
interpreter), a finder placed first on `sys.meta_path` loads the compiled modules; if one differs or
anything is missing, nothing is installed and every module is the `.py` file, as without a build, with
one debug log line saying why. The modules of one build call each other's compiled code directly, so
they are used all together or not at all. `SUMMITWATCH_PURE_PYTHON=1` forces the pure modules.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# The reader's hot path (profile of `python -m bench reading`): the tokenizer and lexicon walk, sentence
# analysis, actors' mentions, attribution, statements and their conditions, sentences, polarity, dates. Two of
# them read alike compiled only as written: analysis.View sets its `_offsets` (init=False) in __post_init__, which
# mypyc's dataclasses would leave unset, and lexicon.compile_lexicon takes `Mapping[str, object]` and checks it,
# which mypyc would check as declared `list[str]`, raising a TypeError that names no lexicon file. The reader's
# discourse state asked three times a sentence (reference: which meeting a sentence points back to) and the
# documents' party asked once a sentence are compiled too (h_perf36: -1.1% of a warm pass's instructions).
MODULES = (
    "extractors.lexicon",
    "extractors.analysis",
    "extractors.actors",
    "extractors.attribution",
    "extractors.conditions",
    "extractors.reader",
    "extractors.read",
    "extractors.answers",
    "extractors.sentences",
    "extractors.polarity",
    "extractors.dates",
    "extractors.reference",
    "extractors.documents",
)
GROUP = "extractors_reader"  # mypyc's shared library of the group is the top-level module `<GROUP>__mypyc`
ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "mypyc"
MANIFEST = "manifest.json"
PURE_ENV = "SUMMITWATCH_PURE_PYTHON"

log = logging.getLogger(__name__)

# Why the compiled modules are not used, or None when they are (set once, at the package's import).
reason: str | None = "not checked"


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def interpreter() -> str:
    """What a build must have been made for: the extension suffix names the Python version and ABI."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


class CompiledFinder:
    """Finds exactly the modules of a checked build; every other name is left to the usual finders."""

    def __init__(self, binaries: dict[str, Path]) -> None:
        self.binaries = binaries

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        binary = self.binaries.get(fullname)
        if binary is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(binary))
        return importlib.util.spec_from_file_location(fullname, binary, loader=loader)


def check(build: Path = BUILD, root: Path = ROOT, env: bool = True) -> tuple[dict[str, Path] | None, str]:
    """The binaries of the build in `build` if it matches every source under `root`, else None; and why."""
    if env and os.environ.get(PURE_ENV, "") not in ("", "0"):
        return None, f"{PURE_ENV} is set"
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, f"no build in {build} (make compiled)"
    except (OSError, ValueError) as exc:
        return None, f"unreadable {build / MANIFEST}: {exc}"
    if manifest.get("interpreter") != interpreter():
        return None, f"the build is for {manifest.get('interpreter')}, this interpreter loads {interpreter()}"
    if sorted(manifest.get("modules", {})) != sorted(MODULES):
        return None, "the build compiled other modules than extractors.MODULES"
    sources = manifest.get("sources", {})
    if any(name.replace(".", "/") + ".py" not in sources for name in MODULES):
        return None, "the build recorded no hash for a compiled module"
    for source, digest in sources.items():
        try:
            current = file_hash(root / source)
        except OSError:
            current = None
        if current != digest:
            return None, f"{source} changed since the build (make compiled rebuilds)"
    binaries = {name: build / binary for name, binary in manifest["modules"].items()}
    binaries[GROUP + "__mypyc"] = build / manifest["group"]
    missing = [str(path) for path in binaries.values() if not path.is_file()]
    if missing:
        return None, f"missing from the build: {', '.join(missing)}"
    return binaries, "ok"


def install() -> None:
    """Put the compiled modules first on the import path if the build matches the sources; else say why."""
    global reason
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return
    binaries, why = check()
    if binaries is not None:
        if any(name in sys.modules for name in MODULES):
            binaries, why = None, "a reader module was imported before the package"
    if binaries is not None:
        finder = CompiledFinder(binaries)
        sys.meta_path.insert(0, finder)
        try:
            # The shared library holds the group's code; its import runs no module code. If it cannot be
            # loaded (a broken build), nothing compiled is used.
            importlib.import_module(GROUP + "__mypyc")
        except ImportError as exc:
            sys.meta_path.remove(finder)
            binaries, why = None, f"the build does not load: {exc}"
    reason = None if binaries is not None else why
    if reason is None:
        log.debug("compiled reader modules in use (%s)", BUILD)
    else:
        log.debug("pure Python reader modules: %s", reason)


def in_use() -> bool:
    """Whether this process reads with the compiled modules."""
    module = sys.modules.get(MODULES[0])
    if module is None:
        return reason is None
    return not str(getattr(module, "__file__", "")).endswith(".py")


install()  # before any module of the package is imported
