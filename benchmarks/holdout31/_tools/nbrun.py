"""Execute a notebook's code cells in document order, dropping %/! magic lines.
Writes a temporary script beside the notebook so that tracebacks point at it,
runs it (optionally via torchmode.guard), then deletes it."""
import json
import os
import subprocess
import sys


def to_script(nb_path):
    nb = json.load(open(nb_path))
    lines = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"]).splitlines()
        for ln in src:
            if ln.lstrip().startswith(("%", "!")):
                lines.append("")
            else:
                lines.append(ln)
        lines.append("")
    return "\n".join(lines) + "\n"


def main():
    guard = sys.argv[1] == "--guard"
    nb_path = sys.argv[-1]
    folder = os.path.dirname(os.path.abspath(nb_path))
    tmp = os.path.join(folder, "_nbexec_" + os.path.basename(nb_path).replace(".ipynb", ".py"))
    with open(tmp, "w") as f:
        f.write(to_script(nb_path))
    try:
        cmd = [sys.executable] + (["-m", "torchmode.guard"] if guard else []) + [os.path.basename(tmp)]
        r = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
        sys.stdout.write(r.stdout)
        sys.stderr.write(r.stderr)
        import re
        hits = re.findall(r'File "[^"]*_nbexec_[^"]*", line (\d+)', r.stderr)
        if hits:
            src = open(tmp).read().splitlines()
            sys.stderr.write("NB-INNERMOST-LINE: " + src[int(hits[-1]) - 1] + "\n")
        sys.exit(r.returncode)
    finally:
        os.remove(tmp)


if __name__ == "__main__":
    main()
