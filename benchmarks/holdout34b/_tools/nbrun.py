"""Run a notebook's code cells in document order, dropping %/! magic lines.

usage: python nbrun.py nb_x.ipynb   (or: python -m torchmode.guard nbrun.py nb_x.ipynb)
Each cell is compiled with the file name '<nb_x.ipynb cell N>' so tracebacks name the cell.
"""
import json
import os
import sys


def main():
    path = sys.argv[1]
    nb = json.load(open(path))
    folder = os.path.dirname(os.path.abspath(path))
    os.chdir(folder)
    sys.path.insert(0, folder)
    ns = {"__name__": "__main__"}
    for i, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        src = "".join(cell["source"])
        lines = ["" if l.lstrip().startswith(("%", "!")) else l for l in src.split("\n")]
        code = compile("\n".join(lines), f"<{os.path.basename(path)} cell {i}>", "exec")
        exec(code, ns)


if __name__ == "__main__":
    main()
