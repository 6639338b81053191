"""Label checker for holdout50c: runs each notebook under the torchmode guard and as plain Python.

Plain run: the code cells are executed in document order in one namespace, with `%`/`!` magic lines dropped,
from the notebook's own folder (so sibling .py modules import). Guard run: `python -m torchmode.guard nb.ipynb`
from the notebook's folder. Prints one line per notebook: expected label, guard outcome, plain outcome.
"""
import json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
PY = sys.executable
MSGS = {"TM001": "cudnn RNN backward can only be called in training mode",
        "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
        "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented"}

PLAIN = r'''
import json, sys, os
nb = json.load(open(sys.argv[1]))
sys.path.insert(0, os.getcwd())
ns = {"__name__": "__main__"}
for i, c in enumerate(nb["cells"]):
    if c["cell_type"] != "code": continue
    src = "".join(l for l in "".join(c["source"]).splitlines(True) if not l.lstrip().startswith(("%", "!")))
    exec(compile(src, f"<cell {i}>", "exec"), ns)
print("PLAIN-OK")
'''

def run(nb):
    cwd = nb.parent
    first = next(c for c in json.load(open(nb))["cells"] if c["cell_type"] == "code")
    m = re.match(r"# expect: (crash|clean)", "".join(first["source"]))
    label = m.group(1) if m else "?"
    g = subprocess.run([PY, "-m", "torchmode.guard", nb.name], cwd=cwd, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, "-c", PLAIN, nb.name], cwd=cwd, capture_output=True, text=True, timeout=120)
    out = g.stdout + g.stderr
    rule = next((r for r, msg in MSGS.items() if any(s in out for s in ((msg,) if isinstance(msg, str) else msg))), None)
    guard = f"crash:{rule}" if g.returncode and rule else ("clean" if g.returncode == 0 else "error")
    plain = "ok" if p.returncode == 0 and "PLAIN-OK" in p.stdout else "FAIL"
    ok = (label == "crash" and guard.startswith("crash")) or (label == "clean" and guard == "clean")
    # the marker: on the innermost traceback frame that is in the program's own files
    frames = re.findall(r'File "([^"]+)", line (\d+), in [^\n]*\n(?:    ([^\n]*)\n)?', out)
    own = [f for f in frames if "site-packages" not in f[0] and "/torchmode/" not in f[0] and not f[0].startswith("<frozen")]
    texts = [json.dumps(json.load(open(nb))["cells"])] + [q.read_text() for q in cwd.glob("*.py")]
    n_markers = sum(len(re.findall(r"# TM00\d-here", t)) for t in texts)
    if label == "crash" and ok:
        # TM001/TM003: the innermost own frame; TM002: the transform call line, an outer own frame
        lines = [f[2] for f in own] if rule == "TM002" else [own[-1][2] if own else ""]
        marker_ok = any(f"# {rule}-here" in line for line in lines) and n_markers == 1
        if not marker_ok:
            print(f"   marker problem: innermost own frame {own[-1][:2] if own else None}: {line!r}; markers {n_markers}")
        ok = ok and marker_ok
    print(f"{'OK ' if ok and plain == 'ok' else 'BAD'} {nb.relative_to(HERE)}: expect {label}, guard {guard}, plain {plain}")
    if not ok or plain != "ok" or "-v" in sys.argv:
        print("   guard tail:", out[-1500:].replace("\n", "\n   "))
        if plain != "ok": print("   plain tail:", (p.stdout + p.stderr)[-800:])
    return ok and plain == "ok"

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    nbs = [pathlib.Path(a).resolve() for a in args] or sorted(HERE.rglob("nb_*.ipynb"))
    res = [run(n) for n in nbs]
    print(f"{sum(res)}/{len(res)} ok")
