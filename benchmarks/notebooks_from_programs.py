"""Held-out notebooks: a set of labelled programs split into Jupyter notebooks the way people write them (issue 10).

Each program (a .py with an `# expect:` header) becomes a notebook in a copy of its folder, sibling modules and
the set's own notebooks kept as they are: its imports in the first cell (with `%matplotlib inline` and a `!nvidia-smi` line, which a notebook
runs and a script cannot), every top-level function or class in a cell of its own, runs of simple statements
together, each top-level loop, `with` or `if` in its own cell (the training loop gets a `%%time` cell magic),
and markdown cells between them. The `# expect:` header and the `# TM00N-here` markers stay on their lines, so
scripts/evaluate_corpus.py scores the notebooks as it scores the programs (cell and row).

    .venv/bin/python benchmarks/notebooks_from_programs.py benchmarks/holdout/tm001 .cache/notebooks/holdout
    .venv/bin/python scripts/evaluate_corpus.py .cache/notebooks/holdout [--via lsp]
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import sys
from pathlib import Path

EXPECT_RE = re.compile(r"^#\s*expect:\s*(crash|clean)\s*$", re.M)
LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.If, ast.Try)


def _statement_spans(text: str) -> list[tuple[int, int, ast.stmt]]:
    """(first line, last line, statement) of each top-level statement, 0-based; the comments and blank lines
    before a statement (and a decorator) belong to it."""
    tree = ast.parse(text)
    spans, start = [], 0
    for node in tree.body:
        last = node.end_lineno or node.lineno
        spans.append((start, last - 1, node))
        start = last
    return spans


def _kind(node: ast.stmt) -> str:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return "import"
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return "definition"
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
        return "docstring"
    if isinstance(node, LOOPS):
        return "block"
    return "simple"


def split_into_cells(text: str) -> list[tuple[str, str]]:
    """(cell type, source) pairs for one program."""
    lines = text.splitlines(keepends=True)
    spans = _statement_spans(text)
    groups: list[tuple[str, list[str], ast.stmt | None]] = []
    for first, last, node in spans:
        kind = _kind(node)
        piece = lines[first:last + 1]
        if groups and ((kind == groups[-1][0] and kind in ("import", "simple")) or kind == "docstring"):
            groups[-1][1].extend(piece)  # imports together, simple statements together, a docstring with them
        else:
            groups.append((kind, list(piece), node))
    tail = lines[spans[-1][1] + 1:] if spans else lines
    if groups and tail:
        groups[-1][1].extend(tail)
    cells: list[tuple[str, str]] = []
    magic_done = timed = False
    for kind, piece, node in groups:
        source = "".join(piece).strip("\n") + "\n"
        if not source.strip():
            continue
        if kind == "import" and not magic_done:
            source += "%matplotlib inline\n!nvidia-smi -L\n"
            magic_done = True
        elif kind == "definition":
            cells.append(("markdown", f"### `{node.name}`\n"))
        elif kind == "block" and isinstance(node, (ast.For, ast.While)):
            cells.append(("markdown", "## Training\n" if not timed else "## Next run\n"))
            if not timed and not source.lstrip().startswith("#"):
                source, timed = "%%time\n" + source, True
        cells.append(("code", source))
    return cells


def notebook(cells: list[tuple[str, str]]) -> dict:
    def cell(index: int, kind: str, source: str) -> dict:
        made = {"cell_type": kind, "id": f"cell-{index}", "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            made.update(execution_count=None, outputs=[])
        return made

    return {"cells": [cell(i, kind, source) for i, (kind, source) in enumerate(cells)],
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                         "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def convert(source_dir: Path, target_dir: Path) -> list[Path]:
    """Copy `source_dir` to `target_dir` with each program replaced by its notebook; the notebooks made."""
    if target_dir.exists():
        shutil.rmtree(target_dir)
    # (a notebook the set already has stays: its modules beside it carry its markers, which would count as
    # false alarms without it)
    shutil.copytree(source_dir, target_dir, ignore=shutil.ignore_patterns("__pycache__", "README.md"))
    made = []
    for program in sorted(target_dir.rglob("*.py")):
        text = program.read_text(encoding="utf-8")
        if not EXPECT_RE.search(text):
            continue  # a module the programs import
        target = program.with_suffix(".ipynb")
        target.write_text(json.dumps(notebook(split_into_cells(text)), indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")
        program.unlink()
        made.append(target)
    return made


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a folder of labelled programs")
    parser.add_argument("target", type=Path, help="where the copy with notebooks goes (replaced)")
    args = parser.parse_args(argv)
    made = convert(args.source.resolve(), args.target.resolve())
    print(f"{len(made)} notebooks in {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
