import os, re, subprocess, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = os.environ.get("PYTHON", sys.executable)
MSG = {"TM001": "cudnn RNN backward can only be called in training mode"}
def entries():
    out = []
    for p in sorted(glob.glob(ROOT + "/**/*.py", recursive=True)):
        with open(p) as f:
            first = f.readline()
        m = re.match(r"# expect: (crash|clean)", first)
        if m: out.append((p, m.group(1)))
    return out
def progdir(p):
    rel = os.path.relpath(p, ROOT).split(os.sep)
    return os.path.join(ROOT, rel[0]) if len(rel) > 1 else os.path.dirname(p)
sel = sys.argv[1:]
bad = 0
for p, lab in entries():
    if sel and not any(s in p for s in sel): continue
    d = os.path.dirname(p); e = os.path.basename(p)
    g = subprocess.run([PY, "-m", "torchmode.guard", e], cwd=d, capture_output=True, text=True, timeout=120)
    r = subprocess.run([PY, e], cwd=d, capture_output=True, text=True, timeout=120)
    measured = "crash" if (g.returncode != 0 and MSG["TM001"] in g.stderr) else ("clean" if g.returncode == 0 else "ERROR")
    pd = progdir(p)
    frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
    own = [(f, int(l)) for f, l in frames if os.path.abspath(os.path.join(d, f)).startswith(pd)]
    # markers
    markers = []
    for f in glob.glob(pd + "/**/*.py", recursive=True) if pd != ROOT else [p]:
        for i, line in enumerate(open(f), 1):
            if "# TM00" in line and "-here" in line: markers.append((os.path.abspath(f), i))
    status = "ok"
    if measured != lab: status = f"LABEL MISMATCH measured={measured}"
    if r.returncode != 0: status += " PLAIN-FAIL"
    if lab == "crash":
        inner = own[-1] if own else None
        innerabs = (os.path.abspath(os.path.join(d, inner[0])), inner[1]) if inner else None
        if len(markers) != 1 or markers[0] != innerabs: status += f" MARKER {markers} vs {innerabs}"
    elif markers: status += f" MARKER-IN-CLEAN {markers}"
    if status != "ok": bad += 1
    print(f"{os.path.relpath(p, ROOT):60s} {lab:5s} {status}")
    if "ERROR" in status or "PLAIN-FAIL" in status:
        print(g.stderr[-1500:]); print(r.stderr[-1500:])
print("bad", bad)
