"""Label checker for holdout54: runs every entry under the runtime guard and plain python.

Usage: python check_labels.py [name ...]
Entries: *.py files in this folder (except this one) and */main.py, */run.py, */train.py in sub-folders.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/main/.venv/bin/python"
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": "doesn't have storage",
    "TM003": "derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    out = []
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.endswith(".py") and name != "check_labels.py":
            out.append((HERE, name))
        elif os.path.isdir(p) and not name.startswith((".", "__")):
            for e in ("main.py", "run.py", "train.py"):
                if os.path.exists(os.path.join(p, e)):
                    out.append((p, e))
                    break
    return out


def run(folder, entry, guard):
    cmd = [PY, "-m", "torchmode.guard", entry] if guard else [PY, entry]
    r = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def markers(folder):
    found = []
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".py") and f != "check_labels.py":
                p = os.path.join(root, f)
                for i, line in enumerate(open(p), 1):
                    if re.search(r"#\s*TM00\d-here", line):
                        found.append((os.path.realpath(p), i))
        if folder == HERE:
            break
    return found


def main(argv):
    bad = 0
    counts = {}
    for folder, entry in entries():
        label_name = os.path.relpath(os.path.join(folder, entry), HERE)
        if argv and not any(a in label_name for a in argv):
            continue
        first = open(os.path.join(folder, entry)).readline().strip()
        label = first.split(":", 1)[1].strip() if first.startswith("# expect:") else "?"
        rc_g, out_g = run(folder, entry, True)
        rc_p, out_p = run(folder, entry, False)
        problems = []
        if rc_p != 0:
            problems.append("plain python failed: " + out_p.strip().splitlines()[-1])
        if folder == HERE:
            mk = [m for m in markers(HERE) if os.path.basename(m[0]) == entry]
        else:
            mk = markers(folder)
        if label == "crash":
            if rc_g == 0:
                problems.append("expected crash, ran clean")
            elif not any(v in out_g for v in MSGS.values()):
                problems.append("crashed with other error: " + out_g.strip().splitlines()[-1])
            frames = re.findall(r'File "([^"]+)", line (\d+)', out_g)
            own = [(os.path.realpath(f), int(l)) for f, l in frames
                   if os.path.realpath(f).startswith(os.path.realpath(folder) + os.sep)
                   and "check_labels" not in f]
            inner = own[-1] if own else None
            if len(mk) != 1:
                problems.append("markers: %r" % mk)
            elif inner != mk[0]:
                problems.append("marker %r but innermost frame %r" % (mk[0], inner))
        elif label == "clean":
            if rc_g != 0:
                problems.append("expected clean, guard: " + out_g.strip().splitlines()[-1])
            if mk:
                problems.append("clean program has markers %r" % mk)
        else:
            problems.append("no label line")
        counts[label] = counts.get(label, 0) + 1
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {label:5s} {label_name}")
        for p in problems:
            print("      ", p)
    print(counts, "bad:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
