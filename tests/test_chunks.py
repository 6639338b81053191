"""Splitting a file into chunks after an edit must give what splitting it afresh gives.

On every keystroke the ChunkCache re-finds chunk starts only around the edit and keeps the
chunks before and after it as they are (source.py); these tests make random edits of the kind
that move chunk boundaries (decorators, defs, classes, triple quotes, `if __name__` blocks,
CRLF) and compare with the full computation after each one."""

import glob
import os
import random

import pytest

from torchmode.source import ChunkCache, LineIndex, chunk_starts, chunk_starts_after_edit, physical_lines

ROOT = os.path.dirname(__file__)
FILES = sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.py")))[:40]
SNIPPETS = ["@", "@dec\n", "def f():\n    pass\n", "\n", "class A:\n", "x", "'''", '"""', '"""doc\n', " ",
            "if __name__ == '__main__':\n", "async def g(): pass\n", "\n\n@x\n", "\r\n", "",
            "@dec(\n    1,\n)\n", ")\n", "# note\n", "    "]


def random_edit(rng: random.Random, text: str) -> str:
    start = rng.randrange(len(text) + 1)
    end = min(len(text), start + rng.choice([0, 0, 1, 5, 40, 300]))
    return text[:start] + rng.choice(SNIPPETS) + text[end:]


@pytest.mark.parametrize("seed", range(4))
def test_chunk_starts_after_an_edit_equal_a_full_split(seed):
    rng = random.Random(seed)
    for path in FILES:
        text = open(path, encoding="utf-8").read()
        starts = chunk_starts(text)
        for _ in range(25):
            new = random_edit(rng, text)
            starts = chunk_starts_after_edit(text, starts, new)
            assert starts == chunk_starts(new), path
            text = new


@pytest.mark.parametrize("seed", range(4))
def test_chunks_after_an_edit_equal_the_full_path_and_lines_match(seed):
    # The reference is a fresh cache: an edit's chunks are the ones a first look at the text makes.
    rng = random.Random(100 + seed)
    for path in FILES:
        text = open(path, encoding="utf-8").read()
        cache = ChunkCache()
        cache.parse(text)
        for _ in range(25):
            text = random_edit(rng, text)
            chunks = cache.parse(text)
            expected = ChunkCache().parse(text)
            assert [(c.start_line, c.text) for c in chunks] == [(c.start_line, c.text) for c in expected], path
            assert len({id(c) for c in chunks}) == len(chunks)  # no chunk (and its nodes) used twice
            assert LineIndex(text, chunks).lines == physical_lines(text)
            # A kept chunk's tree keeps its tree lines, no two chunks share a tree line,
            # and each tree line names, through the chunk's place now, the line the statement is on.
            numbers = [n for c in chunks for n in c.tree_lines()[:-1]]
            assert len(numbers) == len(set(numbers)), path
            lines = physical_lines(text)
            for chunk in chunks:
                if chunk.tree is not None:
                    where = {number: chunk.start_line + i for i, number in enumerate(chunk.tree_lines())}
                    for statement in chunk.tree.body:
                        line = lines[where[statement.lineno] - 1]
                        assert line[statement.col_offset:].strip() and not line[:statement.col_offset].strip(), path


def test_a_decorator_over_several_lines_stays_with_its_definition():
    # `@pytest.mark.parametrize(` ... `)` then `def test_x(...)`: one statement, never two pieces that fail to
    # parse ("syntax error skipped" on valid code: stable-baselines3-contrib's tests/test_lstm.py)
    text = ("import pytest\n\n\n@pytest.mark.parametrize(\n    'kw',\n    [\n        {},\n    ],\n)\n"
            "# a comment between\ndef test_a(kw):\n    pass\n\n\n@staticmethod\n@wrap(1,\n      2)\ndef test_b():\n    pass\n")
    chunks = ChunkCache().parse(text)
    assert all(chunk.tree is not None for chunk in chunks)
    heads = [chunk.text.split("\n")[0] for chunk in chunks]
    assert heads == ["import pytest", "@pytest.mark.parametrize(", "@staticmethod"], heads
    assert [chunk.definition for chunk in chunks[1:]] == [("def", "test_a"), ("def", "test_b")]


def test_a_line_between_two_edits_keeps_its_tree_line():
    # Two edits checked at once (Enter typed at the top, a statement added lower down): the lines neither touched
    # keep their numbers, so what kept results say of them (a site, an allocation key) still holds.
    text = "import torch\n\nTABLE = {'a': 1}\nmodel = torch.nn.GRU(2, 3)\nprint(TABLE)\n"
    cache = ChunkCache()
    [before] = cache.parse(text)
    edited = text.replace("import torch\n", "import torch\n\n\n").replace("print(TABLE)\n", "SEED = 0\nprint(TABLE)\n")
    [after] = cache.parse(edited)
    old_numbers = dict(zip(before.lines, before.tree_lines()))
    new_numbers = dict(zip(after.lines, after.tree_lines()))
    assert new_numbers["TABLE = {'a': 1}"] == old_numbers["TABLE = {'a': 1}"]
    assert new_numbers["model = torch.nn.GRU(2, 3)"] == old_numbers["model = torch.nn.GRU(2, 3)"]
    assert new_numbers["SEED = 0"] not in old_numbers.values()
