"""Label checker for holdout26: runs every entry under the runtime guard and plain python."""
import json, os, re, subprocess, sys, pathlib

PY = "/work/main/.venv/bin/python"
ROOT = pathlib.Path(__file__).resolve().parent
MSG = {
    "TM001": ["cudnn RNN backward can only be called in training mode"],
    "TM002": ["Cannot access storage of TensorWrapper", "doesn't have storage"],
    "TM003": ["the derivative for '_cudnn_rnn_backward' is not implemented"],
}

def entries():
    out = []
    for p in sorted(ROOT.rglob("*")):
        if "__pycache__" in p.parts or p.name.startswith("_nbrun_"):
            continue
        if p.suffix == ".py" and p.name != "check_labels.py":
            first = p.read_text().split("\n", 1)[0]
            if first.startswith("# expect:"):
                out.append(p)
        elif p.suffix == ".ipynb" and p.name.startswith("nb_"):
            out.append(p)
    return out

def nb_to_script(p):
    nb = json.loads(p.read_text())
    lines = []
    for c in nb["cells"]:
        if c["cell_type"] != "code":
            continue
        src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for ln in src.split("\n"):
            if ln.lstrip().startswith(("%", "!")):
                lines.append("pass  # magic dropped")
            else:
                lines.append(ln)
        lines.append("")
    tmp = p.parent / ("_nbrun_" + p.stem + ".py")
    tmp.write_text("\n".join(lines))
    return tmp

def program_files(entry):
    # the program is the entry's folder if it is a mini-project, else the entry alone
    if entry.parent != ROOT:
        d = entry.parent
        while d.parent != ROOT:
            d = d.parent
        return [f for f in d.rglob("*") if f.suffix in (".py", ".ipynb") and not f.name.startswith("_nbrun_")]
    return [entry]

def run(cmd, cwd):
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
        return r.returncode, r.stdout + r.stderr
    except subprocess.TimeoutExpired:
        return -9, "TIMEOUT"

def main():
    sel = sys.argv[1:]
    bad = 0
    for e in entries():
        rel = e.relative_to(ROOT)
        if sel and not any(str(rel).startswith(s) for s in sel):
            continue
        if e.suffix == ".ipynb":
            nb = json.loads(e.read_text())
            first = "".join(next(c for c in nb["cells"] if c["cell_type"] == "code")["source"]).split("\n", 1)[0]
            script = nb_to_script(e)
        else:
            first = e.read_text().split("\n", 1)[0]
            script = e
        label = first.split(":", 1)[1].strip()
        try:
            rc_g, out_g = run([PY, "-m", "torchmode.guard", script.name], script.parent)
            rc_p, out_p = run([PY, script.name], script.parent)
        finally:
            if e.suffix == ".ipynb":
                script.unlink()
        problems = []
        if rc_p != 0:
            problems.append("plain python failed: " + out_p[-400:])
        markers = []
        for f in program_files(e):
            for i, ln in enumerate(f.read_text().split("\n"), 1):
                m = re.search(r"# (TM00\d)-here", ln)
                if m:
                    markers.append((f, i, m.group(1)))
        measured = "clean" if rc_g == 0 else "crash"
        rule = None
        if rc_g != 0:
            tail = out_g[out_g.rfind("Traceback (most recent call last)"):]
            for k, v in MSG.items():
                if any(s in tail for s in v):
                    rule = k
            if rule is None:
                problems.append("guard failed with other error: " + out_g[-600:])
            else:
                # innermost frame in program's files
                frames = re.findall(r'File "([^"]+)", line (\d+)', out_g)
                mine = []
                for fn, ln in frames:
                    fp = (script.parent / fn).resolve()
                    if not fn.startswith("<") and str(fp).startswith(str(ROOT)) and "site-packages" not in fn:
                        mine.append((fp, int(ln)))
                if not mine:
                    problems.append("no own frame")
                else:
                    def line_of(fp, ln):
                        if e.suffix == ".ipynb":
                            t = nb_to_script(e)
                            txt = t.read_text().split("\n")
                            t.unlink()
                        else:
                            txt = fp.read_text().split("\n")
                        return txt[ln - 1]
                    # TM001/TM003: innermost own frame; TM002: the transform call, somewhere in the own frames
                    cands = mine if rule == "TM002" else mine[-1:]
                    if not any(f"# {rule}-here" in line_of(fp, ln) for fp, ln in cands):
                        fp, ln = mine[-1]
                        problems.append(f"marker not on expected frame {fp.name}:{ln}: {line_of(fp, ln).strip()}")
            if len(markers) != 1:
                problems.append(f"{len(markers)} markers")
        else:
            if markers:
                problems.append("clean program has markers")
        if measured != label:
            problems.append(f"label {label} but measured {measured}")
        status = "OK " if not problems else "BAD"
        if problems:
            bad += 1
        print(f"{status} {rel} label={label} measured={measured} rule={rule}" + ("".join("\n    " + p for p in problems)), flush=True)
    print("bad:", bad)

if __name__ == "__main__":
    main()
