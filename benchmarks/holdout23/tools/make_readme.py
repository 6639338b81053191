"""Write README.md from tools/last_check.txt (measured labels) and tools/rows.py (descriptions)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rows import ROWS  # noqa: E402

HEAD = open(os.path.join(HERE, "readme_head.md")).read()


def shape_kind(path):
    if path.endswith(".ipynb"):
        return "notebook"
    if "/" in path:
        return "mini-project"
    if path.startswith("research_"):
        return "long script"
    return "script"


def main():
    measured = {}
    for line in open(os.path.join(HERE, "last_check.txt")):
        m = re.match(r"(OK |BAD) (\S+)\s+(crash|clean|other)\s+(\S+)", line)
        if m:
            assert m.group(1) == "OK ", line
            measured[m.group(2)] = (m.group(3), m.group(4))
    assert set(measured) == set(ROWS), (set(measured) ^ set(ROWS))
    counts = collections.Counter()
    lines = ["| path | label | rule | style tags | followed | shape |", "|---|---|---|---|---|---|"]
    for path in sorted(ROWS, key=lambda p: (shape_kind(p), p)):
        label, rule = measured[path]
        tags, followed, shape = ROWS[path]
        if rule == "-":
            rule = {"func_": "TM002", "hvp_": "TM003", "input_grad": "TM003"}.get(
                next((k for k in ("func_", "hvp_", "input_grad") if path.startswith(k)), ""), "TM001")
        counts[(label, rule)] += 1
        counts[(shape_kind(path),)] += 1
        lines.append(f"| {path} | {label} | {rule} | {tags} | {followed} | {shape} |")
    summary = ["", "## Counts", ""]
    for rule in ("TM001", "TM002", "TM003"):
        summary.append(f"- {rule}: {counts[('crash', rule)]} crash, {counts[('clean', rule)]} clean")
    summary.append("- shapes: " + ", ".join(f"{counts[(k,)]} {k}s" for k in
                                            ("script", "long script", "notebook", "mini-project")))
    summary.append(f"- total: {len(ROWS)}")
    with open(os.path.join(os.path.dirname(HERE), "README.md"), "w") as fh:
        fh.write(HEAD + "\n".join(summary) + "\n\n## Programs\n\n" + "\n".join(lines) + "\n")
    print("\n".join(summary))


if __name__ == "__main__":
    main()
