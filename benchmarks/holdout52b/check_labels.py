"""Run every entry under the guard and plain python; check labels and markers."""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    for root, dirs, files in os.walk(HERE):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".py") and f != "check_labels.py":
                p = os.path.join(root, f)
                with open(p) as fh:
                    first = fh.readline()
                if first.startswith("# expect:"):
                    yield p, first.split(":", 1)[1].strip()


def markers(folder):
    found = []
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".py"):
                p = os.path.join(root, f)
                for i, line in enumerate(open(p), 1):
                    m = re.search(r"# (TM00\d)-here", line)
                    if m:
                        found.append((os.path.realpath(p), i, m.group(1)))
    return found


def main(only=None):
    bad = 0
    for path, label in entries():
        rel = os.path.relpath(path, HERE)
        if only and not any(o in rel for o in only):
            continue
        folder = os.path.dirname(path)
        proj = folder if folder != HERE else None
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(path)], cwd=folder,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.basename(path)], cwd=folder, capture_output=True, text=True, timeout=120)
        status = []
        if p.returncode != 0:
            status.append("PLAIN-FAIL:" + p.stderr.strip().splitlines()[-1][:120])
        if proj is None:
            ms = [m for m in markers(HERE) if m[0] == os.path.realpath(path)]
        else:
            ms = markers(proj)
        if label == "clean":
            if g.returncode != 0:
                status.append("GUARD-FAIL:" + g.stderr.strip().splitlines()[-1][:160])
            if ms:
                status.append("marker-in-clean")
        else:
            rule = None
            for r, m in MSG.items():
                ms_ = m if isinstance(m, tuple) else (m,)
                if any(x in g.stderr for x in ms_):
                    rule = r
            if g.returncode == 0 or rule is None:
                status.append("NO-CRASH:" + (g.stderr.strip().splitlines() or [""])[-1][:160])
            else:
                frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
                base = os.path.realpath(proj or path)
                own = [(os.path.realpath(os.path.join(folder, f)), int(l)) for f, l in frames
                       if os.path.realpath(os.path.join(folder, f)).startswith(base)]
                inner = own[-1] if own else None
                if len(ms) != 1:
                    status.append(f"markers={len(ms)}")
                elif rule == "TM002" and (ms[0][0], ms[0][1]) in own and ms[0][2] == rule:
                    status.append(rule + "(transform frame)")
                elif inner is None or (ms[0][0], ms[0][1]) != inner or ms[0][2] != rule:
                    status.append(f"marker-mismatch inner={inner} marker={ms[0]} rule={rule}")
                else:
                    status.append(rule)
        ok = all(not s.startswith(("PLAIN", "GUARD", "NO-", "marker", "markers")) for s in status)
        bad += not ok
        print(f"{'OK ' if ok else 'BAD'} {label:5} {rel:60} {' '.join(status)}")
    print("bad:", bad)


if __name__ == "__main__":
    main(sys.argv[1:])
