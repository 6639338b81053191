"""Re-run every entry under the guard and plain python; check labels and markers."""
import glob, os, re, subprocess, sys
PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}
entries = sorted(glob.glob(os.path.join(HERE, "*.py")) + glob.glob(os.path.join(HERE, "*/train.py")) + glob.glob(os.path.join(HERE, "*/main.py")))
entries = [e for e in entries if os.path.basename(e) != "check_all.py"]
bad = 0
for e in entries:
    d, b = os.path.dirname(e), os.path.basename(e)
    label = open(e).readline().strip().split(":")[1].strip()
    g = subprocess.run([PY, "-m", "torchmode.guard", b], cwd=d, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, b], cwd=d, capture_output=True, text=True, timeout=120)
    root = d if os.path.dirname(e) != HERE else HERE
    files = [f for f in glob.glob(os.path.join(d, "**/*.py"), recursive=True)] if d != HERE else [e]
    markers = [(f, i + 1, m) for f in files for i, l in enumerate(open(f)) for m in re.findall(r"# (TM00\d)-here", l)]
    ok = p.returncode == 0
    if label == "clean":
        ok = ok and g.returncode == 0 and not markers
        rule = "-"
    else:
        ok = ok and g.returncode != 0 and len(markers) == 1
        if ok:
            f, line, rule = markers[0]
            want = MSG[rule]
            want = want if isinstance(want, tuple) else (want,)
            ok = any(w in g.stderr for w in want)
            frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
            own = [(os.path.normpath(os.path.join(d, fp)), int(ln)) for fp, ln in frames
                   if os.path.normpath(os.path.join(d, fp)).startswith(d + os.sep) or os.path.normpath(os.path.join(d, fp)) == e]
            if rule == "TM002":
                ok = ok and (os.path.normpath(f), line) in own
            else:
                ok = ok and own and own[-1] == (os.path.normpath(f), line)
    bad += not ok
    print(("OK  " if ok else "BAD ") + os.path.relpath(e, HERE), label, rule if label == "crash" else "")
print("bad:", bad, "of", len(entries))
sys.exit(1 if bad else 0)
