"""Execute a notebook's code cells in document order (magic/shell lines dropped)."""
import json
import os
import sys


def cells(path):
    with open(path) as fh:
        nb = json.load(fh)
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        src = cell["source"]
        if isinstance(src, list):
            src = "".join(src)
        lines = [("pass  # magic dropped" if ln.lstrip().startswith(("%", "!")) else ln)
                 for ln in src.split("\n")]
        yield i, "\n".join(lines)


def main():
    path = sys.argv[1]
    folder = os.path.dirname(os.path.abspath(path))
    os.chdir(folder)
    sys.path.insert(0, folder)
    ns = {"__name__": "__main__"}
    for i, src in cells(os.path.basename(path)):
        exec(compile(src, f"{os.path.basename(path)}::cell{i}", "exec"), ns)


if __name__ == "__main__":
    main()
