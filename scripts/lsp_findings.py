"""What a language-server user sees: each file of a corpus opened in a real `torchmode serve`, its diagnostics
turned into `torchmode check --format json`'s shape, so scripts/evaluate_corpus.py scores the server (`--via lsp`)
exactly as it scores the CLI.

A .py file is opened as a text document; a notebook with `notebookDocument/didOpen` (markdown cells included),
its diagnostics collected from each code cell's document and numbered like the CLI's `cell` (1-based among all
cells). The fix of a finding is the quick fix the server marks preferred, read from `Diagnostic.data` as an
editor applies it. Files are opened one at a time, each closed before the next, in one server per corpus root
(the workspace folder), so sibling modules resolve as they do for the CLI. The client is lsp_client.py's.

    .venv/bin/python scripts/lsp_findings.py DIR ...     # prints the JSON
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from lsp_client import Server

OPEN_TIMEOUT_S = 120.0  # the first check pays for jedi's first inference into torch


def _location(position: dict) -> dict:
    return {"row": position["line"] + 1, "column": position["character"] + 1}


def as_cli_json(path: Path, diagnostic: dict, cell: int | None = None, cells: dict | None = None) -> dict:
    """One LSP diagnostic in the CLI's JSON shape, with the preferred quick fix as its `fix`; `cells` numbers
    the cell documents a notebook fix's edits may name."""
    fixes = (diagnostic.get("data") or {}).get("fixes", [])
    preferred = next((fix for fix in fixes if fix.get("preferred")), None)
    fix = None if preferred is None else {"message": preferred["title"], "edits": [
        {"content": edit["newText"], "location": _location(edit["range"]["start"]),
         "end_location": _location(edit["range"]["end"]),
         **({"cell": (cells or {}).get(edit.get("uri"), cell)} if cell else {})}
        for edit in preferred["edits"]]}
    return {"filename": str(path), "code": diagnostic.get("code"), "message": diagnostic["message"],
            "location": _location(diagnostic["range"]["start"]), "end_location": _location(diagnostic["range"]["end"]),
            "cell": cell, "fix": fix}


async def _file_findings(server: Server, path: Path) -> list[dict]:
    uri = path.as_uri()
    if path.suffix != ".ipynb":
        arrived = server.expect_diagnostics(uri, None)
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "python", "version": 1, "text": path.read_text(encoding="utf-8")}})
        _, diagnostics = await asyncio.wait_for(arrived, OPEN_TIMEOUT_S)
        server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        return [as_cli_json(path, d) for d in diagnostics]
    cells, documents, numbers = [], [], {}
    for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"], 1):
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        cell_uri = f"vscode-notebook-cell:{path.as_posix()}#cell{number}"
        code = cell.get("cell_type") == "code"
        cells.append({"kind": 2 if code else 1, "document": cell_uri})
        documents.append({"uri": cell_uri, "languageId": "python" if code else "markdown", "version": 1,
                          "text": source})
        if code:
            numbers[cell_uri] = number
    arrived = {cell_uri: server.expect_diagnostics(cell_uri, None) for cell_uri in numbers}
    server.notify("notebookDocument/didOpen", {
        "notebookDocument": {"uri": uri, "notebookType": "jupyter-notebook", "version": 1, "cells": cells},
        "cellTextDocuments": documents})
    found = []
    for cell_uri, future in arrived.items():
        _, diagnostics = await asyncio.wait_for(future, OPEN_TIMEOUT_S)
        found += [as_cli_json(path, d, numbers[cell_uri], numbers) for d in diagnostics]
    server.notify("notebookDocument/didClose", {"notebookDocument": {"uri": uri},
                                                "cellTextDocuments": [{"uri": u} for u in numbers]})
    return found


def corpus_files(root: Path) -> list[Path]:
    found = sorted(root.rglob("*.py")) + sorted(root.rglob("*.ipynb"))
    return [p for p in found if not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(root).parts)]


async def _findings(dirs, python: str) -> list[dict]:
    results = []
    for root in dirs:
        root = Path(root).resolve()
        files = [root] if root.is_file() else corpus_files(root)
        server = Server("torchmode", [python, "-m", "torchmode", "serve"], encoding="utf-32")  # code points
        await server.start(root.parent if root.is_file() else root)
        try:
            for path in files:
                results += await _file_findings(server, path)
        finally:
            await server.stop()
    return results


def findings(dirs, python: str | None = None) -> list[dict]:
    """The diagnostics a server user gets for every file under `dirs`, in the CLI's JSON shape."""
    return asyncio.run(_findings(dirs, python or sys.executable))


if __name__ == "__main__":
    json.dump(findings(sys.argv[1:]), sys.stdout, indent=1)
