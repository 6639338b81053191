"""Apply the engine's TextEdits to a file's text, and show the result as a unified diff.

Positions are 0-based lines and 0-based columns in Unicode code points (see findings.py). A line
ends at `\\r\\n`, `\\r` or `\\n`, as Python's own tokenizer counts them. Inserted text is written in
the file's own newline style, so a `\\r\\n` file stays a `\\r\\n` file after `--fix`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .findings import Fix, Position, TextEdit

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def newline_style(text: str) -> str:
    """The file's newline: the first line break it uses, `\\n` for a file with none."""
    match = _LINE_BREAK.search(text)
    return match.group() if match else "\n"


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line (a text always has at least one line)."""
    return [0] + [match.end() for match in _LINE_BREAK.finditer(text)]


def _line_end(text: str, starts: list[int], line: int) -> int:
    """Offset just before the line break of `line` (or the end of the text on the last line)."""
    if line + 1 < len(starts):
        end = starts[line + 1]
        return end - 2 if text[end - 2 : end] == "\r\n" else end - 1
    return len(text)


def offset_of(text: str, starts: list[int], position: Position) -> int:
    """Text offset of a position; columns past the end of a line clamp to its end, lines past the
    end of the text to the end of the text (editors send such positions for "end of file")."""
    if position.line >= len(starts):
        return len(text)
    start = starts[max(position.line, 0)]
    return min(start + max(position.character, 0), _line_end(text, starts, max(position.line, 0)))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    new_text: str
    order: int  # keeps insertions at the same point in the order they were given


def _spans(text: str, starts: list[int], edits, newline: str, order_base: int = 0) -> list[_Span]:
    spans = []
    for index, edit in enumerate(edits):
        start = offset_of(text, starts, edit.range.start)
        end = max(start, offset_of(text, starts, edit.range.end))
        new_text = _LINE_BREAK.sub(newline, edit.new_text)
        spans.append(_Span(start, end, new_text, order_base + index))
    return spans


def _overlaps(a: _Span, b: _Span) -> bool:
    # Touching ranges and insertions at a range's boundary do not overlap; an insertion strictly
    # inside a replaced range does.
    return a.start < b.end and b.start < a.end


def _splice(text: str, spans: list[_Span]) -> str:
    # Apply from the end of the text backwards, so earlier offsets stay valid.
    pieces = []
    cursor = len(text)
    for span in sorted(spans, key=lambda s: (s.start, s.end, s.order), reverse=True):
        pieces.append(text[span.end : cursor])
        pieces.append(span.new_text)
        cursor = span.start
    pieces.append(text[:cursor])
    return "".join(reversed(pieces))


def apply_edits(text: str, edits: list[TextEdit] | tuple[TextEdit, ...]) -> str:
    """Apply edits; an edit that overlaps one given earlier in the list is dropped."""
    new_text, _ = _apply_groups(text, [tuple(edits)], atomic=False)
    return new_text


def apply_fixes(text: str, fixes: list[Fix]) -> tuple[str, list[Fix]]:
    """Apply whole fixes (all of a fix's edits or none); return the new text and the fixes applied.

    A fix that overlaps an earlier one is left out (run the check again to apply it, as ruff
    does); a fix identical to an earlier one (two findings sharing the same `model.train()`
    insertion) is applied once.
    """
    unique: list[Fix] = []
    seen: set[tuple[TextEdit, ...]] = set()
    for fix in fixes:
        if fix.edits not in seen:
            seen.add(fix.edits)
            unique.append(fix)
    new_text, applied = _apply_groups(text, [fix.edits for fix in unique], atomic=True)
    return new_text, [fix for fix, ok in zip(unique, applied) if ok]


def _apply_groups(text: str, groups: list[tuple[TextEdit, ...]], atomic: bool) -> tuple[str, list[bool]]:
    starts = line_starts(text)
    newline = newline_style(text)
    accepted: list[_Span] = []
    applied: list[bool] = []
    order = 0
    for group in groups:
        spans = _spans(text, starts, group, newline, order)
        order += len(spans)
        # An edit an earlier fix already makes (the `import torch` two cuDNN fixes both add) is made once.
        spans = [s for s in spans if not any((s.start, s.end, s.new_text) == (a.start, a.end, a.new_text)
                                             for a in accepted)]
        if atomic:
            ok = not any(_overlaps(s, a) for s in spans for a in accepted) and not any(
                _overlaps(a, b) for i, a in enumerate(spans) for b in spans[i + 1 :]
            )
            if ok:
                accepted.extend(spans)
            applied.append(ok)
        else:
            kept = 0
            for span in spans:
                if not any(_overlaps(span, a) for a in accepted):
                    accepted.append(span)
                    kept += 1
            applied.append(kept == len(spans))
    return _splice(text, accepted), applied


def _lines(text: str) -> list[str]:
    # Not str.splitlines: it also splits at form feeds and other characters Python code keeps inline.
    starts = line_starts(text)
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)]) if a < b]


def unified_diff(path: str, old: str, new: str, context: int = 3) -> str:
    """A unified diff of `old` → `new` with `path` in both headers ("" when nothing changed)."""
    if old == new:
        return ""
    old_lines, new_lines = _lines(old), _lines(new)
    out = []
    for line in difflib.unified_diff(old_lines, new_lines, fromfile=path, tofile=path, n=context):
        if line.startswith(("---", "+++")):
            out.append(line.rstrip("\n") + "\n")
        elif not line.endswith(("\n", "\r")):
            # The last line has no newline: say so the way diff(1) and git do.
            out.append(line + "\n\\ No newline at end of file\n")
        else:
            out.append(line)
    return "".join(out)
