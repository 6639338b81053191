"""Label runner: runs each entry under the guard and plain python, checks header and marker."""
import os, re, subprocess, sys, glob
PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = "cudnn RNN backward can only be called in training mode"

def entries():
    out = []
    for p in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, p)
        if p.startswith("_") or p == "README.md":
            continue
        if os.path.isdir(full):
            out.append(os.path.join(full, "main.py"))
        elif p.endswith(".py"):
            out.append(full)
    return out

def run(entry, guard):
    d = os.path.dirname(entry)
    cmd = [PY] + (["-m", "torchmode.guard"] if guard else []) + [os.path.basename(entry)]
    r = subprocess.run(cmd, cwd=d, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr

ok_all = True
sel = sys.argv[1:]
for e in entries():
    rel = os.path.relpath(e, HERE)
    if sel and not any(s in rel for s in sel):
        continue
    first = open(e).readline().strip()
    want = first.split(":", 1)[1].strip() if first.startswith("# expect:") else "?"
    rc, out = run(e, True)
    prc, pout = run(e, False)
    got = "crash" if (rc != 0 and MSG in out) else ("clean" if rc == 0 else "ERROR")
    frames = re.findall(r'File "([^"]+)", line (\d+)', out)
    own = [(os.path.abspath(os.path.join(os.path.dirname(e), f)), int(n)) for f, n in frames]
    own = [(f, n) for f, n in own if f.startswith(HERE + os.sep) and "torchmode" not in f]
    root = os.path.dirname(e) if os.path.basename(e) == "main.py" and os.path.dirname(e) != HERE else HERE
    files = [e] if root == HERE else [os.path.join(dp, f) for dp, _, fs in os.walk(root) for f in fs if f.endswith(".py")]
    marks = []
    for f in files:
        for i, line in enumerate(open(f), 1):
            if "# TM001-here" in line:
                marks.append((os.path.abspath(f), i))
    note = ""
    if got == "crash":
        inner = (os.path.abspath(own[-1][0]), own[-1][1]) if own else None
        if marks != [inner]:
            note = f"MARK? inner={inner} marks={marks}"
    elif marks:
        note = f"MARK on clean {marks}"
    status = "OK" if (got == want and prc == 0 and not note) else "BAD"
    if status == "BAD":
        ok_all = False
    print(f"{status} {rel}: want={want} got={got} plain_rc={prc} {note}")
    if got == "ERROR" or prc != 0:
        print(out[-1500:] if got == "ERROR" else pout[-1500:])
print("ALL OK" if ok_all else "SOME BAD")
