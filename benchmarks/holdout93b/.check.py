"""Label checker: runs every entry (first line '# expect: ...') under the guard and plain python."""
import os, re, subprocess, sys, glob
PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.abspath(__file__))
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}

def entries():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, "**", "*.py"), recursive=True)):
        with open(p) as f:
            first = f.readline()
        m = re.match(r"# expect: (crash|clean)", first)
        if m:
            out.append((p, m.group(1)))
    return out

def proj_files(entry):
    d = os.path.dirname(entry)
    if d == ROOT:
        return [entry]
    return [p for p in glob.glob(os.path.join(d, "**", "*.py"), recursive=True)]

def run(entry, guard):
    cmd = [PY, "-m", "torchmode.guard", os.path.basename(entry)] if guard else [PY, os.path.basename(entry)]
    r = subprocess.run(cmd, cwd=os.path.dirname(entry), capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr

only = sys.argv[1:]
bad = 0
for entry, label in entries():
    rel = os.path.relpath(entry, ROOT)
    if only and not any(o in rel for o in only):
        continue
    rc_p, out_p = run(entry, False)
    rc_g, out_g = run(entry, True)
    problems = []
    if rc_p != 0:
        problems.append("plain python failed:\n" + out_p[-1500:])
    markers = []
    for f in proj_files(entry):
        for i, line in enumerate(open(f), 1):
            for m in re.finditer(r"# (TM00[123])-here", line):
                markers.append((os.path.abspath(f), i, m.group(1)))
    rule = None
    if label == "clean":
        if rc_g != 0:
            problems.append("guard failed on clean:\n" + out_g[-1500:])
        if markers:
            problems.append("markers in clean program")
    else:
        if rc_g == 0:
            problems.append("guard ran clean on crash program")
        else:
            for r, msg in MSG.items():
                msgs = msg if isinstance(msg, tuple) else (msg,)
                if any(s in out_g for s in msgs):
                    rule = r
            if rule is None:
                problems.append("guard failed with another error:\n" + out_g[-1500:])
        if len(markers) != 1:
            problems.append(f"expected 1 marker, found {markers}")
        elif rule:
            frames = [(os.path.abspath(os.path.join(os.path.dirname(entry), f)) if not os.path.isabs(f) else f, int(n))
                      for f, n in re.findall(r'File "([^"]+)", line (\d+)', out_g)]
            own = [fr for fr in frames if fr[0].startswith(ROOT)]
            mf, ml, mr = markers[0]
            if mr != rule:
                problems.append(f"marker rule {mr} but message {rule}")
            if rule == "TM002":
                if (mf, ml) not in own:
                    problems.append(f"TM002 marker {mf}:{ml} not among own frames {own}")
            elif not own or own[-1] != (mf, ml):
                problems.append(f"marker {mf}:{ml} but innermost own frame {own[-1] if own else None}")
    status = "OK " if not problems else "BAD"
    bad += bool(problems)
    print(f"{status} {rel:60s} {label:5s} {rule or ''}")
    for p in problems:
        print("    " + p.replace("\n", "\n    "))
print("bad:", bad)
