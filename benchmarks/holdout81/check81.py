"""Label checker for holdout81: runs every entry under the guard and under plain python."""
import os, re, subprocess, sys
PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.abspath(__file__))
MSGS = {"TM001": "cudnn RNN backward can only be called in training mode"}

def entries():
    for d, _, fs in os.walk(ROOT):
        for f in sorted(fs):
            if f.endswith(".py") and f != "check81.py":
                p = os.path.join(d, f)
                with open(p) as fh:
                    first = fh.readline()
                if first.startswith("# expect:"):
                    yield p, first.split(":", 1)[1].strip()

def markers(folder):
    found = []
    for d, _, fs in os.walk(folder):
        for f in fs:
            if f.endswith(".py") and f != "check81.py":
                p = os.path.join(d, f)
                for i, line in enumerate(open(p), 1):
                    if re.search(r"# TM00\d-here", line):
                        found.append((os.path.realpath(p), i))
    return found

bad = 0
for p, label in sorted(entries()):
    folder = os.path.dirname(p)
    g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(p)], cwd=folder, capture_output=True, text=True, timeout=120)
    r = subprocess.run([PY, os.path.basename(p)], cwd=folder, capture_output=True, text=True, timeout=120)
    out = g.stdout + g.stderr
    msg = ""
    if r.returncode != 0:
        msg += " PLAIN-FAIL:" + r.stderr[-300:]
    scope = folder if folder != ROOT else p
    mk = markers(folder) if folder != ROOT else [(os.path.realpath(p), i) for i, l in enumerate(open(p), 1) if re.search(r"# TM00\d-here", l)]
    if label == "crash":
        if MSGS["TM001"] not in out:
            msg += " NO-CRASH:" + out[-300:]
        else:
            frames = re.findall(r'File "([^"]+)", line (\d+)', out)
            own = [(os.path.realpath(os.path.join(folder, f)), int(n)) for f, n in frames
                   if os.path.realpath(os.path.join(folder, f)).startswith(ROOT)]
            inner = own[-1] if own else None
            if len(mk) != 1 or inner != mk[0]:
                msg += f" MARKER inner={inner} markers={mk}"
    else:
        if g.returncode != 0:
            msg += " GUARD-FAIL:" + out[-300:]
        if mk:
            msg += " MARKER-IN-CLEAN"
    status = "OK " if not msg else "BAD"
    bad += bool(msg)
    print(status, os.path.relpath(p, ROOT), label, msg)
print("bad:", bad)
sys.exit(1 if bad else 0)
