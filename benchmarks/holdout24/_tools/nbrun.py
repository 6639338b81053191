"""Execute a notebook's code cells in document order, dropping `%` and `!` magic lines.

Usage (from the notebook's folder):  python _tools/nbrun.py nb_x.ipynb
or under the guard:                 python -m torchmode.guard <path>/nbrun.py nb_x.ipynb
Each cell is compiled with the file name `<notebook>` so tracebacks name the notebook.
"""
import json
import os
import sys


def cells(path):
    with open(path, encoding="utf-8") as fh:
        nb = json.load(fh)
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines = []
        for line in src.splitlines():
            stripped = line.lstrip()
            lines.append("" if stripped.startswith(("%", "!")) else line)
        yield "\n".join(lines) + "\n"


def main():
    path = sys.argv[1]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    ns = {"__name__": "__main__"}
    for i, src in enumerate(cells(path)):
        exec(compile(src, f"{path}#cell{i}", "exec"), ns)


if __name__ == "__main__":
    main()
