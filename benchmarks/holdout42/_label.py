"""Run every entry under the guard and plain python; check labels and markers."""
import pathlib, re, subprocess, sys
PY = "/work/main/.venv/bin/python"
root = pathlib.Path(__file__).parent
msgs = {"TM001": "cudnn RNN backward can only be called in training mode"}
ok = True
for entry in sorted(root.rglob("*.py")):
    if entry.name.startswith("_"):
        continue
    first = entry.read_text().splitlines()[0] if entry.read_text() else ""
    if not first.startswith("# expect:"):
        continue
    want = first.split(":")[1].strip()
    g = subprocess.run([PY, "-m", "torchmode.guard", entry.name], cwd=entry.parent, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, entry.name], cwd=entry.parent, capture_output=True, text=True, timeout=120)
    got = "crash" if msgs["TM001"] in g.stderr else ("clean" if g.returncode == 0 else "ERROR")
    base = entry.parent
    files = [entry] if base == root else list(base.rglob("*.py"))
    marks = [(f, i + 1) for f in files for i, l in enumerate(f.read_text().splitlines()) if "# TM001-here" in l]
    mark_ok = True
    if got == "crash":
        frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
        own = [((entry.parent / f).resolve(), int(n)) for f, n in frames if (entry.parent / f).resolve() in [x.resolve() for x in files]]
        inner = own[-1] if own else None
        mark_ok = len(marks) == 1 and inner is not None and (marks[0][0].resolve(), marks[0][1]) == inner
    else:
        mark_ok = len(marks) == 0
    status = "OK" if (got == want and p.returncode == 0 and mark_ok) else "BAD"
    if status == "BAD":
        ok = False
    print(f"{status} {entry.relative_to(root)} want={want} guard={got} plain_rc={p.returncode} marker_ok={mark_ok}")
    if status == "BAD":
        print(g.stderr[-1500:], p.stderr[-800:])
sys.exit(0 if ok else 1)
