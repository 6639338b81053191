"""Language-server latency, side by side with `ruff server` on the same file in the same run (issue 3):

- didChange -> publishDiagnostics for that version, over N one-line edits of a 5,000-line training
  script: p50 <= 1.0x ruff's p50 and p95 <= 2x ruff's p95
- didOpen -> first publishDiagnostics in a fresh server, including jedi's first inference into
  torch: <= 1.5 s

    .venv/bin/python benchmarks/bench_lsp.py [FILE.py] [--edits 40] [--opens 3]

Without FILE, benchmarks/gen_training_script.py writes the 5,000-line script to .cache/bench/.
ruff comes from PyPI into .cache/bench-venv/ (shared with bench_cli.py), never into the test venv.
Both servers run at once and get the same edit in turn (torchmode, then ruff), each edit after the
previous one's diagnostics arrived, so neither sees the other's load. The client is a bare
JSON-RPC loop here, so its own overhead is the same small constant for both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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


def ruff_binary() -> str:
    ruff = BENCH_VENV / "bin" / "ruff"
    if not ruff.exists():
        if not (BENCH_VENV / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
        subprocess.run([str(BENCH_VENV / "bin" / "pip"), "install", "-q", "ruff"], check=True)
    return str(ruff)


class Server:
    """A language server subprocess and a minimal client for it."""

    def __init__(self, name: str, command: list[str]):
        self.name, self.command = name, command
        self.next_id = 0
        self.pending: dict[int, asyncio.Future] = {}
        self.diagnostics: dict[tuple[str, int | None], asyncio.Future] = {}
        self.first_diagnostics: dict[str, asyncio.Future] = {}

    async def start(self, root: pathlib.Path) -> None:
        self.process = await asyncio.create_subprocess_exec(
            *self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=root, limit=2**26,
        )
        self.reader = asyncio.ensure_future(self._read())
        capabilities = {
            "textDocument": {
                "synchronization": {"didSave": True},
                "publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
                "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}},
            },
            "workspace": {"configuration": True, "workspaceFolders": True},
            "general": {"positionEncodings": ["utf-16"]},
        }
        await self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": capabilities,
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
        })
        self.notify("initialized", {})

    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    async def request(self, method: str, params):
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.pending[self.next_id] = future
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return await asyncio.wait_for(future, 120)

    def expect_diagnostics(self, uri: str, version: int | None) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self.diagnostics[(uri, version)] = future
        return future

    async def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = 0
            while (line := await stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not length:
                return
            message = json.loads(await stream.readexactly(length))
            received = time.perf_counter()
            if "method" in message and "id" in message:  # a request from the server
                result = [None] * len(message["params"]["items"]) if message["method"] == "workspace/configuration" else None
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            elif message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                key = (params["uri"], params.get("version"))
                for candidate in (key, (params["uri"], None)):
                    future = self.diagnostics.pop(candidate, None)
                    if future and not future.done():
                        future.set_result((received, len(params["diagnostics"])))
            elif "id" in message and message["id"] in self.pending:
                self.pending.pop(message["id"]).set_result(message.get("result"))

    async def stop(self) -> None:
        try:
            await self.request("shutdown", None)
            self.notify("exit", None)
            await asyncio.wait_for(self.process.wait(), 10)
        except Exception:
            self.process.kill()
        self.reader.cancel()


def edit_sites(text: str, count: int) -> list[tuple[int, int, str, str]]:
    """(line, column, old, new) one-character edits of integer literals inside function bodies,
    spread over the file: what typing in the middle of a big script looks like (no line shifts)."""
    sites = []
    for number, line in enumerate(text.splitlines()):
        match = re.match(r"^( {8,}\w+(?:\.\w+)* = )(\d)\b", line)
        if match:
            sites.append((number, len(match.group(1)), match.group(2)))
    if not sites:
        raise SystemExit("no editable lines found in the script")
    step = max(1, len(sites) // count)
    chosen = (sites[::step] * (count // max(1, len(sites[::step])) + 1))[:count]
    return [(line, column, old, str((int(old) + 1) % 10)) for line, column, old in chosen]


async def open_file(server: Server, path: pathlib.Path, text: str) -> tuple[float, int]:
    uri = path.as_uri()
    waiting = server.expect_diagnostics(uri, None)
    started = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}})
    received, count = await asyncio.wait_for(waiting, 120)
    return received - started, count


async def measure(args) -> None:
    import gen_training_script

    if args.file:
        path = pathlib.Path(args.file).resolve()
    else:
        path = ROOT / ".cache" / "bench" / "lsp" / "train_5k.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(gen_training_script.generate(5000, 0), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    root = path.parent
    commands = {
        "torchmode": [str(ROOT / ".venv" / "bin" / "python"), "-m", "torchmode", "serve"]
        + (["-v", "--log-file", args.server_log] if args.server_log else []),
        "ruff": [ruff_binary(), "server"],
    }
    version = subprocess.run([commands["ruff"][0], "--version"], capture_output=True, text=True).stdout.strip()
    print(f"file: {path} ({text.count(chr(10)):,} lines); {version}; {os.cpu_count()} cores")

    # Open -> first diagnostics, each in a fresh server (torchmode's includes jedi's first torch inference).
    opens: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.opens):
        for name, command in commands.items():
            server = Server(name, command)
            await server.start(root)
            seconds, _ = await open_file(server, path, text)
            opens[name].append(seconds)
            await server.stop()

    # Edits: both servers up, the same edit sent to each in turn.
    servers = {name: Server(name, command) for name, command in commands.items()}
    findings = {}
    for server in servers.values():
        await server.start(root)
        _, findings[server.name] = await open_file(server, path, text)
    await asyncio.sleep(1.0)  # let background warm-up finish: we measure steady-state typing
    latencies: dict[str, list[float]] = {name: [] for name in servers}
    uri = path.as_uri()
    lines = text.splitlines()
    for index, (line, column, old, new) in enumerate(edit_sites(text, args.edits)):
        version = index + 2
        current = lines[line][column]
        for server in servers.values():
            waiting = server.expect_diagnostics(uri, version)
            started = time.perf_counter()
            server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": line, "character": column},
                                              "end": {"line": line, "character": column + 1}},
                                    "text": new if current == old else old}],
            })
            received, _ = await asyncio.wait_for(waiting, 120)
            latencies[server.name].append(received - started)
        lines[line] = lines[line][:column] + (new if current == old else old) + lines[line][column + 1:]
        await asyncio.sleep(0.05)
    for server in servers.values():
        await server.stop()

    def pct(values, q):
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    print(f"\nfindings on open: torchmode {findings['torchmode']}, ruff {findings['ruff']}")
    print(f"\ndidChange -> publishDiagnostics over {args.edits} one-character edits (ms)")
    print(f"| {'server':<10} | {'p50':>7} | {'p95':>7} | {'max':>7} |")
    print(f"|{'-' * 12}|{'-' * 9}|{'-' * 9}|{'-' * 9}|")
    for name, values in latencies.items():
        print(f"| {name:<10} | {pct(values, .5) * 1000:7.1f} | {pct(values, .95) * 1000:7.1f} | {max(values) * 1000:7.1f} |")
    p50 = pct(latencies["torchmode"], .5) / pct(latencies["ruff"], .5)
    p95 = pct(latencies["torchmode"], .95) / pct(latencies["ruff"], .95)
    print(f"torchmode/ruff: p50 {p50:.2f}x (target <= 1.0x), p95 {p95:.2f}x (target <= 2.0x)")
    print(f"\ndidOpen -> first publishDiagnostics, fresh server, {args.opens} runs (s)")
    for name, values in opens.items():
        print(f"  {name:<10} median {statistics.median(values):.3f}  runs {', '.join(f'{v:.3f}' for v in values)}")
    print(f"torchmode open median {statistics.median(opens['torchmode']):.3f} s (target <= 1.5 s, "
          "includes jedi's first inference into torch)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help="a Python file (default: a generated 5,000-line training script)")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--opens", type=int, default=3)
    parser.add_argument("--server-log", help="torchmode's log (-v: one line per check with its time)")
    args = parser.parse_args(argv)
    if args.edits < 20:
        parser.error("use at least 20 edits")
    asyncio.run(measure(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
