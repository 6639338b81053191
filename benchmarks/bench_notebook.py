"""A keystroke in a 200-cell notebook against the same keystroke in the same code as one .py file (issue 10):
target <= 1.5x, both in one torchmode server, in the same run.

The code is benchmarks/gen_module_script.py's module-level script (the shape of notebook code), split into 200
code cells at top-level statements, with a markdown cell before every tenth. The notebook is opened with
`notebookDocument/didOpen`, edits go to one cell with `notebookDocument/didChange` and the time is measured
until the publishDiagnostics of that cell's new version; the .py gets the same digit changed with
`textDocument/didChange` until the publishDiagnostics of its new version. Edits alternate between the two.

    .venv/bin/python benchmarks/bench_notebook.py [--edits 20] [--cells 200]
"""

from __future__ import annotations

import argparse
import asyncio
import pathlib
import statistics
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_lsp import Server, keystroke_sites, open_file, pct, split_cells  # noqa: E402


async def measure(args) -> None:
    import gen_module_script

    bench = ROOT / ".cache" / "bench" / "notebook"
    bench.mkdir(parents=True, exist_ok=True)
    text = gen_module_script.generate(5000, 0)
    script = bench / "experiments.py"
    script.write_text(text, encoding="utf-8")
    cells = split_cells(text, args.cells)
    assert "".join(cells) == text
    notebook_uri = (bench / "experiments.ipynb").as_uri()
    cell_uris = [f"vscode-notebook-cell:{(bench / 'experiments.ipynb').as_posix()}#cell{i}" for i in range(len(cells))]
    server = Server("torchmode", [str(ROOT / ".venv" / "bin" / "python"), "-m", "torchmode", "serve"])
    await server.start(bench)
    await open_file(server, script, text)
    notebook_cells, markdown = [], 0
    for index, uri in enumerate(cell_uris):
        if index % 10 == 0:
            markdown += 1
            notebook_cells.append({"kind": 1, "document": f"{uri}-md"})
        notebook_cells.append({"kind": 2, "document": uri})
    documents = [{"uri": uri, "languageId": "python", "version": 1, "text": cell} for uri, cell in zip(cell_uris, cells)]
    documents += [{"uri": f"{uri}-md", "languageId": "markdown", "version": 1, "text": "## notes\n"}
                  for index, uri in enumerate(cell_uris) if index % 10 == 0]
    server.notify("notebookDocument/didOpen", {
        "notebookDocument": {"uri": notebook_uri, "notebookType": "jupyter-notebook", "version": 1, "cells": notebook_cells},
        "cellTextDocuments": documents})
    await asyncio.sleep(3.0)  # both first checks and jedi's warm-up done: we measure steady-state typing
    print(f"{len(cells)} code cells + {markdown} markdown cells, {text.count(chr(10)):,} lines; "
          f"{args.edits} keystrokes each, alternating", flush=True)

    # Keystrokes in cells past the first quarter, spread like bench_lsp's (no line moves).
    offsets = [sum(cell.count("\n") for cell in cells[:i]) for i in range(len(cells))]
    sites = [site for site in keystroke_sites(text, args.edits * 4) if site[0] > offsets[len(cells) // 4]][:args.edits]
    file_lines = text.splitlines(keepends=True)
    times: dict[str, list[float]] = {"notebook": [], ".py": []}
    versions = {uri: 1 for uri in cell_uris}
    notebook_version, file_version = 1, 1
    for line, column in sites:
        cell = max(i for i, offset in enumerate(offsets) if offset <= line)
        row = line - offsets[cell]
        old = file_lines[line][column]
        new = str((int(old) + 1) % 10)
        change = {"range": {"start": {"line": row, "character": column}, "end": {"line": row, "character": column + 1}},
                  "text": new}
        notebook_version += 1
        versions[cell_uris[cell]] += 1
        waiting = server.expect_diagnostics(cell_uris[cell], versions[cell_uris[cell]])
        started = time.perf_counter()
        server.notify("notebookDocument/didChange", {
            "notebookDocument": {"uri": notebook_uri, "version": notebook_version},
            "change": {"cells": {"textContent": [{"document": {"uri": cell_uris[cell], "version": versions[cell_uris[cell]]},
                                                  "changes": [change]}]}}})
        received, _ = await asyncio.wait_for(waiting, 120)
        times["notebook"].append(received - started)
        await asyncio.sleep(0.05)

        file_version += 1
        waiting = server.expect_diagnostics(script.as_uri(), file_version)
        started = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": script.as_uri(), "version": file_version},
            "contentChanges": [{"range": {"start": {"line": line, "character": column},
                                          "end": {"line": line, "character": column + 1}}, "text": new}]})
        received, _ = await asyncio.wait_for(waiting, 120)
        times[".py"].append(received - started)
        file_lines[line] = file_lines[line][:column] + new + file_lines[line][column + 1:]
        await asyncio.sleep(0.05)
    await server.stop()

    print("| document | p50 ms | p95 ms |")
    print("|---|---:|---:|")
    for name, values in times.items():
        print(f"| {name} | {pct(values, .5) * 1000:.1f} | {pct(values, .95) * 1000:.1f} |")
    ratio = statistics.median(times["notebook"]) / statistics.median(times[".py"])
    print(f"notebook / .py p50: {ratio:.2f}x (target <= 1.5x)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--cells", type=int, default=200)
    asyncio.run(measure(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
