"""Label checker: runs every entry under the guard and under plain python, checks label and marker line."""
import json, os, re, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/work/main/.venv/bin/python"
MSG = {"TM001": "cudnn RNN backward can only be called in training mode",
       "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
       "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}

def first_line(p):
    if p.endswith(".ipynb"):
        nb = json.load(open(p))
        for c in nb["cells"]:
            if c["cell_type"] == "code":
                s = c["source"]; s = "".join(s) if isinstance(s, list) else s
                return s.split("\n")[0]
        return ""
    with open(p) as f:
        return f.readline()

def entries():
    out = []
    for d, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(x for x in dirs if not x.startswith(("_", ".")))
        for f in sorted(files):
            if f.endswith((".py", ".ipynb")):
                p = os.path.join(d, f)
                if first_line(p).startswith("# expect:"):
                    out.append(p)
    return out

def markers(folder):
    found = []
    for d, dirs, files in os.walk(folder):
        for f in files:
            p = os.path.join(d, f)
            if f.endswith(".py"):
                for i, l in enumerate(open(p), 1):
                    m = re.search(r"# (TM00\d)-here", l)
                    if m: found.append((p, i, m.group(1)))
            elif f.endswith(".ipynb"):
                nb = json.load(open(p)); n = 0
                for c in nb["cells"]:
                    n += 1  # the guard numbers cells counting markdown ones too
                    if c["cell_type"] != "code": continue
                    s = c["source"]; s = "".join(s) if isinstance(s, list) else s
                    for i, l in enumerate(s.split("\n"), 1):
                        m = re.search(r"# (TM00\d)-here", l)
                        if m: found.append((p + f"#cell{n}", i, m.group(1)))
    return found

def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr

def frames(tb, folder):
    fr = []
    for m in re.finditer(r'File "([^"]+)", line (\d+)', tb):
        f = re.sub(r"\.ipynb:cell (\d+)$", r".ipynb#cell\1", m.group(1))
        fa = os.path.abspath(os.path.join(folder, f)) if not f.startswith("<") else f
        if fa.startswith(ROOT) and "/_tools/" not in fa:
            fr.append((fa, int(m.group(2))))
    return fr

def main(sel=None):
    bad = 0
    for p in entries():
        if sel and not any(s in p for s in sel): continue
        rel = os.path.relpath(p, ROOT)
        folder = os.path.dirname(p)
        proj = folder if folder != ROOT else None
        label = first_line(p).split(":", 1)[1].strip()
        isnb = p.endswith(".ipynb")
        rc_g, out_g = run([PY, "-m", "torchmode.guard", os.path.basename(p)], folder)
        plain = [PY, os.path.join(ROOT, "_tools", "run_notebook.py"), os.path.basename(p)] if isnb else [PY, os.path.basename(p)]
        rc_p, out_p = run(plain, folder)
        rule = None
        for k, v in MSG.items():
            if any(x in out_g for x in ((v,) if isinstance(v, str) else v)):
                rule = k
        measured = "crash" if rc_g != 0 else "clean"
        probs = []
        if rc_p != 0: probs.append("plain python failed: " + out_p.strip().splitlines()[-1][:200])
        if measured != label: probs.append(f"label {label} measured {measured}")
        if rc_g != 0 and rule is None: probs.append("guard failed with other error: " + out_g.strip().splitlines()[-1][:200])
        # markers
        mk = markers(proj) if proj else markers_file(p)
        if measured == "crash" and rule:
            fr = frames(out_g, folder)
            inner = fr[-1] if fr else None
            if len(mk) != 1: probs.append(f"{len(mk)} markers")
            elif inner is None: probs.append("no own frame")
            else:
                mp, ml, mr = mk[0]
                if mr != rule: probs.append(f"marker {mr} but rule {rule}")
                if rule == "TM002":
                    # TM002: the marker sits on the transform call, which must be one of the own frames
                    if (os.path.abspath(mp), ml) not in fr:
                        probs.append(f"TM002 marker at {os.path.relpath(mp, ROOT)}:{ml} not among own frames {fr}")
                elif (os.path.abspath(mp), ml) != inner:
                    probs.append(f"marker at {os.path.relpath(mp, ROOT)}:{ml} but innermost {os.path.relpath(inner[0], ROOT)}:{inner[1]}")
        elif mk and measured == "clean":
            probs.append("clean program has marker")
        status = "OK " if not probs else "BAD"
        if probs: bad += 1
        print(f"{status} {rel:60s} {label:5s} {rule or '-':5s} " + "; ".join(probs), flush=True)
        if probs and os.environ.get("V"):
            print(out_g[-2500:])
    print("bad:", bad)

def markers_file(p):
    tmp = []
    d = os.path.dirname(p)
    for (mp, i, r) in markers(d):
        base = mp.split("#")[0]
        if os.path.abspath(base) == os.path.abspath(p):
            tmp.append((mp, i, r))
    return tmp

if __name__ == "__main__":
    main(sys.argv[1:])
