"""Build an nbformat-4 notebook from stdin; cells are separated by lines '#%%' (code) or '#%% md' (markdown)."""
import json, sys
def build(text):
    cells, cur, kind = [], [], "code"
    def flush():
        if cur and any(l.strip() for l in cur):
            src = "\n".join(cur).strip("\n")
            lines = src.split("\n")
            source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
            if kind == "code":
                cells.append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source})
            else:
                cells.append({"cell_type": "markdown", "metadata": {}, "source": source})
    for line in text.split("\n"):
        if line.startswith("#%%"):
            flush(); cur = []; kind = "markdown" if line.strip() == "#%% md" else "code"
        else:
            cur.append(line)
    flush()
    return {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
if __name__ == "__main__":
    json.dump(build(sys.stdin.read()), open(sys.argv[1], "w"), indent=1)
