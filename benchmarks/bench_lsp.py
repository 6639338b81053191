"""Language-server latency, side by side with `ruff server` on the same file in the same run (issues 3, 12):

- didChange -> publishDiagnostics for that version, per file shape and edit kind: p50 <= 1.0x ruff's
  p50 and p95 <= 2x ruff's p95. Shapes: a 5,000-line training script made of functions
  (gen_training_script.py), a 5,000-line module-level script (gen_module_script.py) and the same
  module-level script as a 200-cell notebook (markdown cells between; opened with notebookDocument/didOpen,
  each edit sent as a notebookDocument/didChange to the cell holding it, timed until that cell's
  diagnostics arrive). Edits: a keystroke inside a line, Enter in the middle of the file, a ~50-line paste,
  a line deletion (edit_script() says exactly what each does).
- didOpen -> first publishDiagnostics in a fresh server, including jedi's first inference into
  torch: <= 1.5 s
- --memory N: the server's resident memory (VmRSS) while N edits are typed into the module-level script
  without pauses (keystrokes; every tenth edit an Enter, undone by the next), sampled every N/10 edits,
  beside ruff server's.

    .venv/bin/python benchmarks/bench_lsp.py [FILE.py] [--edits 40] [--opens 3] [--kinds keystroke enter ...]
    .venv/bin/python benchmarks/bench_lsp.py --memory 10000

The generated inputs are written to .cache/bench/lsp/.
ruff comes from PyPI into .cache/bench-venv/ (shared with bench_cli.py), never into the test venv.
Both servers run at once and get the same edit in turn (torchmode, then ruff), each edit after the
previous one's diagnostics arrived, so neither sees the other's load. The client is a bare
JSON-RPC loop here, so its own overhead is the same small constant for both.
"""
from __future__ import annotations

import argparse
import ast
import asyncio
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
BENCH_VENV = ROOT / ".cache" / "bench-venv"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))
from lsp_client import Server  # noqa: E402


def ruff_binary() -> str:
    ruff = BENCH_VENV / "bin" / "ruff"
    if not ruff.exists():
        if not (BENCH_VENV / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
        subprocess.run([str(BENCH_VENV / "bin" / "pip"), "install", "-q", "ruff"], check=True)
    return str(ruff)


def keystroke_sites(text: str, count: int) -> list[tuple[int, int]]:
    """(line, column) of single-digit integer literals on code lines without strings, spread over the
    file: what typing in the middle of a big script looks like (no line moves)."""
    sites = []
    for number, line in enumerate(text.splitlines()):
        if '"' in line or "'" in line or line.lstrip().startswith("#"):
            continue
        match = re.search(r"(?<![\w.])\d(?![\w.])", line)
        if match:
            sites.append((number, match.start()))
    if not sites:
        raise SystemExit("no editable lines found in the script")
    step = max(1, len(sites) // count)
    return (sites[::step] * (count // max(1, len(sites[::step])) + 1))[:count]


def top_level_starts(lines: list[str]) -> list[int]:
    """Lines where a top-level statement starts (its first decorator, for a decorated definition): where a
    paste goes between two statements and where the notebook row cuts cells. Read from the parsed tree: a
    test on the line's first character also took blank lines and `else:` clauses, so pastes landed inside
    classes and loops and cells split `if`/`else` statements in two (syntax errors that measured the
    error path)."""
    tree = ast.parse("\n".join(lines) + "\n")
    return [min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))]) - 1 for node in tree.body]


def edit_script(text: str, kind: str, count: int) -> list[tuple[bool, dict]]:
    """(measured, LSP content change) pairs for one edit kind, each against the text the previous ones
    left; an unmeasured change undoes a measured one so the file stays the same size.

    keystroke: a digit changed inside a line; enter: a new line after a line in the middle (auto-indent
    kept, every line below moves); paste: ~50 lines of top-level code pasted between two statements,
    then undone; delete: a simple statement line deleted (Ctrl+Shift+K), then restored."""
    lines = text.splitlines(keepends=True)

    def spread(items: list) -> list:
        """`count` of the items, evenly over the list (repeated when there are fewer)."""
        return (items[:: max(1, len(items) // count)] * count)[:count]

    def at(line: int, col: int = 0) -> dict:
        return {"line": line, "character": col}

    script: list[tuple[bool, dict]] = []
    if kind == "keystroke":
        for line, column in keystroke_sites(text, count):
            old = lines[line][column]
            new = str((int(old) + 1) % 10) or old
            script.append((True, {"range": {"start": at(line, column), "end": at(line, column + 1)}, "text": new}))
            lines[line] = lines[line][:column] + new + lines[line][column + 1:]
    elif kind == "enter":
        candidates = [n for n, text in enumerate(lines) if text.strip() and not text.rstrip().endswith((",", "(", "[", "\\"))]
        middle = [n for n in candidates if len(lines) // 4 <= n <= 3 * len(lines) // 4]
        for offset, line in enumerate(sorted(spread(middle))):
            line += offset  # the lines above grew by one per earlier Enter
            body = lines[line].rstrip("\r\n")
            indent = body[: len(body) - len(body.lstrip())]
            script.append((True, {"range": {"start": at(line, len(body)), "end": at(line, len(body))},
                                  "text": "\n" + indent}))
            lines[line:line + 1] = [body + "\n", indent + "\n"]
    elif kind == "paste":
        starts = top_level_starts([text.rstrip("\n") for text in lines])
        blocks = [(a, next((b for b in starts if b >= a + 50), None)) for a in starts]
        blocks = [(a, b) for a, b in blocks if b is not None and b - a <= 80]
        if not blocks:
            raise SystemExit("no 50-line block of top-level code found")
        source_a, source_b = blocks[len(blocks) // 3]
        pasted = "".join(lines[source_a:source_b])
        targets = [n for n in starts if len(lines) // 4 <= n <= 3 * len(lines) // 4]
        for target in spread(targets):
            script.append((True, {"range": {"start": at(target), "end": at(target)}, "text": pasted}))
            size = source_b - source_a
            script.append((False, {"range": {"start": at(target), "end": at(target + size)}, "text": ""}))
    elif kind == "delete":
        simple = [n for n, text in enumerate(lines) if re.match(r"^\s+(print|history\.append|\w+\.zero_grad)\(", text)
                  and len(text) - len(text.lstrip()) == len(lines[n - 1]) - len(lines[n - 1].lstrip())]
        for line in spread(simple):
            script.append((True, {"range": {"start": at(line), "end": at(line + 1)}, "text": ""}))
            script.append((False, {"range": {"start": at(line), "end": at(line)}, "text": lines[line]}))
    else:
        raise ValueError(kind)
    return script


async def open_file(server: Server, path: pathlib.Path, text: str) -> tuple[float, int]:
    uri = path.as_uri()
    waiting = server.expect_diagnostics(uri, None)
    started = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}})
    received, diagnostics = await asyncio.wait_for(waiting, 120)
    return received - started, len(diagnostics)


def pct(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run_edits(commands: dict, path: pathlib.Path, text: str, script) -> dict[str, list[float]]:
    """Both servers up on `text`, the same change sent to each in turn, each after the previous one's
    diagnostics arrived; the seconds from didChange to publishDiagnostics of each measured change."""
    servers = {name: Server(name, command) for name, command in commands.items()}
    for server in servers.values():
        await server.start(path.parent)
        await open_file(server, path, text)
    await asyncio.sleep(1.0)  # let background warm-up finish: we measure steady-state typing
    latencies: dict[str, list[float]] = {name: [] for name in servers}
    uri = path.as_uri()
    for index, (measured, change) in enumerate(script):
        version = index + 2
        for server in servers.values():
            waiting = server.expect_diagnostics(uri, version)
            started = time.perf_counter()
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [change]})
            received, _ = await asyncio.wait_for(waiting, 120)
            if measured:
                latencies[server.name].append(received - started)
        await asyncio.sleep(0.05)
    for server in servers.values():
        await server.stop()
    return latencies


def split_cells(text: str, count: int) -> list[str]:
    """The script as `count` cells, cut at top-level statements (about the same number of them per cell)."""
    lines = text.splitlines(keepends=True)
    starts = top_level_starts([line.rstrip("\n") for line in lines])[1:]
    step = max(1, len(starts) / count)
    cuts = sorted({starts[int(i * step)] for i in range(1, count) if int(i * step) < len(starts)})
    bounds = [0, *cuts, len(lines)]
    return ["".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])]


class Notebook:
    """A script cut into code cells (a markdown cell before every tenth), and edits to the script's lines
    turned into edits to the cell that holds them, the way an editor sends them."""

    def __init__(self, path: pathlib.Path, text: str, cells: int) -> None:
        self.uri = path.as_uri()
        self.texts = split_cells(text, cells)
        assert "".join(self.texts) == text
        self.cell_uris = [f"vscode-notebook-cell:{path.as_posix()}#cell{i}" for i in range(len(self.texts))]
        self.version = 1
        self.cell_versions = [1] * len(self.texts)
        self.last_cell = 0

    def did_open(self) -> dict:
        cells, documents = [], []
        for index, (uri, text) in enumerate(zip(self.cell_uris, self.texts)):
            if index % 10 == 0:
                cells.append({"kind": 1, "document": f"{uri}-md"})
                documents.append({"uri": f"{uri}-md", "languageId": "markdown", "version": 1, "text": "## notes\n"})
            cells.append({"kind": 2, "document": uri})
            documents.append({"uri": uri, "languageId": "python", "version": 1, "text": text})
        return {"notebookDocument": {"uri": self.uri, "notebookType": "jupyter-notebook", "version": 1, "cells": cells},
                "cellTextDocuments": documents}

    def _locate(self, line: int, measured: bool) -> tuple[int, int]:
        """(cell, row) of a line of the whole script. An undo goes to the cell its edit went to, also when
        the line it names is that cell's end (a deleted last line restored)."""
        offset = 0
        for index, text in enumerate(self.texts):
            count = text.count("\n")
            if line < offset + count or (not measured and index == self.last_cell and line == offset + count):
                return index, line - offset
            offset += count
        return len(self.texts) - 1, line - offset + self.texts[-1].count("\n")

    def did_change(self, change: dict, measured: bool) -> tuple[dict, int, int]:
        """The notebookDocument/didChange for a change to the script's lines; with the cell's uri index and
        its new version."""
        start, end = change["range"]["start"], change["range"]["end"]
        cell, row = self._locate(start["line"], measured)
        end_row = row + end["line"] - start["line"]
        lines = self.texts[cell].splitlines(keepends=True) + [""]
        first = sum(len(text) for text in lines[:row]) + start["character"]
        last = sum(len(text) for text in lines[:end_row]) + end["character"]
        self.texts[cell] = self.texts[cell][:first] + change["text"] + self.texts[cell][last:]
        self.version += 1
        self.cell_versions[cell] += 1
        self.last_cell = cell
        local = {"range": {"start": {"line": row, "character": start["character"]},
                           "end": {"line": end_row, "character": end["character"]}}, "text": change["text"]}
        params = {"notebookDocument": {"uri": self.uri, "version": self.version},
                  "change": {"cells": {"textContent": [{"document": {"uri": self.cell_uris[cell],
                                                                     "version": self.cell_versions[cell]},
                                                        "changes": [local]}]}}}
        return params, cell, self.cell_versions[cell]


async def run_notebook_edits(commands: dict, path: pathlib.Path, text: str, cells: int, script) -> dict[str, list[float]]:
    """run_edits() for the script as a notebook: each change goes to the cell holding it, timed until that
    cell's diagnostics for the change arrive. ruff versions every cell's diagnostics with the notebook's
    version, torchmode with the cell's own (the protocol leaves it open); each is waited for as it sends it."""
    servers = {name: Server(name, command) for name, command in commands.items()}
    notebooks = {name: Notebook(path, text, cells) for name in servers}
    for name, server in servers.items():
        await server.start(path.parent)
        first = server.expect_diagnostics(notebooks[name].cell_uris[0], None)
        server.notify("notebookDocument/didOpen", notebooks[name].did_open())
        await asyncio.wait_for(first, 120)
    await asyncio.sleep(3.0)  # every cell's first diagnostics and the warm-up done: steady-state typing
    latencies: dict[str, list[float]] = {name: [] for name in servers}
    for measured, change in script:
        for name, server in servers.items():
            notebook = notebooks[name]
            params, cell, cell_version = notebook.did_change(change, measured)
            version = notebook.version if name == "ruff" else cell_version
            waiting = server.expect_diagnostics(notebook.cell_uris[cell], version)
            started = time.perf_counter()
            server.notify("notebookDocument/didChange", params)
            received, _ = await asyncio.wait_for(waiting, 120)
            if measured:
                latencies[name].append(received - started)
        await asyncio.sleep(0.05)
    for server in servers.values():
        await server.stop()
    return latencies


def resident_kib(pid: int) -> int:
    """The process's resident memory, with its children's (none today: a guard against a worker process)."""
    total = 0
    for each in [pid, *_children(pid)]:
        try:
            status = pathlib.Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total


def _children(pid: int) -> list[int]:
    try:
        found = [int(child) for child in pathlib.Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return found + [grandchild for child in found for grandchild in _children(child)]


async def measure_memory(commands: dict, path: pathlib.Path, text: str, count: int) -> None:
    """Resident memory of both servers while `count` edits are typed without pauses."""
    keystrokes = edit_script(text, "keystroke", max(10, count))
    enters = edit_script(text, "enter", 10)[:1]
    servers = {name: Server(name, command) for name, command in commands.items()}
    for server in servers.values():
        await server.start(path.parent)
        await open_file(server, path, text)
    await asyncio.sleep(3.0)
    uri = path.as_uri()
    samples: dict[str, list[tuple[int, int]]] = {name: [] for name in servers}
    enter = enters[0][1]
    line = enter["range"]["start"]["line"]
    undo = {"range": {"start": {"line": line, "character": enter["range"]["start"]["character"]},
                      "end": {"line": line + 1, "character": len(enter["text"]) - 1}}, "text": ""}
    started = time.perf_counter()
    for index in range(count):
        if index % 10 in (8, 9):
            change = enter if index % 10 == 8 else undo  # an Enter, then its undo: no keystroke sees lines moved
        else:
            change = keystrokes[index][1]
        for name, server in servers.items():
            waiting = server.expect_diagnostics(uri, index + 2)
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": index + 2},
                                                     "contentChanges": [change]})
            await asyncio.wait_for(waiting, 120)
            if index % max(1, count // 10) == 0 or index == count - 1:
                samples[name].append((index + 1, resident_kib(server.process.pid)))
                print(f"  {name} after {index + 1:,} edits: {samples[name][-1][1] / 1024:.1f} MiB "
                      f"({time.perf_counter() - started:.0f} s)", flush=True)
    seconds = time.perf_counter() - started
    for server in servers.values():
        await server.stop()
    print(f"\nresident memory (MiB) over {count:,} edits to the module-level script without pauses "
          f"({seconds:.0f} s in all)")
    print("| edits | " + " | ".join(servers) + " |")
    print("|---:|" + "---:|" * len(servers))
    for row in zip(*samples.values()):
        print(f"| {row[0][0]:,} | " + " | ".join(f"{kib / 1024:.1f}" for _, kib in row) + " |")
    for name, values in samples.items():
        first_tenth = values[1][1] if len(values) > 1 else values[0][1]
        print(f"  {name}: {values[0][1] / 1024:.1f} MiB after the first edit, {first_tenth / 1024:.1f} after a tenth, "
              f"{values[-1][1] / 1024:.1f} at the end ({(values[-1][1] - first_tenth) / 1024:+.1f} MiB over the last nine tenths)")


async def measure(args) -> None:
    import gen_module_script
    import gen_training_script

    bench = ROOT / ".cache" / "bench" / "lsp"
    bench.mkdir(parents=True, exist_ok=True)
    if args.file:
        files = {pathlib.Path(args.file).name: pathlib.Path(args.file).resolve()}
    else:
        files = {"functions": bench / "train_5k.py", "module-level": bench / "script_5k.py"}
        files["functions"].write_text(gen_training_script.generate(5000, 0), encoding="utf-8")
        files["module-level"].write_text(gen_module_script.generate(5000, 0), encoding="utf-8")
    commands = {
        "torchmode": [str(ROOT / ".venv" / "bin" / "python"), "-m", "torchmode", "serve"]
        + (["-v", "--log-file", args.server_log] if args.server_log else []),
        "ruff": [ruff_binary(), "server"],
    }
    version = subprocess.run([commands["ruff"][0], "--version"], capture_output=True, text=True).stdout.strip()
    if args.memory:
        path = files.get("module-level") or next(iter(files.values()))
        print(f"{version}; {os.cpu_count()} cores; {path.name}", flush=True)
        await measure_memory(commands, path, path.read_text(encoding="utf-8"), args.memory)
        return
    print(f"{version}; {os.cpu_count()} cores; {args.edits} measured edits per row", flush=True)

    rows = []
    opens: dict[str, list[float]] = {name: [] for name in commands}
    for shape, path in files.items():
        text = path.read_text(encoding="utf-8")
        # Open -> first diagnostics, each in a fresh server (torchmode's includes jedi's first torch inference).
        for _ in range(args.opens):
            for name, command in commands.items():
                server = Server(name, command)
                await server.start(path.parent)
                seconds, _ = await open_file(server, path, text)
                opens[name].append(seconds)
                await server.stop()
        for kind in args.kinds:
            latencies = await run_edits(commands, path, text, edit_script(text, kind, args.edits))
            rows.append((f"{shape} ({text.count(chr(10)):,} lines)", kind, latencies))
            print(f"  {shape} {kind}: torchmode p50 {pct(latencies['torchmode'], .5) * 1000:.1f} ms, "
                  f"ruff p50 {pct(latencies['ruff'], .5) * 1000:.1f} ms", flush=True)
    if "module-level" in files and args.cells:
        path = files["module-level"].with_suffix(".ipynb")
        text = files["module-level"].read_text(encoding="utf-8")
        for kind in args.kinds:
            latencies = await run_notebook_edits(commands, path, text, args.cells, edit_script(text, kind, args.edits))
            rows.append((f"notebook ({args.cells} cells)", kind, latencies))
            print(f"  notebook {kind}: torchmode p50 {pct(latencies['torchmode'], .5) * 1000:.1f} ms, "
                  f"ruff p50 {pct(latencies['ruff'], .5) * 1000:.1f} ms", flush=True)

    print("\ndidChange -> publishDiagnostics (ms); ratio = torchmode / ruff (targets: p50 <= 1.0x, p95 <= 2.0x)")
    print("| file | edit | torchmode p50 | ruff p50 | p50 ratio | torchmode p95 | ruff p95 | p95 ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for shape, kind, latencies in rows:
        t50, r50 = pct(latencies["torchmode"], .5), pct(latencies["ruff"], .5)
        t95, r95 = pct(latencies["torchmode"], .95), pct(latencies["ruff"], .95)
        print(f"| {shape} | {kind} | {t50 * 1000:.1f} | {r50 * 1000:.1f} | {t50 / r50:.2f}x "
              f"| {t95 * 1000:.1f} | {r95 * 1000:.1f} | {t95 / r95:.2f}x |")
    print(f"\ndidOpen -> first publishDiagnostics, fresh server, {args.opens} runs per file (s)")
    for name, values in opens.items():
        print(f"  {name:<10} median {statistics.median(values):.3f}  runs {', '.join(f'{v:.3f}' for v in values)}")
    print(f"torchmode open median {statistics.median(opens['torchmode']):.3f} s (target <= 1.5 s, "
          "includes jedi's first inference into torch)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help="a Python file (default: a generated 5,000-line training script)")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--opens", type=int, default=3)
    parser.add_argument("--kinds", nargs="+", default=["keystroke", "enter", "paste", "delete"],
                        choices=["keystroke", "enter", "paste", "delete"])
    parser.add_argument("--cells", type=int, default=200, help="code cells of the notebook row (0: no notebook row)")
    parser.add_argument("--memory", type=int, metavar="N", help="measure resident memory over N edits instead")
    parser.add_argument("--server-log", help="torchmode's log (-v: one line per check with its time)")
    args = parser.parse_args(argv)
    if args.edits < 10:
        parser.error("use at least 10 edits")
    asyncio.run(measure(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
