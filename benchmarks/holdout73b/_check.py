"""Label checker: runs each entry under the guard and plain python, compares with '# expect:' and markers."""
import os, re, subprocess, sys, pathlib
PY = "/work/main/.venv/bin/python"
ROOT = pathlib.Path(__file__).resolve().parent
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}
entries = []
for p in sorted(ROOT.rglob("*.py")):
    if p.name == "_check.py":
        continue
    first = p.read_text().splitlines()[:1]
    if first and first[0].startswith("# expect:"):
        entries.append(p)
only = sys.argv[1:]
bad = 0
for e in entries:
    rel = e.relative_to(ROOT)
    if only and not any(o in str(rel) for o in only):
        continue
    label = e.read_text().splitlines()[0].split(":", 1)[1].strip()
    proj = e.parent
    files = [f for f in (proj.rglob("*.py") if proj != ROOT else [e])]
    markers = [(f, i + 1, m) for f in files for i, l in enumerate(f.read_text().splitlines())
               for m in re.findall(r"# (TM00\d)-here", l)]
    g = subprocess.run([PY, "-m", "torchmode.guard", e.name], cwd=proj, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, e.name], cwd=proj, capture_output=True, text=True, timeout=120)
    probs = []
    if p.returncode != 0:
        probs.append("plain failed: " + p.stderr.strip().splitlines()[-1])
    out = g.stderr
    if label == "clean":
        if g.returncode != 0:
            probs.append("guard failed: " + out.strip().splitlines()[-1])
        if markers:
            probs.append("clean has markers")
    else:
        rule = None
        for r, m in MSG.items():
            ms = m if isinstance(m, tuple) else (m,)
            if any(x in out for x in ms):
                rule = r
        if g.returncode == 0 or rule is None:
            probs.append("guard did not crash with a rule: " + (out.strip().splitlines() or ["<none>"])[-1])
        else:
            frames = re.findall(r'File "([^"]+)", line (\d+)', out)
            own = [(pathlib.Path(os.path.join(proj, f)).resolve(), int(n)) for f, n in frames
                   if pathlib.Path(os.path.join(proj, f)).resolve().is_relative_to(ROOT)]
            inner = own[-1] if own else None
            if len(markers) != 1:
                probs.append(f"{len(markers)} markers")
            else:
                mf, ml, mr = markers[0]
                if mr != rule:
                    probs.append(f"marker {mr} but rule {rule}")
                if rule == "TM002":
                    if (mf.resolve(), ml) not in own:
                        probs.append(f"TM002 marker {mf.name}:{ml} not in traceback")
                elif inner is None or (inner[0] != mf.resolve() or inner[1] != ml):
                    probs.append(f"marker at {mf.name}:{ml} but innermost {inner}")
    print(("OK  " if not probs else "BAD ") + f"{rel} [{label}] " + "; ".join(probs))
    bad += bool(probs)
print("bad:", bad)
