"""Label checker: runs every entry under the runtime guard and under plain python."""
import os, re, subprocess, sys, glob
PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = {"TM001": "cudnn RNN backward can only be called in training mode"}

def entries():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        if os.path.basename(p) != "check.py":
            out.append(p)
    for d in sorted(glob.glob(os.path.join(HERE, "*/"))):
        for name in ("main.py", "run.py", "train.py"):
            if os.path.exists(os.path.join(d, name)):
                out.append(os.path.join(d, name)); break
    return out

def run(args, cwd):
    r = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr

bad = 0
sel = sys.argv[1:]
for e in entries():
    rel = os.path.relpath(e, HERE)
    if sel and not any(s in rel for s in sel):
        continue
    first = open(e).readline()
    want = "crash" if "expect: crash" in first else "clean" if "expect: clean" in first else "?"
    d = os.path.dirname(e)
    rc, out = run([PY, "-m", "torchmode.guard", os.path.basename(e)], d)
    rc2, out2 = run([PY, os.path.basename(e)], d)
    got = "clean" if rc == 0 else ("crash" if MSG["TM001"] in out else "error")
    # innermost own-file frame
    frames = re.findall(r'File "([^"]+)", line (\d+)', out)
    own = [(f, int(l)) for f, l in frames if os.path.abspath(os.path.join(d, f)).startswith(os.path.abspath(d))]
    marks = []
    for root, _, files in os.walk(d if os.path.dirname(e) != HERE else HERE):
        for fn in files:
            if fn.endswith(".py"):
                fp = os.path.join(root, fn)
                if os.path.dirname(e) == HERE and fp != e:
                    continue
                for i, line in enumerate(open(fp), 1):
                    if "# TM00" in line and "-here" in line:
                        marks.append((os.path.abspath(fp), i))
    ok = (got == want) and rc2 == 0
    note = ""
    if want == "crash":
        inner = (os.path.abspath(os.path.join(d, own[-1][0])), own[-1][1]) if own else None
        if len(marks) != 1 or inner != marks[0]:
            ok = False; note = f"marks={marks} inner={inner}"
    elif marks:
        ok = False; note = f"marks in clean {marks}"
    if not ok: bad += 1
    print(f"{'OK ' if ok else 'BAD'} {rel:55s} want={want} got={got} plain_rc={rc2} {note}")
    if not ok and (got == "error" or rc2 != 0):
        print((out if got == "error" else out2)[-1500:])
print("bad:", bad)
