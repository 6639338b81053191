"""Execute a notebook's code cells in document order with %/! magic lines dropped (plain python)."""
import json, sys, os

def main(path):
    nb = json.load(open(path))
    g = {"__name__": "__main__"}
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    n = 0
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        n += 1
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines = [("" if l.lstrip().startswith(("%", "!")) else l) for l in src.split("\n")]
        exec(compile("\n".join(lines), f"{path}#cell{n}", "exec"), g)

if __name__ == "__main__":
    main(sys.argv[1])
