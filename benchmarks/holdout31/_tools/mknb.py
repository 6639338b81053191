"""Build an nbformat-4 notebook from a .cells.py source where cells are separated by lines '# %%'."""
import json
import sys


def build(src_path, out_path):
    text = open(src_path).read()
    cells = [c.strip("\n") for c in text.split("# %%\n")]
    nb_cells = []
    for c in cells:
        if not c.strip():
            continue
        if c.startswith("# [md]\n"):
            body = c[len("# [md]\n"):]
            lines = [ln[2:] if ln.startswith("# ") else ln.lstrip("#") for ln in body.splitlines()]
            nb_cells.append({"cell_type": "markdown", "metadata": {}, "source": [ln + "\n" for ln in lines[:-1]] + lines[-1:]})
        else:
            lines = c.splitlines()
            nb_cells.append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                             "source": [ln + "\n" for ln in lines[:-1]] + lines[-1:]})
    nb = {"cells": nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                          "language_info": {"name": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    json.dump(nb, open(out_path, "w"), indent=1)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
