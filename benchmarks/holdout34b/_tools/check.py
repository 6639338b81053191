"""Label checker: runs every entry under the guard and plain python, compares with
'# expect:' and the TMxxx-here marker (innermost own-file frame of the guard traceback)."""
import glob, json, os, re, subprocess, sys

PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NBRUN = os.path.join(ROOT, "_tools", "nbrun.py")
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}


def entries():
    out = []
    for p in sorted(os.listdir(ROOT)):
        full = os.path.join(ROOT, p)
        if p.startswith(("_", ".")) or p == "README.md":
            continue
        if os.path.isdir(full):
            cands = [f for f in os.listdir(full) if f.endswith((".py", ".ipynb"))
                     and first_line(os.path.join(full, f)).startswith("# expect:")]
            assert len(cands) == 1, (p, cands)
            out.append(os.path.join(full, cands[0]))
        elif p.endswith((".py", ".ipynb")):
            out.append(full)
    return out


def first_line(f):
    if f.endswith(".ipynb"):
        nb = json.load(open(f))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        return "".join(code[0]["source"]).split("\n")[0] if code else ""
    return open(f).readline().strip()


def cmd(entry, guard):
    base = [PY, "-m", "torchmode.guard"] if guard else [PY]
    if entry.endswith(".ipynb"):
        return base + [NBRUN, os.path.basename(entry)]
    return base + [os.path.basename(entry)]


def nb_lines(entry):
    nb = json.load(open(entry))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    return {f"<{os.path.basename(entry)} cell {i}>": "".join(c["source"]).split("\n") for i, c in enumerate(code)}


def main():
    only = sys.argv[1:]
    bad = 0
    for e in entries():
        rel = os.path.relpath(e, ROOT)
        if only and not any(rel.startswith(o) for o in only):
            continue
        folder = os.path.dirname(e)
        exp = first_line(e).split(":", 1)[1].strip()
        g = subprocess.run(cmd(e, True), cwd=folder, capture_output=True, text=True, timeout=120)
        p = subprocess.run(cmd(e, False), cwd=folder, capture_output=True, text=True, timeout=120)
        tb = g.stderr
        rule = None
        if g.returncode != 0:
            for r, m in MSG.items():
                ms = m if isinstance(m, tuple) else (m,)
                tail = tb[tb.rfind("Traceback"):]
                last_frame = tail.rfind('File "')
                if any(x in tail[last_frame:] for x in ms):
                    rule = r
        measured = "crash" if rule else ("clean" if g.returncode == 0 else "ERROR")
        # innermost own frame
        frames = re.findall(r'File "([^"]+)", line (\d+)', tb)
        own = None
        owns = []
        for f, ln in frames:
            if f.startswith("<nb_") or (os.path.abspath(os.path.join(folder, f)).startswith(ROOT) and "_tools" not in f):
                own = (f, int(ln))
                owns.append((f if f.startswith("<") else os.path.abspath(os.path.join(folder, f)), int(ln)))
        markers = []
        files = [e] if not os.path.isdir(folder) or folder == ROOT else glob.glob(folder + "/**/*.py", recursive=True) + glob.glob(folder + "/*.ipynb")
        if folder == ROOT:
            files = [e]
        for f in files:
            if f.endswith(".ipynb"):
                for name, ls in nb_lines(f).items():
                    for i, l in enumerate(ls, 1):
                        if re.search(r"# TM00\d-here", l):
                            markers.append((name, i, re.search(r"TM00\d", l).group()))
            else:
                for i, l in enumerate(open(f), 1):
                    if re.search(r"# TM00\d-here", l):
                        markers.append((os.path.abspath(f), i, re.search(r"TM00\d", l).group()))
        ok = measured == exp and p.returncode == 0
        if measured == "crash":
            own_abs = own and (own[0] if own[0].startswith("<") else os.path.abspath(os.path.join(folder, own[0])))
            if rule == "TM002":
                ok = ok and len(markers) == 1 and markers[0][:2] in owns and markers[0][2] == rule
            else:
                ok = ok and len(markers) == 1 and own_abs == markers[0][0] and own[1] == markers[0][1] and markers[0][2] == rule
        else:
            ok = ok and not markers
        bad += not ok
        print(f"{'OK ' if ok else 'BAD'} {rel:60s} exp={exp:5s} got={measured:5s} rule={rule} plain_rc={p.returncode} own={own} markers={markers}")
        if not ok:
            print(tb[-1500:], p.stderr[-800:])
    print("bad:", bad)


if __name__ == "__main__":
    main()
