"""Label check: run every entry under the guard and under plain python, compare with `# expect:`."""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = os.environ.get("PY", sys.executable)
NBRUN = os.path.join(ROOT, "_tools", "nbrun.py")
MSG = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def first_line(path):
    if path.endswith(".ipynb"):
        nb = json.load(open(path))
        for c in nb["cells"]:
            if c["cell_type"] == "code":
                src = "".join(c["source"])
                return src.splitlines()[0] if src else ""
        return ""
    with open(path) as fh:
        return fh.readline()


def entries(only=None):
    out = []
    for d, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(x for x in dirs if not x.startswith(("_", ".")) and x != "__pycache__")
        for f in sorted(files):
            if f.endswith((".py", ".ipynb")):
                p = os.path.join(d, f)
                if first_line(p).startswith("# expect:"):
                    out.append(p)
    if only:
        out = [p for p in out if any(o in p for o in only)]
    return sorted(out)


def markers(folder):
    found = []
    for d, dirs, files in os.walk(folder):
        for f in files:
            p = os.path.join(d, f)
            if f.endswith(".py"):
                for i, line in enumerate(open(p), 1):
                    m = re.search(r"# (TM00\d)-here", line)
                    if m:
                        found.append((p, i, m.group(1)))
            elif f.endswith(".ipynb"):
                nb = json.load(open(p))
                k = 0
                for ci, c in enumerate(nb["cells"]):
                    if c["cell_type"] != "code":
                        continue
                    for i, line in enumerate("".join(c["source"]).splitlines(), 1):
                        m = re.search(r"# (TM00\d)-here", line)
                        if m:
                            found.append((f"{p}#cell{k}", i, m.group(1)))
                    k += 1
    return found


def run(path, guard):
    folder, name = os.path.split(path)
    if name.endswith(".ipynb"):
        cmd = [PY] + (["-m", "torchmode.guard"] if guard else []) + [NBRUN, name]
    else:
        cmd = [PY] + (["-m", "torchmode.guard"] if guard else []) + [name]
    p = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout + p.stderr


def own_frames(tb, folder):
    frames = re.findall(r'File "([^"]+)", line (\d+)', tb)
    own = []
    for f, ln in frames:
        full = f if os.path.isabs(f) else os.path.join(folder, f)
        full = os.path.normpath(full)
        if full.startswith(ROOT) and "_tools" not in full:
            own.append((full, int(ln)))
    return own


def innermost_own(tb, folder):
    frames = re.findall(r'File "([^"]+)", line (\d+)', tb)
    own = []
    for f, ln in frames:
        full = f if os.path.isabs(f) else os.path.join(folder, f)
        full = os.path.normpath(full)
        if full.startswith(ROOT) and "_tools" not in full:
            own.append((full, int(ln)))
    return own[-1] if own else None


def main():
    only = sys.argv[1:]
    bad = 0
    for path in entries(only):
        rel = os.path.relpath(path, ROOT)
        expect = first_line(path).split(":", 1)[1].strip()
        folder = os.path.dirname(path)
        proj = folder if folder != ROOT else None
        rc_g, out_g = run(path, True)
        rc_p, out_p = run(path, False)
        rule = None
        for r, msg in MSG.items():
            msgs = msg if isinstance(msg, tuple) else (msg,)
            if rc_g != 0 and any(m in out_g for m in msgs):
                rule = r
        got = "crash" if rule else ("clean" if rc_g == 0 else "error")
        problems = []
        if got != expect:
            problems.append(f"guard gives {got}")
        if rc_p != 0:
            problems.append("plain python fails: " + out_p.strip().splitlines()[-1][:200])
        mk = markers(proj) if proj else [(m[0], m[1], m[2]) for m in markers(ROOT) if m[0] == path or m[0].startswith(path + "#")]
        if proj is None:
            mk = []
            for m in markers_file(path):
                mk.append(m)
        if got == "crash":
            inner = innermost_own(out_g, folder)
            if len(mk) != 1:
                problems.append(f"{len(mk)} markers")
            else:
                mp, ml, mr = mk[0]
                if mr != rule:
                    problems.append(f"marker {mr} but rule {rule}")
                if inner is None:
                    problems.append("no own frame")
                else:
                    ip, il = inner
                    mp_file = mp.split("#cell")[0]
                    # notebooks: frames are '<nb>#cellK'; compare raw
                    if "#cell" in mp:
                        raw = re.findall(r'File "([^"]+#cell\d+)", line (\d+)', out_g)
                        if not raw or (os.path.basename(raw[-1][0]) != os.path.basename(mp) or int(raw[-1][1]) != ml):
                            problems.append(f"marker {os.path.basename(mp)}:{ml} vs frame {raw[-1] if raw else None}")
                    elif rule == "TM002":
                        # TM002: the marker goes on the transform call line, which must be a frame
                        if (os.path.normpath(mp_file), ml) not in own_frames(out_g, folder):
                            problems.append(f"TM002 marker {os.path.relpath(mp, ROOT)}:{ml} not on a traceback frame")
                    elif (os.path.normpath(mp_file), ml) != (ip, il):
                        problems.append(f"marker {os.path.relpath(mp, ROOT)}:{ml} vs frame {os.path.relpath(ip, ROOT)}:{il}")
        elif mk:
            problems.append(f"{len(mk)} markers in a {got} program")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {rel:60s} {expect:5s} {got:5s} {rule or '-':5s} {'; '.join(problems)}", flush=True)
        if problems and got == "error":
            print("   ", out_g.strip().splitlines()[-1][:300])
    print(f"{bad} bad")


def markers_file(path):
    found = []
    if path.endswith(".py"):
        for i, line in enumerate(open(path), 1):
            m = re.search(r"# (TM00\d)-here", line)
            if m:
                found.append((path, i, m.group(1)))
    else:
        nb = json.load(open(path))
        k = 0
        for c in nb["cells"]:
            if c["cell_type"] != "code":
                continue
            for i, line in enumerate("".join(c["source"]).splitlines(), 1):
                m = re.search(r"# (TM00\d)-here", line)
                if m:
                    found.append((f"{path}#cell{k}", i, m.group(1)))
            k += 1
    return found


if __name__ == "__main__":
    main()
