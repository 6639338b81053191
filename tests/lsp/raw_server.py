"""The real server over stdio, driven with raw bytes: what no well-behaved LSP client library sends."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

from .conftest import TIMEOUT

SERVER = [sys.executable, "-m", "torchmode", "serve"]


def frame(message: dict | bytes, header: bytes = b"Content-Length: %d\r\n\r\n") -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return header.replace(b"%d", str(len(body)).encode()) + body


def request(msg_id, method: str, params=None) -> dict:
    return {"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}


def notification(method: str, params=None) -> dict:
    return {"jsonrpc": "2.0", "method": method, "params": params}


def initialize(msg_id, root_uri=None, capabilities=None) -> dict:
    return request(msg_id, "initialize", {"processId": None, "rootUri": root_uri, "capabilities": capabilities or {}})


def code_action(msg_id, uri: str) -> dict:
    zero = {"line": 0, "character": 0}
    return request(msg_id, "textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": zero, "end": zero}, "context": {"diagnostics": []}})


class RawServer:
    """One server process; `messages` is everything it wrote, in order."""

    def __init__(self, process: asyncio.subprocess.Process):
        self.process = process
        self.messages: list[dict] = []
        self._reader = asyncio.ensure_future(self._read_all())
        self._stderr = asyncio.ensure_future(process.stderr.read())

    @classmethod
    async def start(cls, command=SERVER) -> RawServer:
        process = await asyncio.create_subprocess_exec(
            *command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        return cls(process)

    async def _read_all(self) -> None:
        stdout = self.process.stdout
        while True:
            length = None
            while (line := await stdout.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.messages.append(json.loads(await stdout.readexactly(length)))

    async def send(self, data: bytes) -> None:
        self.process.stdin.write(data)
        await self.process.stdin.drain()

    async def answer(self, msg_id, timeout: float = TIMEOUT) -> dict:
        """The server's answer to our request `msg_id` (not a server->client request of that id)."""
        async def wait():
            while True:
                for message in self.messages:
                    if "method" not in message and message.get("id") == msg_id and ("result" in message or "error" in message):
                        return message
                if self._reader.done():
                    raise AssertionError(f"the server closed stdout without answering {msg_id!r}: {await self.stderr()}")
                await asyncio.sleep(0.01)
        return await asyncio.wait_for(wait(), timeout)

    async def call(self, message: dict, timeout: float = TIMEOUT) -> dict:
        await self.send(frame(message))
        return await self.answer(message["id"], timeout)

    async def stderr(self) -> str:
        if self.process.returncode is None:
            self.process.kill()
        return (await self._stderr).decode(errors="replace")

    async def exit_code(self, timeout: float = 10) -> int:
        return await asyncio.wait_for(self.process.wait(), timeout)

    async def close(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
        await self.process.wait()
        await asyncio.gather(self._reader, self._stderr, return_exceptions=True)
