"""Open / change / save / close, and where the diagnostics land."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from .conftest import (
    BUGGY,
    BUGGY_BACKWARD_LINE,
    FIXED,
    SAFE,
    capabilities,
    change_document,
    code_units,
    lsp_session,
    open_document,
    replace_all,
    replace_range,
    wait_for_diagnostics,
)


async def test_open_buggy_script_reports_tm001_on_the_backward_call(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        [diagnostic] = diagnostics
        assert diagnostic.code == "TM001"
        assert diagnostic.source == "torchmode"
        assert diagnostic.code_description.href.endswith("README.md#tm001")  # the rule's page, from the registry
        assert diagnostic.severity == types.DiagnosticSeverity.Error
        line = BUGGY.splitlines()[BUGGY_BACKWARD_LINE]
        start = line.index("loss.backward()")
        assert diagnostic.range.start == types.Position(BUGGY_BACKWARD_LINE, start)
        assert diagnostic.range.end == types.Position(BUGGY_BACKWARD_LINE, start + len("loss.backward()"))
        assert "model" in diagnostic.message
        # the eval site is a related location
        assert any(
            r.location.range.start.line == BUGGY.splitlines().index("    model.eval()")
            for r in diagnostic.related_information or []
        )


async def test_safe_script_publishes_empty_diagnostics(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", SAFE)
        assert await wait_for_diagnostics(client, uri, version=1) == []


async def test_incremental_edit_fixes_and_breaks_again(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        eval_line = BUGGY.splitlines().index("    model.eval()")
        # "eval" -> "train" with an incremental change on that line
        change_document(client, uri, 2, [replace_range((eval_line, 10), (eval_line, 14), "train")])
        assert await wait_for_diagnostics(client, uri, version=2) == []
        change_document(client, uri, 3, [replace_range((eval_line, 10), (eval_line, 15), "eval")])
        assert len(await wait_for_diagnostics(client, uri, version=3)) == 1


async def test_incremental_edits_with_emoji_cjk_and_tabs_keep_ranges_right(workspace):
    """Edits after an emoji (two UTF-16 units) must land where the client meant them."""
    async with lsp_session(workspace) as client:
        line_no = BUGGY_BACKWARD_LINE
        prefix = '    tag = "🔥火\t"; '
        text = BUGGY.replace("    loss.backward()", prefix + "loss.backward()  # 😀 完了")
        uri = open_document(client, workspace / "train.py", text)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.range.start == types.Position(line_no, code_units(prefix, "utf-16"))
        # Insert another emoji right after the first one (UTF-16 column 13), then check the range moved by 2.
        column = code_units('    tag = "🔥', "utf-16")
        change_document(client, uri, 2, [replace_range((line_no, column), (line_no, column), "🎉")])
        [diagnostic] = await wait_for_diagnostics(client, uri, version=2)
        moved = '    tag = "🔥🎉火\t"; '
        assert diagnostic.range.start == types.Position(line_no, code_units(moved, "utf-16"))
        assert diagnostic.range.end.character - diagnostic.range.start.character == len("loss.backward()")


async def test_close_clears_diagnostics(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
        await asyncio.wait_for(_until_empty(client, uri), 10)


async def _until_empty(client, uri):
    while client.diagnostics.get(uri):
        await asyncio.sleep(0.01)


async def test_broken_code_mid_typing_still_reports_the_parts_that_parse(workspace):
    async with lsp_session(workspace) as client:
        text = BUGGY + "\n\ndef helper(:\n    return (\n"
        uri = open_document(client, workspace / "train.py", text)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.range.start.line == BUGGY_BACKWARD_LINE


async def test_whole_document_change_is_accepted_too(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        await wait_for_diagnostics(client, uri, version=1)
        change_document(client, uri, 2, [replace_all(FIXED)])
        assert await wait_for_diagnostics(client, uri, version=2) == []


async def test_publish_carries_the_version(workspace):
    async with lsp_session(workspace, caps=capabilities()) as client:
        uri = open_document(client, workspace / "train.py", BUGGY, version=7)
        await wait_for_diagnostics(client, uri, version=7)
        assert all(p.version == 7 for _, p in client.publications if p.uri == uri)


async def test_form_feed_and_line_separator_do_not_shift_edits(workspace):
    """Only \\n, \\r\\n and \\r end lines in LSP: a form feed (old-style page break) or U+2028 in a
    comment must not make later edits land one line off."""
    text = "\x0c\n# odd separators: \u2028 and \x0c inside a comment\n" + BUGGY
    lines = text.split("\n")
    eval_line = lines.index("    model.eval()")
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", text)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.range.start.line == lines.index("    loss.backward()")
        change_document(client, uri, 2, [replace_range((eval_line, 10), (eval_line, 14), "train")])
        assert await wait_for_diagnostics(client, uri, version=2) == []


async def test_crlf_document_and_percent_encoded_uri(workspace):
    folder = workspace / "my project" / "données"
    folder.mkdir(parents=True)
    text = BUGGY.replace("\n", "\r\n")
    async with lsp_session(workspace) as client:
        uri = open_document(client, folder / "train.py", text)
        assert "%20" in uri
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.range.start.line == BUGGY_BACKWARD_LINE
        eval_line = BUGGY.splitlines().index("    model.eval()")
        change_document(client, uri, 2, [replace_range((eval_line, 10), (eval_line, 14), "train")])
        assert await wait_for_diagnostics(client, uri, version=2) == []


async def test_notebook_cells_are_checked_each_on_its_own(workspace):
    """VS Code sends notebook cells as text documents with `vscode-notebook-cell:` URIs that share
    the notebook's path; each cell must get its own findings, related locations in that cell."""
    notebook = (workspace / "experiment.ipynb").resolve()
    buggy_cell = f"vscode-notebook-cell:{notebook}#W0sZmlsZQ%3D%3D"
    safe_cell = f"vscode-notebook-cell:{notebook}#W1sZmlsZQ%3D%3D"
    async with lsp_session(workspace) as client:
        for uri, text in ((buggy_cell, BUGGY), (safe_cell, SAFE)):
            client.text_document_did_open(
                types.DidOpenTextDocumentParams(
                    text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
                )
            )
        [diagnostic] = await wait_for_diagnostics(client, buggy_cell, version=1)
        assert diagnostic.range.start.line == BUGGY_BACKWARD_LINE
        assert diagnostic.related_information and all(r.location.uri == buggy_cell for r in diagnostic.related_information)
        assert await wait_for_diagnostics(client, safe_cell, version=1) == []
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(buggy_cell)))
        await asyncio.wait_for(_until_empty(client, buggy_cell), 10)


async def test_a_syntax_error_note_names_the_file_once_and_is_logged_once_while_typing(workspace):
    async with lsp_session(workspace) as client:
        broken = BUGGY.replace("    model.eval()\n", "    model.eval()\n    x = (\n", 1)
        line = broken.splitlines().index("    x = (")
        uri = open_document(client, workspace / "train.py", broken)
        await wait_for_diagnostics(client, uri, version=1)
        for version in range(2, 12):  # typing on the broken line, then a line above it: the error moves
            at = (line, 9) if version < 7 else (0, 0)
            change_document(client, uri, version, [replace_range(at, at, "1 + " if version < 7 else "\n")])
            await wait_for_diagnostics(client, uri, version=version)
        notes = [m.message for m in client.log_messages if "syntax error" in m.message]
        assert len(notes) == 1, notes
        assert notes[0].count("train.py") == 1, notes[0]
