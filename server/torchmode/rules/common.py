"""Building blocks the rules share: ranges, inserted lines, the cuDNN-off wrap and the noqa fix."""

from __future__ import annotations

import ast
import os
from collections.abc import Callable

from .. import noqa
from ..facts import Hazard, Site
from ..findings import Fix, Range, TextEdit, replace_line_references
from ..shift import moved_finding
from ..source import nodes_within


def by_report_site(hazards: list[Hazard]) -> list[tuple[Site, list[Hazard]]]:
    """Hazards grouped by where they are reported (one finding each), in file order, each group
    ordered by its forwards — fully: two forwards at one site (an `if`/`elif` choosing an LSTM or a
    GRU) come out of sets, and the first one names the finding's RNN."""
    # (by place: two analyses of one statement, a coroutine as written and its steps as sent, name its
    # function differently)
    groups: dict[tuple, list[Hazard]] = {}
    for hazard in hazards:
        site = hazard.report
        groups.setdefault((site.path, site.line, site.col, site.end_line, site.end_col), []).append(hazard)
    for group in groups.values():
        group.sort(key=_hazard_order)
    return sorted(((group[0].report, group) for group in groups.values()), key=lambda item: (item[0].line, item[0].col))


def _hazard_order(hazard: Hazard) -> tuple:
    """Forward first, then the evals and the calls they came through: one forward reached both by a
    function's own analysis and by its caller's (a memoised loader's eval, via the caller's first
    call) gives two hazards, whose order must not depend on which analysis a kept result replayed."""
    forward = hazard.forward
    evals = [(t.site.line, t.site.col, len(t.via), t.chain) for t in forward.evals()]
    return (forward.site.line, forward.site.col, sorted(forward.kinds), forward.key, evals, hazard.detail or "")


class FindingMemo:
    """The findings of each file's last check, reused by the next one when the hazards are the same and
    so is every chunk holding a line the finding names (its range, related places, fixes' edits, `line N`
    in its texts): a keystroke in one function recomputes only the findings whose lines it touched (rules
    were a quarter of a module-level keystroke: issue 12). The hazards are compared in the analysis's tree
    lines, which an edit above a chunk does not change (source.py), and a kept finding whose chunks moved
    is moved with them: after Enter, a paste or a deleted line the findings below are reused, not made
    again. What a fix reads from the whole file (how it spells torch, its indentation, fields filled with
    None) is part of the key. Only findings whose places are all in the file are kept: another file's
    lines may change under the same positions."""

    def __init__(self) -> None:
        self._by_path: dict[str, dict] = {}
        self._building: dict | None = None  # this check's, while one runs
        self._last: dict = {}  # the file's last check's
        self._in_tree_lines: Callable[[object], object] | None = None  # while a check runs (start)

    def start(self, ctx, in_tree_lines: Callable[[object], object]) -> None:
        """`in_tree_lines` takes a hazard or site of this check's (in the file's lines) back to the analysis's
        (filelines.in_file_lines gives it)."""
        self._building = {}
        self._last = self._by_path.get(ctx.path, {})
        self._in_tree_lines = in_tree_lines

    def finish(self, ctx) -> None:
        if self._building is not None:
            self._by_path[ctx.path] = self._building
        self._building = None
        self._in_tree_lines = None

    def finding(self, ctx, key: tuple, make, *args):
        """`make(*args)`, or what it made for the last check when nothing it read has changed."""
        if self._building is None:
            return make(*args)
        key = (self._tree_key(key), file_facts(ctx))
        kept = self._last.get(key)
        if kept is not None:
            reused = _moved_with_chunks(ctx, *kept)
            if reused is not None:
                self._building[key] = reused
                return reused[0]
        finding = make(*args)
        held = _chunks_named(ctx, finding)
        if held is not None:
            self._building[key] = (finding, held)
        return finding

    def _tree_key(self, key):
        if isinstance(key, tuple):
            return tuple(self._tree_key(item) for item in key)
        assert self._in_tree_lines is not None, "asked only while a check runs (start)"
        return self._in_tree_lines(key)


def _chunks_named(ctx, finding) -> tuple | None:
    """((chunk, its start_line), ...) for the chunks holding the lines the finding names; None when it names
    another file or a line no chunk holds. A line a chunk starts with also counts as the previous chunk's
    (a line inserted after that chunk's last statement goes there): both must keep their places."""
    lines = _lines_named(ctx.path, finding)
    if lines is None:
        return None
    chunks: dict[int, tuple] = {}
    for line in lines:
        chunk = _chunk_holding(ctx, line)
        if chunk is None:
            return None
        chunks[id(chunk)] = (chunk, chunk.start_line)
        if line == chunk.start_line and line > 1:
            before = _chunk_holding(ctx, line - 1)
            if before is None:
                return None
            chunks[id(before)] = (before, before.start_line)
    return tuple(chunks.values())


def _moved_with_chunks(ctx, finding, held: tuple) -> tuple | None:
    """(the finding, its chunks) with its lines where its chunks are now; None when one of them is gone."""
    spans = []
    for chunk, start in held:
        if ctx.chunk_at(chunk.start_line) is not chunk:
            return None  # (a chunk no longer in the file keeps its last start_line: chunk_at finds another)
        spans.append((start, start + chunk.line_count, chunk.start_line - start))
    if not any(delta for _, _, delta in spans):
        return finding, held
    if any(end == other_start and delta != other for _, end, delta in spans for other_start, _, other in spans):
        return None  # lines went in between a chunk and the next one, where a line inserted after the first goes
    moves = [span for span in spans if span[2]]

    def move(line: int) -> int:  # 0-based
        for start, end, delta in moves:
            if start <= line + 1 < end:
                return line + delta
        return line

    return moved_finding(finding, ctx.path, move), tuple((chunk, chunk.start_line) for chunk, _ in held)


_NO_MEMO = FindingMemo()  # never started: computes every finding (an engine-less check)


def memo_of(engine) -> FindingMemo:
    memo = getattr(engine, "finding_memo", None)
    return memo if memo is not None else _NO_MEMO


def file_facts(ctx) -> tuple:
    """What fixes read from the whole file, once per text."""
    found = getattr(ctx, "_file_facts", None)
    if found is None:
        spelled, import_edits = torch_name(ctx)
        # (the options' defaults: option_paths grades a finding on a path only an option opens)
        options = tuple(sorted(ctx.argument_defaults.items(), key=repr)) if "add_argument" in ctx.text else ()
        found = (indent_unit(ctx), spelled, tuple(import_edits), none_keywords(ctx), options)
        ctx._file_facts = found
    return found


def none_keywords(ctx) -> frozenset:
    """The keyword arguments given None in the file's calls (`SimpleNamespace(model=m, teacher=None)`)."""
    found = getattr(ctx, "_none_keywords", None)
    if found is None:
        found = frozenset().union(*(_chunk_none_keywords(chunk) for chunk in ctx.chunks))
        ctx._none_keywords = found
    return found


def _chunk_none_keywords(chunk) -> frozenset:
    found = chunk.memo.get("none_keywords")  # kept with the chunk: asked at every keystroke
    if found is None:
        tree = chunk.tree if "None" in chunk.text else None
        found = chunk.memo["none_keywords"] = frozenset() if tree is None else frozenset(
            node.arg for node in nodes_within(tree) if isinstance(node, ast.keyword) and node.arg
            and isinstance(node.value, ast.Constant) and node.value.value is None)
    return found


def _chunk_holding(ctx, line: int):
    chunk = ctx.chunk_at(line)
    return chunk if chunk is not None and chunk.start_line <= line < chunk.start_line + chunk.line_count else None


def _lines_named(path: str, finding) -> set[int] | None:
    """The 1-based lines a finding names (its ranges, `line N` in its texts), or None when it names another file."""
    if any(related.path != path for related in finding.related):
        return None
    lines = {line + 1 for span in finding.spans() for line in (span.start.line, span.end.line)}
    def named(line: int) -> str:
        lines.add(line)
        return ""

    for text in (finding.message, *(r.message for r in finding.related), *(fix.title for fix in finding.fixes)):
        replace_line_references(text, named)
    return lines


def site_range(ctx, site: Site, engine) -> Range:
    lines = ctx.lines
    if site.path != ctx.path:
        other = engine.context_of(site.path) if engine is not None else None
        if other is None:
            return Range.of(site.line - 1, 0, site.line - 1, 0)
        lines = other.lines
    return Range.of(site.line - 1, lines.column(site.line, site.col),
                    site.end_line - 1, lines.column(site.end_line, site.end_col))


def where(ctx, site: Site) -> str:
    """`line 12` in this file, `helpers.py:12` in another."""
    return f"line {site.line}" if site.path == ctx.path else f"{os.path.basename(site.path)}:{site.line}"


def insert_line(ctx, line: int, text: str) -> TextEdit:
    """Insert `text` as a whole line before 1-based `line`."""
    return TextEdit(Range.of(line - 1, 0, line - 1, 0), text + ctx.lines.newline)


def torch_name(ctx) -> tuple[str, list[TextEdit]]:
    """How this file spells `torch`, and the edit that imports it when it does not."""
    for local, qualname in ctx.imports.items():
        if qualname == "torch":
            return local, []
    line = 1
    for node in ctx.body:
        if node.__class__.__name__ in ("Import", "ImportFrom"):
            if getattr(node, "module", None) == "__future__":
                line = ctx.real_line(node.end_lineno) + 1  # (trees keep their lines: source.py)
                continue
            line = ctx.real_line(node.lineno)
            break
    else:
        if ctx.body and ctx.body[0].__class__.__name__ == "Expr":  # after the docstring
            line = ctx.real_line(ctx.body[0].end_lineno) + 1
    return "torch", [insert_line(ctx, line, "import torch")]


def indent_unit(ctx) -> str:
    """The file's indentation step, from its first indented line of code (a comment may sit anywhere)."""
    for text in ctx.lines.lines:
        stripped = text.lstrip(" \t")
        if stripped and not stripped.startswith("#") and len(stripped) < len(text):
            head = text[: len(text) - len(stripped)]
            return "\t" if head.startswith("\t") else " " * min(len(head), 8) if len(head) <= 4 else "    "
    return "    "


def cudnn_off_edits(ctx, start: int, end: int) -> list[TextEdit]:
    """Lines start..end (1-based) re-indented under `with torch.backends.cudnn.flags(enabled=False):`
    (plus `import torch` when the file lacks it). Only adds text: one edit per line, the first also
    carrying the `with` header, so no two edits share a position."""
    torch, import_edits = torch_name(ctx)
    indent = ctx.lines.indentation(start)
    unit = indent_unit(ctx)
    header = f"{indent}with {torch}.backends.cudnn.flags(enabled=False):{ctx.lines.newline}"
    edits = []
    for number in range(start, end + 1):
        if ctx.lines.line(number).strip() or number == start:
            prefix = header if number == start else ""
            edits.append(TextEdit(Range.of(number - 1, 0, number - 1, 0), prefix + unit))
    return import_edits + edits


def statement_start(ctx, line: int) -> tuple[int, int] | None:
    """The file's line and column (UTF-8 bytes) of the innermost statement holding the file's `line`."""
    best = None
    for node in ast.walk(ast.Module(body=ctx.body, type_ignores=[])):
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first, last = ctx.real_line(node.lineno), ctx.real_line(node.end_lineno or node.lineno)
            if first <= line <= last and (best is None or first >= best[0]):
                best = (first, node.col_offset)
    return best


def noqa_fix(ctx, site: Site, code: str) -> Fix:
    """`# noqa: CODE` at the end of the finding's first line (or `, CODE` added to a noqa comment there)."""
    line_text = ctx.lines.line(site.line)
    end = len(line_text)
    addition = f", {code}" if noqa.codes_on_line(line_text) else f"  # noqa: {code}"
    return Fix(f"Ignore {code} on this line (`# noqa: {code}`)", "noqa",
               (TextEdit(Range.of(site.line - 1, end, site.line - 1, end), addition),))


def rnn_kind(forward) -> str:
    kinds = sorted(forward.kinds)
    return "/".join(kinds) if kinds else "RNN"


def group_wrap(group: list) -> tuple[int, int]:
    """The lines a cuDNN-off `with` must cover for every hazard reported on one line: from the earliest forward
    to the statement holding the backward (`lw, gw = grads(a)` and `lg, gg = grads(b)` both feed it). The first
    hazard's own wrap alone depended on which of them came first in a set."""
    primary = group[0].wrap
    assert primary is not None, "called only where the first hazard has a wrap"
    starts = [h.wrap[0] for h in group if h.wrap is not None and h.wrap[1] == primary[1]]
    return min(starts), primary[1]
