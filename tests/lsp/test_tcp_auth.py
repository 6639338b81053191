"""`torchmode serve --tcp`: loopback only, a token before anything reaches the language server,
and the port keeps serving after a client leaves (a real server process, raw JSON-RPC)."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BUGGY, TIMEOUT


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


async def read_message(reader: asyncio.StreamReader) -> dict | None:
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    if not length:
        return None
    return json.loads(await reader.readexactly(length))


async def start_server(tmp_path: Path) -> tuple[subprocess.Popen, int, str]:
    token_file = tmp_path / "token"
    env = {k: v for k, v in os.environ.items() if k != "TORCHMODE_TOKEN"}
    server = subprocess.Popen([sys.executable, "-m", "torchmode", "serve", "--tcp", "127.0.0.1:0",
                               "--token-file", str(token_file)], stderr=subprocess.PIPE, text=True, env=env)
    line = await asyncio.wait_for(asyncio.to_thread(server.stderr.readline), TIMEOUT)
    assert line.startswith("torchmode: listening on 127.0.0.1:"), line
    return server, int(line.rsplit(":", 1)[1]), token_file.read_text().strip()


def initialize(root: Path, options: dict | None) -> dict:
    return {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"processId": None, "rootUri": root.as_uri(), "capabilities": {},
                       "initializationOptions": options}}


async def session(port: int, root: Path, token: str) -> None:
    """A whole client: initialize, open a buggy file, get its diagnostic, shutdown, exit."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(frame(initialize(root, {"token": token})))
    response = await asyncio.wait_for(read_message(reader), TIMEOUT)
    assert response["result"]["serverInfo"]["name"] == "torchmode"
    uri = (root / "train.py").as_uri()
    writer.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
    writer.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": BUGGY}}}))
    while True:
        message = await asyncio.wait_for(read_message(reader), TIMEOUT)
        assert message is not None, "connection closed before diagnostics"
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["diagnostics"]:
            assert message["params"]["diagnostics"][0]["code"] == "TM001"
            break
    writer.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    while (message := await asyncio.wait_for(read_message(reader), TIMEOUT)) is not None and message.get("id") != 2:
        pass
    writer.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    await writer.drain()
    assert await asyncio.wait_for(reader.read(), TIMEOUT) == b""  # the server closed this connection
    writer.close()


async def test_token_file_is_private_and_clients_without_the_token_are_refused(workspace, tmp_path):
    marker = tmp_path / "ran"
    evil = tmp_path / "evil.sh"
    evil.write_text(f"#!/bin/sh\ntouch {marker}\n")
    evil.chmod(0o755)
    server, port, token = await start_server(tmp_path)
    try:
        assert stat.S_IMODE((tmp_path / "token").stat().st_mode) == 0o600
        for options in (None, {"interpreter": str(evil)}, {"token": "wrong", "interpreter": str(evil)}):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(frame(initialize(workspace, options)))
            writer.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": (workspace / "train.py").as_uri(), "languageId": "python", "version": 1, "text": BUGGY}}}))
            response = await asyncio.wait_for(read_message(reader), TIMEOUT)
            assert response["id"] == 1 and "not authorised" in response["error"]["message"], response
            assert await asyncio.wait_for(reader.read(), TIMEOUT) == b""  # closed, nothing else said
            writer.close()
        assert server.poll() is None
        assert not marker.exists()
        await session(port, workspace, token)  # the right token still works
    finally:
        server.terminate()
        assert server.wait(10) == 0


async def test_the_port_keeps_serving_after_a_client_leaves(workspace, tmp_path):
    server, port, token = await start_server(tmp_path)
    try:
        await session(port, workspace, token)
        # A client that just disconnects, mid-session.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(frame(initialize(workspace, {"token": token})))
        assert (await asyncio.wait_for(read_message(reader), TIMEOUT))["id"] == 1
        writer.close()
        await asyncio.sleep(0.2)
        assert server.poll() is None
        await session(port, workspace, token)
    finally:
        server.terminate()
        assert server.wait(10) == 0


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.1", "example.com"])
def test_only_loopback_addresses_are_accepted(host):
    result = subprocess.run([sys.executable, "-m", "torchmode", "serve", "--tcp", f"{host}:0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "loopback addresses only" in result.stderr
