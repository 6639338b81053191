"""Reading LSP messages off a byte stream, surviving broken framing.

pygls' reader (pygls/io_.py, `run_async`) knows one header shape only, `Content-Length: N\\r\\n`.
After anything else (`Content-Length: abc`, a body sent without its header, LF-only line ends) it
reads the next message's header as the tail of a body line and never finds a frame again: the
server stays alive and answers nothing. No upstream pygls issue covers this (searched 2026-11-28;
the nearest are pygls#604, lengths counted in characters, and pygls#80, an old splitting bug).

This reader accepts LF-only lines; after a broken header it skips to the next `Content-Length:`
(also one glued to the end of a body), so one bad message costs that message only. A body that is
not JSON gets a -32700 answer with id null, as JSON-RPC asks; valid JSON that is not a JSON-RPC
message gets -32600.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable
from typing import Any

from lsprotocol.types import ErrorCodes
from pygls.exceptions import JsonRpcException

log = logging.getLogger(__name__)

# A declared length above this is taken for a framing error, not waited for. Documents over
# 20 M characters are not analysed anyway (lsp/server.py, MAX_DOCUMENT_CHARS).
MAX_BODY_BYTES = 256 * 2**20

_CONTENT_LENGTH = b"content-length"
_HEADER = re.compile(rb"content-length[ \t]*:[ \t]*([^\r\n]*?)[ \t]*\r?\n?\Z", re.IGNORECASE)


class FrameReader:
    """`readline` and `readexactly` over an asyncio StreamReader (or pygls' StdinAsyncReader),
    with bytes that can be put back when a body turns out to hold the next message's header."""

    def __init__(self, source) -> None:
        self._source = source
        self._pending = b""

    def unread(self, data: bytes) -> None:
        self._pending = data + self._pending

    async def readline(self) -> bytes:
        if self._pending:
            end = self._pending.find(b"\n")
            if end >= 0:
                line, self._pending = self._pending[: end + 1], self._pending[end + 1 :]
                return line
            line, self._pending = self._pending, b""
            return line + await self._source.readline()
        return await self._source.readline()

    async def readexactly(self, size: int) -> bytes | None:
        """`size` bytes, or None when the input ends first."""
        data, self._pending = self._pending[:size], self._pending[size:]
        while len(data) < size:
            try:
                chunk = await self._source.readexactly(size - len(data))
            except asyncio.IncompleteReadError:
                return None
            if not chunk:  # pygls' StdinAsyncReader returns short reads at the end
                return None
            data += chunk
        return data


async def read_header(frames: FrameReader) -> int | None:
    """The body length of the next well-framed message; None at the end of the input."""
    length: int | None = None
    skipped = 0
    while True:
        line = await frames.readline()
        if not line:
            if skipped:
                log.error("LSP input ended after %d bytes that were not a message", skipped)
            return None
        at = line.lower().rfind(_CONTENT_LENGTH)
        if at > 0:  # a header glued to the end of something else: a body without its header
            skipped += at
            line = line[at:]
        if at >= 0:
            if length is not None:
                log.error("LSP header block without the empty line that ends it; reading the next one")
            length = _length(line)
        elif not line.strip():
            if length is not None:
                if skipped:
                    log.error("skipped %d bytes that were not an LSP message (broken framing)", skipped)
                return length
        elif length is None:
            skipped += len(line)
        # else another header of this message (Content-Type): nothing to do


def _length(line: bytes) -> int | None:
    match = _HEADER.match(line)
    value = match.group(1) if match else b""
    if value.isdigit() and int(value) <= MAX_BODY_BYTES:
        return int(value)
    shown = line[:80].decode("ascii", "replace").strip()
    if value.isdigit():
        log.error("LSP header %r: over the %d-byte limit; skipping to the next message", shown, MAX_BODY_BYTES)
    else:
        log.error("invalid LSP header %r; skipping to the next message", shown)
    return None


def decode(body: bytes, frames: FrameReader, structure: Callable[[dict], Any]) -> tuple[Any, dict | None]:
    """(message, None) for a JSON-RPC message, else (None, the error answer to send)."""
    try:
        message = json.loads(body, object_hook=structure)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        # A declared length that was too long swallowed the start of the next message: parse the
        # part before that message's header alone and read the rest again.
        at = body.find(b"Content-Length:", 1)
        if at > 0:
            frames.unread(body[at:])
            return decode(body[:at], frames, structure)
        log.error("an LSP message is not valid JSON (%s): %r", error, body[:120])
        return None, error_answer(None, ErrorCodes.ParseError, f"Parse error: {error}")
    if isinstance(message, (dict, list, str, int, float, bool)) or message is None:
        # pygls structures every object with a "jsonrpc" member; anything else is no JSON-RPC message
        msg_id = message.get("id") if isinstance(message, dict) else None
        msg_id = msg_id if isinstance(msg_id, (str, int)) and not isinstance(msg_id, bool) else None
        log.error("not a JSON-RPC 2.0 message: %r", body[:120])
        return None, error_answer(msg_id, ErrorCodes.InvalidRequest, "Invalid Request: not a JSON-RPC 2.0 message")
    return message, None


def error_answer(msg_id, code: int, message: str) -> dict:
    # A plain dict: lsprotocol's converter would leave out `"id": null`, which JSON-RPC requires.
    return {"jsonrpc": "2.0", "id": msg_id, "error": {"code": int(code), "message": message}}


async def serve_messages(reader, protocol, stop_event, error_handler=None) -> None:
    """Read and dispatch messages until the input ends or `stop_event` is set; a drop-in for
    pygls.io_.run_async (same protocol, reader and stop event)."""
    frames = FrameReader(reader)
    while not stop_event.is_set():
        length = await read_header(frames)
        if length is None:
            return
        body = await frames.readexactly(length)
        if body is None:
            log.error("LSP input ended inside a %d-byte message", length)
            return
        try:
            message, answer = decode(body, frames, protocol.structure_message)
            if answer is not None:
                protocol._send_data(answer)
            else:
                protocol.handle_message(message)
        except Exception as error:  # a bad message must never stop the loop (SystemExit from `exit` does)
            log.exception("Unable to handle message")
            if error_handler is not None:
                error_handler(error, JsonRpcException)
