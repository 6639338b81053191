"""Drive the real torchmode language server (a subprocess over stdio) with pytest-lsp's client.

Each test starts its own server with the client capabilities it needs (push or pull diagnostics,
a position encoding, documentChanges or not), so nothing leaks between tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pathlib
import re
import sys
import time

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER_COMMAND = [sys.executable, "-m", "torchmode.server", "-v"]
if os.environ.get("TORCHMODE_TEST_SERVER"):  # lets a developer point the suite at another launcher
    SERVER_COMMAND = os.environ["TORCHMODE_TEST_SERVER"].split()

TIMEOUT = 60.0  # generous: the first check pays for jedi's first inference into torch

MODEL = '''\
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(8, 16, batch_first=True)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])
'''

# A buggy script: eval() then forward + backward in the same function.
BUGGY = MODEL + '''

def main():
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.randn(4, 5, 8)
    y = torch.randn(4, 1)
    model.eval()
    pred = model(x)
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    optimizer.step()


if __name__ == "__main__":
    main()
'''

BUGGY_BACKWARD_LINE = BUGGY.splitlines().index("    loss.backward()")
BUGGY_FORWARD_LINE = BUGGY.splitlines().index("    pred = model(x)")
FIXED = BUGGY.replace("    pred = model(x)\n", "    model.train()\n    pred = model(x)\n")
SAFE = BUGGY.replace("    model.eval()\n", "    model.train()\n")


def file_uri(path: pathlib.Path) -> str:
    return path.resolve().as_uri()


def capabilities(
    *,
    encodings: list[str] | None = None,
    pull: bool = False,
    document_changes: bool = True,
    configuration: bool = True,
    watched_files: bool = True,
) -> types.ClientCapabilities:
    """Capabilities of a VS Code-like client, with the knobs the tests turn."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(
            configuration=configuration,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=document_changes),
            did_change_configuration=types.DidChangeConfigurationClientCapabilities(dynamic_registration=True),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=watched_files),
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None,
            workspace_folders=True,
        ),
        text_document=types.TextDocumentClientCapabilities(
            synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                version_support=True, related_information=True, data_support=True
            ),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
                    )
                ),
                is_preferred_support=True,
                data_support=True,
            ),
            diagnostic=types.DiagnosticClientCapabilities(related_document_support=True) if pull else None,
        ),
        window=types.WindowClientCapabilities(work_done_progress=True),
    )


def _make_client() -> LanguageClient:
    client = LanguageClient()
    features = dict(DEFAULT_CLIENT_FEATURES)

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.publications.append((time.monotonic(), params))

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    client.publications = []
    client.registrations = []

    def register(client: LanguageClient, params: types.RegistrationParams):
        client.registrations.extend(params.registrations)

    features[types.CLIENT_REGISTER_CAPABILITY] = register
    register_lsp_features(client, features)
    return client


@contextlib.asynccontextmanager
async def lsp_session(
    root: pathlib.Path,
    *,
    caps: types.ClientCapabilities | None = None,
    init_options=None,
    configuration: dict | None = None,
    server_command: list[str] | None = None,
):
    """A started and initialised server whose workspace folder is `root`."""
    config = ClientServerConfig(server_command=server_command or SERVER_COMMAND, client_factory=_make_client)
    client = await config.start()
    if configuration is not None:
        client.set_configuration(configuration)
    body_failed = False
    try:
        client.init_result = await asyncio.wait_for(
            client.initialize_session(
                types.InitializeParams(
                    capabilities=caps or capabilities(),
                    root_uri=file_uri(root),
                    workspace_folders=[types.WorkspaceFolder(uri=file_uri(root), name=root.name)],
                    initialization_options=init_options,
                )
            ),
            TIMEOUT,
        )
        yield client
    except BaseException:
        body_failed = True
        raise
    finally:
        shutdown_error = None
        try:
            await asyncio.wait_for(client.shutdown_session(), 10)
        except Exception as error:  # a server that cannot shut down cleanly fails the test
            shutdown_error = error
        server = client._server
        try:
            await asyncio.wait_for(client.stop(), 10)
        except asyncio.TimeoutError:
            if server is not None and server.returncode is None:
                server.kill()
        if shutdown_error is not None and not body_failed:
            raise AssertionError(f"the server did not shut down cleanly: {shutdown_error!r}")


def open_document(client: LanguageClient, path: pathlib.Path, text: str | None = None, version: int = 1) -> str:
    if text is None:
        text = path.read_text(encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    uri = file_uri(path)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=version, text=text)
        )
    )
    return uri


def change_document(client: LanguageClient, uri: str, version: int, changes: list) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=changes,
        )
    )


def replace_all(text: str) -> types.TextDocumentContentChangeWholeDocument:
    return types.TextDocumentContentChangeWholeDocument(text=text)


def replace_range(start: tuple[int, int], end: tuple[int, int], text: str) -> types.TextDocumentContentChangePartial:
    return types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(*start), types.Position(*end)), text=text
    )


async def wait_for_diagnostics(client: LanguageClient, uri: str, version: int | None = None, timeout: float = TIMEOUT):
    """The first publication for `uri` (at `version`, when given) not seen before this call's match."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for _, params in reversed(client.publications):
            if params.uri == uri and (version is None or params.version == version):
                return list(params.diagnostics)
        await asyncio.sleep(0.01)
    seen = [(p.uri.rsplit("/", 1)[-1], p.version, len(p.diagnostics)) for _, p in client.publications]
    raise AssertionError(f"no diagnostics for {uri} version {version} within {timeout} s; got {seen}")


async def wait_until(predicate, timeout: float = TIMEOUT, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def code_units(text: str, encoding: str) -> int:
    """Length of `text` in the code units of an LSP position encoding (independent of the server)."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def lsp_lines(text: str) -> list[str]:
    """Lines as LSP counts them: only \\n, \\r\\n and \\r end a line (not form feeds, not U+2028)."""
    return re.split(r"(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)", text)


def _offset(text: str, position: types.Position, encoding: str) -> int:
    lines = lsp_lines(text)
    offset = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    column, units = 0, 0
    while column < len(line) and units < position.character:
        units += code_units(line[column], encoding)
        column += 1
    return offset + column


def apply_text_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """What a client does with a list of TextEdits (all relative to the original text)."""
    spans = sorted(
        ((_offset(text, e.range.start, encoding), _offset(text, e.range.end, encoding), i, e.new_text) for i, e in enumerate(edits)),
        reverse=True,
    )
    for start, end, _, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> tuple[int | None, list[types.TextEdit]]:
    """(guarding version, edits) of a code action's WorkspaceEdit, in either shape."""
    edit = action.edit
    if edit.document_changes:
        [change] = edit.document_changes
        assert change.text_document.uri == uri
        return change.text_document.version, list(change.edits)
    return None, list(edit.changes[uri])


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    root = tmp_path / "ws"
    root.mkdir()
    return root


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")
