"""Build an nbformat-4 notebook from text on stdin split by '# %%' lines ('# %% [markdown]' for markdown)."""
import json
import sys


def main(out):
    text = sys.stdin.read()
    cells = []
    kind, buf = None, []

    def flush():
        if kind is None:
            return
        src = "\n".join(buf).strip("\n")
        lines = [ln + "\n" for ln in src.split("\n")]
        lines[-1] = lines[-1].rstrip("\n")
        if kind == "markdown":
            cells.append({"cell_type": "markdown", "metadata": {}, "source": lines})
        else:
            cells.append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                          "source": lines})

    for line in text.split("\n"):
        if line.startswith("# %%"):
            flush()
            kind, buf = ("markdown" if "[markdown]" in line else "code"), []
        else:
            buf.append(line[2:] if kind == "markdown" and line.startswith("# ") else line)
    flush()
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                      "name": "python3"},
                                       "language_info": {"name": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, c in enumerate(nb["cells"]):
        c["id"] = f"c{i:02d}"
    with open(out, "w") as fh:
        json.dump(nb, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
