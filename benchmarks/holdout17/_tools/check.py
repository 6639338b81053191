"""Run every entry under the guard and under plain python; compare with its label and marker."""
import json, os, re, subprocess, sys, glob

PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNB = os.path.join(ROOT, "_tools", "run_nb.py")
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}


def entries():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, "**", "*"), recursive=True)):
        if "_tools" in p or not os.path.isfile(p):
            continue
        if p.endswith(".py"):
            with open(p) as f:
                first = f.readline()
            if first.startswith("# expect:"):
                out.append((p, first.split(":")[1].strip()))
        elif p.endswith(".ipynb"):
            nb = json.load(open(p))
            code = [c for c in nb["cells"] if c["cell_type"] == "code"]
            first = "".join(code[0]["source"]).split("\n")[0]
            out.append((p, first.split(":")[1].strip()))
    return out


def cell_lines(nbpath):
    nb = json.load(open(nbpath))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    return {f"{os.path.basename(nbpath)}#cell{i+1}": "".join(c["source"]).split("\n") for i, c in enumerate(code)}


def run(p, guard):
    d = os.path.dirname(p)
    base = os.path.basename(p)
    if p.endswith(".ipynb"):
        cmd = [PY] + (["-m", "torchmode.guard"] if guard else []) + [RUNNB, base]
    else:
        cmd = [PY] + (["-m", "torchmode.guard"] if guard else []) + [base]
    r = subprocess.run(cmd, cwd=d, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def markers(p):
    files = []
    if p.endswith(".ipynb"):
        for k, lines in cell_lines(p).items():
            for i, l in enumerate(lines):
                for m in re.findall(r"TM00\d-here", l):
                    files.append((k, i + 1, m[:5]))
        d = os.path.dirname(p)
        scan = glob.glob(os.path.join(d, "*.py"))
    else:
        d = os.path.dirname(p)
        scan = [p] if os.path.dirname(p) == ROOT else glob.glob(os.path.join(d, "**", "*.py"), recursive=True)
    for f in scan:
        for i, l in enumerate(open(f).read().split("\n")):
            for m in re.findall(r"# (TM00\d)-here", l):
                files.append((os.path.abspath(f), i + 1, m))
    return files


def innermost(p, out):
    frames = re.findall(r'File "([^"]+)", line (\d+)', out)
    d = os.path.dirname(p)
    best = None
    for f, ln in frames:
        fa = f if "#cell" in f else os.path.abspath(os.path.join(d, f))
        if "#cell" in f or (fa.startswith(ROOT) and "_tools" not in fa):
            best = (fa, int(ln))
    return best


def main():
    only = sys.argv[1:]
    bad = 0
    rows = []
    for p, label in entries():
        rel = os.path.relpath(p, ROOT)
        if only and not any(o in rel for o in only):
            continue
        rc_g, out_g = run(p, True)
        rc_p, out_p = run(p, False)
        rule = None
        for k, v in MSG.items():
            vs = v if isinstance(v, tuple) else (v,)
            if any(s in out_g for s in vs):
                rule = k
        measured = "clean" if rc_g == 0 else ("crash" if rule else "error")
        ms = markers(p)
        probs = []
        if rc_p != 0:
            probs.append("PLAIN-FAIL")
        if measured != label:
            probs.append(f"LABEL {label}->{measured}")
        if measured == "crash":
            inn = innermost(p, out_g)
            if len(ms) != 1:
                probs.append(f"markers={len(ms)}")
            elif ms[0][2] != rule:
                probs.append(f"marker-rule {ms[0][2]} vs {rule}")
            elif rule != "TM002" and (ms[0][0], ms[0][1]) != inn:
                probs.append(f"marker at {ms[0][:2]} innermost {inn}")
        elif ms:
            probs.append(f"clean-with-markers {len(ms)}")
        print(f"{'OK ' if not probs else 'BAD'} {rel:60s} {label:5s} {rule or '-':5s} {' '.join(probs)}", flush=True)
        if probs:
            bad += 1
            tail = (out_g if rc_g else out_p)[-1500:]
            print("    " + tail.replace("\n", "\n    "))
    print("bad:", bad)


main()
