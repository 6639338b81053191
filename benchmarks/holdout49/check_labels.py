"""Run every entry under the guard and plain python; compare with its '# expect:' line and marker."""
import pathlib, re, subprocess, sys
PY = "/work/main/.venv/bin/python"
ROOT = pathlib.Path(__file__).resolve().parent
MSG = "cudnn RNN backward can only be called in training mode"
def entries():
    for p in sorted(ROOT.iterdir()):
        if p.suffix == ".py" and p.name != "check_labels.py":
            yield p
        elif p.is_dir() and (p / "main.py").exists():
            yield p / "main.py"
bad = 0
for e in entries():
    exp = re.search(r"# expect: (crash|clean)", e.read_text()).group(1)
    g = subprocess.run([PY, "-m", "torchmode.guard", e.name], cwd=e.parent, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, e.name], cwd=e.parent, capture_output=True, text=True, timeout=120)
    got = "crash" if (g.returncode != 0 and MSG in g.stderr) else ("clean" if g.returncode == 0 else "other")
    ok = got == exp and p.returncode == 0
    # marker: innermost frame in own files
    frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
    own = [(f, int(n)) for f, n in frames if str(ROOT) in str(pathlib.Path(e.parent, f).resolve())]
    marks = [(str(f), i + 1) for f in (e.parent.rglob("*.py") if e.name == "main.py" else [e]) for i, l in enumerate(f.read_text().splitlines()) if "# TM001-here" in l]
    if exp == "crash":
        inner = own[-1] if own else None
        mok = len(marks) == 1 and inner and pathlib.Path(e.parent, inner[0]).resolve() == pathlib.Path(marks[0][0]).resolve() and inner[1] == marks[0][1]
    else:
        mok = not marks
    status = "OK " if ok and mok else "BAD"
    bad += status == "BAD"
    print(status, e.relative_to(ROOT), "expect", exp, "guard", got, "plain", p.returncode, "marker", mok)
    if status == "BAD":
        print(g.stderr[-1500:], p.stderr[-800:])
print("bad", bad)
