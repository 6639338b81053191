"""Seeded fuzzing of incremental document sync over the real server.

Over a thousand edits as an editor sends them (ranged didChange, sometimes several changes in one
notification): typing snippets a few characters at a time (ASCII, tabs, CRLF, CJK, emoji and other
surrogate pairs, half-typed code), backspacing them away or deleting them in one range, replacing
ranges across lines. Some snippets stay (comments, blank CRLF lines, statements in front of the
backward), so the file keeps its finding while its lines, line ends and columns move. At each
checkpoint the server's diagnostics must equal those of a fresh server opened on the same text.
"""

from __future__ import annotations

import random

from lsprotocol import types

from .conftest import (
    BUGGY,
    change_document,
    code_units,
    lsp_lines,
    lsp_session,
    open_document,
    replace_range,
    wait_for_diagnostics,
)

SEED = 20261128
EDITS = 1000
CHECKPOINTS = 4

TYPED = [  # typed, then taken back
    "model.ev", "model.eval(", "def f(", "for i in range(", "'''", '"', "(", "[", "{", "\\", "lambda x:",
    "x = \t1", "数据 = 'ü'", "😀", "𝔘𝔫𝔦", "print('🐍')\r\n", "if x:\r\n\t", "\r", "\r\n", "\n", "async def g():\n    await ",
]
KEPT_AT_LINE_END = ["  # 数据 😀\tnote", "  # 𝔘", "\r\n", "\n", "  # café\t"]
KEPT_BEFORE_STATEMENT = ['s = "😀数\t"; ', "t = '𝔘'; ", "u = 1; "]  # in front of a simple statement
SIMPLE_STATEMENTS = ("loss.backward()", "pred = model(x)", "loss = ", "optimizer.step()")


class Document:
    """The client's copy of the text, and the LSP ranges (UTF-16) of its edits."""

    def __init__(self, text: str):
        self.text = text

    def lines(self) -> list[str]:
        return lsp_lines(self.text)

    def offset(self, line: int, column: int) -> int:
        return sum(len(part) for part in self.lines()[:line]) + column

    def position(self, offset: int) -> tuple[int, int]:
        start = 0
        for number, part in enumerate(self.lines()):
            content = part.rstrip("\r\n")
            if offset <= start + len(content):
                return number, code_units(content[: offset - start], "utf-16")
            start += len(part)
        raise AssertionError(f"offset {offset} is inside a line break or past the end")

    def edit(self, start: int, end: int, new: str):
        change = replace_range(self.position(start), self.position(end), new)
        self.text = self.text[:start] + new + self.text[end:]
        return change

    def random_point(self, rng: random.Random) -> int:
        lines = self.lines()
        number = rng.randrange(len(lines))
        return self.offset(number, rng.randint(0, len(lines[number].rstrip("\r\n"))))


def episodes(rng: random.Random, doc: Document):
    """Yields lists of changes (one didChange each), editing `doc` as it goes."""
    while True:
        kind = rng.random()
        if kind < 0.15:  # keep a harmless snippet at the end of a line
            lines = doc.lines()
            number = rng.randrange(len(lines))
            yield [doc.edit(*[doc.offset(number, len(lines[number].rstrip("\r\n")))] * 2, rng.choice(KEPT_AT_LINE_END))]
        elif kind < 0.25:  # keep a statement in front of a simple statement: its columns move
            lines = doc.lines()
            number = rng.choice([n for n, line in enumerate(lines) if any(s in line for s in SIMPLE_STATEMENTS)])
            indent = len(lines[number]) - len(lines[number].lstrip(" \t"))
            yield [doc.edit(*[doc.offset(number, indent)] * 2, rng.choice(KEPT_BEFORE_STATEMENT))]
        elif kind < 0.35:  # replace a range across lines with the same text (a paste over a selection)
            a, b = sorted((doc.random_point(rng), doc.random_point(rng)))
            yield [doc.edit(a, b, doc.text[a:b])]
        else:  # type a snippet a few characters at a time, then take it back
            at = doc.random_point(rng)
            snippet = rng.choice(TYPED)
            typed = 0
            while typed < len(snippet):
                size = rng.randint(1, 3)
                chunk = snippet[typed: typed + size]
                changes = [doc.edit(at + typed, at + typed, chunk)]
                typed += len(chunk)
                if typed < len(snippet) and rng.random() < 0.3:  # two keystrokes in one notification
                    chunk = snippet[typed: typed + 1]
                    changes.append(doc.edit(at + typed, at + typed, chunk))
                    typed += 1
                yield changes
            if rng.random() < 0.5:
                yield [doc.edit(at, at + len(snippet), "")]
            else:  # backspace; CRLF goes as one, as editors delete it
                end = at + len(snippet)
                while end > at:
                    step = 2 if doc.text[end - 2: end] == "\r\n" and end - 2 >= at else 1
                    yield [doc.edit(end - step, end, "")]
                    end -= step


def comparable(diagnostics: list[types.Diagnostic]) -> list[tuple]:
    """What a user sees of a diagnostic and its fixes; the analysed version differs by design."""
    def fixes(data):
        return [(f.get("title"), f.get("preferred"), repr(f.get("edits"))) for f in (data or {}).get("fixes", [])]

    return sorted(
        (d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message, d.code,
         d.severity, repr(d.related_information), repr(fixes(d.data)))
        for d in diagnostics
    )


async def test_random_incremental_edits_end_where_a_fresh_server_starts(workspace):
    rng = random.Random(SEED)
    path = workspace / "train.py"
    start_text = BUGGY.replace("import torch\n", "import torch  # 数据 😀\tfuzz\n", 1)
    doc = Document(start_text)
    checkpoints: list[tuple[str, list]] = []
    async with lsp_session(workspace) as client:
        uri = open_document(client, path, start_text)
        await wait_for_diagnostics(client, uri, version=1)
        version, sent = 1, 0
        stream = episodes(rng, doc)
        while sent < EDITS:
            changes = next(stream)
            version += 1
            sent += len(changes)
            change_document(client, uri, version, changes)
            if sent >= EDITS * (len(checkpoints) + 1) // CHECKPOINTS:
                checkpoints.append((doc.text, await wait_for_diagnostics(client, uri, version=version)))
        assert doc.text != start_text and "\r\n" in doc.text
        assert any(ord(c) > 0xFFFF for c in doc.text)  # surrogate pairs in UTF-16 remain
    assert any(diagnostics for _, diagnostics in checkpoints)  # the finding survived, so columns were compared

    async with lsp_session(workspace) as fresh:
        for number, (text, incremental) in enumerate(checkpoints):
            fresh_uri = open_document(fresh, path, text, version=10_000 + number)
            expected = await wait_for_diagnostics(fresh, fresh_uri, version=10_000 + number)
            assert comparable(incremental) == comparable(expected), f"checkpoint {number}:\n{text}"
            fresh.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(fresh_uri)))
