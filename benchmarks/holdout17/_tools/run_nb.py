"""Execute a notebook's code cells in document order, dropping %/! magic lines.

Each cell is compiled with the filename "<notebook>#cell<N>" so tracebacks point at the cell."""
import json
import os
import sys


def main(path):
    with open(path) as fh:
        nb = json.load(fh)
    os.chdir(os.path.dirname(os.path.abspath(path)))
    sys.path.insert(0, os.getcwd())
    g = {"__name__": "__main__"}
    name = os.path.basename(path)
    n = 0
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        n += 1
        src = "".join(cell["source"])
        lines = [("" if l.lstrip().startswith(("%", "!")) else l) for l in src.split("\n")]
        exec(compile("\n".join(lines), f"{name}#cell{n}", "exec"), g)


if __name__ == "__main__":
    main(sys.argv[1])
