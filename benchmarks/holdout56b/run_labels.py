"""Run every entry under the guard and plain python; compare with its '# expect:' line."""
import subprocess, sys, pathlib, re
PY = "/work/main/.venv/bin/python"
HERE = pathlib.Path(__file__).resolve().parent
MSGS = {"TM001": "cudnn RNN backward can only be called in training mode",
        "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
        "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}

def entries():
    for p in sorted(HERE.rglob("*.py")):
        if p.name == "run_labels.py":
            continue
        first = p.read_text().splitlines()[:1]
        if first and first[0].startswith("# expect:"):
            yield p

def main(only=None):
    bad = 0
    for p in entries():
        if only and not any(o in str(p) for o in only):
            continue
        exp = p.read_text().splitlines()[0].split(":", 1)[1].strip()
        g = subprocess.run([PY, "-m", "torchmode.guard", p.name], cwd=p.parent, capture_output=True, text=True, timeout=120)
        r = subprocess.run([PY, p.name], cwd=p.parent, capture_output=True, text=True, timeout=120)
        rule = None
        for k, v in MSGS.items():
            vs = v if isinstance(v, tuple) else (v,)
            if g.returncode != 0 and any(s in g.stderr for s in vs):
                rule = k
        got = "crash" if rule else ("clean" if g.returncode == 0 else "ERROR")
        ok = got == exp and r.returncode == 0
        # innermost own-file frame
        frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
        own = [(f, l) for f, l in frames if str(p.parent) in str(pathlib.Path(p.parent, f).resolve()) and "site-packages" not in f and "torchmode" not in f and pathlib.Path(p.parent, f).resolve().is_file()]
        inner = own[-1] if own else None
        mark = None
        if inner:
            fp = pathlib.Path(p.parent, inner[0]).resolve()
            line = fp.read_text().splitlines()[int(inner[1]) - 1]
            mark = ("TM00" in line and rule in line)
            inner = f"{fp.relative_to(HERE)}:{inner[1]}"
            if rule == "TM002":  # marker goes on the transform call, an outer own frame
                for f, l in own:
                    ln = pathlib.Path(p.parent, f).resolve().read_text().splitlines()[int(l) - 1]
                    if "TM002-here" in ln:
                        mark, inner = True, f"{pathlib.Path(p.parent, f).resolve().relative_to(HERE)}:{l}"
        flag = "OK " if ok and (got == "clean" or mark) else "BAD"
        if flag == "BAD":
            bad += 1
        print(f"{flag} {p.relative_to(HERE)} expect={exp} got={got} rule={rule} plain_rc={r.returncode} inner={inner} marker_ok={mark}")
        if got == "ERROR" or r.returncode:
            print((g.stderr[-1500:] if g.returncode else "") + r.stderr[-1500:])
    print("bad:", bad)

if __name__ == "__main__":
    main(sys.argv[1:])
