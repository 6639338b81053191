"""Label checker for holdout28: runs every entry under the guard and under plain python."""
import json, os, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PY = "/work/main/.venv/bin/python"
MSG = {"TM001": "can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}


def entries():
    out = []
    for p in sorted(ROOT.rglob("*")):
        if p.name.startswith("_") or "__pycache__" in p.parts:
            continue
        if p.suffix == ".py" and p.read_text().startswith("# expect:"):
            out.append(p)
        elif p.suffix == ".ipynb" and p.name.startswith("nb_"):
            out.append(p)
    return out


def nb_to_py(p):
    nb = json.loads(p.read_text())
    lines = []
    for c in nb["cells"]:
        if c["cell_type"] != "code":
            continue
        src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for ln in src.splitlines():
            lines.append("" if ln.lstrip().startswith(("%", "!")) else ln)
        lines.append("")
    tmp = p.with_name("_nbrun_" + p.stem + ".py")
    tmp.write_text("\n".join(lines) + "\n")
    return tmp


def label_of(p):
    if p.suffix == ".ipynb":
        nb = json.loads(p.read_text())
        c = [c for c in nb["cells"] if c["cell_type"] == "code"][0]
        first = ("".join(c["source"]) if isinstance(c["source"], list) else c["source"]).splitlines()[0]
    else:
        first = p.read_text().splitlines()[0]
    return first.split(":", 1)[1].strip()


def program_files(p):
    rel = p.relative_to(ROOT)
    if len(rel.parts) == 1:
        return [p]
    d = ROOT / rel.parts[0]
    return [f for f in d.rglob("*") if f.suffix in (".py", ".ipynb") and not f.name.startswith("_nbrun_")]


def run(p, guard):
    tgt = nb_to_py(p) if p.suffix == ".ipynb" else p
    cmd = [PY, "-m", "torchmode.guard", tgt.name] if guard else [PY, tgt.name]
    try:
        r = subprocess.run(cmd, cwd=tgt.parent, capture_output=True, text=True, timeout=120)
        return tgt, r.returncode, r.stdout + r.stderr
    except subprocess.TimeoutExpired:
        return tgt, -9, "TIMEOUT"


def main(sel=None):
    bad = 0
    rows = []
    for p in entries():
        rel = str(p.relative_to(ROOT))
        if sel and not any(s in rel for s in sel):
            continue
        want = label_of(p)
        tgt, rc, out = run(p, True)
        rule = None
        for k, m in MSG.items():
            ms = m if isinstance(m, tuple) else (m,)
            if rc != 0 and any(x in out for x in ms):
                rule = k
        got = "crash" if rule else ("clean" if rc == 0 else "error")
        problems = []
        if got != want:
            problems.append(f"label want={want} got={got}")
        markers = []
        for f in program_files(p):
            for i, ln in enumerate(f.read_text().splitlines(), 1):
                for m in re.findall(r"# (TM00\d)-here", ln):
                    markers.append((f, i, m))
        if got == "crash":
            frames = [(Path(a), int(b)) for a, b in re.findall(r'File "([^"]+)", line (\d+)', out)]
            own = [(f if f.is_absolute() else tgt.parent / f, n) for f, n in frames if not str(f).startswith("<")]
            own = [(f.resolve(), n) for f, n in own if str(f.resolve()).startswith(str(ROOT)) and f.exists()]
            if not own:
                problems.append("no own frame")
            else:
                f, n = own[-1]
                line = f.read_text().splitlines()[n - 1]
                if rule == "TM002":
                    # marker goes on the transform call line: any own frame of the traceback
                    if not any(f"# {rule}-here" in g.read_text().splitlines()[k - 1] for g, k in own):
                        problems.append(f"TM002 marker not on any own frame; innermost {f.name}:{n}")
                elif f"# {rule}-here" not in line:
                    problems.append(f"marker missing at {f.name}:{n}: {line.strip()[:80]}")
            if len(markers) != 1:
                problems.append(f"{len(markers)} markers")
        elif markers:
            problems.append("marker in clean program")
        t2, rc2, out2 = run(p, False)
        if rc2 != 0:
            problems.append("plain python failed: " + out2[-300:])
        if tgt.name.startswith("_nbrun_"):
            tgt.unlink()
        if got == "error" or problems:
            problems.append(out[-600:])
        bad += bool(problems)
        rows.append((rel, want, got, rule))
        print(("OK  " if not problems else "BAD ") + f"{rel} {want}/{got} {rule or ''}", flush=True)
        for pr in problems:
            print("     " + pr)
    print(f"{len(rows)} programs, {bad} bad")
    from collections import Counter
    print(Counter((w, r) for _, w, g, r in rows))


if __name__ == "__main__":
    main(sys.argv[1:])
