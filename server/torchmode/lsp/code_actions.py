"""Quick fixes and fix-all, built only from the fixes that travel in `Diagnostic.data`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

from lsprotocol import types

from torchmode import rules
from torchmode.lsp.diagnostics import SOURCE, same_diagnostic
from torchmode.settings import Settings

FIX_ALL_KIND = "source.fixAll.torchmode"
# One title for fix-all everywhere: the VS Code command shows "torchmode: " + its title
# (package.json, category torchmode), and tests/lsp/test_code_actions.py holds the two equal.
FIX_ALL_TITLE = "torchmode: Fix all problems in this file"

# The order of the fixes; titles come from each rule's ACTION_TITLES (the registry). A kind without
# one keeps the engine's own title: the `.train()` insertion names its receiver (`self.model.train()`).
KIND_ORDER = ("train", "cudnn", "train-rnn", "noqa")


def fixes_of(diagnostic: types.Diagnostic, published: list[types.Diagnostic]) -> tuple[int | None, list[dict]]:
    """(document version, fixes) carried by a diagnostic.

    Some clients drop `data` when they send diagnostics back; then the same diagnostic among
    the ones last published for the document supplies it.
    """
    data = diagnostic.data
    if not _valid_data(data):
        match = next((d for d in published if same_diagnostic(d, diagnostic) and _valid_data(d.data)), None)
        data = match.data if match else None
    if not _valid_data(data):
        return None, []
    return data.get("version"), [f for f in data["fixes"] if _valid_fix(f)]


def _valid_data(data) -> TypeGuard[dict]:
    return isinstance(data, dict) and isinstance(data.get("fixes"), list)


def _valid_fix(fix) -> bool:
    return (
        isinstance(fix, dict)
        and isinstance(fix.get("edits"), list)
        and all(isinstance(e, dict) and "range" in e and isinstance(e.get("newText"), str) for e in fix["edits"])
    )


def _order(fix: dict) -> int:
    kind = fix.get("kind")
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _by_document(uri: str, version: int | None, edits: list[dict]) -> dict[tuple[str, int | None], list[types.TextEdit]]:
    """A fix's edits by (document, version): the diagnostic's own unless an edit names another (a notebook
    fix may go into another cell: the `train()` line in the cell of the loop that calls the cell's code)."""
    documents: dict[tuple[str, int | None], list[dict]] = {}
    for edit in edits:
        other = edit.get("uri")
        where = (other, edit.get("version")) if isinstance(other, str) else (uri, version)
        documents.setdefault(where, []).append(edit)
    return {where: _text_edits(group) for where, group in documents.items()}


def _text_edits(edits: list[dict]) -> list[types.TextEdit]:
    result = []
    for edit in edits:
        r = edit["range"]
        result.append(
            types.TextEdit(
                range=types.Range(
                    types.Position(r["start"]["line"], r["start"]["character"]),
                    types.Position(r["end"]["line"], r["end"]["character"]),
                ),
                new_text=edit["newText"],
            )
        )
    return result


def workspace_edit(documents: dict[tuple[str, int | None], list[types.TextEdit]], document_changes: bool) -> types.WorkspaceEdit:
    """A WorkspaceEdit of each document's edits, guarded by the analysed versions when the client supports
    documentChanges."""
    if document_changes:
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                    edits=edits,
                )
                for (uri, version), edits in documents.items()
            ]
        )
    return types.WorkspaceEdit(changes={uri: edits for (uri, _), edits in documents.items()})


def _wants(only: Sequence[str] | None, kind: str) -> bool:
    if not only:
        return True
    return any(kind == k or kind.startswith(k + ".") for k in only)


def code_actions(
    uri: str,
    current_version: int | None,
    params: types.CodeActionParams,
    published: list[types.Diagnostic],
    settings: Settings,
    document_changes: bool,
) -> list[types.CodeAction]:
    """The code actions for a request; fixes computed for another version are not offered."""
    only = params.context.only
    actions: list[types.CodeAction] = []
    if _wants(only, types.CodeActionKind.QuickFix):
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != SOURCE:
                continue
            version, fixes = fixes_of(diagnostic, published)
            if version != current_version:
                continue  # the document changed since; fresh diagnostics are on their way
            for fix in sorted(fixes, key=_order):
                if fix.get("kind") == "noqa" and not settings.disable_rule_comment:
                    continue
                actions.append(
                    types.CodeAction(
                        title=rules.action_title(str(diagnostic.code), fix.get("kind"))
                        or fix.get("title") or "Apply the torchmode fix",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        is_preferred=bool(fix.get("preferred")),
                        edit=workspace_edit(_by_document(uri, version, fix["edits"]), document_changes),
                    )
                )
    if settings.fix_all and (only and _wants(only, FIX_ALL_KIND) or not only and published):
        fix_all = fix_all_action(uri, current_version, published, document_changes)
        if fix_all is not None:
            actions.append(fix_all)
    return actions


def fix_all_action(uri, current_version, published, document_changes) -> types.CodeAction | None:
    """Every preferred fix of the document in one edit; overlapping edits after the first are skipped."""
    documents: dict[tuple[str, int | None], list[types.TextEdit]] = {}
    for diagnostic in published:
        version, fixes = fixes_of(diagnostic, published)
        if version != current_version:
            return None
        preferred = next((f for f in fixes if f.get("preferred")), None)
        if preferred is None:
            continue
        for where, fix_edits in _by_document(uri, version, preferred["edits"]).items():
            edits = documents.setdefault(where, [])
            for edit in fix_edits:
                if edit in edits:
                    continue  # two findings asking for the same `model.train()` line
                if any(_overlaps(edit.range, other.range) for other in edits):
                    continue
                edits.append(edit)
    documents = {where: edits for where, edits in documents.items() if edits}
    if not documents:
        return None
    return types.CodeAction(
        title=FIX_ALL_TITLE,
        kind=FIX_ALL_KIND,
        edit=workspace_edit(documents, document_changes),
    )


def _key(position: types.Position) -> tuple[int, int]:
    return position.line, position.character


def _overlaps(a: types.Range, b: types.Range) -> bool:
    # Strict: two insertions at one point, or touching ranges, do not overlap.
    return _key(a.start) < _key(b.end) and _key(b.start) < _key(a.end)
