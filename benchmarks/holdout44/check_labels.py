"""Label checker for holdout44: runs every entry under the guard and plain python, compares with `# expect:`
and checks that the TM001 marker sits on the innermost own-file frame of the guard's traceback."""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": "Cannot access storage of TensorWrapper",
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    out = []
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.endswith(".py") and name != "check_labels.py":
            out.append(p)
        elif os.path.isdir(p) and not name.startswith((".", "__")):
            for f in sorted(os.listdir(p)):
                fp = os.path.join(p, f)
                if f.endswith(".py") and open(fp).readline().startswith("# expect:"):
                    out.append(fp)
    return out


def run(args, cwd):
    r = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def main():
    only = sys.argv[1:]
    bad = 0
    counts = {}
    for e in entries():
        rel = os.path.relpath(e, HERE)
        if only and not any(rel.startswith(o) for o in only):
            continue
        cwd = os.path.dirname(e)
        first = open(e).readline().strip()
        expect = first.split(":", 1)[1].strip()
        rc_g, out_g = run([PY, "-m", "torchmode.guard", os.path.basename(e)], cwd)
        rc_p, out_p = run([PY, os.path.basename(e)], cwd)
        rule = None
        for k, m in MSGS.items():
            if m in out_g:
                rule = k
        measured = "crash" if (rc_g != 0 and rule) else ("clean" if rc_g == 0 else "error")
        problems = []
        if rc_p != 0:
            problems.append("plain python failed:\n" + out_p[-1500:])
        if measured == "error":
            problems.append("guard error:\n" + out_g[-1500:])
        if measured != expect:
            problems.append(f"expected {expect}, measured {measured}")
        # markers
        folder = cwd if cwd != HERE else None
        files = []
        if folder:
            for root, _, fs in os.walk(folder):
                files += [os.path.join(root, f) for f in fs if f.endswith(".py")]
        else:
            files = [e]
        marks = []
        for f in files:
            for i, line in enumerate(open(f), 1):
                if re.search(r"#\s*TM00\d-here", line):
                    marks.append((os.path.realpath(f), i))
        if measured == "crash":
            frames = re.findall(r'File "([^"]+)", line (\d+)', out_g)
            own = [(os.path.realpath(os.path.join(cwd, f)), int(n)) for f, n in frames
                   if os.path.realpath(os.path.join(cwd, f)).startswith(os.path.realpath(cwd if folder else HERE))
                   and "check_labels" not in f]
            inner = own[-1] if own else None
            if marks != [inner]:
                problems.append(f"marker mismatch: marks={marks} innermost={inner}")
        elif marks:
            problems.append(f"clean program has markers {marks}")
        counts[(measured, rule)] = counts.get((measured, rule), 0) + 1
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {rel:60s} expect={expect:5s} measured={measured} {rule or ''}")
        for p in problems:
            print("    " + p.replace("\n", "\n    "))
    print(counts, "bad:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
