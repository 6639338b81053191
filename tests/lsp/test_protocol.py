"""Pull diagnostics, cancellation, position encodings, malformed messages, how the server starts."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from .big_files import big_training_script
from .conftest import (
    BUGGY,
    BUGGY_BACKWARD_LINE,
    SAFE,
    TIMEOUT,
    capabilities,
    change_document,
    code_units,
    lsp_session,
    open_document,
    replace_range,
    wait_for_diagnostics,
)


def diagnostic_params(uri, previous=None):
    return types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=previous
    )


async def test_pull_mode_answers_requests_and_never_pushes(workspace):
    async with lsp_session(workspace, caps=capabilities(pull=True)) as client:
        assert client.init_result.capabilities.diagnostic_provider is not None
        uri = open_document(client, workspace / "train.py", BUGGY)
        report = await asyncio.wait_for(client.text_document_diagnostic_async(diagnostic_params(uri)), TIMEOUT)
        assert report.kind == "full"
        [diagnostic] = report.items
        assert diagnostic.code == "TM001" and diagnostic.range.start.line == BUGGY_BACKWARD_LINE
        again = await client.text_document_diagnostic_async(diagnostic_params(uri, report.result_id))
        assert again.kind == "unchanged" and again.result_id == report.result_id

        eval_line = BUGGY.splitlines().index("    model.eval()")
        change_document(client, uri, 2, [replace_range((eval_line, 10), (eval_line, 14), "train")])
        after = await asyncio.wait_for(client.text_document_diagnostic_async(diagnostic_params(uri, report.result_id)), TIMEOUT)
        assert after.kind == "full" and list(after.items) == []
        await asyncio.sleep(0.2)
        assert client.publications == []  # never both push and pull for one client


async def test_push_mode_has_no_pull_capability(workspace):
    async with lsp_session(workspace, caps=capabilities(pull=False)) as client:
        assert client.init_result.capabilities.diagnostic_provider is None


async def test_cancel_request_cancels_a_waiting_pull(workspace):
    async with lsp_session(workspace, caps=capabilities(pull=True)) as client:
        # Keep the analysis thread busy with a big file, so the pull for `small` has to wait.
        open_document(client, workspace / "huge.py", big_training_script(50_000))
        small = open_document(client, workspace / "train.py", BUGGY)
        request = asyncio.ensure_future(  # pytest-lsp's send_request_async sends only once awaited
            client.protocol.send_request_async(types.TEXT_DOCUMENT_DIAGNOSTIC, diagnostic_params(small), msg_id="pull-to-cancel")
        )
        await asyncio.sleep(0.05)
        client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="pull-to-cancel"))
        with pytest.raises(JsonRpcException) as raised:
            await asyncio.wait_for(request, TIMEOUT)
        assert raised.value.code == -32800  # RequestCancelled
        # The server is fine afterwards and still answers the same question.
        report = await asyncio.wait_for(client.text_document_diagnostic_async(diagnostic_params(small)), TIMEOUT * 2)
        assert len(report.items) == 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
async def test_position_encodings_are_negotiated_and_used(workspace, encoding):
    caps = capabilities(encodings=[encoding, "utf-16"])
    async with lsp_session(workspace, caps=caps) as client:
        assert client.init_result.capabilities.position_encoding == encoding
        line_no = BUGGY_BACKWARD_LINE
        prefix = '    note = "😀 数据\t";\t'  # a tab inside the string and one between the statements
        text = BUGGY.replace("    loss.backward()", prefix + "loss.backward()")
        uri = open_document(client, workspace / "train.py", text)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.range.start == types.Position(line_no, code_units(prefix, encoding))
        assert diagnostic.range.end == types.Position(line_no, code_units(prefix + "loss.backward()", encoding))
        # An incremental insertion after the emoji, in the negotiated units.
        column = code_units('    note = "😀', encoding)
        change_document(client, uri, 2, [replace_range((line_no, column), (line_no, column), "🐍ü")])
        [diagnostic] = await wait_for_diagnostics(client, uri, version=2)
        moved = '    note = "😀🐍ü 数据\t";\t'
        assert diagnostic.range.start == types.Position(line_no, code_units(moved, encoding))


async def test_malformed_request_gets_an_invalid_params_error_and_the_server_lives_on(workspace):
    """Raw JSON-RPC over the server's stdio: pygls' own client would refuse to send such params."""
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "torchmode.server", stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        async def request(message):
            server.stdin.write(_frame(message))
            await server.stdin.drain()
            while True:  # skip notifications and server->client requests
                reply = await asyncio.wait_for(_read_message(server.stdout), TIMEOUT)
                if reply.get("id") == message.get("id") and "method" not in reply:
                    return reply

        def notify(message):
            server.stdin.write(_frame(message))

        await request({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                       "params": {"processId": None, "rootUri": workspace.as_uri(), "capabilities": {}}})
        notify({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        bad = await request({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {"textDocument": 5}})
        assert bad["error"]["code"] == -32602  # InvalidParams, instead of no answer at all
        # A malformed notification gets no answer (JSON-RPC) and does not stop the server.
        notify({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 3}}})
        good = await request({"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": {
            "textDocument": {"uri": (workspace / "x.py").as_uri()},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "context": {"diagnostics": []}}})
        assert good["result"] == []
        await request({"jsonrpc": "2.0", "id": 4, "method": "shutdown", "params": None})
        notify({"jsonrpc": "2.0", "method": "exit", "params": None})
        assert await asyncio.wait_for(server.wait(), 10) == 0
    finally:
        if server.returncode is None:
            server.kill()
            await server.wait()


async def test_errors_are_logged_not_popped_up(workspace):
    async with lsp_session(workspace) as client:
        # raw, because the typed client cannot even serialise such params
        client.protocol._send_data({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 3}}})
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        assert any(m.type == types.MessageType.Error for m in client.log_messages)
        assert client.messages == []  # no window/showMessage


async def test_code_action_for_an_unknown_document_is_empty(workspace):
    async with lsp_session(workspace) as client:
        result = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=(workspace / "nope.py").as_uri()),
                range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                context=types.CodeActionContext(diagnostics=[]),
            )
        )
        assert list(result or []) == []


async def test_non_utf8_file_on_disk_does_not_break_the_server(workspace):
    (workspace / "legacy.py").write_bytes(b"# caf\xe9 \xff\xfe\nimport torch\n")
    async with lsp_session(workspace) as client:
        text = "import legacy\n" + BUGGY
        uri = open_document(client, workspace / "train.py", text)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=(workspace / "legacy.py").as_uri(), type=types.FileChangeType.Changed)]
            )
        )
        safe = open_document(client, workspace / "safe.py", SAFE)
        assert await wait_for_diagnostics(client, safe, version=1) == []


async def test_python_dash_m_torchmode_serve_starts_the_same_server(workspace):
    command = [sys.executable, "-m", "torchmode", "serve", "--stdio"]  # VS Code's client appends --stdio
    async with lsp_session(workspace, server_command=command) as client:
        assert client.init_result.server_info.name == "torchmode"
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


async def _read_message(reader: asyncio.StreamReader) -> dict:
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(await reader.readexactly(length))


async def test_tcp_transport_and_log_file(workspace, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log_file = tmp_path / "server.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "torchmode.server", "--tcp", f"127.0.0.1:{port}", "--log-file", str(log_file), "-v"],
        env={**os.environ, "TORCHMODE_TOKEN": "a-token"},
    )
    try:
        for _ in range(200):
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.05)
        else:
            pytest.fail("the TCP server did not start listening")
        writer.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                             "params": {"processId": None, "rootUri": workspace.as_uri(), "capabilities": {},
                                        "initializationOptions": {"token": "a-token"}}}))
        await writer.drain()
        response = await asyncio.wait_for(_read_message(reader), TIMEOUT)
        assert response["id"] == 1
        assert response["result"]["serverInfo"]["name"] == "torchmode"
        assert response["result"]["capabilities"]["textDocumentSync"]["change"] == 2  # incremental
        writer.close()
    finally:
        server.terminate()
        server.wait(10)
    assert "initialize" in log_file.read_text()


async def test_pull_for_a_disabled_file_answers_at_once(workspace):
    async with lsp_session(workspace, caps=capabilities(pull=True), configuration={"torchmode": {"enable": False}}) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        report = await asyncio.wait_for(client.text_document_diagnostic_async(diagnostic_params(uri)), 10)
        assert list(report.items) == []


async def test_shutdown_while_requests_to_the_client_are_pending_exits_cleanly(workspace):
    """`shutdown` right after `initialized`, before the client answered the server's own requests
    (registerCapability, workspace/configuration): the answer is a result and the exit code 0."""
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "torchmode.server", stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        caps = {"workspace": {"configuration": True, "didChangeWatchedFiles": {"dynamicRegistration": True}}}
        server.stdin.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                   "params": {"processId": None, "rootUri": workspace.as_uri(), "capabilities": caps}}))
        assert (await asyncio.wait_for(_read_message(server.stdout), TIMEOUT))["id"] == 1
        server.stdin.write(_frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        server.stdin.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None}))
        while True:  # the server's own requests stay unanswered on purpose
            reply = await asyncio.wait_for(_read_message(server.stdout), TIMEOUT)
            if reply.get("id") == 2 and "method" not in reply:
                break
        assert "error" not in reply and reply["result"] is None
        server.stdin.write(_frame({"jsonrpc": "2.0", "method": "exit", "params": None}))
        await server.stdin.drain()
        assert await asyncio.wait_for(server.wait(), 10) == 0
    finally:
        if server.returncode is None:
            server.kill()
            await server.wait()
