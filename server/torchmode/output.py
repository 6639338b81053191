"""How `torchmode check` prints findings: text (ruff's concise format), JSON (ruff's JSON shape
plus `severity` and `related`) and SARIF 2.1.0 (for GitHub code scanning).

Findings carry 0-based lines and code-point columns; every format here prints them 1-based, as
ruff does. A finding in a notebook is printed at its cell (1-based among all cells, markdown
included) and its row in that cell, as ruff prints notebook findings: `notebooks` maps a notebook's
path to its Notebook, which converts program positions to cell positions. Columns stay in Unicode code points (ruff's `column` counts characters, and the SARIF
run declares `columnKind: unicodeCodePoints`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import __version__, rules
from .findings import Finding, Position, Range
from .noqa import noqa_line

# ruff marks a fix "unsafe" when applying it may change what the program does. Putting a model in
# training mode does (dropout and batch-norm behave differently), so the preferred fix is unsafe.
APPLICABILITY = "unsafe"

SARIF_LEVELS = {"error": "error", "warning": "warning", "information": "note", "hint": "note"}


def display_path(path: str) -> str:
    """A path relative to the working folder when it lies under it (as ruff prints them)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


def _loc(position: Position) -> dict:
    return {"row": position.line + 1, "column": position.character + 1}


def _in_cell(path: str, position: Position, notebooks) -> tuple[int | None, Position]:
    """(cell number or None, position) as printed: in a notebook, relative to its cell."""
    notebook = notebooks.get(os.path.abspath(path)) if notebooks else None
    return notebook.locate(position) if notebook is not None else (None, position)


def _in_cell_range(path: str, r: Range, notebooks) -> tuple[int | None, Range]:
    notebook = notebooks.get(os.path.abspath(path)) if notebooks else None
    return notebook.locate_range(r) if notebook is not None else (None, r)


def sort_key(finding: Finding):
    return (finding.path, finding.range.start, finding.code)


# --- text ------------------------------------------------------------------------------------


def format_text(findings: list[Finding], notebooks=None) -> str:
    lines = []
    for f in sorted(findings, key=sort_key):
        cell, start = _in_cell(f.path, f.range.start, notebooks)
        where = f"cell {cell}:" if cell is not None else ""
        marker = " [*]" if f.preferred_fix else ""
        lines.append(f"{display_path(f.path)}:{where}{start.line + 1}:{start.character + 1}: {f.code}{marker} {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary(remaining: int, fixed: int = 0, fixable: int = 0, unreadable: int = 0, not_checked: int = 0) -> str:
    """The closing line(s), in ruff's words. Files skipped as too big are counted, never "passed"."""
    files = f"{not_checked} file{'s' if not_checked != 1 else ''}"
    if fixed:
        noun = "error" if remaining + fixed == 1 else "errors"
        text = f"Found {remaining + fixed} {noun} ({fixed} fixed, {remaining} remaining).\n"
    elif not remaining and not unreadable and not_checked:
        return f"No errors in the files checked; {files} not checked (too big, see above).\n"
    elif not remaining and not unreadable:
        return "All checks passed!\n"
    else:
        text = f"Found {remaining} error{'s' if remaining != 1 else ''}.\n"
    if fixable and not fixed:
        text += f"[*] {fixable} fixable with the `--fix` option.\n"
    if unreadable:
        text += f"{unreadable} file{'s' if unreadable != 1 else ''} could not be checked (see above).\n"
    return text


# --- JSON (ruff's shape) ----------------------------------------------------------------------


def _edit_json(path: str, edit, notebooks) -> dict:
    cell, r = _in_cell_range(path, edit.range, notebooks)
    result = {"content": edit.new_text, "end_location": _loc(r.end), "location": _loc(r.start)}
    if cell is not None:  # not in ruff's shape: a notebook fix may edit another cell than the finding's
        result["cell"] = cell
    return result


def _related_json(r, notebooks) -> dict:
    cell, rng = _in_cell_range(r.path, r.range, notebooks)
    result = {
        "filename": os.path.abspath(r.path),
        "location": _loc(rng.start),
        "end_location": _loc(rng.end),
        "message": r.message,
    }
    if cell is not None:
        result["cell"] = cell
    return result


def finding_to_json(f: Finding, notebooks=None) -> dict:
    fix = f.preferred_fix
    cell, where = _in_cell_range(f.path, f.range, notebooks)
    return {
        "cell": cell,
        "code": f.code,
        "end_location": _loc(where.end),
        "filename": os.path.abspath(f.path),
        "fix": None
        if fix is None
        else {
            "applicability": APPLICABILITY,
            "edits": [_edit_json(f.path, e, notebooks) for e in fix.edits],
            "message": fix.title,
        },
        "location": _loc(where.start),
        "message": f.message,
        "name": getattr(rules.get(f.code), "NAME", f.code),
        "noqa_row": _in_cell(f.path, Position(noqa_line(f), 0), notebooks)[1].line + 1,
        "related": [_related_json(r, notebooks) for r in f.related],
        "severity": f.severity,
        "url": rules.page_url(f.code) if rules.get(f.code) else None,
    }


def format_json(findings: list[Finding], notebooks=None) -> str:
    return json.dumps([finding_to_json(f, notebooks) for f in sorted(findings, key=sort_key)],
                      indent=2, ensure_ascii=False) + "\n"


# --- SARIF 2.1.0 ----------------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _artifact(path: str, base: str) -> dict:
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, base)
    if relative.startswith(".."):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": relative.replace(os.sep, "/"), "uriBaseId": "%SRCROOT%"}


def _physical(path: str, r: Range, base: str, notebooks) -> dict:
    """A SARIF physicalLocation; in a notebook the region is in the cell's own rows and the cell
    number is in the location's properties (SARIF has no notion of cells)."""
    cell, rng = _in_cell_range(path, r, notebooks)
    location = {"artifactLocation": _artifact(path, base), "region": _region(rng)}
    if cell is not None:
        location["properties"] = {"cell": cell}
    return location


def _region(r: Range) -> dict:
    # SARIF regions are 1-based with an exclusive end column, like ours shifted by one.
    return {
        "startLine": r.start.line + 1,
        "startColumn": r.start.character + 1,
        "endLine": r.end.line + 1,
        "endColumn": r.end.character + 1,
    }


def _rule(code: str) -> dict:
    """A SARIF reportingDescriptor, from the rule's module in the registry."""
    rule = rules.get(code)
    if rule is None:
        return {"id": code, "name": code, "shortDescription": {"text": code}}
    level = SARIF_LEVELS.get(rule.DEFAULT_SEVERITY, "error")
    return {
        "id": code,
        "name": rule.NAME,
        "shortDescription": {"text": rule.SUMMARY},
        "fullDescription": {"text": rule.DESCRIPTION},
        "help": {"text": rule.HELP, "markdown": rule.HELP},
        "helpUri": rules.page_url(code),
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["correctness", "pytorch"], "precision": "high", "problem.severity": level},
    }


def format_sarif(findings: list[Finding], base: str | None = None, notebooks=None) -> str:
    base = os.path.abspath(base or os.getcwd())
    codes = sorted({f.code for f in findings} | set(rules.CODES))
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in sorted(findings, key=sort_key):
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": SARIF_LEVELS.get(f.severity, "error"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": _physical(f.path, f.range, base, notebooks)}],
        }
        if f.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "message": {"text": r.message},
                    "physicalLocation": _physical(r.path, r.range, base, notebooks),
                }
                for i, r in enumerate(f.related)
            ]
        fix = f.preferred_fix
        if fix is not None:
            result["fixes"] = [
                {
                    "description": {"text": fix.title},
                    "artifactChanges": [
                        {
                            "artifactLocation": _artifact(f.path, base),
                            "replacements": [
                                {"deletedRegion": _physical(f.path, e.range, base, notebooks)["region"],
                                 "insertedContent": {"text": e.new_text}}
                                for e in fix.edits
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "torchmode",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(code) for code in codes],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(base).as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
