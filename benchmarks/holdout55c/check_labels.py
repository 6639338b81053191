"""Label checker for holdout55c: runs every entry under the guard and under plain python."""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = {"TM001": "cudnn RNN backward can only be called in training mode"}


def entries():
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            if f.endswith(".py") and f != "check_labels.py":
                p = os.path.join(root, f)
                with open(p) as fh:
                    first = fh.readline()
                m = re.match(r"# expect: (crash|clean)", first)
                if m:
                    yield p, m.group(1)


def markers(folder_or_file):
    paths = []
    if os.path.isdir(folder_or_file):
        for root, dirs, files in os.walk(folder_or_file):
            paths += [os.path.join(root, f) for f in files if f.endswith(".py")]
    else:
        paths = [folder_or_file]
    found = []
    for p in paths:
        for i, line in enumerate(open(p), 1):
            m = re.search(r"# (TM00\d)-here", line)
            if m:
                found.append((os.path.realpath(p), i, m.group(1)))
    return found


def main():
    ok = True
    for path, label in entries():
        folder = os.path.dirname(path)
        rel = os.path.relpath(path, HERE)
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(path)], cwd=folder,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.basename(path)], cwd=folder, capture_output=True, text=True, timeout=120)
        scope = folder if folder != HERE else path
        mk = markers(scope)
        measured = "crash" if (g.returncode != 0 and MSG["TM001"] in g.stderr) else (
            "clean" if g.returncode == 0 else "error")
        problems = []
        if measured != label:
            problems.append(f"measured {measured}")
        if p.returncode != 0:
            problems.append("plain python failed: " + p.stderr.strip().splitlines()[-1])
        if label == "crash":
            frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
            own = [(os.path.realpath(os.path.join(folder, f)), int(n)) for f, n in frames
                   if os.path.realpath(os.path.join(folder, f)).startswith(os.path.realpath(scope if os.path.isdir(scope) else folder))]
            inner = own[-1] if own else None
            if len(mk) != 1 or inner is None or (mk[0][0], mk[0][1]) != inner:
                problems.append(f"marker {mk} vs innermost {inner}")
        elif mk:
            problems.append(f"clean program has markers {mk}")
        if measured == "error":
            problems.append(g.stderr.strip().splitlines()[-1] if g.stderr.strip() else "")
        status = "OK " if not problems else "BAD"
        ok &= not problems
        print(f"{status} {label:5s} {rel} {'; '.join(problems)}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
