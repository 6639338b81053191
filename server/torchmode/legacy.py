"""Reading legacy code as a tolerant parser would.

Python 2 files (print and exec statements, `except X, e`, `raise E, msg`, backticks, `<>`, `10L`,
`0777`, `ur''`) and files whose indentation mixes tabs and spaces (a TabError in Python 3) are
still real training code: losing a whole class, or the module header with its imports, to them
hides real findings in the rest of the file. Such text is rewritten into Python 3 that means the
same to the analysis, line for line: no line is added or removed, and the rewrites keep columns
where they can (`print x` becomes `print(x)`: the space turns into the parenthesis). Tabs in the
indentation go to 8-column stops, as Python 2 read them; `indent_shifts` says by how much each
such line moved, so the parser's columns can be moved back onto the original text.

Only chunks that fail to parse come here: valid Python 3 never pays for it.
"""

from __future__ import annotations

import ast
import re
from typing import Any

# What the scanner stops at: comments, string openings (with their prefix), brackets, line ends
# (a backslash continuation is not one) and statement-separating semicolons.
_TOKEN = re.compile(r"""(?P<comment>\#[^\r\n]*)
    |(?P<string>(?:(?<!\w)[rRbBuUfF]{1,2})?(?:'''|\"\"\"|'|\"))
    |(?P<open>[(\[{])|(?P<close>[)\]}])
    |(?P<continuation>\\(?:\r\n|\r|\n))
    |(?P<newline>\r\n|\r|\n)
    |(?P<semicolon>;)""", re.VERBOSE)
_STRING_END = {
    "'''": re.compile(r"(?:[^\\]|\\.)*?'''", re.DOTALL),
    '"""': re.compile(r'(?:[^\\]|\\.)*?"""', re.DOTALL),
    "'": re.compile(r"(?:[^\\\r\n]|\\.)*?(?:'|(?=[\r\n])|$)", re.DOTALL),
    '"': re.compile(r'(?:[^\\\r\n]|\\.)*?(?:"|(?=[\r\n])|$)', re.DOTALL),
}


def _scan(text: str):
    """(kind, start, end) of each token `_TOKEN` names, strings spanning to their closing quote."""
    position = 0
    while True:
        match = _TOKEN.search(text, position)
        if match is None:
            return
        kind, start = match.lastgroup, match.start()
        if kind == "string":
            quote = match.group().lstrip("rRbBuUfF")
            end_match = _STRING_END[quote].match(text, match.end())
            end = end_match.end() if end_match else len(text)
        else:
            end = match.end()
        yield kind, start, end
        position = end


# --- tabs --------------------------------------------------------------------------------------------

_LEADING_TAB = re.compile(r"^[ ]*\t[ \t]*", re.MULTILINE)


def expand_indentation_tabs(text: str) -> tuple[str, dict[int, int]]:
    """Leading tabs to 8-column stops (Python 2's reading); {1-based line: columns added}."""
    shifts: dict[int, int] = {}

    def expand(match: re.Match) -> str:
        indent = match.group()
        wide = indent.expandtabs(8)
        shifts[text.count("\n", 0, match.start()) + 1] = len(wide) - len(indent)
        return wide

    return _LEADING_TAB.sub(expand, text), shifts


# --- Python 2 spellings inside code (never inside strings or comments) -------------------------------

_LONG = re.compile(r"\b(\d+)[lL]\b")  # 10L -> 10
_OCTAL = re.compile(r"(?<![\w.])0([0-7]+)\b(?![.eEjJ])")  # 0777 -> 0o777


def _modern_code(code: str, backticks_open: list[bool]) -> str:
    if "`" in code:
        pieces = []
        for char in code:
            if char == "`":  # `x` -> (x): repr() would move columns
                backticks_open[0] = not backticks_open[0]
                char = "(" if backticks_open[0] else ")"
            pieces.append(char)
        code = "".join(pieces)
    code = code.replace("<>", "!=")
    code = _LONG.sub(lambda m: m.group(1) + " ", code)
    return _OCTAL.sub(lambda m: "0o" + m.group(1), code)


def _modern_tokens(text: str) -> str:
    out, position, backticks_open = [], 0, [False]
    for kind, start, end in _scan(text):
        if kind not in ("string", "comment"):
            continue
        out.append(_modern_code(text[position:start], backticks_open))
        token = text[start:end]
        if kind == "string" and token[:2].lower() == "ur":  # ur'' is not Python 3
            token = " " + token[1:]
        out.append(token)
        position = end
    out.append(_modern_code(text[position:], backticks_open))
    return "".join(out)


# --- Python 2 statements -----------------------------------------------------------------------------

def _statements(text: str):
    """(start, end) of each simple statement's code: from its first character (indentation
    included) to the last one before its trailing comment, semicolon or line end, continuation
    lines included."""
    depth, start, code_end, previous = 0, 0, 0, 0
    for kind, token_start, token_end in _scan(text):
        gap_end = _last_code(text, previous, token_start)
        if gap_end > previous:
            code_end = gap_end
        previous = token_end
        if kind in ("newline", "semicolon") and depth == 0:
            yield start, max(code_end, start)
            start = code_end = token_end
            continue
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
        if kind in ("open", "close", "string", "semicolon"):
            code_end = token_end
    gap_end = _last_code(text, previous, len(text))
    yield start, max(gap_end if gap_end > previous else code_end, start)


def _last_code(text: str, start: int, end: int) -> int:
    """The end of the code in text[start:end] without trailing blanks (a comment is handled by
    the caller: `end` is where it starts)."""
    return start + len(text[start:end].rstrip())


_KEYWORD_STATEMENT = re.compile(r"(print|exec)[ \t]+(>>)?(?!(?:if|else|or|and|in|is|not|for)\b|[=(.,)\[:%*/<>!&|^+]|$)")
_EXCEPT_COMMA = re.compile(r"(except\b.*?(?:\)|\w))[ \t]*,[ \t]*(\w+[ \t]*:)")
_RAISE_COMMA = re.compile(r"(raise[ \t]+[\w.]+)[ \t]*,[ \t]*")


def _modern_statement(statement: str) -> str:
    body = statement.lstrip(" \t")
    indent = statement[: len(statement) - len(body)]
    keyword = _KEYWORD_STATEMENT.match(body)
    if keyword:  # print x, y -> print(x, y); print >>f, x -> print(  f, x)
        opened = body[: keyword.end(1)] + "(" + body[keyword.end(1) + 1:]
        if keyword.group(2):
            opened = opened[: keyword.start(2)] + "  " + opened[keyword.end(2):]
        return indent + opened + ")"
    caught = _EXCEPT_COMMA.match(body)
    if caught:  # except (A, B), e: -> except (A, B) as e:
        return indent + body[: caught.end(1)] + " as " + body[caught.start(2):]
    raised = _RAISE_COMMA.match(body)
    if raised:  # raise E, msg -> raise E(msg)
        return indent + raised.group(1) + "(" + body[raised.end():] + ")"
    return statement


def _modern_statements(text: str) -> str:
    out, position = [], 0
    for start, end in _statements(text):
        out.append(text[position:start])
        out.append(_modern_statement(text[start:end]))
        position = end
    out.append(text[position:])
    return "".join(out)


def modernize(text: str) -> tuple[str, dict[int, int]]:
    """Python 3 text for legacy `text` (same lines), and the columns added to each line's
    indentation ({1-based line: columns}, see move_columns_back)."""
    text, shifts = expand_indentation_tabs(text) if "\t" in text else (text, {})
    if any(mark in text for mark in ("print", "exec", "except", "raise", "`", "<>")) or _LONG.search(text) or _OCTAL.search(text):
        text = _modern_statements(_modern_tokens(text))
    return text, shifts


def move_columns_back(tree: ast.AST, shifts: dict[int, int]) -> None:
    """Columns of the parsed (tab-expanded) text, moved back onto the original lines."""
    if not shifts:
        return
    node: Any  # a node with positions once `_attributes` says so
    for node in ast.walk(tree):
        if "col_offset" not in node._attributes:
            continue
        shift = shifts.get(node.lineno)
        if shift:
            node.col_offset = max(node.col_offset - shift, 0)
        end_line = getattr(node, "end_lineno", None)
        shift = shifts.get(end_line) if end_line is not None else None
        if shift and node.end_col_offset is not None:
            node.end_col_offset = max(node.end_col_offset - shift, 0)


def statement_lines(text: str, lineno: int) -> tuple[int, int]:
    """The first and last line (1-based) of the logical line holding line `lineno`: a statement
    continued over brackets or backslashes is blanked whole. A bracket never closed (a call
    being typed) makes no logical line: then just (lineno, lineno)."""
    depth, first, line = 0, 1, 1
    for kind, start, end in _scan(text):
        if kind in ("string", "comment", "continuation", "newline"):
            breaks = text.count("\n", start, end) if kind != "newline" else 1
            if kind == "newline" and depth == 0:
                if line >= lineno:
                    return (first, line) if first <= lineno else (lineno, lineno)
                first = line + 1
            line += breaks if kind != "comment" else 0
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
    return (first, line) if depth == 0 and first <= lineno <= line else (lineno, lineno)
