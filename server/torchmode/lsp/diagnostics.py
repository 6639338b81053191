"""Engine findings -> LSP diagnostics, with each finding's fixes carried in `Diagnostic.data`.

The fixes are converted to the client's position encoding here, once, for the exact document
version that was analysed, so code actions only read them back (they never re-analyse).
"""

from __future__ import annotations

from collections.abc import Callable

from lsprotocol import types
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
