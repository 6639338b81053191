"""Label checker for holdout52: runs each entry under the guard and under plain python.

An entry is a top-level .py file, or a file directly inside a top-level folder, whose
first line is `# expect: crash` or `# expect: clean`.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = "/work/main/.venv/bin/python"
MSG = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": "doesn't have storage",
    "TM003": "derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    for p in sorted(HERE.iterdir()):
        if p.name.startswith((".", "_")) or p.name == "run_labels.py":
            continue
        cands = [p] if p.suffix == ".py" else sorted(p.glob("*.py")) if p.is_dir() else []
        for c in cands:
            first = c.read_text().splitlines()[0] if c.read_text() else ""
            m = re.match(r"# expect: (crash|clean)", first)
            if m:
                yield p, c, m.group(1)


def markers(root):
    files = [root] if root.is_file() else sorted(root.rglob("*.py"))
    found = []
    for f in files:
        for i, line in enumerate(f.read_text().splitlines(), 1):
            for m in re.finditer(r"# (TM00\d)-here", line):
                found.append((str(f.resolve()), i, m.group(1)))
    return found


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def main():
    only = sys.argv[1:]
    bad = 0
    n = {"crash": 0, "clean": 0}
    for root, entry, label in entries():
        if only and not any(o in str(root) for o in only):
            continue
        n[label] += 1
        cwd = entry.parent
        rc_g, out_g = run([PY, "-m", "torchmode.guard", entry.name], cwd)
        rc_p, out_p = run([PY, entry.name], cwd)
        problems = []
        if rc_p != 0:
            problems.append("plain run failed: " + out_p.strip().splitlines()[-1])
        leftovers = [q for q in (root.rglob("*") if root.is_dir() else []) if q.suffix in (".pt", ".pth", ".json", ".bin") and "config" not in q.name]
        if leftovers:
            problems.append(f"leftover files {leftovers}")
        mk = markers(root)
        if label == "clean":
            if rc_g != 0:
                problems.append("guard failed: " + out_g.strip().splitlines()[-1])
            if mk:
                problems.append(f"clean program has markers {mk}")
        else:
            rule = [r for r, s in MSG.items() if s in out_g]
            if rc_g == 0 or not rule:
                problems.append(f"guard did not crash with a TM message (rc={rc_g}): " + (out_g.strip().splitlines() or [""])[-1])
            frames = re.findall(r'File "([^"]+)", line (\d+)', out_g)
            rootres = root.resolve()
            paths = [((cwd / f).resolve(), int(l)) for f, l in frames]
            own = [(str(f), l) for f, l in paths if f == rootres or rootres in f.parents]
            if not own:
                problems.append("no frame of the program's own files in the guard traceback")
            if len(mk) != 1:
                problems.append(f"expected one marker, found {mk}")
            elif own and (mk[0][0], mk[0][1]) != own[-1]:
                problems.append(f"marker {mk[0][:2]} != innermost own frame {own[-1]}")
            elif rule and mk[0][2] != rule[0]:
                problems.append(f"marker rule {mk[0][2]} != {rule[0]}")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {label:5} {entry.relative_to(HERE)}" + "".join("\n    " + p for p in problems))
    print(f"crash={n['crash']} clean={n['clean']} bad={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
