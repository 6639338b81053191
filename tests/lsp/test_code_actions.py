"""Quick fixes (order, preferred, disable comment) and source.fixAll.torchmode, applied for real."""

from __future__ import annotations

import json
import pathlib

from lsprotocol import types

from .conftest import (
    BUGGY,
    BUGGY_BACKWARD_LINE,
    FIXED,
    apply_text_edits,
    capabilities,
    change_document,
    edits_of,
    lsp_session,
    open_document,
    replace_all,
    wait_for_diagnostics,
)

QUICK_FIX_TITLES = [
    "Keep eval mode: disable cuDNN for this forward",
    "Train only the RNN submodules",
    "Ignore on this line (`# noqa: TM001`)",
]


PACKAGE_JSON = pathlib.Path(__file__).parents[2] / "package.json"


def vscode_fix_all_title() -> str:
    """What VS Code shows for the extension's fix-all command: "<category>: <title>"."""
    commands = json.loads(PACKAGE_JSON.read_text(encoding="utf-8"))["contributes"]["commands"]
    [command] = [c for c in commands if c["command"] == "torchmode.fixAll"]
    return f"{command['category']}: {command['title']}"


def sentence_case(title: str) -> bool:
    """A capital first letter and no capitalised words after it (acronyms and code may stay)."""
    words = title.removeprefix("torchmode: ").split()
    return words[0][0].isupper() and not any(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words[1:])


async def request_actions(client, uri, diagnostics, only=None, line=BUGGY_BACKWARD_LINE):
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(line, 0), types.Position(line, 0)),
            context=types.CodeActionContext(diagnostics=diagnostics, only=only),
        )
    )
    return list(actions or [])


async def test_quick_fixes_come_in_order_with_the_train_insertion_preferred(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        actions = await request_actions(client, uri, diagnostics, only=[types.CodeActionKind.QuickFix])
        assert [a.kind for a in actions] == [types.CodeActionKind.QuickFix] * 4
        assert "model.train()" in actions[0].title
        assert [a.title for a in actions[1:]] == QUICK_FIX_TITLES
        assert all(sentence_case(a.title) for a in actions), [a.title for a in actions]
        assert [bool(a.is_preferred) for a in actions] == [True, False, False, False]
        version, edits = edits_of(actions[0], uri)
        assert version == 1  # guarded by the analysed version
        assert apply_text_edits(BUGGY, edits) == FIXED


async def test_applying_the_preferred_fix_clears_the_diagnostic(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        [preferred, *_] = await request_actions(client, uri, diagnostics)
        _, edits = edits_of(preferred, uri)
        change_document(client, uri, 2, [replace_all(apply_text_edits(BUGGY, edits))])
        assert await wait_for_diagnostics(client, uri, version=2) == []


async def test_every_fix_keeps_the_original_code_and_the_file_parses(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        actions = await request_actions(client, uri, diagnostics, only=[types.CodeActionKind.QuickFix])
        for action in actions:
            fixed = apply_text_edits(BUGGY, edits_of(action, uri)[1])
            compile(fixed, "train.py", "exec")
            kept = [line.strip() for line in fixed.splitlines()]
            for line in BUGGY.splitlines():  # fixes add lines or re-indent, never delete code
                assert line.strip().split("#")[0].strip() in " ".join(kept)


async def test_changes_shape_for_clients_without_document_changes(workspace):
    async with lsp_session(workspace, caps=capabilities(document_changes=False)) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        [preferred, *_] = await request_actions(client, uri, diagnostics)
        assert preferred.edit.document_changes is None
        assert apply_text_edits(BUGGY, list(preferred.edit.changes[uri])) == FIXED


async def test_code_actions_use_the_fix_in_data_even_when_the_client_drops_data(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        diagnostic.data = None  # some clients do not send data back
        [preferred, *_] = await request_actions(client, uri, [diagnostic])
        assert apply_text_edits(BUGGY, edits_of(preferred, uri)[1]) == FIXED


async def test_no_fixes_for_a_superseded_version(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        change_document(client, uri, 2, [replace_all("# edited\n" + BUGGY)])
        await wait_for_diagnostics(client, uri, version=2)
        # the old diagnostics (version 1) would insert at the wrong line now
        assert await request_actions(client, uri, diagnostics, only=[types.CodeActionKind.QuickFix]) == []


async def test_disable_rule_comment_setting_hides_the_noqa_action(workspace):
    settings = {"torchmode": {"codeAction": {"disableRuleComment": False}}}
    async with lsp_session(workspace, configuration=settings) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        actions = await request_actions(client, uri, diagnostics, only=[types.CodeActionKind.QuickFix])
        assert len(actions) == 3
        assert not any("noqa" in a.title for a in actions)


async def test_noqa_action_silences_the_line(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        actions = await request_actions(client, uri, diagnostics)
        [noqa] = [a for a in actions if "noqa" in a.title]
        fixed = apply_text_edits(BUGGY, edits_of(noqa, uri)[1])
        assert "# noqa: TM001" in fixed.splitlines()[BUGGY_BACKWARD_LINE]
        change_document(client, uri, 2, [replace_all(fixed)])
        assert await wait_for_diagnostics(client, uri, version=2) == []


TWO_FINDINGS = BUGGY.replace(
    "\n\nif __name__",
    '''

def evaluate_then_finetune(model, x, y):
    model.eval()
    with torch.no_grad():
        print(model(x))
    out = model(x)
    ((out - y) ** 2).mean().backward()


if __name__''',
)


async def test_fix_all_applies_every_preferred_fix(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", TWO_FINDINGS)
        diagnostics = await wait_for_diagnostics(client, uri, version=1)
        assert len(diagnostics) == 2
        [fix_all] = await request_actions(client, uri, [], only=["source.fixAll.torchmode"])
        assert fix_all.kind == "source.fixAll.torchmode"
        assert fix_all.title == vscode_fix_all_title() and sentence_case(fix_all.title), fix_all.title
        version, edits = edits_of(fix_all, uri)
        assert version == 1
        fixed = apply_text_edits(TWO_FINDINGS, edits)
        assert fixed.count("model.train()") == 2
        change_document(client, uri, 2, [replace_all(fixed)])
        assert await wait_for_diagnostics(client, uri, version=2) == []


async def test_fix_all_can_be_switched_off(workspace):
    async with lsp_session(workspace, init_options={"torchmode": {"fixAll": False}}) as client:
        uri = open_document(client, workspace / "train.py", TWO_FINDINGS)
        await wait_for_diagnostics(client, uri, version=1)
        assert await request_actions(client, uri, [], only=["source.fixAll.torchmode"]) == []
