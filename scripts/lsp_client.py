"""A bare JSON-RPC client for language servers over stdio: the benchmarks time torchmode beside `ruff server`
with it (benchmarks/bench_lsp.py, bench_notebook.py) and scripts/lsp_findings.py reads what an editor would show.
Bare on purpose: its own cost is the same small constant for every server it drives."""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import subprocess
import time


class Server:
    """A language server subprocess and a minimal client for it."""

    def __init__(self, name: str, command: list[str], encoding: str = "utf-16"):
        self.name, self.command, self.encoding = name, command, encoding
        self.next_id = 0
        self.pending: dict[int, asyncio.Future] = {}
        self.diagnostics: dict[tuple[str, int | None], asyncio.Future] = {}

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
            "notebookDocument": {"synchronization": {}},
            "workspace": {"configuration": True, "workspaceFolders": True},
            "general": {"positionEncodings": [self.encoding]},
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
        """Resolves with (the time it arrived, the diagnostics) of the next publishDiagnostics for that document
        version (None: any version)."""
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
                        future.set_result((received, params["diagnostics"]))
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
