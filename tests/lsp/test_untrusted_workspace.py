"""The language server on untrusted code: the interpreter a workspace's pyproject.toml names is
never run, and huge documents are bounded in memory and said so (a real server over stdio)."""

from __future__ import annotations

import stat

from lsprotocol import types

from .conftest import BUGGY, lsp_session, open_document, wait_for_diagnostics, wait_until

LIMIT_KIB = 1024 * 1024  # 1 GiB


def peak_rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):  # the process's peak resident set size
                return int(line.split()[1])
    raise AssertionError("no VmHWM")


def evil_program(path, marker):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\ntouch {marker}\necho 3.12.0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


IMPORTS_UNKNOWN = BUGGY.replace("import torch\n", "import torch\nimport seqlib  # asks for the interpreter's sys.path\n", 1)


async def test_interpreters_named_by_the_workspace_are_never_run(workspace, tmp_path):
    marker = tmp_path / "ran"
    evil_program(workspace / "evil.sh", marker)
    absolute = evil_program(tmp_path / "venvish" / "bin" / "python", marker)
    (workspace / "pyproject.toml").write_text('[tool.torchmode]\ninterpreter = "./evil.sh"\n')
    (workspace / "sub").mkdir()
    (workspace / "sub" / "pyproject.toml").write_text(f'[tool.torchmode]\ninterpreter = "{absolute}"\n')
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", IMPORTS_UNKNOWN)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        other = open_document(client, workspace / "sub" / "train.py", IMPORTS_UNKNOWN)
        assert len(await wait_for_diagnostics(client, other, version=1)) == 1
        warnings = [m.message for m in client.log_messages if m.type == types.MessageType.Warning]
        assert any("'./evil.sh' is a relative path and is ignored" in w for w in warnings), warnings
    assert not marker.exists()


async def test_a_huge_line_is_skipped_with_a_note_and_the_rest_is_checked(workspace):
    text = BUGGY.replace("def main():", "DATA = [" + ", ".join(str(i) for i in range(700_000)) + "]\n\n\ndef main():")
    assert len(text) > 5_000_000
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", text)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        await wait_until(lambda: any("not analysed" in m.message for m in client.log_messages), what="the note")
        peak = peak_rss_kib(client._server.pid)
    print(f"server peak RSS with a {len(text):,}-character line: {peak // 1024} MiB")
    assert peak < LIMIT_KIB


async def test_a_20_million_character_document_is_not_checked_and_the_server_stays_small(workspace):
    text = BUGGY + "\n" + "x = 1  # padding\n" * ((20_000_000 - len(BUGGY) - 1) // 17)
    assert 19_999_000 < len(text) <= 20_000_000  # what the server used to analyse
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "big.py", text)
        assert await wait_for_diagnostics(client, uri, version=1) == []
        await wait_until(lambda: any("not checked" in m.message for m in client.log_messages), what="the note")
        small = open_document(client, workspace / "train.py", BUGGY)  # the server still works
        assert len(await wait_for_diagnostics(client, small, version=1)) == 1
        peak = peak_rss_kib(client._server.pid)
    print(f"server peak RSS with a {len(text):,}-character document: {peak // 1024} MiB")
    assert peak < LIMIT_KIB
