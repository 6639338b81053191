"""Engine findings -> LSP diagnostics, with each finding's fixes carried in `Diagnostic.data`.

The fixes are converted to the client's position encoding here, once, for the exact document
version that was analysed, so code actions only read them back (they never re-analyse).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from lsprotocol import types
from pygls.protocol import default_converter
from pygls.uris import from_fs_path

from torchmode import rules
from torchmode.findings import FileReport, Finding
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
    """Each finding's diagnostic and its JSON, kept while the finding and the lines its positions are on
    stay the same. A keystroke in a 5,000-line script changes one finding or none, but converting and
    serialising all of them again (27 findings, 160 fix edits) cost 3-10 ms of each edit."""

    def __init__(self) -> None:
        self._converter = default_converter()
        self._kept: dict[str, dict[tuple, tuple[types.Diagnostic, dict]]] = {}  # uri -> its last publication's

    def forget(self, uri: str) -> None:
        self._kept.pop(uri, None)

    def diagnostics(self, report: FileReport, uri: str, version: int | None, converter: PositionConverter,
                    converter_for: Callable[[str], PositionConverter | None]) -> tuple[list[types.Diagnostic], list[dict]]:
        """to_diagnostics(...) and the same diagnostics as JSON, for one document's publication."""
        objects, payload = [], []
        last = self._kept.get(uri, {})
        used: dict[tuple, tuple[types.Diagnostic, dict]] = {}
        for finding in report.findings:
            key = _cache_key(finding, converter)
            kept = last.get(key) if key is not None else None
            if kept is None:
                made = _diagnostic(finding, uri, None, converter, converter_for)
                kept = (made, self._converter.unstructure(made))
            if key is not None:
                used[key] = kept
            diagnostic, json = kept
            data = {"version": version, "fixes": json["data"]["fixes"]}
            objects.append(attrs.evolve(diagnostic, data=data))
            payload.append({**json, "data": data})
        self._kept[uri] = used
        return objects, payload


def _cache_key(finding: Finding, converter: PositionConverter) -> tuple | None:
    """The finding with the text of every line its positions (and its fixes') are on: a position's
    client column depends only on its own line. None when a related place is in another file (its
    text is not here to compare)."""
    if any(item.path != finding.path for item in finding.related):
        return None
    lines = converter.lines
    numbers = {finding.range.start.line, finding.range.end.line}
    for item in finding.related:
        numbers.update((item.range.start.line, item.range.end.line))
    for fix in finding.fixes:
        for edit in fix.edits:
            numbers.update((edit.range.start.line, edit.range.end.line))
    # (a line past the end is clamped to the last one: the line count counts too)
    return (finding, converter.encoding, len(lines),
            tuple((n, lines[n] if 0 <= n < len(lines) else None) for n in sorted(numbers)))


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
