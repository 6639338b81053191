"""constfold.py: plain-data helpers evaluated on constants without running the program -- the values it gives,
and what it refuses (anything that could reach outside plain data, or grow without bound)."""

import ast
import os

import pytest

from torchmode.constfold import folded_call
from torchmode.engine import Engine


def fold(source: str, name: str, *args):
    path = os.path.abspath("constfold_case.py")
    engine = Engine(use_jedi=False)
    engine.set_overlay(path, source)
    ctx = engine.context_of(path)
    node = next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == name)
    return folded_call(ctx, node, list(args), lambda _name: None)


PARSER = '''
def parse(text):
    rows, row = [], None
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            row = {}
            rows.append(row)
            line = line[2:]
        key, value = (part.strip() for part in line.split(":", 1))
        row[key] = int(value) if value.isdigit() else value
    return rows
'''


def test_a_yaml_like_schedule_is_parsed():
    assert fold(PARSER, "parse", "- phase: fit\n  repeat: 2\n- phase: probe\n") == [
        {"phase": "fit", "repeat": 2}, {"phase": "probe"}]


def test_comprehensions_helpers_and_defaults():
    source = '''
def names(n, prefix="stage"):
    return [f"{prefix}{i}" for i in range(n) if i % 2 == 0]


def table(n):
    return {name: {"mode": "eval" if name.endswith("2") else "train"} for name in names(n)}
'''
    assert fold(source, "names", 5) == ["stage0", "stage2", "stage4"]
    assert fold(source, "table", 3) == {"stage0": {"mode": "train"}, "stage2": {"mode": "eval"}}


SCALARS = '''
def scalar(text):
    text = text.strip()
    if text in ("true", "false"):
        return text == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text
'''


def test_a_conversion_tried_in_turn_under_try_except():
    """A plan reader's `_scalar` (holdout52b scree_phases): each conversion tried, the ValueError it raises caught."""
    assert [fold(SCALARS, "scalar", text) for text in (" 3", "0.5", "true", "eval")] == [3, 0.5, True, "eval"]


@pytest.mark.parametrize("handler", [
    "except KeyError:\n        return 0",  # not the error raised
    "except ValueError as error:\n        return error",  # the error object is no plain data
    "except OSError:\n        return 0",  # a type it does not know
])
def test_a_handler_it_does_not_take(handler):
    assert fold(f"def f(text):\n    try:\n        return int(text)\n    {handler}\n", "f", "abc") is None


def test_a_conversion_the_file_rebinds_is_no_builtin():
    source = "def int(text):\n    return 7\n\n\ndef f(text):\n    for cast in (int,):\n        return cast(text)\n"
    assert fold(source, "f", "3") is None


@pytest.mark.parametrize("body", [
    "import os\n    return os.listdir(text)",  # an import
    "return open(text).read()",  # a builtin that reaches outside
    "return text.__class__",  # an attribute that is no listed method
    "return (lambda: text)()",  # a call of anything not listed
    "return eval(text)",
    "return text * 1000000000",  # too big to build
    "return [text] * 1000000000",
    "return list(range(10 ** 9))",
    "while True:\n        text = text\n    return text",  # no end
])
def test_what_it_refuses(body):
    assert fold(f"def f(text):\n    {body}\n", "f", "abc") is None


def test_a_global_that_is_no_constant_stops_it():
    source = "import torch\nSIZE = torch.ones(1)\n\n\ndef f(text):\n    return [text, SIZE]\n"
    assert fold(source, "f", "abc") is None
