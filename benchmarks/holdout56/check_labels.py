"""Run every entry under the guard and plain python; check labels and markers."""
import os, re, subprocess, sys, glob

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = "cudnn RNN backward can only be called in training mode"


def entries():
    for path in sorted(glob.glob(os.path.join(HERE, "**", "*.py"), recursive=True)):
        if os.path.basename(path) == "check_labels.py":
            continue
        with open(path) as fh:
            first = fh.readline()
        if first.startswith("# expect:"):
            yield path, first.split(":", 1)[1].strip()


def main():
    bad = 0
    for path, label in entries():
        folder = os.path.dirname(path)
        root = HERE if folder == HERE else folder
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(path)], cwd=folder,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.basename(path)], cwd=folder, capture_output=True, text=True, timeout=120)
        own = [] if folder != HERE else [path]
        frames = [(f, int(n)) for f, n in re.findall(r'File "([^"]+)", line (\d+)', g.stderr)]
        mine = [(f, n) for f, n in frames
                if os.path.abspath(os.path.join(folder, f)).startswith(root + os.sep)
                and (folder != HERE or os.path.abspath(os.path.join(folder, f)) == path)]
        got = "crash" if (g.returncode != 0 and MSG in g.stderr) else ("clean" if g.returncode == 0 else "other")
        notes = []
        if got != label:
            notes.append(f"guard={got}")
        if p.returncode != 0:
            notes.append("plain python failed: " + p.stderr.strip().splitlines()[-1])
        # markers
        files = [path] if folder == HERE else glob.glob(os.path.join(folder, "**", "*.py"), recursive=True)
        marks = []
        for f in files:
            for i, line in enumerate(open(f), 1):
                if re.search(r"# TM00\d-here", line):
                    marks.append((os.path.abspath(f), i))
        if label == "crash":
            if mine:
                f, n = mine[-1]
                want = (os.path.abspath(os.path.join(folder, f)), n)
                if marks != [want]:
                    notes.append(f"marker {marks} != innermost {want}")
            else:
                notes.append("no own frame")
        elif marks:
            notes.append(f"clean program has markers {marks}")
        rel = os.path.relpath(path, HERE)
        print(("OK  " if not notes else "BAD ") + f"{rel:60s} {label:6s} " + "; ".join(notes))
        bad += bool(notes)
    print("bad:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(main())
