"""The server's one conversion boundary, checked directly (no engine involved)."""

from __future__ import annotations

import pytest
from lsprotocol import types

from torchmode import findings
from torchmode.lsp.positions import PositionConverter, apply_change

from .conftest import code_units

LINE = 'x = "😀 漢字\t"; loss.backward()'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_code_points_to_client_units_and_back(encoding):
    converter = PositionConverter("first\n" + LINE + "\n", encoding)
    column = LINE.index("loss")
    client = converter.to_client(findings.Position(1, column))
    assert client == types.Position(1, code_units(LINE[:column], encoding))
    assert converter.from_client(client) == findings.Position(1, column)


def test_positions_past_the_end_clamp():
    converter = PositionConverter("ab\ncd", "utf-16")
    assert converter.to_client(findings.Position(0, 99)) == types.Position(0, 2)
    assert converter.to_client(findings.Position(9, 0)) == types.Position(1, 2)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_incremental_change_after_form_feed_line_separator_and_emoji(encoding, newline):
    lines = ["\x0c", "# page \u2028 break \x0c", LINE, "model.eval()"]
    text = newline.join(lines) + newline
    column = code_units("model.", encoding)
    change = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(3, column), types.Position(3, column + 4)), text="train"
    )
    assert apply_change(text, change, encoding) == text.replace("model.eval()", "model.train()")
    # an insertion right after the emoji, in client units
    after_emoji = code_units('x = "😀', encoding)
    insert = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(2, after_emoji), types.Position(2, after_emoji)), text="🐍"
    )
    assert apply_change(text, insert, encoding) == text.replace("😀", "😀🐍")


def test_whole_document_change_replaces_everything():
    assert apply_change("old", types.TextDocumentContentChangeWholeDocument(text="new"), "utf-16") == "new"
