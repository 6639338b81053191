"""Run every entry under the guard and under plain python; compare with its
`# expect:` label and its `# TMxxx-here` marker (innermost own-file frame)."""
import os, re, subprocess, sys, glob

PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.abspath(__file__))
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002a": "Cannot access storage of TensorWrapper",
    "TM002b": "doesn't have storage",
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, "**", "*.py"), recursive=True)):
        if os.path.basename(p) == "check_labels.py":
            continue
        with open(p) as f:
            first = f.readline()
        if first.startswith("# expect:"):
            out.append((p, first.split(":", 1)[1].strip()))
    return out


def own_dir(entry):
    rel = os.path.relpath(entry, ROOT)
    parts = rel.split(os.sep)
    return os.path.join(ROOT, parts[0]) if len(parts) > 1 else None


def markers(entry):
    d = own_dir(entry)
    files = glob.glob(os.path.join(d, "**", "*.py"), recursive=True) if d else [entry]
    found = []
    for f in files:
        for i, line in enumerate(open(f), 1):
            m = re.search(r"#\s*(TM00[123])-here", line)
            if m:
                found.append((os.path.realpath(f), i, m.group(1)))
    return found


def run(entry):
    ok = True
    label = dict(entries())[entry]
    cwd = os.path.dirname(entry)
    g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(entry)], cwd=cwd,
                       capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, os.path.basename(entry)], cwd=cwd, capture_output=True, text=True, timeout=120)
    rel = os.path.relpath(entry, ROOT)
    if p.returncode != 0:
        print(f"FAIL plain {rel}\n{p.stderr[-1500:]}")
        ok = False
    err = g.stderr
    rule = None
    if g.returncode != 0:
        for k, m in MSGS.items():
            if m in err:
                rule = k[:5]
    mk = markers(entry)
    if label == "clean":
        if g.returncode != 0:
            print(f"FAIL guard-clean {rel}\n{err[-1500:]}"); ok = False
        if mk:
            print(f"FAIL clean has marker {rel}"); ok = False
    else:
        if rule is None:
            print(f"FAIL no-crash {rel} rc={g.returncode}\n{err[-1500:]}"); ok = False
        else:
            d = os.path.realpath(own_dir(entry) or entry)
            frames = re.findall(r'File "([^"]+)", line (\d+)', err)
            own = [(os.path.realpath(f), int(l)) for f, l in frames
                   if os.path.realpath(f) == d or os.path.realpath(f).startswith(d + os.sep)]
            inner = own[-1] if own else None
            if len(mk) != 1:
                print(f"FAIL {rel} has {len(mk)} markers, innermost {inner}"); ok = False
            elif mk[0][2] != rule or (rule != "TM002" and (mk[0][0], mk[0][1]) != inner) \
                    or (rule == "TM002" and (mk[0][0], mk[0][1]) not in own):
                # TM002: the marker sits on the transform call, a frame of the own files
                print(f"FAIL marker {rel}: marker {mk[0]} innermost {inner} rule {rule}"); ok = False
    if ok:
        print(f"ok   {label:5} {rule or '-':5} {rel}")
    return ok, label, rule


if __name__ == "__main__":
    want = sys.argv[1:]
    res = []
    for e, lab in entries():
        if want and not any(w in e for w in want):
            continue
        res.append(run(e))
    print(f"{sum(r[0] for r in res)}/{len(res)} ok")
    from collections import Counter
    print(Counter((r[1], r[2]) for r in res))
