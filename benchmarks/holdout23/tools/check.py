"""Label every program by running it under the guard and under plain python; verify markers."""
import json
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NBRUN = os.path.join(ROOT, "tools", "nbrun.py")
MSGS = {
    "TM001": ["can only be called in training mode"],
    "TM002": ["Cannot access storage of TensorWrapper", "doesn't have storage"],
    "TM003": ["the derivative for '_cudnn_rnn_backward' is not implemented"],
}


def first_line(path):
    try:
        with open(path) as fh:
            return fh.readline().strip()
    except (OSError, UnicodeDecodeError):
        return ""


def nb_cells(path):
    nb = json.load(open(path))
    out = {}
    for i, c in enumerate(nb["cells"]):
        if c["cell_type"] == "code":
            s = c["source"]
            out[i] = "".join(s) if isinstance(s, list) else s
    return out


def entries():
    res = []
    for name in sorted(os.listdir(ROOT)):
        p = os.path.join(ROOT, name)
        if name in ("tools",) or name.startswith((".", "_")):
            continue
        if name.endswith(".py") and first_line(p).startswith("# expect:"):
            res.append(("script", p, p))
        elif name.startswith("nb_") and name.endswith(".ipynb"):
            res.append(("notebook", p, p))
        elif os.path.isdir(p):
            found = []
            for dp, dn, fn in os.walk(p):
                dn[:] = [d for d in dn if d != "__pycache__"]
                for f in fn:
                    fp = os.path.join(dp, f)
                    if f.endswith(".py") and first_line(fp).startswith("# expect:"):
                        found.append(("project", fp, p))
                    elif f.startswith("nb_") and f.endswith(".ipynb"):
                        found.append(("notebook", fp, p))
            if len(found) != 1:
                print("BAD PROJECT", p, found)
            res.extend(found)
    return res


def expected(kind, path):
    if kind == "notebook":
        cells = nb_cells(path)
        return cells[min(cells)].splitlines()[0].strip()
    return first_line(path)


def program_sources(kind, path, root):
    """map 'key' -> list of lines; key is abspath or 'nb::cellN'."""
    out = {}
    files = []
    if os.path.isdir(root):
        for dp, dn, fn in os.walk(root):
            for f in fn:
                files.append(os.path.join(dp, f))
    else:
        files = [root]
    for f in files:
        if f.endswith(".py"):
            out[os.path.abspath(f)] = open(f).read().splitlines()
        elif f.endswith(".ipynb"):
            for i, src in nb_cells(f).items():
                out[f"{os.path.basename(f)}::cell{i}"] = src.splitlines()
    return out


def run(kind, path, guard):
    cwd = os.path.dirname(path)
    base = os.path.basename(path)
    if kind == "notebook":
        cmd = [PY, "-m", "torchmode.guard", NBRUN, base] if guard else [PY, NBRUN, base]
    else:
        cmd = [PY, "-m", "torchmode.guard", base] if guard else [PY, base]
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return 999, "TIMEOUT", cwd
    return p.returncode, p.stderr, cwd


def main():
    only = sys.argv[1:]
    rows = []
    ok_all = True
    for kind, path, root in entries():
        rel = os.path.relpath(path, ROOT)
        if only and not any(o in rel for o in only):
            continue
        exp = expected(kind, path)
        rc, err, cwd = run(kind, path, True)
        prc, perr, _ = run(kind, path, False)
        last = err.strip()[-700:]
        rule = None
        if rc == 0:
            measured = "clean"
        else:
            measured = "other"
            for r, ms in MSGS.items():
                if any(m in last for m in ms) and rule is None:
                    measured, rule = "crash", r
        srcs = program_sources(kind, path, root)
        markers = [(k, i + 1, m) for k, lines in srcs.items() for i, ln in enumerate(lines)
                   for m in re.findall(r"# (TM00\d)-here", ln)]
        problems = []
        if f"# expect: {measured}" != exp:
            problems.append(f"label {exp!r} vs measured {measured} ({last[-150:]!r})")
        if prc != 0:
            problems.append("plain python failed: " + (perr.strip().splitlines() or ["?"])[-1][:150])
        if measured == "crash":
            frames = re.findall(r'File "([^"]+)", line (\d+)', err)
            own = None
            own_all = []
            for f, ln in frames:
                key = f if "::cell" in f else os.path.abspath(os.path.join(cwd, f))
                if key in srcs:
                    own = (key, int(ln))
                    own_all.append(own)
            # TM002: the marker sits on the transform call line, an outer own frame
            if rule == "TM002" and len(markers) == 1 and markers[0][:2] in own_all:
                own = markers[0][:2]
            if own is None:
                problems.append("no own frame")
            elif len(markers) != 1 or markers[0][2] != rule or markers[0][:2] != own:
                problems.append(f"marker mismatch: innermost {own[0].split('/')[-1]}:{own[1]} markers {[(k.split('/')[-1], l, m) for k, l, m in markers]}")
        elif markers:
            problems.append(f"clean program has markers {markers}")
        status = "OK " if not problems else "BAD"
        ok_all &= not problems
        print(f"{status} {rel:60s} {measured:6s} {rule or '-':6s} {'; '.join(problems)}", flush=True)
        rows.append((rel, measured, rule))
    print("ALL OK" if ok_all else "SOME BAD", len(rows))


if __name__ == "__main__":
    main()
