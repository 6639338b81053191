"""A language-server user and a `torchmode check` user get the same findings and the same preferred fixes (issue 8:
"through torchmode check and over LSP alike"; issue 10 for notebooks).

scripts/lsp_findings.py opens every file of a corpus folder in a real `torchmode serve`, as an editor does (a
notebook with notebookDocument/didOpen), and turns the diagnostics into the CLI's JSON shape; the two are compared
finding by finding. The folders: notebooks (cells, fixes in cells), cross-module mini-projects (the server follows
imports from an open file), framework-shaped code and fix placement (fixes in callees, cuDNN off)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("evaluate_corpus", REPO / "scripts" / "evaluate_corpus.py")
ec = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("evaluate_corpus", ec)
_spec.loader.exec_module(ec)

FOLDERS = ["notebooks", "cross_module", "frameworks", "fix_placement"]


def _comparable(diagnostic: dict) -> tuple:
    fix = diagnostic.get("fix") or {}
    edits = tuple(sorted((e["content"], e["location"]["row"], e["location"]["column"], e["end_location"]["row"],
                          e["end_location"]["column"], e.get("cell")) for e in fix.get("edits", [])))
    return (Path(diagnostic["filename"]).resolve(), diagnostic["code"], diagnostic.get("cell"),
            diagnostic["location"]["row"], diagnostic["location"]["column"], diagnostic["message"], edits)


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_server_reports_what_the_cli_reports(folder):
    path = REPO / "tests" / "corpus" / folder
    cli = sorted(map(_comparable, ec.analyse([path])))
    lsp = sorted(map(_comparable, ec.analyse([path], via="lsp")))
    assert cli, f"the CLI found nothing in {folder}: the comparison would prove nothing"
    assert lsp == cli
