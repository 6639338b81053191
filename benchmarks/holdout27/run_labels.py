"""Label checker for holdout27: runs every entry under the runtime guard and plain python.

Usage: python run_labels.py [name-filter]
Notebooks: code cells concatenated in order, `%`/`!` lines blanked, written to a temporary
script beside the notebook (deleted afterwards).
"""
import json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.abspath(__file__))
MSG = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    out = []
    for dirpath, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            if f.endswith(".ipynb") and f.startswith("nb_"):
                out.append(p)
            elif f.endswith(".py") and f != "run_labels.py" and not f.startswith("_nbrun_"):
                with open(p) as fh:
                    if fh.readline().startswith("# expect:"):
                        out.append(p)
    return out


def nb_to_script(p):
    nb = json.load(open(p))
    lines = []
    first = None
    for c in nb["cells"]:
        if c["cell_type"] != "code":
            continue
        src = "".join(c["source"])
        if first is None:
            first = src.splitlines()[0]
        for ln in src.splitlines():
            lines.append("" if ln.lstrip().startswith(("%", "!")) else ln)
        lines.append("")
    tmp = os.path.join(os.path.dirname(p), "_nbrun_" + os.path.basename(p)[:-6] + ".py")
    open(tmp, "w").write("\n".join(lines) + "\n")
    return tmp, first


def own_frames(tb, folder):
    frames = []
    for m in re.finditer(r'File "([^"]+)", line (\d+)', tb):
        path = m.group(1)
        full = path if os.path.isabs(path) else os.path.join(folder, path)
        full = os.path.abspath(full)
        if full.startswith(folder + os.sep) and (os.path.exists(full) or os.path.basename(full).startswith("_nbrun_")):
            frames.append((full, int(m.group(2))))
    return frames


def check(p):
    folder = os.path.dirname(p)
    is_nb = p.endswith(".ipynb")
    if is_nb:
        script, first = nb_to_script(p)
    else:
        script, first = p, open(p).readline()
    want = "crash" if "expect: crash" in first else "clean" if "expect: clean" in first else "?"
    res = {"path": os.path.relpath(p, ROOT), "want": want}
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    try:
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(script)], cwd=folder,
                           capture_output=True, text=True, timeout=300, env=env)
        pl = subprocess.run([PY, os.path.basename(script)], cwd=folder, capture_output=True, text=True,
                            timeout=300, env=env)
    finally:
        if is_nb:
            os.remove(script)
    res["plain_rc"] = pl.returncode
    if pl.returncode != 0:
        res["plain_err"] = pl.stderr[-600:]
    got, rule = ("clean", None) if g.returncode == 0 else ("other", None)
    for r, m in MSG.items():
        ms = m if isinstance(m, tuple) else (m,)
        if g.returncode != 0 and any(x in g.stderr for x in ms):
            got, rule = "crash", r
    res["got"], res["rule"] = got, rule
    if got == "other":
        res["guard_err"] = g.stderr[-800:]
    # markers
    if is_nb:
        nb = json.load(open(p))
        text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
        marks = re.findall(r"# (TM00\d)-here", text)
        if folder != ROOT:
            for f in sorted(os.listdir(folder)):
                if f.endswith(".py") and not f.startswith("_nbrun_"):
                    marks += re.findall(r"# (TM00\d)-here", open(os.path.join(folder, f)).read())
    else:
        base = folder if folder != ROOT else None
        files = [p] if base is None else [os.path.join(d, f) for d, _, fs in os.walk(base) for f in fs if f.endswith(".py")]
        marks = []
        for f in files:
            marks += re.findall(r"# (TM00\d)-here", open(f).read())
    res["marks"] = marks
    ok = got == want and pl.returncode == 0
    if got == "crash":
        fr = own_frames(g.stderr, folder)
        if is_nb:
            # the temp script is gone; re-create to read its lines
            s2, _ = nb_to_script(p)
            txt = open(s2).read().splitlines(); os.remove(s2)
            def read_line(f, n):
                if os.path.basename(f) == os.path.basename(s2):
                    return txt[n - 1]
                return open(f).read().splitlines()[n - 1]
            line = read_line(*fr[-1]) if fr else ""
        else:
            line = open(fr[-1][0]).read().splitlines()[fr[-1][1] - 1] if fr else ""
        res["innermost"] = line.strip()
        if rule == "TM002":  # marker sits on the transform call, which is any own frame
            if is_nb:
                lines = [read_line(f, n) for f, n in fr]
            else:
                lines = [open(f).read().splitlines()[n - 1] for f, n in fr]
            line = next((l for l in lines if "# TM002-here" in l), line)
            res["innermost"] = line.strip()
        ok = ok and f"# {rule}-here" in line and marks == [rule]
    else:
        ok = ok and marks == []
    res["ok"] = ok
    return res


if __name__ == "__main__":
    flt = sys.argv[1] if len(sys.argv) > 1 else ""
    es = [e for e in entries() if flt in e]
    with ThreadPoolExecutor(2) as ex:
        results = list(ex.map(check, es))
    bad = 0
    for r in results:
        tag = "OK " if r["ok"] else "BAD"
        bad += not r["ok"]
        print(tag, r["path"], "want", r["want"], "got", r["got"], r["rule"] or "", "plain", r["plain_rc"])
        if not r["ok"]:
            for k in ("innermost", "marks", "guard_err", "plain_err"):
                if k in r:
                    print("   ", k, ":", r[k])
    print(f"{len(results)} entries, {bad} bad")
    json.dump(results, open(os.path.join("/tmp", "holdout27_results.json"), "w"), indent=1)
