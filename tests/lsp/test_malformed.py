"""Broken protocol input over the real server's stdio: after each, the server answers the next valid
request correctly, or has exited with a clear line on stderr. Never a silent, wedged server."""

from __future__ import annotations

import json
import subprocess

import pytest

from .conftest import BUGGY, file_uri, wait_until
from .raw_server import (
    SERVER,
    RawServer,
    code_action,
    frame,
    initialize,
    notification,
    request,
)

PARSE_ERROR, INVALID_REQUEST, SERVER_NOT_INITIALIZED = -32700, -32600, -32002


@pytest.fixture
async def server():
    raw = await RawServer.start()
    yield raw
    await raw.close()


async def initialized(server: RawServer, workspace) -> None:
    answer = await server.call(initialize(1, workspace.as_uri()))
    assert answer["result"]["serverInfo"]["name"] == "torchmode"
    await server.send(frame(notification("initialized", {})))


async def assert_still_serving(server: RawServer, workspace, msg_id=100) -> None:
    answer = await server.call(code_action(msg_id, file_uri(workspace / "x.py")))
    assert answer == {"jsonrpc": "2.0", "id": msg_id, "result": []}, answer


def body(message: dict) -> bytes:
    return json.dumps(message).encode()


LOST = code_action(2, "file:///lost.py")  # a request inside a broken frame: lost, the server is not
BROKEN_FRAMES = {
    "non-numeric Content-Length": (b"Content-Length: abc\r\n\r\n" + body(LOST), "invalid LSP header"),
    "negative Content-Length": (b"Content-Length: -5\r\n\r\n" + body(LOST), "invalid LSP header"),
    "no header at all": (body(LOST), "not an LSP message"),
    "an empty line but no header": (b"\r\n" + body(LOST), "not an LSP message"),
    "huge Content-Length": (b"Content-Length: 99999999999999\r\n\r\n" + body(LOST), "over the"),
    "a header block without its empty line": (b"Content-Length: 5\r\n", "without the empty line"),
    "garbage lines": (b"hello\r\nworld\n\n\r\n", "not an LSP message"),
}


@pytest.mark.parametrize("name", list(BROKEN_FRAMES))
async def test_a_broken_frame_costs_that_message_only(server, workspace, name):
    data, logged = BROKEN_FRAMES[name]
    await initialized(server, workspace)
    await server.send(data)
    await assert_still_serving(server, workspace)
    assert not any(m.get("id") == 2 and "method" not in m for m in server.messages)
    assert logged in await server.stderr()


async def test_lf_only_headers_are_read(server, workspace):
    await initialized(server, workspace)
    await server.send(frame(code_action(2, file_uri(workspace / "x.py")), b"Content-Length: %d\n\n"))
    assert (await server.answer(2))["result"] == []
    await assert_still_serving(server, workspace)


async def test_extra_headers_and_lowercase_names_are_read(server, workspace):
    await initialized(server, workspace)
    header = b"content-length:%d\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"
    await server.send(frame(code_action(2, file_uri(workspace / "x.py")), header))
    assert (await server.answer(2))["result"] == []


async def test_a_content_length_too_long_still_reads_both_messages(server, workspace):
    """The declared length takes in the start of the next frame: the server finds that frame's
    header inside the body, handles the first message and reads the second again."""
    await initialized(server, workspace)
    first = body(code_action(2, file_uri(workspace / "x.py")))
    second = frame(code_action(3, file_uri(workspace / "y.py")))
    await server.send(b"Content-Length: %d\r\n\r\n" % (len(first) + 30) + first + second)
    assert (await server.answer(2))["result"] == []
    assert (await server.answer(3))["result"] == []


async def test_a_content_length_too_short_gets_a_parse_error_then_resynchronises(server, workspace):
    await initialized(server, workspace)
    first = body(code_action(2, file_uri(workspace / "x.py")))
    await server.send(b"Content-Length: %d\r\n\r\n" % (len(first) - 10) + first)
    await assert_still_serving(server, workspace)
    [error] = [m for m in server.messages if "error" in m]
    assert error["id"] is None and error["error"]["code"] == PARSE_ERROR


async def test_invalid_json_gets_a_parse_error_with_id_null(server, workspace):
    await initialized(server, workspace)
    await server.send(frame(b'{"jsonrpc": "2.0", "id": 2, "method": '))
    await server.send(frame(b"\xff\xfe not utf-8"))
    await assert_still_serving(server, workspace)
    errors = [m for m in server.messages if "error" in m]
    assert [(e["id"], e["error"]["code"]) for e in errors] == [(None, PARSE_ERROR)] * 2, errors
    assert "not valid JSON" in await server.stderr()


@pytest.mark.parametrize("payload, expected_id", [
    (b"[1, 2]", None),
    (b"42", None),
    (b'{"id": 7, "method": "textDocument/codeAction"}', 7),  # no "jsonrpc": "2.0"
])
async def test_json_that_is_not_json_rpc_gets_invalid_request(server, workspace, payload, expected_id):
    await initialized(server, workspace)
    await server.send(frame(payload))
    await assert_still_serving(server, workspace)
    [error] = [m for m in server.messages if "error" in m]
    assert error["id"] == expected_id and error["error"]["code"] == INVALID_REQUEST


async def test_a_request_before_initialize_gets_server_not_initialized(server, workspace):
    answer = await server.call(code_action(1, file_uri(workspace / "x.py")))
    assert answer["error"]["code"] == SERVER_NOT_INITIALIZED, answer
    shutdown_first = await server.call(request(2, "shutdown"))
    assert shutdown_first["error"]["code"] == SERVER_NOT_INITIALIZED
    assert (await server.call(initialize(3, workspace.as_uri())))["result"]["capabilities"]
    await assert_still_serving(server, workspace)
    again = await server.call(initialize(4, workspace.as_uri()))
    assert again["error"]["code"] == INVALID_REQUEST  # initialize is sent once


async def test_notifications_before_initialize_are_dropped(server, workspace):
    early = workspace / "early.py"
    early.write_text(BUGGY, encoding="utf-8")
    await server.send(frame(notification("textDocument/didOpen", {"textDocument": {
        "uri": file_uri(early), "languageId": "python", "version": 1, "text": BUGGY}})))
    await initialized(server, workspace)
    assert [m.get("id") for m in server.messages] == [1]  # the initialize answer only: no error logged to the client
    # A document opened properly gets its diagnostics; the early one never was opened.
    late = workspace / "late.py"
    late.write_text(BUGGY, encoding="utf-8")
    await server.send(frame(notification("textDocument/didOpen", {"textDocument": {
        "uri": file_uri(late), "languageId": "python", "version": 1, "text": BUGGY}})))

    def published(uri):
        return [m for m in server.messages if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]

    await wait_until(lambda: published(file_uri(late)), what="diagnostics for late.py")
    assert published(file_uri(early)) == []
    assert "ERROR" not in await server.stderr()


async def test_requests_after_shutdown_get_invalid_request_and_exit_is_clean(server, workspace):
    await initialized(server, workspace)
    assert (await server.call(request(2, "shutdown")))["result"] is None
    after = await server.call(code_action(3, file_uri(workspace / "x.py")))
    assert after["error"]["code"] == INVALID_REQUEST, after
    assert (await server.call(request(4, "shutdown")))["error"]["code"] == INVALID_REQUEST
    await server.send(frame(notification("exit")))
    assert await server.exit_code() == 0


async def test_exit_before_initialize_exits_with_1(server):
    await server.send(frame(notification("exit")))
    assert await server.exit_code() == 1


async def test_input_ending_inside_a_message_ends_the_server_with_a_clear_line(server, workspace):
    await initialized(server, workspace)
    await server.send(b"Content-Length: 500\r\n\r\n{\"jsonrpc\": ")
    server.process.stdin.close()
    await server.exit_code()
    assert "LSP input ended inside a 500-byte message" in await server.stderr()


async def test_cancelling_an_answered_request_is_not_a_warning(server, workspace):
    await initialized(server, workspace)
    await assert_still_serving(server, workspace, msg_id=2)
    await server.send(frame(notification("$/cancelRequest", {"id": 2})))
    await assert_still_serving(server, workspace, msg_id=3)
    await server.send(frame(request(4, "shutdown")) + frame(notification("exit")))
    assert await server.exit_code() == 0
    stderr = await server.stderr()
    assert "Cancel notification" not in stderr and "WARNING" not in stderr, stderr


async def test_answers_to_server_requests_after_shutdown_are_not_errors(server, workspace):
    """The server asks for configuration after `initialized`; a client that shuts down before
    answering, then answers, gets no error and no warning (pygls drops the answer with a warning,
    pygls#605)."""
    caps = {"workspace": {"configuration": True}}
    await server.call(initialize(1, workspace.as_uri(), caps))
    await server.send(frame(notification("initialized", {})))
    await wait_until(lambda: any(m.get("method") == "workspace/configuration" for m in server.messages),
                     what="a workspace/configuration request")
    asked = next(m for m in server.messages if m.get("method") == "workspace/configuration")
    assert (await server.call(request(2, "shutdown")))["result"] is None
    await server.send(frame({"jsonrpc": "2.0", "id": asked["id"], "result": [None]}))
    await server.send(frame(notification("exit")))
    assert await server.exit_code() == 0
    stderr = await server.stderr()
    assert "ERROR" not in stderr and "WARNING" not in stderr, stderr


async def test_many_broken_frames_in_a_row_never_wedge_the_server(server, workspace):
    await initialized(server, workspace)
    junk = b"".join(data for data, _ in BROKEN_FRAMES.values()) + frame(b"{oops") + b"\n\r\n"
    for round_ in range(5):
        await server.send(junk)
        await assert_still_serving(server, workspace, msg_id=100 + round_)


def test_stdin_from_a_regular_file_takes_the_same_reader(tmp_path):
    """A file is no pipe the event loop can watch: it is read through pygls' thread reader, with
    the same recovery from a broken frame."""
    session = tmp_path / "session.lsp"
    session.write_bytes(frame(initialize(1)) + b"Content-Length: zz\r\n\r\n{}" + frame(request(2, "shutdown"))
                        + frame(notification("exit")))
    with session.open("rb") as stdin:
        result = subprocess.run(SERVER, check=False, stdin=stdin, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(b"Content-Length:") == 2  # the answers to initialize and shutdown
    assert b"invalid LSP header 'Content-Length: zz'" in result.stderr
