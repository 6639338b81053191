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
            "if __name__ == '__main__':\n", "async def g(): pass\n", "\n\n@x\n", "\r\n", ""]


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
    # The full path has a memory too (a chunk text it knew is never merged into its neighbour),
    # so the reference is a second cache given the same texts but always taking the full path.
    rng = random.Random(100 + seed)
    for path in FILES:
        text = open(path, encoding="utf-8").read()
        cache, reference = ChunkCache(), ChunkCache()
        cache.parse(text)
        reference.parse(text)
        for _ in range(25):
            text = random_edit(rng, text)
            chunks = cache.parse(text)
            reference._text = None  # forget the last text: split and build every chunk again
            expected = reference.parse(text)
            assert [(c.start_line, c.text) for c in chunks] == [(c.start_line, c.text) for c in expected], path
            assert len({id(c) for c in chunks}) == len(chunks)  # no chunk (and its nodes) used twice
            assert LineIndex(text, chunks).lines == physical_lines(text)
            for chunk in chunks:  # a kept chunk's tree moved with it
                if chunk.tree is not None and chunk.tree.body:
                    assert chunk.tree.body[0].lineno >= chunk.start_line
