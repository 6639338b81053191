"""Jupyter notebooks (nbformat 4) as one program.

A notebook runs as its code cells in document order ("Run All"), in one namespace: a model built
in one cell, `model.eval()` in another and `loss.backward()` in a third make one bug. So the
engine is given one program: every code cell's text, one after the other. IPython syntax that is
not Python (`%magic`, `!shell`, `x = !cmd`, `obj?`, a `%%bash` cell) becomes a no-op line
(`pass`) or a blank line, so each cell keeps its lines. The body of `%%time`, `%%capture` etc.
and the statement of `%time stmt` run as Python, so they stay.

Findings, related locations and fix edits come back as (cell, row, column): `cell` is the
1-based index among all cells, markdown included, and rows are relative to the cell, as ruff
reports notebook findings. `--fix` rewrites only the `source` of the cells it changes, spliced
into the original file text, so outputs, metadata, ids, key order and indentation stay byte for
byte as they were.

Plain `json` only: no dependency on nbformat.
"""

from __future__ import annotations

import ast
import bisect
import functools
import json
import os
import re
from dataclasses import dataclass, field

from .findings import Fix, Position, Range, TextEdit, replace_line_references

SUFFIX = ".ipynb"

# Cell magics whose body is Python that runs in the notebook's namespace.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})
# Line magics followed by a Python statement that runs (`%time loss.backward()`).
PYTHON_LINE_MAGICS = frozenset({"time", "timeit", "prun"})
# Shell commands IPython runs without `!` or `%` (automagic), when the line is not Python.
_AUTOMAGIC = re.compile(r"^(\s*)(?:pip|conda|cd|ls|pwd|mkdir|cat|mamba)(?:\s+[^=\s(].*)?$")
_ESCAPE = re.compile(r"^(\s*)(%%|%|!!|!|\?\??)")
_ASSIGN_ESCAPE = re.compile(r"^(\s*)([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*=\s*(%|!)")
_HELP = re.compile(r"^(\s*)[A-Za-z_][\w.]*\s*\?\??\s*$")
_MAGIC_NAME = re.compile(r"%{1,2}(\w+)\s*")


class NotebookError(Exception):
    """The file is not a notebook this module can read (with the reason, for the user)."""


def is_notebook_path(path: str) -> bool:
    return path.lower().endswith(SUFFIX)


# --- IPython syntax to Python, line for line ---------------------------------------------------


def _split_lines(text: str) -> list[str]:
    """Lines with their endings, split only at \\n, \\r\\n and \\r (as Python counts lines)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


class _Scanner:
    """Tracks whether the next line starts a statement: not inside brackets, a triple-quoted
    string or after a backslash continuation. Good enough to tell a `%magic` line from a
    line of a string that happens to start with `%`."""

    def __init__(self) -> None:
        self.depth = 0
        self.quote: str | None = None  # the open triple quote
        self.continued = False

    @property
    def at_statement_start(self) -> bool:
        return self.depth == 0 and self.quote is None and not self.continued

    def feed(self, line: str) -> None:
        body = line.rstrip("\r\n")
        i, n = 0, len(body)
        while i < n:
            if self.quote:
                end = body.find(self.quote, i)
                if end < 0:
                    break
                i, self.quote = end + 3, None
                continue
            char = body[i]
            if char == "#":
                break
            if char in "\"'":
                if body.startswith(char * 3, i):
                    self.quote = char * 3
                    i += 3
                    continue
                i += 1
                while i < n and body[i] != char:
                    i += 2 if body[i] == "\\" else 1
            elif char in "([{":
                self.depth += 1
            elif char in ")]}":
                self.depth = max(0, self.depth - 1)
            i += 1
        self.continued = self.quote is None and body.endswith("\\")


def _no_op(indent: str, ending: str) -> str:
    return f"{indent}pass{ending}"


def cell_to_python(source: str) -> tuple[str, dict[int, int]]:
    """The cell's text as Python with the same lines, and for each row where code moved left
    (`%time stmt` -> `stmt`) how many columns it moved."""
    lines = _split_lines(source)
    shifts: dict[int, int] = {}
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].lstrip().startswith("%%"):
        match = _MAGIC_NAME.match(lines[first].lstrip())
        if not match or match.group(1) not in PYTHON_CELL_MAGICS:
            # %%bash, %%html, %%writefile...: no line of the cell is Python.
            return "".join(_ending(line) for line in lines), {}
    out: list[str] = []
    scanner = _Scanner()
    for row, line in enumerate(lines):
        ending = _ending(line)
        body = line[: len(line) - len(ending)]
        if scanner.at_statement_start:
            replaced = _replace_ipython_line(body, row, shifts)
            if replaced is not None:
                out.append(replaced + ending)
                continue
        scanner.feed(line)
        out.append(line)
    return "".join(out), shifts


def _ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")):]


def _replace_ipython_line(body: str, row: int, shifts: dict[int, int]) -> str | None:
    """Python for one line of IPython syntax, or None when the line is Python already."""
    escape = _ESCAPE.match(body)
    if escape:
        indent = escape.group(1)
        if escape.group(2) == "%":
            magic = _MAGIC_NAME.match(body, len(indent))
            if magic and magic.group(1) in PYTHON_LINE_MAGICS:
                statement = body[magic.end():]
                if statement.strip() and not statement.startswith("-") and _parses(statement):
                    shifts[row] = magic.end() - len(indent)
                    return indent + statement
        return _no_op(indent, "")
    assign = _ASSIGN_ESCAPE.match(body)
    if assign:
        return f"{assign.group(1)}{assign.group(2)} = None"
    help_line = _HELP.match(body)
    if help_line and "?" in body:
        return _no_op(help_line.group(1), "")
    automagic = _AUTOMAGIC.match(body)
    if automagic and not _parses(body.strip()):
        return _no_op(automagic.group(1), "")
    return None


def _parses(text: str) -> bool:
    try:
        ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return True


# --- reading --------------------------------------------------------------------------------


@dataclass
class CodeCell:
    index: int  # 0-based among all cells
    source: str  # the cell's text as stored
    python: str  # as Python, same lines (blank when the cell is not Python or does not parse)
    start: int  # 0-based line of its first line in the program
    line_count: int
    shifts: dict[int, int] = field(default_factory=dict)
    problem: str | None = None  # why the cell is left out of the analysis

    @property
    def number(self) -> int:
        """1-based, among all cells: what ruff calls `cell`."""
        return self.index + 1


@dataclass
class Notebook:
    path: str
    raw: str  # the file's text, kept to write back everything but changed sources untouched
    data: dict
    code_cells: list[CodeCell]
    language: str  # the kernel's language ("python" when the notebook does not say)
    bom: bool = False
    program: str = ""

    @property
    def is_python(self) -> bool:
        return self.language.lower() in ("python", "python3", "ipython", "ipython3", "")

    @property
    def notes(self) -> list[str]:
        return [f"cell {c.number}: {c.problem}" for c in self.code_cells if c.problem]

    # positions: program <-> cell
    def cell_at(self, line: int) -> CodeCell | None:
        if not self.code_cells:
            return None
        starts = [c.start for c in self.code_cells]
        return self.code_cells[max(0, bisect.bisect_right(starts, line) - 1)]

    def locate(self, position: Position) -> tuple[int | None, Position]:
        """(1-based cell number, position in the cell's own text) of a program position."""
        cell = self.cell_at(position.line)
        if cell is None:
            return None, position
        row = position.line - cell.start
        column = position.character
        if column and row in cell.shifts:
            column += cell.shifts[row]
        return cell.number, Position(row, column)

    def program_position(self, cell_number: int, position: Position) -> Position:
        """The program position of a position in a cell (the inverse of locate)."""
        cell = next(c for c in self.code_cells if c.number == cell_number)
        column = position.character
        if column and position.line in cell.shifts:
            column = max(0, column - cell.shifts[position.line])
        return Position(cell.start + position.line, column)

    def locate_range(self, r: Range) -> tuple[int | None, Range]:
        cell, start = self.locate(r.start)
        end_cell, end = self.locate(r.end)
        owner = self.cell_at(r.start.line) if end_cell != cell else None
        if owner is not None:  # a range running into the next cell ends at its own cell's end
            last = max(owner.line_count - 1, 0)
            end = Position(last, len(_split_lines(owner.source)[last].rstrip("\r\n")) if owner.source else 0)
        return cell, Range(start, end)

    def cell_message(self, message: str) -> str:
        """A message with its program lines (`line 23`) named as cell lines (`cell 8, line 3`);
        code quoted in backticks is left alone."""
        def cell_line(line: int) -> str:
            number, position = self.locate(Position(line - 1, 0))
            return f"line {line}" if number is None else f"cell {number}, line {position.line + 1}"

        return replace_line_references(message, cell_line)

    # fixes
    def cell_edits(self, fix: Fix) -> dict[int, list[TextEdit]]:
        """A fix's edits by cell index, in cell coordinates."""
        edits: dict[int, list[TextEdit]] = {}
        for edit in fix.edits:
            number, rng = self.locate_range(edit.range)
            if number is None:
                continue
            edits.setdefault(number - 1, []).append(TextEdit(rng, edit.new_text))
        return edits

    def with_fixes(self, fixes: list[Fix]) -> tuple[Notebook, dict[int, str]]:
        """The notebook with these (non-overlapping) fixes applied, and the new sources of the
        cells they changed."""
        from .edits import apply_edits

        per_cell: dict[int, list[TextEdit]] = {}
        for fix in fixes:
            for index, edits in self.cell_edits(fix).items():
                per_cell.setdefault(index, []).extend(edits)
        sources = {c.index: c.source for c in self.code_cells}
        changed = {}
        for index, edits in per_cell.items():
            new_source = apply_edits(sources[index], edits)
            if new_source != sources[index]:
                changed[index] = new_source
        return self.with_sources(changed), changed

    def with_sources(self, sources: dict[int, str]) -> Notebook:
        """A copy whose cells `sources` names have that text; the rest of the file is kept byte
        for byte."""
        if not sources:
            return self
        spans = _source_spans(self.raw)
        pieces = []
        cursor = 0
        for index in sorted(sources):
            start, end = spans[index]
            pieces.append(self.raw[cursor:start])
            pieces.append(_format_source(self.raw, start, end, sources[index]))
            cursor = end
        pieces.append(self.raw[cursor:])
        return parse_notebook("".join(pieces), self.path, self.bom)

    def file_bytes(self) -> bytes:
        return (b"\xef\xbb\xbf" if self.bom else b"") + self.raw.encode("utf-8")


def _cell_text(cell: dict, index: int) -> str:
    source = cell.get("source", "")
    if isinstance(source, str):
        return source
    if isinstance(source, list) and all(isinstance(s, str) for s in source):
        return "".join(source)
    raise NotebookError(f"cell {index + 1}: `source` must be a string or a list of strings")


def _language(data: dict) -> str:
    metadata = data.get("metadata")
    if not isinstance(metadata, dict):
        metadata = {}
    for key, name in (("kernelspec", "language"), ("language_info", "name")):
        section = metadata.get(key)
        if isinstance(section, dict) and isinstance(section.get(name), str):
            return section[name]
    return "python"


def _cell_language(cell: dict) -> str | None:
    """The language VS Code records per cell (e.g. a `%%sql` cell switched to SQL)."""
    metadata = cell.get("metadata")
    vscode = metadata.get("vscode") if isinstance(metadata, dict) else None
    language = vscode.get("languageId") if isinstance(vscode, dict) else None
    return language if isinstance(language, str) else None


def parse_notebook(raw: str, path: str, bom: bool = False, skip_unparsable: bool = True) -> Notebook:
    """Read a notebook from its JSON text. `skip_unparsable`: a code cell that is not valid
    Python is left out (blank lines), as Jupyter fails that cell alone; an editor may prefer to
    let the engine recover what it can of a cell being typed."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise NotebookError(f"not a valid notebook: invalid JSON ({error.msg} at line {error.lineno} column {error.colno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        if isinstance(data, dict) and isinstance(data.get("worksheets"), list):
            raise NotebookError("nbformat 3 notebooks are not supported (convert with `jupyter nbconvert --to notebook --nbformat 4`)")
        raise NotebookError("not a valid notebook: no `cells` list (nbformat 4 expected)")
    nbformat = data.get("nbformat", 4)
    if not isinstance(nbformat, int) or nbformat < 4:
        raise NotebookError(f"nbformat {nbformat} notebooks are not supported (nbformat 4 expected)")
    cells = []
    for index, cell in enumerate(data["cells"]):
        if not isinstance(cell, dict):
            raise NotebookError(f"cell {index + 1} is not an object")
        if cell.get("cell_type") == "code":
            cells.append((index, _cell_text(cell, index), _cell_language(cell)))
    return notebook_from_cells(path, cells, _language(data), skip_unparsable, raw=raw, data=data, bom=bom)


def notebook_from_cells(path: str, cells: list[tuple[int, str, str | None]], language: str = "python",
                        skip_unparsable: bool = True, raw: str = "", data: dict | None = None,
                        bom: bool = False) -> Notebook:
    """A Notebook from its code cells: (index among all cells, source, the cell's own language
    when it has one). The language server builds notebooks from the editor's cells this way."""
    notebook = Notebook(path, raw, data if data is not None else {}, [], language, bom)
    pieces: list[str] = []
    line = 0
    for index, source, cell_language in cells:
        python, shifts, problem, count = _cell_program(source, cell_language, skip_unparsable)
        notebook.code_cells.append(CodeCell(index, source, python, line, count, shifts, problem))
        pieces.append(python)
        line += count
    notebook.program = "".join(pieces)
    return notebook


@functools.lru_cache(maxsize=4096)
def _cell_program(source: str, cell_language: str | None, skip_unparsable: bool) -> tuple[str, dict, str | None, int]:
    """A cell's Python text (ending in a newline), column shifts, why it is left out (if it is)
    and its line count.
    Cached by text: in an editor a keystroke changes one cell, and the others are not parsed again."""
    python, shifts = cell_to_python(source)
    problem = None
    if cell_language is not None and cell_language.lower() not in ("python", "ipython"):
        python, shifts = "".join(_ending(x) for x in _split_lines(source)), {}
    elif skip_unparsable:
        try:
            ast.parse(python)
        except SyntaxError as error:
            problem = f"syntax error, not analysed (line {error.lineno}: {error.msg})"
            python, shifts = "".join(_ending(x) for x in _split_lines(source)), {}
        except ValueError as error:
            problem = f"not analysed ({error})"
            python, shifts = "".join(_ending(x) for x in _split_lines(source)), {}
    if not python.endswith(("\n", "\r")):
        python += "\n"
    return python, shifts, problem, len(_split_lines(python))


def read_notebook(path: str, skip_unparsable: bool = True) -> Notebook:
    """Read a notebook file; NotebookError (with a reason for the user) when that fails."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise NotebookError(error.strerror or str(error)) from None
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        raw = data[3:].decode("utf-8") if bom else data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotebookError(f"not valid UTF-8 (byte {data[error.start]:#04x} at offset {error.start})") from None
    return parse_notebook(raw, os.path.abspath(path), bom, skip_unparsable)


def program_of(path: str) -> str:
    """A notebook's code cells as the one program the engine checks ("" for another kernel's
    notebook): what a `.py` file's text is when a trainer module's importers are searched."""
    book = read_notebook(path)
    return book.program if book.is_python else ""


# --- splicing a cell's new source into the file text -----------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(raw: str, i: int) -> int:
    match = _WHITESPACE.match(raw, i)
    assert match is not None  # `*`: matches everywhere
    return match.end()


def _members(raw: str, i: int) -> tuple[list[tuple[str, int, int]], int]:
    """An object's members as (key, value start, value end); `i` at its `{`. Returns them and
    the offset after the `}`."""
    members = []
    i = _skip(raw, i + 1)
    while raw[i] != "}":
        key, i = _DECODER.raw_decode(raw, i)
        i = _skip(raw, _skip(raw, i) + 1)  # past the colon
        start = i
        _, i = _DECODER.raw_decode(raw, i)
        members.append((key, start, i))
        i = _skip(raw, i)
        if raw[i] == ",":
            i = _skip(raw, i + 1)
    return members, i + 1


def _source_spans(raw: str) -> dict[int, tuple[int, int]]:
    """Where each cell's `source` value lies in the file text, by cell index."""
    members, _ = _members(raw, _skip(raw, 0))
    _, start, _ = next(m for m in members if m[0] == "cells")
    spans = {}
    i = _skip(raw, start + 1)
    index = 0
    while raw[i] != "]":
        cell_members, i = _members(raw, i)
        for key, value_start, value_end in cell_members:
            if key == "source":
                spans[index] = (value_start, value_end)
        index += 1
        i = _skip(raw, i)
        if raw[i] == ",":
            i = _skip(raw, i + 1)
    return spans


_ESCAPED_NON_ASCII = re.compile(r"\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])[0-9a-fA-F]{2}")


def _format_source(raw: str, start: int, end: int, text: str) -> str:
    """The JSON for a cell's new source, written as the file wrote the old one: a string or a
    list of lines, with the same indentation, newlines and escaping."""
    old = raw[start:end]
    ensure_ascii = raw.isascii() and bool(_ESCAPED_NON_ASCII.search(raw))
    if old.startswith('"'):
        return json.dumps(text, ensure_ascii=ensure_ascii)
    items = [json.dumps(line, ensure_ascii=ensure_ascii) for line in _split_lines(text)]
    if not items:
        return "[]"
    lead_match, trail_match = re.match(r"\[(\s*)", old), re.search(r"(\s*)\]$", old)
    assert lead_match is not None and trail_match is not None  # `old` is a JSON list here
    lead, trail = lead_match.group(1), trail_match.group(1)
    if old == "[]" or not lead:
        lead, trail = _layout_for_empty_list(raw, start)
    return "[" + lead + ("," + lead).join(items) + trail + "]"


def _layout_for_empty_list(raw: str, start: int) -> tuple[str, str]:
    """Whitespace before the items and before `]` of a list that had no items, from the
    indentation of the file and of the `"source"` key."""
    opening = _skip(raw, 0)
    between = raw[opening + 1 : _skip(raw, opening + 1)]
    if "\n" not in between and "\r" not in between:
        return "", ""  # a file written without indentation
    newline = "\r\n" if "\r\n" in between else ("\r" if "\n" not in between else "\n")
    unit = between.lstrip("\r\n")
    line_start = max(raw.rfind("\n", 0, start), raw.rfind("\r", 0, start)) + 1
    indent = _INDENT.match(raw, line_start)
    assert indent is not None  # `*`: matches everywhere
    key_indent = indent.group()
    return newline + key_indent + unit, newline + key_indent


_INDENT = re.compile(r"[ \t]*")
