"""`torchmode serve --tcp`: the language server on a loopback TCP port, for clients that hold a token.

Whoever may talk to the server may choose its settings, and settings name files it reads. A TCP
port is open to every user of the machine, so:
- it listens on loopback addresses only (127.0.0.1, ::1, localhost);
- a client's first message must be `initialize` with `initializationOptions.token` equal to the
  server's token (from $TORCHMODE_TOKEN, else a random one written to `--token-file`, created
  with mode 0600, or printed to stderr). Anything else gets an error and the connection closed,
  before any message reaches the language server.
- each connection gets its own language server; when a client leaves (or sends `exit`), the
  port keeps serving the next one. Ctrl-C or SIGTERM stops it (exit 0).
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import os
import re
import secrets
import signal
import sys
import threading

log = logging.getLogger(__name__)

TOKEN_ENV = "TORCHMODE_TOKEN"
FIRST_MESSAGE_TIMEOUT_S = 10.0
MAX_FIRST_MESSAGE_BYTES = 1_000_000  # an initialize request is a few kB
_CONTENT_LENGTH = re.compile(rb"^Content-Length: *(\d+)\r\n$", re.IGNORECASE)


class UsageError(Exception):
    pass


def check_loopback(host: str) -> str:
    """The host to bind, or UsageError when it is not a loopback address."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise UsageError(f"--tcp listens on loopback addresses only (127.0.0.1, ::1, localhost), not {host!r}: "
                     "anyone who can connect can choose the server's settings")


def make_token(token_file: str | None) -> tuple[str, bool]:
    """The token clients must send, and whether it was generated here."""
    token = os.environ.get(TOKEN_ENV, "")
    generated = not token
    if generated:
        token = secrets.token_urlsafe(32)
    if token_file:
        # O_EXCL-free but mode-safe: an existing file is truncated only after its mode is 0600.
        fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, token.encode() + b"\n")
        finally:
            os.close(fd)
    return token, generated


async def read_message(reader: asyncio.StreamReader) -> bytes | None:
    """One LSP message body (None at end of stream); ValueError when it is not one."""
    length = None
    while True:
        header = await reader.readline()
        if not header:
            return None
        if header in (b"\r\n", b"\n"):
            break
        match = _CONTENT_LENGTH.match(header)
        if match:
            length = int(match.group(1))
    if length is None or length > MAX_FIRST_MESSAGE_BYTES:
        raise ValueError("no Content-Length, or a first message over 1 MB")
    return await reader.readexactly(length)


def authenticate(body: bytes, token: str) -> tuple[dict | None, str]:
    """The initialize message without its token when the token is right, else (None, why)."""
    try:
        message = json.loads(body)
    except ValueError:
        return None, "the first message is not JSON"
    if not isinstance(message, dict) or message.get("method") != "initialize":
        return None, "the first message must be initialize"
    params = message.get("params")
    if not isinstance(params, dict):
        params = {}
    options = params.get("initializationOptions")
    if not isinstance(options, dict):
        options = {}
    sent = options.get("token")
    if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), token.encode()):
        return None, "initializationOptions.token is missing or wrong"
    options = {k: v for k, v in options.items() if k != "token"}
    message["params"] = {**params, "initializationOptions": options or None}
    return message, ""


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, token: str) -> None:
    peer = writer.get_extra_info("peername")
    try:
        body = await asyncio.wait_for(read_message(reader), FIRST_MESSAGE_TIMEOUT_S)
    except (asyncio.TimeoutError, ValueError, asyncio.IncompleteReadError, ConnectionError) as error:
        log.warning("torchmode: connection from %s closed: no valid first message (%s)", peer, error or "timeout")
        writer.close()
        return
    if body is None:
        writer.close()
        return
    message, why = authenticate(body, token)
    if message is None:
        log.warning("torchmode: connection from %s refused: %s", peer, why)
        request_id = None
        try:
            request_id = json.loads(body).get("id")
        except (ValueError, AttributeError):
            pass
        writer.write(_frame({"jsonrpc": "2.0", "id": request_id,
                             "error": {"code": -32600, "message": f"torchmode: not authorised: {why}"}}))
        await _close_after_reply(reader, writer)
        return
    log.info("torchmode: client %s authenticated", peer)
    await _run_language_server(message, reader, writer)
    log.info("torchmode: client %s left; still listening", peer)


async def _close_after_reply(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Send what was written, then close. What the client sent after its first message is read and
    dropped for a moment: closing with unread input makes the kernel reset the connection, and
    the client could lose the reply that says why."""
    try:
        await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
        await asyncio.wait_for(_discard_until_eof(reader), 2.0)
    except (ConnectionError, asyncio.TimeoutError, OSError):
        pass
    writer.close()


async def _discard_until_eof(reader: asyncio.StreamReader) -> None:
    dropped = 0
    while dropped < MAX_FIRST_MESSAGE_BYTES and (data := await reader.read(65536)):
        dropped += len(data)


async def _run_language_server(first: dict, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    from torchmode.lsp.server import create_server
    from torchmode.lsp.transport import serve_messages

    server = create_server()
    server.collector.take_over()
    server._stop_event = threading.Event()
    server.protocol.set_writer(writer)  # a StreamWriter: its close() is synchronous
    try:
        server.protocol.handle_message(json.loads(json.dumps(first), object_hook=server.protocol.structure_message))
        # the same resynchronising reader as stdio: one framing error must not wedge a connection
        await serve_messages(reader, server.protocol, server._stop_event, server.report_server_error)
    except SystemExit:  # the client's `exit`: pygls ends "the process"; here only this connection
        pass
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        server.worker.stop()
        if server._thread_pool:
            server._thread_pool.shutdown(wait=False)
        writer.close()


def serve(host: str, port: int, token_file: str | None) -> int:
    """Listen until interrupted; 0 after Ctrl-C/SIGTERM, 2 on a usage or bind error."""
    try:
        host = check_loopback(host)
        token, generated = make_token(token_file)
    except (UsageError, OSError) as error:
        print(f"torchmode serve: {error}", file=sys.stderr)
        return 2

    async def main() -> None:
        try:
            listener = await asyncio.start_server(lambda r, w: _serve_connection(r, w, token), host, port)
        except OSError as error:
            raise UsageError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        address = listener.sockets[0].getsockname()
        print(f"torchmode: listening on {address[0]}:{address[1]}", file=sys.stderr, flush=True)
        if generated and not token_file:
            print(f"torchmode: token: {token}", file=sys.stderr, flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows
                pass
        async with listener:
            await stop.wait()

    try:
        asyncio.run(main())
    except UsageError as error:
        print(f"torchmode serve: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0
