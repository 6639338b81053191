#!/usr/bin/env python3
"""Score `torchmode check` on a corpus of runnable programs: precision/recall and fix success per category.

    .venv/bin/python scripts/evaluate_corpus.py [DIR ...]          # default: tests/corpus examples
    .venv/bin/python scripts/evaluate_corpus.py --no-label-by-running tests/corpus
    .venv/bin/python scripts/evaluate_corpus.py --via lsp benchmarks/holdout/tm001   # as the server reports it

A program is a .py file or a Jupyter notebook (.ipynb) with a `# expect: crash|clean` header (in a notebook: in its
code cells); other .py files are modules that programs import
(mini-projects live in subfolders and run with their folder as working directory). Ground truth comes from running
each program under torchmode's runtime guard (`python -m torchmode.guard`): a program is buggy when it dies with
one of the GPU errors the guard reproduces, and the error names the rule (CRASH_RULES: the training-mode message is
TM001, functorch's wrapped-storage errors and vmap's missing batching rule TM002, cuDNN's double-backward error
TM003). A finding on any line of the crash's call chain in the program's own code (the program and the modules of its
folder) finds it; a missed crash counts at its innermost frame there. For TM002 the program's line is the call of
the transformed function (the program's last frame before torch/_functorch). With --no-label-by-running the
`# expect:` headers and `# TM00N-here` markers are used instead. The category of a file is a `# category: NAME`
header, else the first folder under the corpus root. A `# fix: none` header says no fix is expected (vmap); a
`# fix: cudnn` header says the preferred fix is running the call without cuDNN (eval is set inside a callee in
another file, where a `.train()` line cannot be offered from the caller).

A finding is a true positive when it sits on an expected line of its file (rows as in the CLI's JSON, 1-based) with
the expected rule; precision, recall and fix success are reported per category and per rule.
Fix success, for each buggy program: apply the preferred fix of every finding in its file and in the modules of its
folder (the `fix` of the JSON output: a trainer's finding sits in trainer.py), then the files must parse, keep every
original line (stripped, in order: fixes only add lines or re-indent) and their newline style, they must re-analyse
clean and the program run clean under the guard.

In a notebook a line is (cell, row): the cell 1-based among all cells and the row within it, as `torchmode check`
reports notebook findings (the JSON's `cell`) and as the guard's tracebacks name cells (`nb.ipynb:cell 8`).

This file is also the library behind tests/test_corpus.py.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = [REPO / "tests" / "corpus", REPO / "examples"]
CUDNN_MESSAGE = "cudnn RNN backward can only be called in training mode"
# The first line of each error the guard reproduces (as measured on a GPU), and the rule it belongs to.
CRASH_RULES = (
    (f"RuntimeError: {CUDNN_MESSAGE}", "TM001"),
    ("NotImplementedError: Cannot access storage of TensorWrapper", "TM002"),
    ("RuntimeError: Cannot access data pointer of Tensor that doesn't have storage", "TM002"),
    ("RuntimeError: Batching rule not implemented for aten::lstm", "TM002"),
    ("RuntimeError: Batching rule not implemented for aten::gru", "TM002"),
    ("RuntimeError: Batching rule not implemented for aten::rnn_", "TM002"),
    ("NotImplementedError: the derivative for '_cudnn_rnn_backward' is not implemented.", "TM003"),
)
MARKER_RE = re.compile(r"# (TM\d{3})-here")
FIX_RE = re.compile(r"^#\s*fix:\s*(none|cudnn)\s*$", re.M)
EXCEPTION_RE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Interrupt)\b")
EXPECT_RE = re.compile(r"^#\s*expect:\s*(crash|clean)\s*$", re.M)
CATEGORY_RE = re.compile(r"^#\s*category:\s*([\w.-]+)\s*$", re.M)
FRAME_RE = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+), in ')
CELL_FILE_RE = re.compile(r"^(?P<path>.+\.ipynb):cell (?P<cell>\d+)$")
RUN_TIMEOUT_S = 120


def venv_python() -> str:
    candidate = REPO / ".venv" / "bin" / "python"
    return str(candidate) if candidate.exists() else sys.executable


def torchmode_command(python: str) -> list[str]:
    script = Path(python).parent / "torchmode"
    return [str(script)] if script.exists() else [python, "-m", "torchmode"]


# --- the corpus ----------------------------------------------------------------------------------------------


@dataclass
class SourceFile:
    path: Path
    root: Path  # the corpus directory it was found under
    category: str
    expect: str | None  # "crash" | "clean" for programs, None for imported modules
    marker_lines: list  # 1-based lines holding `# TM00N-here` ((cell, row) in a notebook)
    marker_codes: list[str] = field(default_factory=list)  # the rule of each marker, in the same order
    fix_expected: bool = True  # False under a `# fix: none` header
    fix_kind: str = "auto"  # "cudnn" under a `# fix: cudnn` header: the preferred fix must disable cuDNN

    @property
    def markers(self) -> set[tuple[int, str]]:
        return set(zip(self.marker_lines, self.marker_codes))

    @property
    def is_program(self) -> bool:
        return self.expect is not None


def _category(path: Path, root: Path, text: str) -> str:
    header = CATEGORY_RE.search(text)
    if header:
        return header.group(1)
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else root.name


def discover(dirs) -> list[SourceFile]:
    files = []
    for root in map(Path, dirs):
        root = root.resolve()
        candidates = [root] if root.is_file() else sorted(root.rglob("*.py")) + sorted(root.rglob("*.ipynb"))
        base = root.parent if root.is_file() else root
        for path in candidates:
            if any(part.startswith(".") or part == "__pycache__" for part in path.relative_to(base).parts):
                continue
            if path.suffix == ".ipynb":
                cells = notebook_code_cells(read_exact(path))
                text = "\n".join(source for _, source in cells)
                found = [((number, row), m.group(1)) for number, source in cells
                         for row, line in enumerate(source.splitlines(), 1) for m in [MARKER_RE.search(line)] if m]
            else:
                text = path.read_text(encoding="utf-8")
                found = [(i, m.group(1)) for i, line in enumerate(text.splitlines(), 1)
                         for m in [MARKER_RE.search(line)] if m]
            expect = EXPECT_RE.search(text)
            fix_header = FIX_RE.search(text)
            fix_header_kind = fix_header.group(1) if fix_header else "auto"
            files.append(SourceFile(path, base, _category(path, base, text), expect and expect.group(1),
                                    [where for where, _ in found], [code for _, code in found],
                                    fix_header_kind != "none", fix_header_kind))
    # A module counts in the category of the programs of its folder (its trainer's findings are theirs).
    by_folder = {f.path.parent: f.category for f in files if f.is_program}
    for f in files:
        if not f.is_program and f.path.parent in by_folder and not CATEGORY_RE.search(read_exact(f.path)):
            f.category = by_folder[f.path.parent]
    return files


# --- running programs under the guard --------------------------------------------------------------------------


@dataclass
class RunResult:
    path: Path
    returncode: int
    stderr: str
    crashed: bool  # died with one of the GPU errors the guard reproduces
    crash_line: int | None  # where that is reported: see expected_frame_line()
    rule: str | None = None  # the rule the error belongs to (CRASH_RULES)
    # The crash's frames in the program's folder (its own code: the program and its modules), outermost
    # first, as (resolved path, line): a finding on any of them is on the crash's call chain.
    chain: tuple = ()

    @property
    def broken(self) -> bool:
        """Failed for another reason than the guard's: the program itself is wrong."""
        return self.returncode != 0 and not self.crashed


def crash_rule(stderr: str) -> str | None:
    """The rule of the error the last traceback ends with (its first line), if it is one the guard reproduces."""
    last = stderr.rfind("Traceback (most recent call last):")
    if last < 0:
        return None
    header = next((line for line in stderr[last:].splitlines()[1:] if EXCEPTION_RE.match(line)), "")
    return next((rule for prefix, rule in CRASH_RULES if header.startswith(prefix)), None)


def transform_call_line(stderr: str, path: Path) -> int | None:
    """The program's outermost frame whose next frame is inside torch/_functorch: the call of a transformed
    function (a `functional_call` inside it also goes through torch/_functorch, deeper down)."""
    last = stderr.rfind("Traceback (most recent call last):")
    frames = [m for m in (FRAME_RE.match(t) for t in stderr[max(last, 0):].splitlines()) if m]
    for frame, following in zip(frames, frames[1:]):
        if "_functorch" not in Path(following["file"]).parts:
            continue
        cell = CELL_FILE_RE.match(frame["file"])
        if cell and Path(path.parent, cell["path"]).resolve() == path.resolve():
            return (int(cell["cell"]), int(frame["line"]))
        if Path(frame["file"]).resolve() == path.resolve():
            return int(frame["line"])
    return None


def innermost_frame_line(stderr: str, path: Path):
    """The line of the innermost frame of `path` in the last traceback printed ((cell, row) in a notebook)."""
    last = stderr.rfind("Traceback (most recent call last):")
    line = None
    for text in stderr[max(last, 0):].splitlines():
        match = FRAME_RE.match(text)
        if not match:
            continue
        cell = CELL_FILE_RE.match(match["file"])
        if cell and Path(path.parent, cell["path"]).resolve() == path.resolve():
            line = (int(cell["cell"]), int(match["line"]))
        elif Path(match["file"]).resolve() == path.resolve():
            line = int(match["line"])
    return line


def own_frames(stderr: str, path: Path) -> tuple:
    """The frames of the last traceback in files of the program's folder and its packages (.py files),
    outermost first."""
    last = stderr.rfind("Traceback (most recent call last):")
    folder = path.parent.resolve()
    frames = []
    for text in stderr[max(last, 0):].splitlines():
        match = FRAME_RE.match(text)
        cell = CELL_FILE_RE.match(match["file"]) if match else None
        if cell:
            # A notebook's cells are one file to the scorer: (cell, row).
            if Path(path.parent, cell["path"]).resolve() == path.resolve():
                frames.append((path.resolve(), (int(cell["cell"]), int(match["line"]))))
        elif match:
            file = Path(match["file"]).resolve()
            if file.is_relative_to(folder) and file.suffix == ".py" and ".venv" not in file.parts:
                frames.append((file, int(match["line"])))
    return tuple(frames)


def run_under_guard(path: Path, python: str | None = None, timeout: float = RUN_TIMEOUT_S) -> RunResult:
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [python or venv_python(), "-m", "torchmode.guard", str(path)],
        cwd=path.parent, env=env, capture_output=True, text=True, timeout=timeout,
    )
    return _run_result(path, proc.returncode, proc.stderr)


def _run_result(path: Path, returncode: int, stderr: str) -> RunResult:
    rule = crash_rule(stderr) if returncode != 0 else None
    line = None
    if rule == "TM002":
        line = transform_call_line(stderr, path)
    if rule is not None and line is None:
        line = innermost_frame_line(stderr, path)
    chain = own_frames(stderr, path) if rule is not None else ()
    return RunResult(path, returncode, stderr, rule is not None, line, rule, chain)


class GuardForkServer:
    """`python -m torchmode.guard PROGRAM`, forked from a process that imported torch once
    (scripts/guard_forkserver.py): the same run, ~15x cheaper; one request at a time."""

    def __init__(self, python: str | None = None):
        env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1")
        self.proc = subprocess.Popen(
            [python or venv_python(), str(REPO / "scripts" / "guard_forkserver.py")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
        )

    def run(self, path: Path, timeout: float = RUN_TIMEOUT_S) -> RunResult:
        self.proc.stdin.write(json.dumps({"path": str(path), "timeout": timeout}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the guard fork server exited {self.proc.wait()}")
        reply = json.loads(line)
        if reply["timed_out"]:
            raise subprocess.TimeoutExpired([str(path)], timeout, stderr=reply["stderr"])
        return _run_result(path, reply["returncode"], reply["stderr"])

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def run_all(paths, python: str | None = None, jobs: int = 2) -> dict[Path, RunResult]:
    """Every program under the guard, `jobs` at a time; through fork servers where the OS can fork."""
    if not hasattr(os, "fork"):
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return {r.path: r for r in pool.map(lambda p: run_under_guard(p, python), paths)}
    servers = Queue()
    started = [GuardForkServer(python) for _ in range(jobs)]
    for server in started:
        servers.put(server)

    def run(path):
        server = servers.get()
        try:
            return server.run(path)
        finally:
            servers.put(server)

    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return {r.path: r for r in pool.map(run, paths)}
    finally:
        for server in started:
            server.close()


# --- the analyser through its CLI ------------------------------------------------------------------------------


def analyse(paths, python: str | None = None, via: str = "cli") -> list[dict]:
    """`torchmode check --format json PATHS`: the diagnostics, in ruff's JSON shape; with via="lsp", what a
    language-server user gets for each file, in the same shape (lsp_findings.py)."""
    if via == "lsp":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import lsp_findings

        return lsp_findings.findings(paths, python or venv_python())
    cmd = torchmode_command(python or venv_python()) + ["check", "--format", "json", *map(str, paths)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode not in (0, 1) and not (proc.returncode == 2 and proc.stdout.startswith("[")):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr}")
    if proc.returncode == 2:  # an internal error on some file: its findings are lost, the others count
        print(f"warning: torchmode exited 2:\n{proc.stderr}", file=sys.stderr)
    return json.loads(proc.stdout or "[]")


def findings_by_file(diagnostics) -> dict[Path, list[dict]]:
    grouped = defaultdict(list)
    for d in diagnostics:
        if str(d.get("code", "")).startswith("TM"):
            grouped[Path(d["filename"]).resolve()].append(d)
    return grouped


def reported_markers(diagnostics: list[dict]) -> set[tuple[int, str]]:
    """(row, code) of each diagnostic: what the analyser says, in the markers' terms."""
    return {(reported_line(d), d["code"]) for d in diagnostics}


# --- fixes ----------------------------------------------------------------------------------------------------


def _offset(lines: list[str], location: dict) -> int:
    row, column = location["row"], location["column"]
    return sum(len(line) for line in lines[: row - 1]) + column - 1


def apply_fixes(text: str, diagnostics) -> str:
    """Apply the `fix` edits of the diagnostics (1-based rows, code-point columns), last edit first."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[-1].endswith(("\n", "\r")):
        lines.append("")  # a location on the line after a final newline
    edits = [e for d in diagnostics if d.get("fix") for e in d["fix"]["edits"]]
    spans = sorted(
        ((_offset(lines, e["location"]), _offset(lines, e["end_location"]), e["content"]) for e in edits),
        reverse=True,
    )
    for start, end, content in spans:
        text = text[:start] + content + text[end:]
    return text


# --- notebooks ------------------------------------------------------------------------------------------------


def notebook_code_cells(raw: str) -> list[tuple[int, str]]:
    """(cell number, 1-based among all cells; source) of each code cell."""
    cells = json.loads(raw)["cells"]
    return [(number, "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"])
            for number, cell in enumerate(cells, 1) if cell.get("cell_type") == "code"]


def apply_notebook_fixes(raw: str, diagnostics) -> str:
    """Apply the `fix` edits (rows within their `cell`) to the cells' sources; the notebook is written back as
    Jupyter writes it (indent 1)."""
    data = json.loads(raw)
    by_cell = defaultdict(list)
    for d in diagnostics:
        for edit in (d.get("fix") or {}).get("edits", []):
            by_cell[edit.get("cell", d.get("cell"))].append(edit)
    for number, edits in by_cell.items():
        cell = data["cells"][number - 1]
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        fixed = apply_fixes(source, [{"fix": {"edits": edits}}])
        cell["source"] = fixed.splitlines(keepends=True) if isinstance(cell["source"], list) else fixed
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def notebook_as_python(raw: str) -> str:
    """The code cells with IPython lines (`%magic`, `!shell`) as `pass` and non-Python `%%` cells left out."""
    pieces = []
    for _, source in notebook_code_cells(raw):
        lines = source.splitlines()
        if lines and lines[0].startswith("%%") and lines[0].split()[0] not in ("%%time", "%%capture", "%%timeit"):
            continue
        pieces.append("\n".join(line[: len(line) - len(line.lstrip())] + "pass" if line.lstrip()[:1] in ("%", "!")
                                else line for line in lines))
    return "\n".join(pieces) + "\n"


_STATEMENT_SEPARATOR = re.compile(r"\s*[;:]\s*")


def _added_statements_only(line: str, candidate: str) -> bool:
    """The candidate is the line with whole statements added (`for x in b: m.train(); m(x)...`): the line's
    `;`/`:`-separated parts are a subsequence of the candidate's."""
    remaining = iter(_STATEMENT_SEPARATOR.split(candidate))
    return all(any(part == other for other in remaining) for part in _STATEMENT_SEPARATOR.split(line))


def keeps_original_lines(original: str, fixed: str) -> bool:
    """Every original line (stripped) still appears, in order: the fix only added lines or statements, or
    re-indented."""
    remaining = iter(line.strip() for line in fixed.splitlines())
    return all(any(_added_statements_only(line.strip(), candidate) for candidate in remaining)
               for line in original.splitlines())


def same_newline_style(original: str, fixed: str) -> bool:
    """A CRLF file stays all-CRLF, an LF file all-LF."""
    crlf = "\r\n" in original
    return fixed.count("\n") == fixed.count("\r\n") if crlf else "\r\n" not in fixed


def read_exact(path: Path) -> str:
    """The text with its newlines as they are on disk (CRLF stays CRLF)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def parses(text: str) -> bool:
    try:
        ast.parse(text)
    except SyntaxError:
        return False
    return True


# --- the evaluation ---------------------------------------------------------------------------------------------


@dataclass
class FileOutcome:
    file: SourceFile
    expected: set[tuple[int, str]]  # (row, rule)
    reported: set[tuple[int, str]]

    @property
    def tp(self) -> int:
        return len(self.expected & self.reported)

    @property
    def fp(self) -> int:
        return len(self.reported - self.expected)

    @property
    def fn(self) -> int:
        return len(self.expected - self.reported)


@dataclass
class FixOutcome:
    program: SourceFile
    parses: bool = False
    keeps_code: bool = False
    keeps_newlines: bool = False
    reanalysed_clean: bool = False
    runs_clean: bool = False
    detail: str = ""
    rule: str | None = None  # the rule of the program's crash

    @property
    def success(self) -> bool:
        return self.parses and self.keeps_code and self.keeps_newlines and self.reanalysed_clean and self.runs_clean


@dataclass
class Evaluation:
    files: list[SourceFile]
    runs: dict[Path, RunResult]
    outcomes: list[FileOutcome] = field(default_factory=list)
    fixes: list[FixOutcome] = field(default_factory=list)


def expected_lines(file: SourceFile, runs: dict[Path, RunResult], label_by_running: bool) -> set[tuple[int, str]]:
    if not label_by_running:
        return file.markers
    run = runs.get(file.path)
    if run is None or not run.crashed or run.crash_line is None:
        return set()  # imported modules and clean programs: nothing to report
    # The run ends at its first crash; a further marked line is a bug the same run would meet next
    # (tests/corpus/fix_placement/adversarial_training), which running cannot show.
    # A marker on a line of the crash's own chain (a TM002 marker on the RNN call inside `forward`) is that crash.
    on_chain = {line for path, line in run.chain if path == file.path.resolve()}
    later = {(line, code) for line, code in file.markers if line != run.crash_line and line not in on_chain}
    return {(run.crash_line, run.rule)} | later


def reported_line(diagnostic: dict):
    """The row a finding is on; (cell, row) in a notebook."""
    row = diagnostic["location"]["row"]
    return (diagnostic["cell"], row) if diagnostic.get("cell") else row


def score(files, runs, diagnostics, label_by_running=True) -> list[FileOutcome]:
    reported = {path: reported_markers(found) for path, found in findings_by_file(diagnostics).items()}
    expected = {f.path: expected_lines(f, runs, label_by_running) for f in files}
    if label_by_running:
        for program in files:
            run = runs.get(program.path)
            if run is None or not run.crashed or not run.chain:
                continue
            # Found when a finding sits on any line of the crash's chain in the program's own code (the
            # program's call, or the backward in its trainer module); else missed at the innermost one.
            expected[program.path].discard((run.crash_line, run.rule))
            on_chain = [(path, line) for path, line in reversed(run.chain) if (line, run.rule) in reported.get(path, ())]
            path, line = on_chain[0] if on_chain else run.chain[-1]
            expected.setdefault(path, set()).add((line, run.rule))
    return [FileOutcome(f, expected[f.path], reported.get(f.path, set())) for f in files]


def program_rule(program: SourceFile, runs: dict[Path, RunResult], label_by_running: bool) -> str | None:
    """The rule a buggy program's crash belongs to."""
    if label_by_running:
        run = runs.get(program.path)
        return run.rule if run is not None else None
    if program.marker_codes:
        return program.marker_codes[0]
    # A mini-project's crash may sit in a module of its folder (the trainer's backward).
    folder = program.path.parent
    marked = sorted(p for p in folder.glob("*.py") if p != program.path)
    for module in marked:
        codes = MARKER_RE.findall(read_exact(module))
        if codes:
            return codes[0]
    return None


def own_modules(program: SourceFile, files) -> list:
    """The modules of the program's folder and of the packages below it that hold no program of their own."""
    folder = program.path.parent
    program_folders = {f.path.parent for f in files if f.is_program and f.path != program.path}
    found = []
    for module in files:
        if module.is_program or not module.path.is_relative_to(folder):
            continue
        between = module.path.parent
        while between != folder and between not in program_folders:
            between = between.parent
        if between == folder:
            found.append(module)
    return found


def _not_owned(sources: set[Path], owned: set[Path]):
    """A copytree ignore function: __pycache__, and the corpus's sources (programs, modules) not in `owned`."""
    def ignored(folder: str, names: list[str]) -> set[str]:
        return {name for name in names if name == "__pycache__"
                or (Path(folder) / name).resolve() in sources and (Path(folder) / name).resolve() not in owned}
    return ignored


def check_fixes(files, runs, diagnostics, python=None, label_by_running=True, via="cli") -> list[FixOutcome]:
    """Fix every buggy program in a scratch copy of its corpus, then re-analyse and re-run the copies."""
    reported = findings_by_file(diagnostics)
    buggy = [f for f in files if f.is_program and (runs[f.path].crashed if label_by_running else f.expect == "crash")]
    if not buggy:
        return []
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="torchmode-fixes-") as scratch:
        copies, checked = {}, {}
        sources = {f.path for f in files}
        for program in buggy:
            # The program and the modules of its folder and its packages (a trainer's finding sits in
            # trainer.py, or in engine/loop.py).
            modules = own_modules(program, files)
            # Each fixed program gets its own copy of its folder, so mini-projects keep their modules and data
            # files; the other programs of the folder (and their modules) stay out: a corpus category is one
            # folder of a hundred programs, and copying it for each of them made the re-analysis ~50x larger.
            target = Path(scratch) / str(len(copies)) / program.path.parent.name
            shutil.copytree(program.path.parent, target,
                            ignore=_not_owned(sources, {program.path, *(m.path for m in modules)}))
            copy = target / program.path.name
            outcome = FixOutcome(program, parses=True, keeps_code=True, keeps_newlines=True,
                                 rule=program_rule(program, runs, label_by_running), detail="no fix offered")
            for source in [program] + [m for m in modules if m.path in reported]:
                original = read_exact(source.path)
                notebook = source.path.suffix == ".ipynb"
                fixed = (apply_notebook_fixes if notebook else apply_fixes)(original, reported.get(source.path, []))
                with open(target / source.path.relative_to(program.path.parent), "w", encoding="utf-8",
                          newline="") as out:  # its own newlines
                    out.write(fixed)
                as_python = notebook_as_python if notebook else (lambda text: text)
                outcome.parses &= parses(as_python(fixed))
                outcome.keeps_code &= keeps_original_lines(as_python(original), as_python(fixed))
                outcome.keeps_newlines &= same_newline_style(original, fixed)
                if fixed != original:
                    outcome.detail = ""
            outcomes.append(outcome)
            copies[program.path] = copy
            checked[program.path] = {(target / m.path.relative_to(program.path.parent)).resolve()
                                     for m in [program, *modules]}
        again = findings_by_file(analyse([Path(scratch)], python, via))
        reruns = run_all(list(copies.values()), python)
        for outcome in outcomes:
            copy = copies[outcome.program.path]
            outcome.reanalysed_clean = not any(path in checked[outcome.program.path] for path in again)
            rerun = reruns[copy]
            outcome.runs_clean = rerun.returncode == 0
            if not outcome.runs_clean and not outcome.detail:
                outcome.detail = rerun.stderr.strip().splitlines()[-1] if rerun.stderr.strip() else "failed"
    return outcomes


def evaluate(dirs, python=None, label_by_running=True, fixes=True, via="cli") -> Evaluation:
    files = discover(dirs)
    programs = [f.path for f in files if f.is_program]
    runs = run_all(programs, python)
    diagnostics = analyse(dirs, python, via)
    ev = Evaluation(files, runs, score(files, runs, diagnostics, label_by_running))
    if fixes:
        ev.fixes = check_fixes(files, runs, diagnostics, python, label_by_running, via)
    return ev


# --- report ---------------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "  - "


def report(ev: Evaluation) -> str:
    rows = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # tp fp fn programs fixes_ok fixes_total
    for o in ev.outcomes:
        r = rows[o.file.category]
        r[0] += o.tp
        r[1] += o.fp
        r[2] += o.fn
        r[3] += o.file.is_program
    for fx in ev.fixes:
        rows[fx.program.category][4] += fx.success
        rows[fx.program.category][5] += 1
    lines = [f"{'category':<22} {'programs':>8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>6} {'fixes':>7}"]
    total = [0] * 6
    for name in sorted(rows):
        r = rows[name]
        total = [a + b for a, b in zip(total, r)]
        lines.append(
            f"{name:<22} {r[3]:>8} {r[0]:>4} {r[1]:>4} {r[2]:>4} {_ratio(r[0], r[0] + r[1]):>9} "
            f"{_ratio(r[0], r[0] + r[2]):>6} {f'{r[4]}/{r[5]}':>7}"
        )
    lines.append(
        f"{'ALL':<22} {total[3]:>8} {total[0]:>4} {total[1]:>4} {total[2]:>4} {_ratio(total[0], total[0] + total[1]):>9} "
        f"{_ratio(total[0], total[0] + total[2]):>6} {f'{total[4]}/{total[5]}':>7}"
    )
    lines += [""] + rule_report(ev)
    at, found, elsewhere = innermost_counts(ev)
    lines += ["", f"found on the crashing line itself (its marker, else the innermost frame; in a notebook its cell and row): {at} of {found}"]
    in_cell, notebook_found = crashing_cell_counts(ev)
    if notebook_found:
        lines.append(f"notebooks: found on the crashing line (its marker, or the cell and row that called into the module "
                     f"where it crashed): {in_cell} of {notebook_found}")
    problems = [f"ELSEWHERE {path}: crashes at {crashing}, found at {', '.join(map(str, found_at))}"
                for path, crashing, found_at in elsewhere]
    for path, run in sorted(ev.runs.items()):
        if run.broken:
            problems.append(f"BROKEN  {path}: exit {run.returncode}: {run.stderr.strip().splitlines()[-1:]}")
    for o in ev.outcomes:
        for line, code in sorted(o.expected - o.reported):
            problems.append(f"MISSED  {o.file.path}:{line} {code}")
        for line, code in sorted(o.reported - o.expected):
            problems.append(f"FALSE   {o.file.path}:{line} {code}")
    for fx in ev.fixes:
        if not fx.success:
            failed = [name for name in ("parses", "keeps_code", "keeps_newlines", "reanalysed_clean", "runs_clean") if not getattr(fx, name)]
            problems.append(f"FIX     {fx.program.path}: fails {', '.join(failed)} {fx.detail}".rstrip())
    return "\n".join(lines + ([""] + problems if problems else [])) + "\n"


def _found_crashes(ev: Evaluation):
    """Each crash run with a chain, in path order: (run path, run, the chain's lines holding a finding of the
    crash's rule, the lines its files mark for that rule)."""
    reported: dict[Path, set] = defaultdict(set)
    for o in ev.outcomes:
        reported[o.file.path.resolve()] |= o.reported
    markers = {f.path.resolve(): f.markers for f in ev.files}
    for run_path, run in sorted(ev.runs.items()):
        if not run.crashed or not run.chain:
            continue
        on_chain = [(path, line) for path, line in run.chain if (line, run.rule) in reported.get(path, ())]
        marked = [(path, line) for path in dict.fromkeys(p for p, _ in run.chain)
                  for line, code in markers.get(path, ()) if code == run.rule]
        yield run_path, run, on_chain, marked


def innermost_counts(ev: Evaluation) -> tuple[int, int, list]:
    """(crashes found on their crashing line, crashes found anywhere on their chain, and for those found
    only elsewhere on it: (file, crashing lines, lines found)). The crashing line is the program's
    `# TM00N-here` marker (the innermost frame in its own code; for TM002 the transform's call), else the
    innermost frame of the run."""
    at = found = 0
    elsewhere = []
    for run_path, run, on_chain, marked in _found_crashes(ev):
        found += bool(on_chain)
        crashing = marked or [run.chain[-1]]
        if any(site in on_chain for site in crashing):
            at += 1
        elif on_chain:
            elsewhere.append((run_path, [f"{p.name}:{line}" for p, line in crashing],
                              [f"{p.name}:{line}" for p, line in on_chain]))
    return at, found, elsewhere


def crashing_cell_counts(ev: Evaluation) -> tuple[int, int]:
    """(notebook crashes found on their crashing line, notebook crashes found on their chain). A crash inside
    a module beside the notebook has two: its marker in the module, and the cell and row that called into
    it (the notebook's innermost frame, where Jupyter's traceback points: `Cell In[4], line 10`)."""
    at = found = 0
    for run_path, run, on_chain, marked in _found_crashes(ev):
        notebook = Path(run_path).resolve()
        if notebook.suffix != ".ipynb":
            continue
        found += bool(on_chain)
        if not any(path == notebook for path, _ in marked):
            marked = marked + [(path, line) for path, line in run.chain if path == notebook][-1:]
        at += any(site in on_chain for site in marked or run.chain[-1:])
    return at, found


def rule_scores(ev: Evaluation) -> dict[str, list[int]]:
    """Per rule: [tp, fp, fn, fixes_ok, fixes_total] (a finding counts for the rule it names)."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for o in ev.outcomes:
        for _, code in o.expected & o.reported:
            rows[code][0] += 1
        for _, code in o.reported - o.expected:
            rows[code][1] += 1
        for _, code in o.expected - o.reported:
            rows[code][2] += 1
    for fx in ev.fixes:
        rows[fx.rule or "?"][3] += fx.success
        rows[fx.rule or "?"][4] += 1
    return rows


def rule_report(ev: Evaluation) -> list[str]:
    lines = [f"{'rule':<22} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>6} {'fixes':>7}"]
    for code, r in sorted(rule_scores(ev).items()):
        lines.append(f"{code:<22} {r[0]:>4} {r[1]:>4} {r[2]:>4} {_ratio(r[0], r[0] + r[1]):>9} "
                     f"{_ratio(r[0], r[0] + r[2]):>6} {f'{r[3]}/{r[4]}':>7}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--label-by-running", action=argparse.BooleanOptionalAction, default=True,
                        help="ground truth from running each program under the guard (default) or from its headers")
    parser.add_argument("--no-fixes", action="store_true", help="skip the fix check")
    parser.add_argument("--python", help="interpreter with torch and torchmode (default: .venv/bin/python)")
    parser.add_argument("--via", choices=("cli", "lsp"), default="cli",
                        help="findings and fixes from `torchmode check` (default) or from the language server, "
                             "each file opened as an editor opens it (lsp_findings.py)")
    args = parser.parse_args(argv)
    ev = evaluate(args.dirs, args.python, args.label_by_running, not args.no_fixes, args.via)
    sys.stdout.write(report(ev))
    perfect = all(o.fp == o.fn == 0 for o in ev.outcomes) and all(f.success for f in ev.fixes)
    return 0 if perfect else 1


if __name__ == "__main__":
    sys.exit(main())
