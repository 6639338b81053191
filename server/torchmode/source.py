"""Reading and parsing Python source for the analysis.

The file is split into top-level chunks (a `def`/`class` with its decorators, or the module-level
statements between them) and each chunk is parsed on its own with `ast`:
- a one-line edit re-parses one chunk, not the file (chunks are cached by text);
- a chunk's tree keeps the line numbers it was given (its *tree lines*) for as long as the chunk
  lives: when an edit above it moves it, only `start_line` (where it is now) changes. So everything
  the analysis derives from a tree (allocation keys `n:LINE:COL`, sites, kept results) stays valid
  when lines move, and ModuleContext.real_line() turns tree lines into the file's lines where
  findings are published (rules/). A file parsed once has tree lines == lines. A chunk an edit
  changed takes over the tree lines of the one it replaced, line for line where their texts agree
  (new lines get numbers no other chunk uses): a line deleted or pasted inside a loop leaves every
  other statement's keys and sites as they were, so kept results and replayed statements still hold.
- a syntax error loses nothing but the statement that has it: legacy code is read as Python 2
  did (legacy.py: print statements, tabs mixed with spaces), and a statement that still fails
  is blanked and the chunk parsed again, so the rest of the function or class is analysed.
"""

from __future__ import annotations

import ast
import bisect
import codecs
import difflib
import re
import warnings

from . import legacy

# A line that can start a new top-level chunk. Anything else (including continuation lines of a
# bracket or a string that happen to start at column 0) stays with the chunk before it; a wrong
# split is caught because the chunk then fails to parse, and we merge it with its neighbour.
_CHUNK_START = re.compile(r"(?:async\s+def|def|class)\b|@|if\s+__name__\b")

# Up to this origin a chunk is parsed with blank lines before it (100,000 cost ~4 ms), past it
# parsed alone and its tree moved (a fresh chunk is small).
_PARSE_IN_PLACE_UP_TO = 20_000

# Statements blanked per chunk at most: each try parses the chunk again.
MAX_RECOVERY_TRIES = 8

# Memory bounds. `ast` needs up to ~750 bytes per character of dense code (`0\n0\n...`), so one
# 1 MB line of a list literal costs 0.5 GB. A top-level block (a definition, or the statements
# between two) longer than MAX_CHUNK_CHARS is not parsed: the rest of the file is still analysed.
# A file whose other blocks add up to more than MAX_FILE_CHARS is not analysed at all. Real code
# stays far below both (the largest file of the corpora in performance.md is ~200 kB).
MAX_CHUNK_CHARS = 250_000
MAX_FILE_CHARS = 1_000_000
# Past this a file is not even split into blocks (the text pre-filter's word sets alone grow with
# it): 20 MB of one list literal took 0.6 GB before anything was parsed.
MAX_SOURCE_CHARS = 10_000_000


def too_big_to_check(text: str) -> str | None:
    """Why a file is not checked at all, or None."""
    if len(text) > MAX_SOURCE_CHARS:
        return f"not checked: {len(text):,} characters (the limit is {MAX_SOURCE_CHARS:,})"
    return None


class SourceError(Exception):
    """The file cannot be read as Python text (binary, undecodable)."""


def decode_source(data: bytes) -> str:
    """Decode a Python file as the interpreter would (BOM, PEP 263 cookie), or raise SourceError."""
    if b"\x00" in data[:8192]:
        raise SourceError("looks like a binary file (NUL bytes)")
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    else:
        for line in data.splitlines()[:2]:
            match = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
            if match:
                encoding = match.group(1).decode("ascii", "replace")
                break
    try:
        return data.decode(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r} in the coding cookie") from None
    except UnicodeDecodeError as error:
        raise SourceError(f"not valid {encoding}: {error.reason} at byte {error.start}") from None


class Chunk:
    """One top-level chunk. Its tree is parsed when first asked for: a file read only to follow
    an import needs the chunks of the few definitions it is asked about, not all of them."""

    __slots__ = ("start_line", "origin", "numbers", "text", "_tree", "_syntax_error", "_parsed", "_definition",
                 "_lines", "memo", "skipped")

    def __init__(self, start_line: int, text: str, origin: int | None = None, numbers: list[int] | None = None) -> None:
        self.start_line = start_line  # 1-based line of the chunk's first line in the file, now
        # Its tree's number for each of its lines: origin, origin + 1, ... unless `numbers` lists them.
        self.numbers = numbers
        self.origin = numbers[0] if numbers else (start_line if origin is None else origin)
        self.text = text
        self._tree: ast.Module | None = None  # None when it does not parse even after recovery
        self._syntax_error: tuple[int, str] | None = None  # (line within the chunk, message)
        self._parsed = False
        self._definition: tuple[str, str] | None | bool = False  # False: not looked for yet
        self._lines: list[str] | None = None
        self.memo: dict = {}  # facts others derive from its text, kept as long as the chunk is
        self.skipped: str | None = None  # why it is not analysed (too big), set by ChunkCache.parse

    @property
    def tree(self) -> ast.Module | None:
        if self.skipped is not None:
            return None
        if not self._parsed:
            # Parse in place (blank lines before it) rather than walk the tree to move it after;
            # far origins (a long editing session) cost more in blank lines than in the walk.
            in_place = self.numbers is None and self.origin <= _PARSE_IN_PLACE_UP_TO
            tree, error = _parse_with_recovery("\n" * (self.origin - 1 if in_place else 0) + self.text)
            if tree is not None and self.numbers is not None:
                _renumber(tree, self.numbers)
            elif tree is not None and not in_place:
                ast.increment_lineno(tree, self.origin - 1)
            self._tree = tree
            first = self.origin if in_place else 1
            self._syntax_error = (error[0] - first + 1, error[1]) if error is not None else None
            self._parsed = True
        return self._tree

    @property
    def syntax_error(self) -> tuple[int, str] | None:
        _ = self.tree  # parsing (once) is what sets _syntax_error
        return self._syntax_error

    @property
    def error(self) -> str | None:
        if self.syntax_error is None:
            return None
        return f"line {self.start_line + self.syntax_error[0] - 1}: {self.syntax_error[1]}"

    @property
    def lines(self) -> list[str]:
        """Its physical lines (a chunk starts at a line start and ends after a line break, but
        for the file's last one): the file's lines are its chunks' lines, one after the other."""
        if self._lines is None:
            self._lines = physical_lines(self.text)
        return self._lines

    def move_to(self, start_line: int) -> None:
        self.start_line = start_line  # its tree keeps its origin's numbers (module docstring)

    @property
    def line_count(self) -> int:
        return len(self.lines)

    def tree_line(self, index: int) -> int:
        """The tree's number for its line `index` (0-based)."""
        return self.numbers[index] if self.numbers is not None else self.origin + index

    def tree_lines(self) -> list[int]:
        """Its tree's numbers for its lines, and one more for the line after it."""
        if self.numbers is None:
            return list(range(self.origin, self.origin + self.line_count + 1))
        return [*self.numbers, self.numbers[-1] + 1] if self.numbers else [self.origin]

    @property
    def definition(self) -> tuple[str, str] | None:
        """("def" or "class", name) when the chunk is one decorated or plain definition and
        nothing else at column 0 (so its name is known without parsing it); else None."""
        if self._definition is False:
            self._definition = _single_definition(self.text)
        return self._definition if not isinstance(self._definition, bool) else None  # (never a bool here)


_HEADER = re.compile(r"^(?:async[ \t]+)?(def|class)[ \t]+(\w+)", re.MULTILINE)
# Column-0 lines that may follow a definition's header inside it: comments, closing brackets of
# a signature, blank lines. Any other one may be a module-level statement (an import, a global).
_INSIDE_AT_COLUMN_0 = re.compile(r"\n(?![ \t\r\n#)\]}]|$)")


def _single_definition(text: str) -> tuple[str, str] | None:
    header = _HEADER.search(text)
    if header is None:
        return None
    before, after = text[: header.start()], text[header.end():]
    if any(line and not line.startswith(("@", " ", "\t", ")", "]", "}", "#")) for line in before.split("\n")):
        return None
    if _INSIDE_AT_COLUMN_0.search(after):
        return None
    return header.group(1), header.group(2)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def physical_lines(text: str, keepends: bool = False) -> list[str]:
    """Lines as Python and LSP count them: only \n, \r\n and \r end a line (str.splitlines
    also breaks at form feeds and U+2028, which would shift every row after them)."""
    if "\r" not in text:  # the common case, at C speed
        parts = text.split("\n")
        last = [parts[-1]] if parts[-1] else []
        return ([part + "\n" for part in parts[:-1]] + last) if keepends else parts[:-1] + last
    lines = _LINE.findall(text)
    return lines if keepends else [line.rstrip("\r\n") for line in lines]


def line_breaks(text: str, start: int = 0, end: int | None = None) -> int:
    """How many lines end in text[start:end], as Python counts them: \n, \r\n and a lone \r (which the
    parser reads as a newline: counting only \n put a chunk after one a line too high). `start` and
    `end` are never between the \r and \n of one line end (chunks start at line starts)."""
    end = len(text) if end is None else end
    newlines = text.count("\n", start, end)
    if "\r" not in text:
        return newlines
    return newlines + text.count("\r", start, end) - text.count("\r\n", start, end)


_CHUNK_START_LINE = re.compile(r"^(?:(?:async[ \t]+)?def\b|class\b|@|if[ \t]+__name__\b)", re.MULTILINE)


def chunk_starts(text: str, begin: int = 0, end: int | None = None) -> list[int]:
    """Offsets where top-level chunks start (0 always), from `begin` to `end` (inclusive). Found
    with one regex scan, not a loop over lines."""
    starts = [0] if begin == 0 else []
    for match in _CHUNK_START_LINE.finditer(text, begin):
        offset = match.start()
        if end is not None and offset > end:
            break
        if offset and not _after_decorator(text, offset):
            starts.append(offset)
    return starts


def chunk_starts_after_edit(old: str, old_starts: list[int], new: str) -> list[int]:
    """chunk_starts(new), from those of `old`, scanning only around what changed. This runs on
    every keystroke: the full scan costs 1.2 ms on a 5,000-line file, this a few microseconds."""
    return _starts_after_edit(old, old_starts, new)[0]


def _starts_after_edit(old: str, old_starts: list[int], new: str) -> tuple[list[int], int, int]:
    """(chunk starts of `new`, how many leading starts are old ones, how many trailing starts are
    old ones moved by the edit's length)."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    old_end, delta = len(old) - suffix, len(new) - len(old)
    # From the chunk holding the first changed character to the first chunk starting after the
    # last one; that chunk's start is checked again too (its decorator line may be the edit).
    kept = max(bisect.bisect_right(old_starts, prefix) - 1, 0)
    after = bisect.bisect_right(old_starts, old_end)
    end = old_starts[after] + delta if after < len(old_starts) else len(new)
    middle = chunk_starts(new, old_starts[kept], end)
    tail = [start + delta for start in old_starts[after + 1:]]
    return old_starts[:kept] + middle + tail, kept, len(tail)


def _common_prefix(a: str, b: str, limit: int | None = None) -> int:
    """Length of the common prefix of a and b (at most `limit`): blocks, then halving."""
    limit = min(len(a), len(b)) if limit is None else min(limit, len(a), len(b))
    low, step = 0, 4096
    while low + step <= limit and a[low:low + step] == b[low:low + step]:
        low += step
    high = min(low + step, limit)
    while low < high:  # a[:low] == b[:low]; the first difference is before `high`
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix of a and b, at most `limit`."""
    low, step, la, lb = 0, 4096, len(a), len(b)
    while low + step <= limit and a[la - low - step:la - low] == b[lb - low - step:lb - low]:
        low += step
    high = min(low + step, limit)
    while low < high:  # the last `low` characters agree; the first difference is within `high`
        middle = (low + high + 1) // 2
        if a[la - middle:la - low] == b[lb - middle:lb - low]:
            low = middle
        else:
            high = middle - 1
    return low


def _pieces(text: str, starts: list[int]) -> list[tuple[int, str]]:
    chunks, line, previous = [], 1, 0
    for begin, end in zip(starts, starts[1:] + [len(text)]):
        line += line_breaks(text, previous, begin)
        previous = begin
        if begin < end:
            chunks.append((line, text[begin:end]))
    return chunks or [(1, text)]


def _after_decorator(text: str, offset: int) -> bool:
    """Is the statement above `offset` a decorator? Its first line is the nearest one above that starts
    at column 0 with neither a comment nor a closing bracket: a decorator's arguments may run over
    several lines (`@pytest.mark.parametrize(` ... `)` before a `def`), and comments may sit between."""
    end = offset
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        if line.strip() and not line.startswith((" ", "\t", "#", ")", "]", "}", "\f")):
            return line.startswith("@")
        end = start
    return False


def _renumber(tree: ast.Module, numbers: list[int]) -> None:
    """Give each node the tree line of its chunk line (`numbers[i]` for line i + 1 of the chunk)."""
    last = len(numbers)
    for node in ast.walk(tree):
        lineno = getattr(node, "lineno", None)
        if lineno is not None:
            setattr(node, "lineno", numbers[min(lineno, last) - 1])  # noqa: B010 (ast.AST declares no lineno)
            end = getattr(node, "end_lineno", None)
            if end is not None:
                setattr(node, "end_lineno", numbers[min(end, last) - 1])  # noqa: B010


def _parse(text: str) -> ast.Module:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences and friends are not ours to report
        return ast.parse(text)


def _parse_with_recovery(text: str) -> tuple[ast.Module | None, tuple[int, str] | None]:
    """Parse as a tolerant parser would. On a syntax error, read legacy code as Python 2 did
    (legacy.modernize: print statements, tab/space-mixed indentation...), then blank each
    statement that still fails (keeping its indentation and lines) and retry, so one bad
    statement never costs the rest of its class or function."""
    try:
        return _parse(text), None
    except SyntaxError as error:
        first_error = (error.lineno or 1, error.msg)
    except (ValueError, RecursionError, MemoryError) as error:
        return None, (1, str(error))
    text, shifts = legacy.modernize(text)
    for _ in range(MAX_RECOVERY_TRIES + 1):
        try:
            tree = _parse(text)
        except SyntaxError as error:
            shorter = _without_statement(text, error.lineno or 0)
            if shorter is None:
                break
            text = shorter
        except (ValueError, RecursionError, MemoryError) as error:
            return None, (1, str(error))
        else:
            legacy.move_columns_back(tree, shifts)
            return tree, first_error
    return None, first_error


# A block header that fails to parse is replaced by one that keeps its body parsable.
_HEADER_STAND_IN = (("except", "except Exception:"), ("elif", "elif True:"), ("else", "else:"),
                    ("finally", "finally:"))


def _without_statement(text: str, lineno: int) -> str | None:
    """`text` with the statement at line `lineno` blanked: `pass` (or a stand-in block header)
    on its first line, its continuation lines empty. None when there is nothing left to blank."""
    lines = physical_lines(text, keepends=True)
    if not 1 <= lineno <= len(lines):
        return None
    first, last = legacy.statement_lines(text, lineno)
    last = min(last, len(lines))
    statement = "".join(lines[first - 1:last])
    bad = lines[first - 1]
    indent = bad[: len(bad) - len(bad.lstrip(" \t"))]
    code = re.sub(r"#[^'\"\n]*$", "", statement.rstrip()).rstrip()
    if not code:
        return None
    if code.endswith(":"):
        word = code.lstrip().split(None, 1)[0].rstrip(":")
        stand_in = next((header for keyword, header in _HEADER_STAND_IN if word == keyword), "if True:")
        replacement = f"{indent}{stand_in}\n"
    else:
        replacement = f"{indent}pass\n"
    if first == last and bad == replacement:
        return None
    lines[first - 1:last] = [replacement] + ["\n"] * (last - first)
    return "".join(lines)


class ChunkCache:
    """Parsed chunks of one document, reused across edits."""

    def __init__(self) -> None:
        self._by_text: dict[str, Chunk] = {}
        # The next free origin: a new chunk's lines are numbered past every other chunk's, so no two
        # live chunks share a line number (0: nothing parsed yet, origins are the lines).
        self._next_origin = 0
        self._text: str | None = None  # the text last split, where its chunks start, and the
        self._starts: list[int] = []  # chunks (one per start unless a broken split was merged)
        self._chunks: list[Chunk] = []

    def parse(self, text: str) -> list[Chunk]:
        if self._text is None:
            starts, result = chunk_starts(text), None
        else:
            starts, kept, tail = _starts_after_edit(self._text, self._starts, text)
            result = self._after_edit(text, starts, kept, tail)
        if result is None:
            result = self._from_pieces(_pieces(text, starts))
        self._text, self._starts, self._chunks = text, starts, result
        _mark_oversized(result)
        return result

    def _after_edit(self, text: str, starts: list[int], kept: int, tail: int) -> list[Chunk] | None:
        """The chunks after an edit: the old ones before and after it as they are (moved when the
        edit added or removed lines), new ones only in between. None when that does not hold
        (a merged split, a changed chunk start), and the caller builds them all."""
        old, old_starts, old_chunks = self._text, self._starts, self._chunks
        middle = starts[kept:len(starts) - tail]
        if old is None or len(old_chunks) != len(old_starts) or not middle or middle[0] != old_starts[kept]:
            return None
        head, rest = old_chunks[:kept], old_chunks[len(old_chunks) - tail:] if tail else []
        if head and _odd_triple_quotes(head[-1].text):
            return None  # the full path would merge the first changed chunk into it
        end = starts[len(starts) - tail] if tail else len(text)
        old_end = old_starts[len(old_starts) - tail] if tail else len(old)
        taken = {id(chunk) for chunk in head + rest}
        pieces = [text[begin:finish] for begin, finish in zip(middle, middle[1:] + [end])]
        if any(_odd_triple_quotes(piece) for piece in pieces):
            return None  # a split inside a string: the full path merges the next chunk into it
        reused = []
        for piece in pieces:
            chunk = self._by_text.get(piece)
            reused.append(chunk if chunk is not None and id(chunk) not in taken else None)
            if reused[-1] is not None:
                taken.add(id(chunk))
        # The chunks the edit replaced lend their tree lines to the new ones, in order: a keystroke's
        # chunk keeps its numbers, so what its function tells its callers stays the same.
        donors = [c for c in old_chunks[kept:len(old_chunks) - tail] if id(c) not in taken]
        result, line = list(head), old_chunks[kept].start_line
        for piece, chunk in zip(pieces, reused):
            if chunk is None:
                chunk = self._new_chunk(line, piece, donors.pop(0) if donors else None)
            else:
                chunk.move_to(line)
            result.append(chunk)
            line += line_breaks(piece)
        moved = line_breaks(text, middle[0], end) - line_breaks(old, middle[0], old_end)
        for chunk in rest:
            chunk.move_to(chunk.start_line + moved)
        result += rest
        self._by_text = {chunk.text: chunk for chunk in result}
        return result

    def _new_chunk(self, line: int, piece: str, donor: Chunk | None) -> Chunk:
        """A chunk for new text at `line`. It takes the tree lines of the chunk it replaced (`donor`)
        where their lines agree: the same lines before and after the edit keep their numbers, the
        edited ones take the old ones' while there are as many, and the rest get numbers past every
        number in use. Without a donor all of them are new."""
        lines = physical_lines(piece)
        if donor is None:
            return Chunk(line, piece, self._allocate(len(lines)))
        old = donor.lines
        if len(lines) == len(old):
            return Chunk(line, piece, donor.origin, donor.numbers)  # an edit inside lines: numbered as before
        before = 0
        while before < min(len(lines), len(old)) and lines[before] == old[before]:
            before += 1
        after = 0
        while after < min(len(lines), len(old)) - before and lines[-1 - after] == old[-1 - after]:
            after += 1
        kept = {i: donor.tree_line(i) for i in range(before)}
        kept.update({len(lines) - after + i: donor.tree_line(len(old) - after + i) for i in range(after)})
        # Between them, the lines several edits left alone keep theirs too (Enter at the top and a comment
        # lower down, checked at once): a kept result naming one of them (the site of a `methodcaller(...)`
        # in a global table its function reads) still names that line.
        if after < len(lines) - before and before < len(old) - after:
            matcher = difflib.SequenceMatcher(None, old[before:len(old) - after], lines[before:len(lines) - after],
                                              autojunk=False)
            for old_at, new_at, size in matcher.get_matching_blocks():
                kept.update({before + new_at + i: donor.tree_line(before + old_at + i) for i in range(size)})
        fresh = self._allocate(len(lines) - len(kept))
        numbers = []
        for i in range(len(lines)):
            if i not in kept:
                kept[i], fresh = fresh, fresh + 1
            numbers.append(kept[i])
        return Chunk(line, piece, numbers=numbers) if numbers else Chunk(line, piece, donor.origin)

    def _allocate(self, count: int) -> int:
        """The first of `count` tree line numbers no chunk uses (one spare after: a node's end + 1)."""
        origin = self._next_origin
        self._next_origin += count + 1
        return origin

    def _from_pieces(self, pieces: list[tuple[int, str]]) -> list[Chunk]:
        pieces = _split_oversized(self._merge_broken_splits(pieces))
        result: list[Chunk] = []
        fresh: dict[str, Chunk] = {}
        first_split = not self._next_origin
        # A new chunk where an old one started (and that it does not outgrow) takes its origin, as
        # in _after_edit: the chunks this full split keeps are not known until the end.
        kept_texts = {piece for _, piece in pieces}
        donors = {c.start_line: c for c in self._chunks if c.text not in kept_texts}
        for start, piece in pieces:
            cached = self._by_text.get(piece) or fresh.get(piece)
            if cached is not None and piece in fresh:  # the same text twice in one file: no shared nodes
                cached = None
            if cached is not None:
                cached.move_to(start)
            elif first_split:  # parsed when first needed; numbered as its lines in a file seen for the first time
                cached = Chunk(start, piece)
            else:
                cached = self._new_chunk(start, piece, donors.pop(start, None))
            fresh[piece] = cached
            result.append(cached)
        if first_split:
            self._next_origin = max(c.origin + c.line_count for c in result) + 2
        self._by_text = fresh
        return result

    def _merge_broken_splits(self, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Join a chunk with the next when the split fell inside a string or bracket. As Python
        would, whatever chunks the last text had: an edit must give what a fresh check gives (an
        unclosed docstring hides the code below it until it is closed, as it does from Python)."""
        merged: list[tuple[int, str]] = []
        for start, piece in pieces:
            if merged and _split_was_wrong(merged[-1][1], piece):
                merged[-1] = (merged[-1][0], merged[-1][1] + piece)
            else:
                merged.append((start, piece))
        return merged


# A column-0 line that starts a new module-level statement (not a clause of the one before).
_STATEMENT_AT_COLUMN_0 = re.compile(r"\n(?=(?!(?:else|elif|except|finally)\b)[^ \t\r\n#)\]}])")


def _split_oversized(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Cut a piece too big to parse at its module-level statements, so that only the statement
    that is too big (a huge literal) is skipped, not the function before it. Such a file loses
    the incremental re-split after edits (ChunkCache falls back to a full split): it is rare."""
    result = []
    for line, piece in pieces:
        if len(piece) <= MAX_CHUNK_CHARS:
            result.append((line, piece))
            continue
        # Statements are grouped up to the limit (one chunk per statement could be millions):
        # cut at the last statement start within the limit, else just after the big statement.
        begin = 0
        while len(piece) - begin > MAX_CHUNK_CHARS:
            cut = _last_statement_start(piece, begin, begin + MAX_CHUNK_CHARS)
            if cut is None:
                match = _STATEMENT_AT_COLUMN_0.search(piece, begin + MAX_CHUNK_CHARS)
                if match is None:
                    break
                cut = match.end()
            result.append((line, piece[begin:cut]))
            line += line_breaks(piece, begin, cut)
            begin = cut
        result.append((line, piece[begin:]))
    return result


def _last_statement_start(text: str, begin: int, end: int) -> int | None:
    newline = text.rfind("\n", begin, end)
    while newline > begin:
        if _STATEMENT_AT_COLUMN_0.match(text, newline):
            return newline + 1
        newline = text.rfind("\n", begin, newline)
    return None


def _mark_oversized(chunks: list[Chunk]) -> None:
    """Set `skipped` on the chunks too big to parse within the memory bound (see MAX_CHUNK_CHARS)."""
    analysable = sum(len(chunk.text) for chunk in chunks if len(chunk.text) <= MAX_CHUNK_CHARS)
    for chunk in chunks:
        size = len(chunk.text)
        if size > MAX_CHUNK_CHARS:
            last = chunk.start_line + line_breaks(chunk.text.rstrip())
            lines = f"line {last}" if last == chunk.start_line else f"lines {chunk.start_line}-{last}"
            chunk.skipped = (f"{lines} not analysed: {size:,} characters in one top-level block "
                             f"(the limit is {MAX_CHUNK_CHARS:,})")
        elif analysable > MAX_FILE_CHARS:
            chunk.skipped = f"not analysed: {analysable:,} characters of code (the limit is {MAX_FILE_CHARS:,} per file)"
        else:
            chunk.skipped = None


def _split_was_wrong(before: str, after: str) -> bool:
    # An odd number of triple quotes means the split fell inside a string.
    return _odd_triple_quotes(before)


def _odd_triple_quotes(text: str) -> bool:
    return (text.count('"""') + text.count("'''")) % 2 == 1


# Fields of an ast node class that never hold a node (names, operators, contexts).
_SCALAR_FIELDS = frozenset({"id", "ctx", "attr", "name", "names", "arg", "op", "module", "level", "type_comment",
                            "conversion", "kind", "is_async", "asname"})
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def child_nodes(node: ast.AST) -> list[ast.AST]:
    """The direct children of a node in source order: ast.iter_child_nodes, 2-3x faster (the
    analysis walks every function it reads)."""
    kind = node.__class__
    fields = _CHILD_FIELDS.get(kind)
    if fields is None:
        fields = _CHILD_FIELDS[kind] = tuple(f for f in kind._fields if f not in _SCALAR_FIELDS)
    children: list = []
    for field in fields:
        value = getattr(node, field, None)
        if value.__class__ is list:
            children.extend(item for item in value if isinstance(item, ast.AST))
        elif isinstance(value, ast.AST):
            children.append(value)
    return children


def nodes_within(node: ast.AST):
    """The node and every node under it, in no particular order, but names' contexts and import aliases:
    ast.walk for the walks that run at every keystroke, 2x faster."""
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child_nodes(node))


def chunk_changes(old: list[Chunk], new: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """(the chunks of `new` that `old` did not have, the chunks of `old` that `new` no longer has):
    a chunk is kept by identity while its text is, wherever the edits moved it."""
    old_ids, new_ids = {id(c) for c in old}, {id(c) for c in new}
    return [c for c in new if id(c) not in old_ids], [c for c in old if id(c) not in new_ids]


def module_tree(chunks: list[Chunk]) -> list[ast.stmt]:
    """The module body: every statement of every chunk that parsed, in order."""
    body: list[ast.stmt] = []
    for chunk in chunks:
        if chunk.tree is not None:
            body.extend(chunk.tree.body)
    return body


class LineIndex:
    """Converts `ast` byte columns to code-point columns (the engine's unit)."""

    def __init__(self, text: str, chunks: list[Chunk] | None = None) -> None:
        # From the chunks' own lines when given: an edit re-splits one chunk, not 5,000 lines.
        self.lines = physical_lines(text) if chunks is None else [line for c in chunks for line in c.lines]
        self.newline = "\r\n" if "\r\n" in text[:10000] else ("\r" if "\r" in text[:10000] and "\n" not in text[:10000] else "\n")

    def line(self, lineno: int) -> str:
        return self.lines[lineno - 1] if 1 <= lineno <= len(self.lines) else ""

    def column(self, lineno: int, byte_col: int) -> int:
        line = self.line(lineno)
        if line.isascii():
            return byte_col
        return len(line.encode("utf-8")[:byte_col].decode("utf-8", "replace"))

    def indentation(self, lineno: int) -> str:
        line = self.line(lineno)
        return line[: len(line) - len(line.lstrip(" \t"))]
