"""Applying the engine's TextEdits to text, and the unified diffs `torchmode check --diff` prints."""

import ast

from torchmode.edits import apply_edits, apply_fixes, line_starts, newline_style, offset_of, unified_diff
from torchmode.findings import Fix, Position, Range, TextEdit


def insert(line, col, text):
    return TextEdit(Range.of(line, col, line, col), text)


def replace(line, col, end_line, end_col, text):
    return TextEdit(Range.of(line, col, end_line, end_col), text)


TRAINING = (
    "for epoch in range(3):\n"
    "    out = model(x)\n"
    "    loss = out.sum()\n"
    "    loss.backward()\n"
    "    validate(model)\n"
)


def test_insert_a_line_before_the_forward():
    fixed = apply_edits(TRAINING, [insert(1, 0, "    model.train()\n")])
    assert fixed.splitlines()[1] == "    model.train()"
    assert fixed.splitlines()[2] == "    out = model(x)"
    ast.parse(fixed)


def test_columns_count_code_points_not_utf16_units_or_bytes():
    text = 'print("😀é", x)\n'
    # `x` is at code point 12; in UTF-16 units it would be 13, in UTF-8 bytes 16.
    at = text.index("x")
    fixed = apply_edits(text, [replace(0, at, 0, at + 1, "y")])
    assert fixed == 'print("😀é", y)\n'


def test_crlf_file_stays_crlf_and_inserted_lines_use_crlf():
    text = TRAINING.replace("\n", "\r\n")
    fixed = apply_edits(text, [insert(1, 0, "    model.train()\n")])
    assert "\r\n    model.train()\r\n    out = model(x)\r\n" in fixed
    assert "\n" not in fixed.replace("\r\n", "")


def test_old_mac_cr_newlines_count_as_line_breaks():
    text = "a = 1\rb = 2\rc = 3\r"
    assert newline_style(text) == "\r"
    fixed = apply_edits(text, [insert(2, 0, "model.train()\n")])
    assert fixed == "a = 1\rb = 2\rmodel.train()\rc = 3\r"


def test_form_feed_is_not_a_line_break():
    # str.splitlines() would split here and shift every row below by one.
    text = "a = 1\x0c  # page\nb = 2\n"
    fixed = apply_edits(text, [insert(1, 0, "c = 3\n")])
    assert fixed == "a = 1\x0c  # page\nc = 3\nb = 2\n"


def test_positions_past_the_end_clamp():
    text = "x = 1\ny = 2"
    starts = line_starts(text)
    assert offset_of(text, starts, Position(0, 99)) == len("x = 1")
    assert offset_of(text, starts, Position(7, 0)) == len(text)
    assert apply_edits(text, [insert(9, 0, "\nz = 3")]) == "x = 1\ny = 2\nz = 3"


def test_edits_are_applied_from_the_end_so_offsets_stay_valid():
    text = "a\nb\nc\n"
    fixed = apply_edits(text, [insert(0, 0, "1\n"), insert(2, 0, "3\n"), insert(1, 0, "2\n")])
    assert fixed == "1\na\n2\nb\n3\nc\n"


def test_overlapping_edit_is_dropped_and_the_first_one_kept():
    text = "abcdef\n"
    fixed = apply_edits(text, [replace(0, 1, 0, 4, "X"), replace(0, 2, 0, 5, "Y")])
    assert fixed == "aXef\n"


def test_insertions_at_the_same_point_keep_their_order():
    fixed = apply_edits("z\n", [insert(0, 0, "a\n"), insert(0, 0, "b\n")])
    assert fixed == "a\nb\nz\n"


def test_an_insertion_at_the_edge_of_a_replacement_does_not_conflict():
    fixed = apply_edits("abc\n", [replace(0, 1, 0, 2, "B"), insert(0, 1, "[")])
    assert fixed == "a[Bc\n"


def test_fixes_apply_whole_or_not_at_all():
    text = "one\ntwo\nthree\n"
    first = Fix("wrap", "cudnn", (replace(0, 0, 1, 3, "ONE\nTWO"), insert(2, 0, "# end\n")), True)
    # Overlaps the first fix's first edit: none of its edits may be applied, not even the harmless one.
    second = Fix("other", "train", (insert(2, 5, "!"), replace(1, 1, 1, 2, "W")), True)
    fixed, applied = apply_fixes(text, [first, second])
    assert applied == [first]
    assert fixed == "ONE\nTWO\n# end\nthree\n"


def test_identical_fixes_from_two_findings_are_applied_once():
    fix = Fix("Call `model.train()` before the forward", "train", (insert(1, 0, "    model.train()\n"),), True)
    twin = Fix(fix.title, fix.kind, fix.edits, True)
    fixed, applied = apply_fixes(TRAINING, [fix, twin])
    assert fixed.count("model.train()") == 1
    assert len(applied) == 1


def test_an_edit_two_different_fixes_share_is_made_once():
    # Two cuDNN fixes in one file each add `import torch` at the top and wrap their own statement.
    text = "import sys\nrun(a)\nrun(b)\n"
    header = insert(0, 0, "import torch\n")
    first = Fix("wrap a", "cudnn", (header, replace(1, 0, 1, 6, "with off():\n    run(a)")), True)
    second = Fix("wrap b", "cudnn", (header, replace(2, 0, 2, 6, "with off():\n    run(b)")), True)
    fixed, applied = apply_fixes(text, [first, second])
    assert applied == [first, second]
    assert fixed == "import torch\nimport sys\nwith off():\n    run(a)\nwith off():\n    run(b)\n"


def test_unified_diff_has_headers_and_hunks():
    fixed = apply_edits(TRAINING, [insert(1, 0, "    model.train()\n")])
    diff = unified_diff("train.py", TRAINING, fixed)
    lines = diff.splitlines()
    assert lines[0] == "--- train.py"
    assert lines[1] == "+++ train.py"
    assert lines[2].startswith("@@ -1,")
    assert "+    model.train()" in lines
    assert not any(line.startswith("-") and not line.startswith("---") for line in lines)


def test_unified_diff_marks_a_missing_final_newline():
    diff = unified_diff("a.py", "x = 1", "x = 1\ny = 2")
    assert "\\ No newline at end of file" in diff
    assert unified_diff("a.py", "same\n", "same\n") == ""
