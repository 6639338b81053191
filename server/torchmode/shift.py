"""A file's last report, reused when an edit changed only blank lines and comments: its positions shifted.

Enter in the middle of a file, a comment typed or deleted, a blank line removed: the program is the same,
so its findings are too — only the lines below the edit moved. Re-running the analysis for that costs as
much as for a real change (a module-level script is one body), so instead the findings of the last check
are moved with the lines they sit on. Anything else (code changed, a finding on a line that changed, a
line continuation the edit could break) returns None and the file is analysed again.

`# noqa` comments are applied by the front ends on the new text after this, so editing one is safe here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from .findings import FileReport, Finding, Fix, Position, Range, Related, TextEdit, replace_line_references

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # lines as Python's tokenizer splits them
_OTHER_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # str.splitlines() breaks there too


def _lines(text: str) -> list[str]:
    return _LINE.findall(text) if _OTHER_LINE_BREAKS.search(text) else text.splitlines(keepends=True)


def shifted_report(old_text: str, new_text: str, report: FileReport) -> FileReport | None:
    """`report` (the result for `old_text`) moved onto `new_text`, or None when that is not the same program."""
    if report.notes:
        return None  # notes may name lines (syntax errors): analyse again
    if old_text == new_text:
        return FileReport(report.path, list(report.findings), set(report.dependencies), [])
    if _edit_touches_code(old_text, new_text):
        return None  # the common case, a keystroke in code: told without splitting both texts into lines
    old_lines = _lines(old_text)
    line_map = _line_map(old_lines, _lines(new_text))
    if line_map is None:
        return None
    try:
        findings = [_move_finding(finding, report.path, line_map, old_lines) for finding in report.findings]
    except _Unmapped:
        return None
    return FileReport(report.path, findings, set(report.dependencies), [])


def _edit_touches_code(old: str, new: str) -> bool:
    """Would _line_map refuse this edit? Asked of the few whole lines around the one span where the
    texts differ, found without splitting both texts (the common case: a keystroke in code)."""
    start = _common_prefix(old, new)
    end = _common_suffix(old, new, start)
    first = old.rfind("\n", 0, start) + 1  # the changed lines, whole
    old_region, new_region = old[first:_line_end(old, len(old) - end)], new[first:_line_end(new, len(new) - end)]
    if "\r" in old_region or "\r" in new_region or _OTHER_LINE_BREAKS.search(old_region + new_region):
        return False  # other line breaks: let _line_map split them as Python does
    return _line_map(old_region.split("\n"), new_region.split("\n")) is None  # the same verdict, on a few lines


def _common_prefix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:  # binary search: slices compare in C, a loop over characters would not
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, prefix: int) -> int:
    """The length of the common end of a and b that does not overlap their common prefix."""
    low, high = 0, min(len(a), len(b)) - prefix
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle:len(a) - low] == b[len(b) - middle:len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def _line_end(text: str, position: int) -> int:
    found = text.find("\n", position)
    return len(text) if found < 0 else found


class _Unmapped(Exception):
    """A position sits on a line the edit changed."""


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _quotes(lines: list[str]) -> str:
    return "".join(c for line in lines for c in line if c in "\"'\\")


def _line_map(old: list[str], new: list[str]) -> _Shift | None:
    """0-based old line -> new line, when the lines that differ (one region: what a single edit
    touches) are blank or comment-only on both sides; None otherwise."""
    if old == new:
        return _Shift(len(old), len(old), 0, False)
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    changed = old[start:end_old] + new[start:end_new]
    if not all(_is_blank_or_comment(line) for line in changed):
        return None
    if start and old[start - 1].rstrip("\r\n").endswith("\\"):
        return None  # a blank line after a backslash continuation ends the statement
    if _quotes(old[start:end_old]) != _quotes(new[start:end_new]):
        return None  # inside a string a "comment" line is text, and its quotes can end the string
    return _Shift(start, end_old, end_new - end_old, any(line.strip() for line in changed))


@dataclasses.dataclass(frozen=True)
class _Shift:
    """Old lines [start, end) were replaced by blank/comment lines; the lines from `end` on moved by `delta`."""
    start: int
    end: int
    delta: int
    comments: bool  # a comment line among the changed lines (else they are all blank)

    def __call__(self, line: int) -> int:
        if line < self.start:
            return line
        if line >= self.end:
            return line + self.delta
        raise _Unmapped(line)

    def splits(self, first: int, last: int) -> bool:
        """Whether the edit falls inside lines first..last (a fix that edits each line of a block:
        a blank or comment line in it changes the fix)."""
        if self.start == self.end:  # lines inserted before `start`
            return first < self.start <= last
        return first < self.end and last >= self.start


def _move_range(span: Range, move: Callable[[int], int]) -> Range:
    return Range(Position(move(span.start.line), span.start.character),
                 Position(move(span.end.line), span.end.character))


def _move_text(text: str, move: Callable[[int], int]) -> str:
    return replace_line_references(text, lambda line: f"line {move(line - 1) + 1}")


def _move_finding(finding: Finding, path: str, move: _Shift, old_lines: list[str]) -> Finding:
    # A fix that edits each line of a block (cuDNN off re-indents the statement; blank lines need no
    # edit) would edit a comment line added inside the block too.
    for fix in finding.fixes if move.comments else ():
        lines = sorted({line for edit in fix.edits for line in (edit.range.start.line, edit.range.end.line)})
        for a, b in zip(lines, lines[1:]):
            if move.splits(a, b) and all(not old_lines[i].strip() for i in range(a + 1, min(b, len(old_lines)))):
                raise _Unmapped(a)
    return moved_finding(finding, path, move)


def moved_finding(finding: Finding, path: str, move: Callable[[int], int]) -> Finding:
    """`finding` with every line of `path` it names (ranges, `line N` in its texts) moved by `move` (0-based)."""
    def in_this_file(span: Range, where: str) -> Range:
        return _move_range(span, move) if where == path else span

    related = tuple(Related(r.path, in_this_file(r.range, r.path), _move_text(r.message, move))
                    for r in finding.related)
    fixes = tuple(Fix(_move_text(fix.title, move), fix.kind,
                      tuple(TextEdit(_move_range(edit.range, move), edit.new_text) for edit in fix.edits),
                      fix.preferred)
                  for fix in finding.fixes)
    return dataclasses.replace(finding, message=_move_text(finding.message, move),
                               range=_move_range(finding.range, move), related=related, fixes=fixes)
