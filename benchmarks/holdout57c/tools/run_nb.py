"""Run a notebook's code cells in document order under plain Python.

usage: python run_nb.py NOTEBOOK.ipynb
Lines starting with `%` or `!` (IPython magics / shell escapes) are dropped.
The working directory and sys.path[0] are the notebook's folder.
"""
import json
import os
import sys


def main():
    path = os.path.abspath(sys.argv[1])
    folder = os.path.dirname(path)
    os.chdir(folder)
    sys.path.insert(0, folder)
    with open(path) as f:
        nb = json.load(f)
    env = {"__name__": "__main__"}
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        kept = [l for l in src.splitlines() if not l.lstrip().startswith(("%", "!"))]
        code = compile("\n".join(kept) + "\n", f"{os.path.basename(path)}[cell {i}]", "exec")
        exec(code, env)


if __name__ == "__main__":
    main()
