"""Run every notebook under the guard and under plain Python; compare with its `# expect:` line.

usage: python tools/label_all.py [NAME_SUBSTRING]
"""
import glob
import json
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def rule_of(text):
    for rule, m in MSGS.items():
        ms = (m,) if isinstance(m, str) else m
        if any(s in text for s in ms):
            return rule
    return None


def main():
    pat = sys.argv[1] if len(sys.argv) > 1 else ""
    nbs = sorted(glob.glob(os.path.join(HERE, "**", "nb_*.ipynb"), recursive=True))
    bad = 0
    for nb in nbs:
        if pat not in nb:
            continue
        folder = os.path.dirname(nb)
        cells = json.load(open(nb))["cells"]
        first = next(c for c in cells if c["cell_type"] == "code")
        m = re.search(r"# expect: (crash|clean)", "".join(first["source"]))
        expect = m.group(1) if m else "?"
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(nb)], cwd=folder,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.join(HERE, "tools", "run_nb.py"), nb], cwd=folder,
                           capture_output=True, text=True, timeout=120)
        out = g.stdout + g.stderr
        rule = rule_of(out) if g.returncode else None
        got = "crash" if rule else ("clean" if g.returncode == 0 else "ERROR")
        # markers: in the notebook and in .py files beside it
        texts = ["".join(c["source"]) for c in cells] + [open(f).read() for f in (glob.glob(os.path.join(folder, "*.py")) if folder == HERE else glob.glob(os.path.join(folder, "**", "*.py"), recursive=True))]
        markers = sum(len(re.findall(r"# TM00\d-here", t)) for t in texts)
        ok = got == expect and p.returncode == 0
        if got == "crash":
            mk = re.findall(r"# (TM00\d)-here", "\n".join(texts))
            ok = ok and mk == [rule]
        else:
            # notebook + its own siblings: a clean notebook has no marker in the notebook itself
            ok = ok and not any(re.search(r"# TM00\d-here", "".join(c["source"])) for c in cells)
            if folder != HERE:
                ok = ok and markers == 0
        bad += not ok
        print(f"{'OK ' if ok else 'BAD'} {os.path.relpath(nb, HERE):60s} expect={expect:5s} guard={got}({rule}) plain_rc={p.returncode} markers={markers}")
        if not ok:
            print("   guard tail:", out.strip().splitlines()[-3:] if out.strip() else "")
            print("   plain tail:", (p.stdout + p.stderr).strip().splitlines()[-3:])
        if got == "crash":
            # innermost frame in the program's own files
            frames = re.findall(r'File "([^"]+)", line (\d+)', out)
            own = [(f, l) for f, l in frames if "site-packages" not in f and "torchmode" not in f and "<frozen" not in f]
            cands = own[-1:] if rule != "TM002" else own
            where, hit = (own[-1] if own else None), False
            for f, l in cands:
                l = int(l)
                mm = re.match(r"(.*\.ipynb):cell (\d+)$", f)
                if mm:
                    line = "".join(cells[int(mm.group(2)) - 1]["source"]).splitlines()[l - 1]
                else:
                    line = open(os.path.join(folder, f)).read().splitlines()[l - 1]
                if f"# {rule}-here" in line:
                    hit, where = True, (f, l)
            print("   innermost own frame:", where, "marker on it" if hit else "MARKER MISSING THERE")
    print("bad:", bad)


if __name__ == "__main__":
    main()
