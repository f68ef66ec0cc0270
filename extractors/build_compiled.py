"""Compile the reader's hot modules with mypyc into build/mypyc/ (`make compiled`; see extractors/__init__.py).

    python -m extractors.build_compiled [--if-stale]   # exit status 1 and a message if the build fails

mypyc (it comes with mypy, a dev dependency) turns the modules of `compiled.MODULES` into C, and the C compiler
into extension modules under `build/mypyc/`, never next to the `.py` files. The manifest written last records the
interpreter and the SHA-256 of every source the build read: the compiled modules and every project module they
import, directly or not (the build reads their `Final` literals). A source edited while the build ran fails it.
The new build replaces the old one only once complete; a failed build removes the old one (it no longer matches).
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from extractors import BUILD, GROUP, MANIFEST, MODULES, ROOT, check, file_hash, interpreter

OPT_LEVEL = os.environ.get("MYPYC_OPT_LEVEL", "3")


def module_file(name: str, root: Path = ROOT) -> Path | None:
    """The project's source of module `name`, or None for the standard library and installed packages."""
    base = root.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def sources(modules: tuple[str, ...] = MODULES, root: Path = ROOT) -> list[Path]:
    """The compiled modules' files and every project module they import, directly or not, with its packages."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):  # a module's packages are read (and run) before it
            prefix = ".".join(parts[:i])
            if prefix in seen:
                continue
            path = module_file(prefix, root)
            if path is None:
                continue
            seen[prefix] = path
            tree = ast.parse(path.read_bytes(), filename=str(path))
            package = prefix if path.name == "__init__.py" else prefix.rpartition(".")[0]
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    todo.extend(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:
                        anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                        base = ".".join([*anchor, base] if base else anchor)
                    todo.append(base)
                    todo.extend(f"{base}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return sorted(seen.values())


def _parallel_compile(compiler: Any, jobs: int) -> None:
    """Compile an extension's C files `jobs` at a time (setuptools compiles one extension's files in turn)."""
    serial = compiler.compile

    def compile_all(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
        with ThreadPoolExecutor(jobs) as pool:
            parts = list(pool.map(lambda source: serial([source], *args, **kwargs), sources))
        return [obj for part in parts for obj in part]

    compiler.compile = compile_all


def build(out: Path = BUILD, jobs: int = os.cpu_count() or 1) -> Path:
    """Build into `out` (replaced once complete). Raises RuntimeError (or SystemExit, mypyc's way) if it fails."""
    from mypyc.build import mypycify

    setup: Any = importlib.import_module("setuptools").setup  # setuptools has no type stubs here
    build_ext: Any = importlib.import_module("setuptools.command.build_ext").build_ext

    class ParallelBuildExt(build_ext):
        def build_extensions(self) -> None:
            _parallel_compile(self.compiler, jobs)
            super().build_extensions()

    read = sources()
    before = {path: file_hash(path) for path in read}
    work = out.parent / (out.name + "-work")  # C sources and objects
    new = out.parent / (out.name + ".new")
    shutil.rmtree(new, ignore_errors=True)
    cwd = Path.cwd()
    os.chdir(ROOT)  # mypy reads the project's configuration and names modules from their paths
    try:
        paths = [str(module_file(name).relative_to(ROOT)) for name in MODULES]  # type: ignore[union-attr]
        extensions = mypycify(
            ["--no-warn-unused-configs", *paths],
            target_dir=str(work / "c"),
            group_name=GROUP,
            opt_level=OPT_LEVEL,
            multi_file=True,
        )
        setup(
            name="summitwatch-compiled",
            ext_modules=extensions,
            cmdclass={"build_ext": ParallelBuildExt},
            script_args=["--quiet", "build_ext", "--build-lib", str(new), "--build-temp", str(work / "obj")],
        )
    finally:
        os.chdir(cwd)
    changed = [str(path.relative_to(ROOT)) for path in read if file_hash(path) != before[path]]
    if changed:
        raise RuntimeError(f"edited while the build ran: {', '.join(changed)}")
    suffix = interpreter()
    modules = {name: name.replace(".", "/") + suffix for name in MODULES}
    group = GROUP + "__mypyc" + suffix
    for binary in [*modules.values(), group]:
        if not (new / binary).is_file():
            raise RuntimeError(f"the build made no {new / binary}")
    manifest = {
        "interpreter": suffix,
        "mypy": _mypy_version(),
        "opt_level": OPT_LEVEL,
        "modules": modules,
        "group": group,
        "sources": {str(path.relative_to(ROOT)): digest for path, digest in sorted(before.items())},
    }
    (new / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    new.rename(out)
    return out


def _mypy_version() -> str:
    from mypy.version import __version__

    return __version__


def main(args: list[str]) -> int:
    start = time.monotonic()
    if "--if-stale" in args:
        binaries, why = check(env=False)
        if binaries is not None:
            print(f"compiled reader modules up to date ({BUILD})", file=sys.stderr)
            return 0
        print(f"building the compiled reader modules: {why}", file=sys.stderr)
    try:
        build()
    except (Exception, SystemExit) as exc:  # mypyc exits on type errors; the compiler's failures raise
        shutil.rmtree(BUILD, ignore_errors=True)
        print(f"compiled reader modules not built ({exc!r}): the reader runs as pure Python", file=sys.stderr)
        return 1
    print(f"compiled {len(MODULES)} reader modules into {BUILD} in {time.monotonic() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
