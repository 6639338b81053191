"""Label every program in holdout21 by running it (guard + plain python).

Usage: python _tools/label.py [name ...]
Prints one line per program: name, expect, guard outcome, plain outcome, marker check.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/work/main/.venv/bin/python"
MSGS = [
    ("TM001", "cudnn RNN backward can only be called in training mode"),
    ("TM002", "Cannot access storage of TensorWrapper"),
    ("TM002", "doesn't have storage"),
    ("TM003", "derivative for '_cudnn_rnn_backward' is not implemented"),
]


def nb_to_script(nb_path):
    nb = json.load(open(nb_path))
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        for line in src.splitlines():
            if line.lstrip().startswith(("%", "!")):
                out.append("pass  # magic dropped")
            else:
                out.append(line)
        out.append("")
    return "\n".join(out) + "\n"


def first_line(path):
    if path.endswith(".ipynb"):
        nb = json.load(open(path))
        for c in nb["cells"]:
            if c["cell_type"] == "code":
                src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                return src.splitlines()[0] if src else ""
        return ""
    with open(path) as f:
        return f.readline()


def programs():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(("_", ".")) or name == "README.md":
            continue
        if os.path.isfile(p) and (name.endswith(".py") or name.endswith(".ipynb")):
            yield name, p, [p]
        elif os.path.isdir(p):
            files, entries = [], []
            for root, dirs, fs in os.walk(p):
                dirs[:] = [d for d in dirs if d != "__pycache__"]
                for f in fs:
                    if f.endswith((".py", ".ipynb")):
                        fp = os.path.join(root, f)
                        files.append(fp)
                        if first_line(fp).startswith("# expect:"):
                            entries.append(fp)
            assert len(entries) == 1, (name, entries)
            yield name, entries[0], files


def count_markers(files):
    n = []
    for f in files:
        txt = open(f).read()
        for m in re.finditer(r"# (TM00\d)-here", txt):
            n.append(m.group(1))
    return n


def run(entry, guard):
    folder = os.path.dirname(entry)
    tmp = None
    target = os.path.basename(entry)
    if entry.endswith(".ipynb"):
        tmp = os.path.join(folder, "_nbrun_" + target[:-6] + ".py")
        with open(tmp, "w") as f:
            f.write(nb_to_script(entry))
        target = os.path.basename(tmp)
    cmd = [PY, "-m", "torchmode.guard", target] if guard else [PY, target]
    try:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        r = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=120, env=env)
        frames = re.findall(r'File "([^"]+)", line (\d+)', r.stderr)
        own = None
        own_lines = []
        for path, ln in frames:
            ap = os.path.abspath(os.path.join(folder, path))
            if ap.startswith(HERE) and "site-packages" not in ap and os.path.isfile(ap):
                own = (ap, int(ln))
                own_lines.append(open(ap).read().splitlines()[int(ln) - 1])
        own_line = own_lines[-1] if own_lines else None
        if "Cannot access storage" in r.stderr or "have storage" in r.stderr:
            # TM002: the marker sits on the transform call, which is an own frame but not the innermost
            hits = [l for l in own_lines if "# TM002-here" in l]
            own_line = hits[-1] if hits else own_line
        return r.returncode, r.stderr, own, own_line
    finally:
        if tmp and os.path.exists(tmp):
            os.remove(tmp)


def main():
    only = set(sys.argv[1:])
    bad = 0
    for name, entry, files in programs():
        if only and name not in only:
            continue
        fl = first_line(entry).strip()
        expect = fl.split(":", 1)[1].strip() if fl.startswith("# expect:") else "?"
        rc, err, own, own_line = run(entry, True)
        if rc == 0:
            g = "clean"
        else:
            g = "other"
            for rule, msg in MSGS:
                if msg in err:
                    g = rule
                    break
        prc, perr, _, _ = run(entry, False)
        plain = "ok" if prc == 0 else "FAIL"
        marks = count_markers(files)
        if g == "clean":
            mk = "ok" if not marks else "STRAY%s" % marks
        elif g.startswith("TM"):
            mk = "ok" if (marks == [g] and own_line and ("# %s-here" % g) in own_line) else "BAD(%s @ %s: %r)" % (marks, own and (os.path.relpath(own[0], HERE), own[1]), own_line)
        else:
            mk = "-"
        want = "crash" if g.startswith("TM") else g
        ok = (want == expect) and plain == "ok" and mk == "ok"
        if not ok:
            bad += 1
        print("%s\t%s\t%s\t%s\t%s\t%s" % ("OK " if ok else "BAD", name, expect, g, plain, mk), flush=True)
        if not ok and (g == "other" or plain == "FAIL"):
            print((err if g == "other" else perr)[-1500:])
    print("bad:", bad)


if __name__ == "__main__":
    main()
