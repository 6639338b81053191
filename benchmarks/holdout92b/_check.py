"""Label checker: runs each entry under the guard and plain python, checks label and marker line."""
import os, re, subprocess, sys, glob
PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.abspath(__file__))
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}

def entries():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, "*.py"))):
        if os.path.basename(p).startswith("_"): continue
        out.append(p)
    for d in sorted(glob.glob(os.path.join(ROOT, "*/"))):
        for p in sorted(glob.glob(os.path.join(d, "*.py"))):
            with open(p) as f:
                if f.readline().startswith("# expect:"):
                    out.append(p)
    return out

def frames(tb, folder):
    res = []
    for m in re.finditer(r'File "([^"]+)", line (\d+)', tb):
        f = os.path.abspath(m.group(1))
        if f.startswith(folder) and "/torchmode/" not in f:
            res.append((f, int(m.group(2))))
    return res

bad = 0
only = sys.argv[1:]
for e in entries():
    rel = os.path.relpath(e, ROOT)
    if only and not any(o in rel for o in only): continue
    folder = os.path.dirname(e)
    label = open(e).readline().split(":")[1].strip()
    g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(e)], cwd=folder, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, os.path.basename(e)], cwd=folder, capture_output=True, text=True, timeout=120)
    err = g.stderr
    rule = None
    for r, msg in MSG.items():
        ms = msg if isinstance(msg, tuple) else (msg,)
        if any(s in err for s in ms): rule = r
    measured = "crash" if g.returncode != 0 else "clean"
    problems = []
    if p.returncode != 0: problems.append("plain python failed: " + p.stderr[-300:])
    if measured != label: problems.append(f"measured {measured} != {label}: {err[-400:]}")
    if measured == "crash" and rule is None: problems.append("crash w/o TM message: " + err[-400:])
    # markers
    markers = []
    for f in glob.glob(os.path.join(folder, "**", "*.py"), recursive=True) if folder != ROOT else [e]:
        for i, line in enumerate(open(f), 1):
            m = re.search(r"#\s*(TM00\d)-here", line)
            if m: markers.append((os.path.abspath(f), i, m.group(1)))
    if measured == "crash":
        fr = frames(err, folder)
        if not fr: problems.append("no own frame")
        else:
            want = fr[-1]
            ok_pos = (markers[0][0], markers[0][1]) in fr if (rule == "TM002" and len(markers) == 1) else (len(markers) == 1 and (markers[0][0], markers[0][1]) == want)
            if len(markers) != 1 or not ok_pos or markers[0][2] != rule:
                problems.append(f"marker {markers} want {want} {rule}")
    elif markers:
        problems.append(f"clean program has markers {markers}")
    status = "OK " if not problems else "BAD"
    if problems: bad += 1
    print(f"{status} {rel:60s} {label:5s} {rule or '-'}", *problems, sep="\n   " if problems else " ")
print("bad:", bad)
