"""What the engine reports: plain data, shared by the CLI, the language server and the tests.

Positions are 0-based lines and 0-based columns counted in Unicode code points; each front end
converts at its own boundary (the CLI to 1-based, the LSP server to the negotiated encoding).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Position:
    line: int
    character: int


@dataclass(frozen=True, order=True)
class Range:
    start: Position
    end: Position

    @staticmethod
    def of(line: int, col: int, end_line: int, end_col: int) -> Range:
        return Range(Position(line, col), Position(end_line, end_col))


@dataclass(frozen=True)
class TextEdit:
    range: Range
    new_text: str


@dataclass(frozen=True)
class Fix:
    title: str
    kind: str  # "train" | "cudnn" | "train-rnn" | "noqa"
    edits: tuple[TextEdit, ...]
    preferred: bool = False


@dataclass(frozen=True)
class Related:
    path: str
    range: Range
    message: str


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    path: str
    range: Range
    severity: str = "error"  # "error" | "warning" | "information" | "hint"
    related: tuple[Related, ...] = ()
    fixes: tuple[Fix, ...] = ()

    @property
    def preferred_fix(self) -> Fix | None:
        return next((f for f in self.fixes if f.preferred), None)

    def spans(self) -> list[Range]:
        """Every range the finding holds: its own, its related places', its fixes' edits'."""
        return [self.range, *(item.range for item in self.related),
                *(edit.range for fix in self.fixes for edit in fix.edits)]


@dataclass
class FileReport:
    """The outcome of checking one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    # Other files whose contents this result depends on (helpers, model classes): when one of
    # them changes, this file must be checked again.
    dependencies: set[str] = field(default_factory=set)
    # Human-readable problems that did not stop the analysis (syntax errors skipped, decode errors).
    notes: list[str] = field(default_factory=list)
    # Files this check found a crash in (a trainer's line, reached from this script): their own
    # check reports it, so a run over a folder checks them even when its text pre-filter would not.
    found_elsewhere: set[str] = field(default_factory=set)


# "line 23" in a message names a line of the finding's own file (rules/common.py writes them so); code
# quoted in backticks is matched first and left as it is.
_LINE_REFERENCE = re.compile(r"(`[^`]*`)|\bline (\d+)\b")


def replace_line_references(message: str, replace: Callable[[int], str]) -> str:
    """`message` with each same-file `line N` (N 1-based) replaced by `replace(N)`; quoted code untouched."""
    return _LINE_REFERENCE.sub(lambda match: match.group(1) or replace(int(match.group(2))), message)
