"""Engine findings -> LSP diagnostics, with each finding's fixes carried in `Diagnostic.data`.

The fixes are converted to the client's position encoding here, once, for the exact document
version that was analysed, so code actions only read them back (they never re-analyse).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable

from lsprotocol import types
from pygls.protocol import default_converter
from pygls.uris import from_fs_path

from torchmode import rules
from torchmode.findings import FileReport, Finding, replace_line_references
from torchmode.lsp.positions import PositionConverter

SOURCE = "torchmode"

SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}


def to_diagnostics(
    report: FileReport,
    uri: str,
    version: int | None,
    converter: PositionConverter,
    converter_for: Callable[[str], PositionConverter | None],
) -> list[types.Diagnostic]:
    """The diagnostics of one analysed document version; `report.findings` are the ones shown
    (selection.shown decided which, and their severities).

    `converter_for(path)` gives a converter for another file (related locations), or None
    when that file cannot be read; columns are then passed through unchanged.
    """
    return [_diagnostic(finding, uri, version, converter, converter_for) for finding in report.findings]


class DiagnosticCache:
    """Each finding's diagnostic kept as JSON text with its line numbers taken out, while the finding says
    the same relative to its first line and the lines its positions are on keep their text. A keystroke
    in a 5,000-line script changes one finding or none, an Enter or a paste moves all those below it;
    converting and serialising all 27 findings (160 fix edits) again cost 5-10 ms of each edit."""

    def __init__(self) -> None:
        self._converter = default_converter()
        self._kept: dict[str, dict[tuple, _Template | None]] = {}  # uri -> its last publication's
        # uri -> id(finding) -> (finding, encoding, its last line, base, template), for the same objects again
        self._objects: dict[str, dict[int, tuple]] = {}

    def forget(self, uri: str) -> None:
        self._kept.pop(uri, None)
        self._objects.pop(uri, None)

    def diagnostics(self, report: FileReport, uri: str, version: int | None, converter: PositionConverter,
                    converter_for: Callable[[str], PositionConverter | None]) -> Publication:
        """to_diagnostics(...) as the JSON text of one document's publication."""
        items = []
        last = self._kept.get(uri, {})
        used: dict[tuple, _Template | None] = {}
        last_objects = self._objects.get(uri, {})
        objects: dict[int, tuple] = {}
        version_json = json.dumps(version)
        for finding in report.findings:
            # The very finding object of the last publication (the engine reuses a finding whose lines no
            # edit touched: rules/common.py, FindingMemo): its template holds, no key to build.
            same = last_objects.get(id(finding))
            if same is not None and same[0] is finding and same[1] == converter.encoding \
                    and same[2] < len(converter.lines):
                objects[id(finding)] = same
                items.append(same[4].render(same[3], version_json))
                continue
            keyed = _relative_key(finding, converter)
            template = None
            if keyed is not None:
                base, key = keyed
                if key in used:
                    template = used[key]
                elif key in last:
                    template = used[key] = last[key]
                else:
                    made = _diagnostic(finding, uri, None, converter, converter_for)
                    template = used[key] = _Template.of(self._converter.unstructure(made), base)
            if template is not None:
                objects[id(finding)] = (finding, converter.encoding, _last_line(finding), base, template)
                items.append(template.render(base, version_json))
            else:  # a related place in another file (its text is not here to compare), or text like a mark
                made = _diagnostic(finding, uri, version, converter, converter_for)
                items.append(json.dumps(self._converter.unstructure(made)))
        self._kept[uri] = used
        self._objects[uri] = objects
        return Publication("[" + ",".join(items) + "]")


class Publication:
    """One document version's diagnostics as published: the JSON text sent to the client, and the
    diagnostic objects, made from it only when a code action or a pull asks for them."""

    def __init__(self, payload: str | None = None, diagnostics: list[types.Diagnostic] | None = None) -> None:
        self.payload = payload
        if diagnostics is not None:
            self.__dict__["diagnostics"] = diagnostics

    @functools.cached_property
    def diagnostics(self) -> list[types.Diagnostic]:
        assert self.payload is not None, "a publication has its JSON or its objects"
        return _STRUCTURER.structure(json.loads(self.payload), list[types.Diagnostic])

    def same_as(self, other: Publication) -> bool:
        if self.payload is not None and other.payload is not None:
            return self.payload == other.payload
        return self.diagnostics == other.diagnostics


_STRUCTURER = default_converter()

# Marks put in a kept diagnostic's JSON where a number depends on where the finding is: a position's
# line (0-based, relative to the finding's first line), a "line N" of a message (1-based, the same) and
# the document version in `data`. Private-use characters, which json.dumps escapes; a finding whose own
# text has one is not kept.
_LINE, _REFERENCE, _VERSION = "\ue000", "\ue001", "\ue002"
_MARKED = re.compile(r'"\\ue000(-?\d+)"|\\ue001(-?\d+)|"\\ue002"')


class _Template:
    """A diagnostic's JSON text in pieces, with the marked numbers between them."""

    __slots__ = ("parts", "marks")

    def __init__(self, parts: list[str], marks: list[tuple[int, int]]) -> None:
        self.parts, self.marks = parts, marks  # marks: (0 position line | 1 line reference | 2 version, number)

    @staticmethod
    def of(diagnostic: dict, base: int) -> _Template | None:
        if "\\ue00" in json.dumps(diagnostic):
            return None
        pieces = _MARKED.split(json.dumps(_marked(diagnostic, base)))
        parts, marks = [pieces[0]], []
        for index in range(1, len(pieces), 3):
            line, reference = pieces[index], pieces[index + 1]
            marks.append((0, int(line)) if line is not None else (1, int(reference)) if reference is not None else (2, 0))
            parts.append(pieces[index + 2])
        return _Template(parts, marks)

    def render(self, base: int, version_json: str) -> str:
        out = [self.parts[0]]
        for (kind, number), part in zip(self.marks, self.parts[1:]):
            out.append(version_json if kind == 2 else str(base + number + kind))
            out.append(part)
        return "".join(out)


def _marked(value, base: int, key: str = ""):
    """A copy of a diagnostic's JSON with its line numbers and version replaced by marks."""
    if isinstance(value, dict):
        if key == "data":
            return {**value, "version": _VERSION, "fixes": _marked(value["fixes"], base)}
        if value.keys() == {"line", "character"}:
            return {"line": f"{_LINE}{value['line'] - base}", "character": value["character"]}
        return {name: _marked(item, base, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_marked(item, base) for item in value]
    if isinstance(value, str) and key in ("message", "title"):
        return _relative_message(value, base)
    return value


def _relative_message(message: str, base: int) -> str:
    return replace_line_references(message, lambda number: f"line {_REFERENCE}{number - 1 - base}")


def _last_line(finding: Finding) -> int:
    return max(span.end.line for span in finding.spans())


def _relative_key(finding: Finding, converter: PositionConverter) -> tuple[int, tuple] | None:
    """(the finding's first line, what its diagnostic's JSON depends on besides that line): the finding
    with its lines counted from its first one, and the text of every line its positions (and its fixes')
    are on. None when a related place is in another file (its text is not here to compare)."""
    if any(item.path != finding.path for item in finding.related):
        return None
    numbers = sorted({line for span in finding.spans() for line in (span.start.line, span.end.line)})
    base, lines = numbers[0], converter.lines
    # (a line past the end is clamped to the last one: then the line count counts too)
    clamped = len(lines) if numbers[-1] >= len(lines) else None

    def relative(span) -> tuple:
        return span.start.line - base, span.start.character, span.end.line - base, span.end.character

    shape = (finding.code, finding.severity, _relative_message(finding.message, base), relative(finding.range),
             tuple((relative(item.range), _relative_message(item.message, base)) for item in finding.related),
             tuple((_relative_message(fix.title, base), fix.kind, fix.preferred,
                    tuple((relative(edit.range), edit.new_text) for edit in fix.edits)) for fix in finding.fixes))
    texts = tuple((n - base, lines[n] if 0 <= n < len(lines) else None) for n in numbers)
    return base, (shape, converter.encoding, clamped, texts)


def _diagnostic(finding: Finding, uri, version, converter, converter_for) -> types.Diagnostic:
    fixes = [
        {
            "title": fix.title,
            "kind": fix.kind,
            "preferred": fix.preferred,
            "edits": [
                {"range": range_json(converter.range_to_client(edit.range)), "newText": edit.new_text}
                for edit in fix.edits
            ],
        }
        for fix in finding.fixes
    ]
    related = []
    for item in finding.related:
        same_document = item.path == finding.path
        other = converter if same_document else converter_for(item.path)
        span = other.range_to_client(item.range) if other else _plain_range(item.range)
        related.append(
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=uri if same_document else from_fs_path(item.path) or item.path, range=span),
                message=item.message,
            )
        )
    return types.Diagnostic(
        range=converter.range_to_client(finding.range),
        message=finding.message,
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Error),
        code=finding.code,
        code_description=types.CodeDescription(href=rules.page_url(finding.code)) if rules.get(finding.code) else None,
        source=SOURCE,
        related_information=related or None,
        data={"version": version, "fixes": fixes},
    )


def _plain_range(span) -> types.Range:
    return types.Range(
        types.Position(span.start.line, span.start.character),
        types.Position(span.end.line, span.end.character),
    )


def range_json(span: types.Range) -> dict:
    return {
        "start": {"line": span.start.line, "character": span.start.character},
        "end": {"line": span.end.line, "character": span.end.character},
    }


def same_diagnostic(a: types.Diagnostic, b: types.Diagnostic) -> bool:
    """Whether two diagnostics are the same finding (used when a client drops `data`)."""
    return a.code == b.code and a.range == b.range and a.message == b.message
