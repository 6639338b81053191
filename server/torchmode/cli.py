"""The `torchmode` command: `torchmode check [PATH ...]` and `torchmode serve`.

`check` reads every file in the parent process (so unreadable files are reported once, in path
order), lets a text pre-filter (walk.PreFilter) pick the files that can hold a finding at all,
and hands only those to the engine: in this process with `--jobs 1`, else in a pool of worker
processes that each build one Engine and keep it for all their files.

Exit status: 0 no findings, 1 findings (or, with --diff, changes to show), 2 usage errors, I/O
errors (a file that could not be read, even when the others were checked) or an internal error.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import contextlib
import dataclasses
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from . import __version__, notebook, output, selection, walk
from .edits import apply_fixes, unified_diff
from .rewrite import FileChanged, digest, rewrite_file
from .findings import FileReport, Finding
from .importers import ImporterIndex
from .source import MAX_CHUNK_CHARS, ChunkCache, too_big_to_check
from . import rules
from .settings import KNOWN_CODES, Settings, find_pyproject, load_pyproject, settings_for

if TYPE_CHECKING:
    from .engine import Engine

FORMATS = ("text", "json", "sarif")
PYTHON_SUFFIXES = (".py", ".pyi", ".pyw")
MAX_FIX_ROUNDS = 5
# A file whose analysis takes longer than this (CPU seconds) is reported and skipped: one
# pathological file must not hang a whole-repository run. Real files take well under a second.
FILE_BUDGET_S = 10.0
BATCHES_PER_WORKER = 4  # fewer: better sharing of parsed imports; more: better load balance


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="torchmode",
        description="Find PyTorch code that crashes in cuDNN's RNN kernels on a GPU: "
                    + "; ".join(f"{rule.CODE} {rule.SUMMARY.lower()}" for rule in rules.RULES) + ".",
    )
    parser.add_argument("--version", action="version", version=f"torchmode {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="check files and folders (default: the current folder)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to check (default: .)")
    check.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    check.add_argument("--fix", action="store_true", help="apply the preferred fixes in place")
    check.add_argument("--diff", action="store_true", help="print the preferred fixes as a diff; write nothing")
    check.add_argument("--select", metavar="CODES", help="comma-separated codes or prefixes to report")
    check.add_argument("--ignore", metavar="CODES", help="comma-separated codes or prefixes not to report")
    check.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                       help="worker processes (default: number of CPUs; 1 = in this process)")
    check.add_argument("--interpreter", metavar="PYTHON",
                       help="resolve installed packages against this interpreter's environment (read, never run)")
    check.add_argument("--no-jedi", action="store_true", help="resolve names only, without jedi (faster, cruder)")
    check.add_argument("--no-prefilter", action="store_true",
                       help="analyse every file, not only those the text pre-filter lets through")
    check.add_argument("--config", metavar="PATH", help="read [tool.torchmode] from this file, not the nearest pyproject.toml")
    check.add_argument("--quiet", "-q", action="store_true", help="print findings only: no summary, no notes")
    check.add_argument("--verbose", "-v", action="store_true", help="show the engine's log, with tracebacks")
    commands.add_parser("serve", help="run the language server (see `torchmode serve --help`)", add_help=False)
    return parser


def entry() -> None:
    """The `torchmode` command. A check leaves a large heap behind (every parsed file and
    result): freeing it object by object at exit took 0.7 s after a one-process check of 1,716
    files, so once the output and the logs are flushed the process just ends."""
    try:
        code = main()
    except BrokenPipeError:  # `torchmode check . | head -1` closed the pipe: the reader has what it wanted
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`torchmode check | head`): nothing to lose
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "serve":
        from . import server  # imported only here: pygls is not needed to check files

        return server.main(argv[1:]) or 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "check":
        parser.print_help(sys.stderr)
        return 2
    _configure_logging(args.verbose)
    try:
        return Check(args).run()
    except UsageError as error:
        print(f"torchmode: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


class _OneLine(logging.Formatter):
    """Log records as one line each: the per-file note already says what went wrong."""

    def format(self, record: logging.LogRecord) -> str:
        return f"torchmode: {record.levelname.lower()}: {record.getMessage()}"


def _configure_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("torchmode: %(levelname)s %(name)s: %(message)s") if verbose else _OneLine())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # Without -v only critical messages: an engine bug is reported as a note on its file already.
    root.setLevel(logging.DEBUG if verbose else logging.CRITICAL)


class UsageError(Exception):
    pass


def _codes(value: str | None, flag: str) -> list[str] | None:
    if value is None:
        return None
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    for code in codes:
        if code != "ALL" and not any(known.startswith(code) for known in KNOWN_CODES):
            raise UsageError(f"invalid value {code!r} for {flag}: known codes are {', '.join(KNOWN_CODES)}")
    return list(KNOWN_CODES) if "ALL" in codes else codes


# --- analysis, in this process or in workers -------------------------------------------------------

_worker_engine: Engine | None = None  # set by _worker_init in each worker process
_worker_generation = -1


def _make_engine(options: dict) -> Engine:
    from .engine import Engine  # imported lazily: jedi costs ~100 ms to import

    return Engine(
        options["roots"],
        interpreter=options["interpreter"],
        extra_paths=options["extra_paths"],
        use_jedi=options["use_jedi"],
    )


class _OverBudget(BaseException):
    """Raised by the CPU-time alarm; a BaseException so the engine's own `except Exception` lets it
    through."""


def _over_budget(signum, frame):
    raise _OverBudget()


@contextlib.contextmanager
def _cpu_budget(seconds: float):
    """Interrupt the analysis of one file after `seconds` of CPU time (not wall time, so a busy
    machine does not trip it). Unix main thread only; elsewhere no budget."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGPROF, _over_budget)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _analyse(engine, path: str, text: str, budget: float = FILE_BUDGET_S) -> tuple[FileReport, str | None]:
    try:
        with _cpu_budget(budget):
            return engine.check_source(path, text), None
    except _OverBudget:
        return FileReport(path), f"not analysed: over the {budget:g} s CPU budget for one file (please report)"
    except Exception as error:  # the engine promises not to raise; never let one file stop the run
        return FileReport(path), f"internal error: {type(error).__name__}: {error}"


def _worker_init(options: dict) -> None:
    global _worker_engine
    _worker_engine = _make_engine(options)


def _worker_check(task: tuple) -> list[tuple[FileReport, str | None]]:
    """Check a batch of files (neighbours in the tree, so they share the modules they import)."""
    global _worker_generation
    batch, generation, changed = task
    assert _worker_engine is not None, "the pool's initializer sets it"
    if generation != _worker_generation:  # files were rewritten by --fix since this worker last ran
        for changed_path in changed:
            _worker_engine.invalidate(changed_path)
        _worker_generation = generation
    return [_analyse(_worker_engine, path, text) for path, text in batch]


def batches(files: dict[str, str], count: int) -> list[list[str]]:
    """Split files into about `count` batches of similar size, each a run of neighbouring paths:
    files of one package import the same modules, which a worker's engine then parses once."""
    order = sorted(files)
    total = sum(len(text) for text in files.values())
    target = max(total / max(count, 1), 1)
    result: list[list[str]] = [[]]
    size = 0
    for path in order:
        if size >= target and result[-1]:
            result.append([])
            size = 0
        result[-1].append(path)
        size += len(files[path])
    # Biggest batches first, so no worker is left with a big one at the end.
    return sorted(result, key=lambda batch: sum(len(files[p]) for p in batch), reverse=True)


class Analyser:
    """Runs the engine over files; keeps the engine(s) alive between --fix rounds."""

    def __init__(self, options: dict, jobs: int):
        self.options = options
        self.jobs = max(1, jobs)
        self.engine: Engine | None = None
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        self.generation = 0
        self.changed: tuple[str, ...] = ()

    def invalidate(self, paths) -> None:
        self.changed = tuple(paths)
        self.generation += 1
        if self.engine is not None:
            for path in paths:
                self.engine.invalidate(path)

    def check(self, files: dict[str, str]) -> dict[str, tuple[FileReport, str | None]]:
        return self.collect(self.submit(files))

    def submit(self, files: dict[str, str]) -> list[tuple[list[str], concurrent.futures.Future, dict[str, str]]]:
        """Start checking `files` in the workers (with one job: check them now). Returns what
        collect() waits for, so the caller can go on working meanwhile."""
        if not files:
            return []
        if self.pool is None and (self.jobs <= 1 or len(files) <= 1):
            if self.engine is None:
                self.engine = _make_engine(self.options)
            done: concurrent.futures.Future = concurrent.futures.Future()
            done.set_result([_analyse(self.engine, path, text) for path, text in files.items()])
            return [(list(files), done, files)]
        if self.pool is None:
            from . import engine  # noqa: F401  imported before the fork, so workers inherit it

            self.pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn"),
                initializer=_worker_init,
                initargs=(self.options,),
            )
        tasks = [(batch, ([(path, files[path]) for path in batch], self.generation, self.changed))
                 for batch in batches(files, BATCHES_PER_WORKER * self.jobs)]
        return [(batch, self.pool.submit(_worker_check, task), files) for batch, task in tasks]

    def collect(self, submitted: list) -> dict[str, tuple[FileReport, str | None]]:
        results: dict[str, tuple[FileReport, str | None]] = {}
        lost: dict[str, str] = {}
        for batch, future, files in submitted:
            try:
                results.update(zip(batch, future.result()))
            except BrokenProcessPool:
                lost.update((path, files[path]) for path in batch)
        if lost:
            # A worker died (out of memory, a crash in a C extension): finish in this process.
            print("torchmode: warning: a worker process died; checking the rest in one process", file=sys.stderr)
            self.pool = None
            self.jobs = 1
            results.update(self.check(lost))
        return results

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


# --- the check command --------------------------------------------------------------------------


def _program_text(path: str) -> str:
    """A workspace file's text as the engine reads it (a notebook: its program); "" when unreadable."""
    if notebook.is_notebook_path(path):
        try:
            return notebook.program_of(path)
        except notebook.NotebookError:
            return ""
    return walk.read_source(path).text or ""


def keeps_all_code(old: str, new: str) -> bool:
    """A fix may add lines, add a statement inside a line (`for x in l: model.train(); ...`) and
    re-indent, never delete: every old line must still be there, in order, and code that parsed
    must still parse."""
    remaining = iter(line.strip() for line in new.splitlines())
    kept = (line.strip() for line in old.splitlines() if line.strip())
    if not all(any(_within(line, candidate) for candidate in remaining) for line in kept):
        return False
    return _parses(new) or not _parses(old)  # code that parsed must still parse


def _parses(text: str) -> bool:
    """Does the text parse? Past MAX_CHUNK_CHARS block by block, leaving out the blocks too big
    to parse within the memory bound (source.py), one tree alive at a time."""
    if len(text) <= MAX_CHUNK_CHARS:
        pieces = [text]
    else:
        pieces = [chunk.text for chunk in ChunkCache().parse(text) if chunk.skipped is None]
    for piece in pieces:
        try:
            ast.parse(piece)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
    return True


def _within(old_line: str, new_line: str) -> bool:
    """`new_line` is `old_line` with text inserted (its characters, in order)."""
    if old_line == new_line:
        return True
    characters = iter(new_line)
    return all(character in characters for character in old_line)


def _signature(fix) -> tuple:
    """What a fix does, independent of where the lines are now (earlier fixes shift them)."""
    return (fix.title, tuple(edit.new_text for edit in fix.edits))


class Check:
    def __init__(self, args):
        self.args = args
        self.explicit: set[str] = set()  # files named on the command line (absolute)
        self.select = _codes(args.select, "--select")
        self.ignore = _codes(args.ignore, "--ignore")
        if args.jobs is not None and args.jobs < 1:
            raise UsageError("--jobs must be at least 1")
        self.warnings: list[str] = []
        self.config_settings: Settings | None = None
        if args.config:
            if not os.path.isfile(args.config):
                raise UsageError(f"--config {args.config}: no such file")
            self.config_settings = self._with_flags(load_pyproject(args.config, self.warnings))
        self.notices: list[str] = []  # said once, before the summary
        self.not_checked = 0  # files skipped as too big: the summary must not call them passed
        self._applied: dict[str, set] = {}  # path -> signatures of the fixes --fix applied to it
        self._pyproject_of_dir: dict[str, str | None] = {}
        self._settings_of_pyproject: dict[str | None, Settings] = {}
        self.errors = 0
        self.notebooks: dict[str, notebook.Notebook] = {}  # path -> its notebook, for .ipynb files

    def _with_flags(self, settings: Settings) -> Settings:
        """Command-line flags on top of the file's settings, layered as ruff does: `--select`
        starts a new selection (the file's `ignore` no longer applies), `--ignore` adds to it."""
        if self.select is not None:
            return settings.merged({"select": self.select, "ignore": self.ignore or []}, self.warnings)
        if self.ignore is not None:
            return settings.merged({"ignore": list(settings.ignore) + self.ignore}, self.warnings)
        return settings

    # settings are looked up per folder, cached by the pyproject.toml that governs it
    def _pyproject(self, folder: str) -> str | None:
        if folder not in self._pyproject_of_dir:
            self._pyproject_of_dir[folder] = find_pyproject(folder)
        return self._pyproject_of_dir[folder]

    def settings_for(self, path: str) -> tuple[Settings, str]:
        """Settings for a file or folder, and the folder their `exclude` globs are relative to."""
        if self.config_settings is not None:
            return self.config_settings, os.path.dirname(os.path.abspath(self.args.config))
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        pyproject = self._pyproject(folder)
        if pyproject not in self._settings_of_pyproject:
            self._settings_of_pyproject[pyproject] = self._with_flags(settings_for(pyproject or folder, None, self.warnings))
        base = os.path.dirname(pyproject) if pyproject else os.getcwd()
        return self._settings_of_pyproject[pyproject], base

    def error(self, path: str, message: str) -> None:
        self.errors += 1
        print(f"{output.display_path(path)}: {message}", file=sys.stderr)

    def run(self) -> int:
        # A batch run is short and keeps every parsed file alive: the cyclic collector would
        # re-walk all of them after each file (1.9 s of 11 on allennlp + fairseq + examples).
        gc.disable()
        args = self.args
        paths = args.paths or ["."]
        discovery = walk.discover(paths, lambda folder: (self.settings_for(folder)[0].exclude, self.settings_for(folder)[1]))
        self.explicit = {os.path.abspath(p) for p in paths if not os.path.isdir(p)}
        for given, reason in discovery.errors:
            self.error(given, f"cannot read: {reason}")

        sources: dict[str, walk.SourceFile] = {}
        for path in discovery.files:
            settings, _ = self.settings_for(path)
            if not selection.checks_anything(settings):
                continue
            source = self._read(path)
            if source is None:
                continue
            if too_big_to_check(source.text):  # before the pre-filter, whose cost grows with it
                self.notices.append(f"{output.display_path(path)}: {too_big_to_check(source.text)}")
                self.not_checked += 1
            else:
                sources[path] = source

        first_settings, _ = self.settings_for(os.path.abspath(paths[0]))
        roots = sorted({os.path.abspath(p) if os.path.isdir(p) else os.path.dirname(os.path.abspath(p)) for p in paths})
        options = {
            "roots": tuple(roots),
            "interpreter": os.path.abspath(args.interpreter) if args.interpreter else first_settings.interpreter,
            "extra_paths": tuple(first_settings.extra_paths),
            "use_jedi": not args.no_jedi,
        }
        jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
        analyser = Analyser(options, min(jobs, max(len(sources), 1)))  # never more workers than files
        try:
            return self._check_and_report(sources, analyser)
        finally:
            analyser.close()

    def _read(self, path: str) -> walk.SourceFile | None:
        """A file's text as the engine sees it (a notebook: its code cells as one program), or
        None after reporting why it cannot be checked."""
        if notebook.is_notebook_path(path):
            try:
                book = notebook.read_notebook(path)
            except notebook.NotebookError as error:
                self.error(path, f"cannot read: {error}")
                return None
            if not book.is_python:
                if not self.args.quiet:
                    print(f"{output.display_path(path)}: skipped: a {book.language} notebook, not Python", file=sys.stderr)
                return None
            if not self.args.quiet:
                for note in book.notes:
                    print(f"{output.display_path(path)}: {note}", file=sys.stderr)
            self.notebooks[path] = book
            return walk.SourceFile(path, text=book.program, digest=digest(book.file_bytes()))
        source = walk.read_source(path)
        if source.error:
            self.error(path, f"cannot read: {source.error}")
            return None
        if not path.endswith(PYTHON_SUFFIXES):
            # Named on the command line (discovery finds only .py and .ipynb): it must be Python,
            # or the user would be told "All checks passed!" about a file nobody checked.
            try:
                ast.parse(source.text)
            except (SyntaxError, ValueError) as error:
                where = f" (line {error.lineno}: {error.msg})" if isinstance(error, SyntaxError) else ""
                self.error(path, f"cannot read: not Python source{where} nor a Jupyter notebook (.ipynb)")
                return None
        return source

    def _check_all(self, sources: dict[str, walk.SourceFile], analyser: Analyser) -> dict:
        """Check the files the pre-filter lets through. The files it is sure of go to the
        workers first; following names across files to find the others overlaps with them."""
        texts = {path: source.text for path, source in sources.items()}
        if self.args.no_prefilter:
            return analyser.check(texts)
        # A file named alone (pre-commit's way) is judged knowing the workspace files it imports,
        # as checking its folder would: a helper there may be what switches the mode.
        context: dict[str, str] = {}
        roots = sorted({os.path.dirname(path) for path in self.explicit})
        read: dict[str, str] = {}  # what the importer search read, each file once

        def text_of(candidate: str) -> str:
            if candidate not in read:
                read[candidate] = texts.get(candidate) or _program_text(candidate)
            return read[candidate]

        importers = ImporterIndex(text_of)
        for path in sorted(self.explicit & texts.keys()):
            context.update(walk.imported_files(path, texts[path], roots))
            # and the files importing it, whose hazards inside it it reports (importers.py)
            for caller in importers.candidates(path):
                if caller not in texts and read.get(caller):
                    context[caller] = read[caller]
                    context.update(walk.imported_files(caller, read[caller], roots))
        # The pre-filter runs over them as over their folder; a helper it picks (a trainer whose backward
        # runs what the named file built) is analysed too, only to learn which named files its hazards
        # are found in (FileReport.found_elsewhere), and reports nothing itself.
        everything = {**context, **texts}
        prefilter = walk.PreFilter(everything)
        started = []
        for certain in prefilter.first_pass():
            started += analyser.submit({path: everything[path] for path in certain})
        started += analyser.submit({path: everything[path] for path in sorted(prefilter.rest())})
        analysed = analyser.collect(started)
        results = {path: result for path, result in analysed.items() if path in texts}
        # A crash the analysis of one file found in another (a script's objects meeting a trainer's
        # backward) is that file's to report: check it too, whatever its text looked like.
        missed = {p for report, _ in analysed.values() for p in report.found_elsewhere if p in texts and p not in results}
        if missed:
            results.update(analyser.check({path: texts[path] for path in sorted(missed)}))
        return results

    def _findings(self, results: dict[str, tuple[FileReport, str | None]], sources) -> dict[str, list[Finding]]:
        """The findings each file shows after settings (select/ignore/severity) and `# noqa`."""
        shown: dict[str, list[Finding]] = {}
        for path, (report, problem) in results.items():
            if problem:
                self.error(path, problem)
            for note in report.notes:
                if "internal error" in note:  # an engine bug: like ruff's panics, exit 2
                    self.errors += 1
            if not self.args.quiet:
                for note in report.notes:
                    # The engine may already name the file; name it once, as the working folder sees it.
                    for prefix in (f"{path}: ", f"{os.path.basename(path)}: "):
                        note = note[len(prefix):] if note.startswith(prefix) else note
                    print(f"{output.display_path(path)}: {note}", file=sys.stderr)
            settings, _ = self.settings_for(path)
            shown[path] = selection.shown(report.findings, settings, sources[path].text)
            if path in self.notebooks:  # messages name notebook lines by cell
                book = self.notebooks[path]
                shown[path] = [dataclasses.replace(
                    f, message=book.cell_message(f.message),
                    related=tuple(dataclasses.replace(r, message=book.cell_message(r.message)) if r.path == path else r
                                  for r in f.related)) for f in shown[path]]
        return shown

    def _check_and_report(self, sources: dict[str, walk.SourceFile], analyser: Analyser) -> int:
        args = self.args
        for warning in self.warnings:
            print(f"torchmode: warning: {warning}", file=sys.stderr)
        self._last_results = self._check_all(sources, analyser)
        shown = self._findings(self._last_results, sources)

        if args.diff:
            return self._diff(sources, shown)

        fixed = 0
        if args.fix:
            for _ in range(MAX_FIX_ROUNDS):
                changed = self._apply_fixes(sources, shown)
                if not changed:
                    break
                fixed += sum(changed.values())
                analyser.invalidate(list(changed))
                # Re-check what changed and what depends on it (a fix in a helper's file can clear
                # a finding at its call site); other files keep their findings.
                recheck = {p for p in shown if p in changed}
                recheck |= {p for p, (report, _) in self._last_results.items() if report.dependencies & changed.keys()}
                results = analyser.check({p: sources[p].text for p in recheck})
                self._last_results.update(results)
                shown.update(self._findings(results, sources))

        remaining = [f for path in sorted(shown) for f in shown[path]]
        for notice in dict.fromkeys(self.notices):
            print(f"torchmode: warning: {notice}", file=sys.stderr)
        self._print(remaining, fixed)
        if self.errors:
            return 2
        return 1 if remaining else 0

    def _print(self, findings: list[Finding], fixed: int) -> None:
        fmt = self.args.format
        if fmt == "json":
            sys.stdout.write(output.format_json(findings, self.notebooks))
        elif fmt == "sarif":
            sys.stdout.write(output.format_sarif(findings, notebooks=self.notebooks))
        else:
            sys.stdout.write(output.format_text(findings, self.notebooks))
            if not self.args.quiet:
                fixable = sum(1 for f in findings if f.preferred_fix)
                sys.stdout.write(output.summary(len(findings), fixed, fixable, self.errors, self.not_checked))
        sys.stdout.flush()

    def _fixed_text(self, source: walk.SourceFile, findings: list[Finding]) -> tuple[str, int]:
        """The file's text with the preferred fixes applied, and how many findings they fix."""
        # A fix already applied to this file in an earlier --fix round did not clear its finding:
        # applying it again would only insert the same line twice.
        done = self._applied.setdefault(source.path, set())
        fixes = [f.preferred_fix for f in findings if f.preferred_fix is not None and _signature(f.preferred_fix) not in done]
        if not fixes:
            return source.text, 0
        new_text, applied = apply_fixes(source.text, fixes)
        if new_text == source.text:
            return source.text, 0
        if not keeps_all_code(source.text, new_text):
            self.error(source.path, "fix not applied: it would have removed code or broken the syntax (please report)")
            return source.text, 0
        done.update(_signature(fix) for fix in applied)
        applied_edits = {fix.edits for fix in applied}
        return new_text, sum(1 for f in findings if f.preferred_fix and f.preferred_fix.edits in applied_edits)

    def _write_target(self, path: str) -> str | None:
        """The real file --fix may rewrite for `path`, or None (with a note) when that would write
        through a symlink to a file outside the paths named on the command line. A file named
        itself is followed, as ruff follows symlinks given on the command line."""
        real = os.path.realpath(path)
        named = [os.path.abspath(p) for p in (self.args.paths or ["."])]
        if os.path.abspath(path) in named or any(real == r or real.startswith(r.rstrip(os.sep) + os.sep)
                                                 for r in (os.path.realpath(p) for p in named if os.path.isdir(p))):
            return real
        self.notices.append(f"{output.display_path(path)}: not fixed: it is a symlink to {real}, outside the checked paths")
        return None

    def _fixed_notebook(self, path: str, findings: list[Finding]) -> tuple[notebook.Notebook, dict[int, str], int]:
        """The notebook with the preferred fixes applied, the new sources of the cells they
        change, and how many findings they fix."""
        book = self.notebooks[path]
        done = self._applied.setdefault(path, set())
        fixes = [f.preferred_fix for f in findings if f.preferred_fix is not None and _signature(f.preferred_fix) not in done]
        if not fixes:
            return book, {}, 0
        _, applied = apply_fixes(book.program, fixes)  # which fixes fit together, as in a .py file
        fixed, changed = book.with_fixes(applied)
        if not changed:
            return book, {}, 0
        old = {cell.index: cell.source for cell in book.code_cells}
        if not all(keeps_all_code(old[i], new) and keeps_all_code(notebook.cell_to_python(old[i])[0], notebook.cell_to_python(new)[0])
                   for i, new in changed.items()):
            self.error(path, "fix not applied: it would have removed code or broken the syntax (please report)")
            return book, {}, 0
        done.update(_signature(fix) for fix in applied)
        applied_edits = {fix.edits for fix in applied}
        return fixed, changed, sum(1 for f in findings if f.preferred_fix and f.preferred_fix.edits in applied_edits)

    def _apply_fixes(self, sources, shown) -> dict[str, int]:
        changed: dict[str, int] = {}
        written: dict[str, str] = {}  # real file -> the path it was fixed through, this round
        for path in sorted(shown):
            source = sources[path]
            if path in self.notebooks:
                fixed, _, count = self._fixed_notebook(path, shown[path])
                if not count:
                    continue
                target = self._write_target(path)
                if target is None:
                    continue
                data = fixed.file_bytes()
                try:  # the same guarded write as a .py file: temp file, fsync, replace if unchanged
                    rewrite_file(target, data, source.digest)
                except FileChanged as why:
                    self.error(path, f"not fixed: {why} since torchmode read it; run torchmode again")
                    continue
                except OSError as error:
                    self.error(path, f"not fixed, file left as it was: cannot write: {error.strerror or error}")
                    continue
                self.notebooks[path] = fixed
                sources[path] = dataclasses.replace(source, text=fixed.program, digest=digest(data))
                changed[path] = count
                continue
            new_text, count = self._fixed_text(source, shown[path])
            if not count:
                continue
            target = self._write_target(path)
            if target is None:
                continue
            if target in written:  # the same file under another name, fixed through that one
                fresh = walk.read_source(path)
                if fresh.error is None:
                    sources[path] = fresh
                    changed[path] = 0  # checked again as it is now
                continue
            # bytes: keeps the file's newlines and BOM exactly
            data = (b"\xef\xbb\xbf" if source.bom else b"") + new_text.encode(source.encoding)
            try:
                rewrite_file(target, data, source.digest)
            except FileChanged as why:
                self.error(path, f"not fixed: {why} since torchmode read it; run torchmode again")
                continue
            except OSError as error:
                self.error(path, f"not fixed, file left as it was: cannot write: {error.strerror or error}")
                continue
            written[target] = path
            sources[path] = dataclasses.replace(source, text=new_text, digest=digest(data))
            changed[path] = count
        return changed

    def _diff(self, sources, shown) -> int:
        would_fix = 0
        for path in sorted(shown):
            if path in self.notebooks:
                book = self.notebooks[path]
                _, cells, count = self._fixed_notebook(path, shown[path])
                would_fix += count
                old = {cell.index: cell.source for cell in book.code_cells}
                for index in sorted(cells):  # one diff per changed cell, headed as ruff heads them
                    sys.stdout.write(unified_diff(f"{output.display_path(path)}:cell {index + 1}", old[index], cells[index]))
                continue
            new_text, count = self._fixed_text(sources[path], shown[path])
            if count:
                would_fix += count
                sys.stdout.write(unified_diff(output.display_path(path), sources[path].text, new_text))
        sys.stdout.flush()
        if not self.args.quiet:
            print(f"Would fix {would_fix} error{'s' if would_fix != 1 else ''}." if would_fix else "No fixes available.",
                  file=sys.stderr)
        if self.errors:
            return 2
        return 1 if would_fix else 0
