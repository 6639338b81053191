"""Label checker for holdout58b: runs every entry under the runtime guard and under plain python."""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        for f in sorted(files):
            if f.endswith(".py") and f != "check_labels.py":
                p = os.path.join(root, f)
                with open(p) as fh:
                    first = fh.readline()
                if first.startswith("# expect:"):
                    out.append((p, first.split(":", 1)[1].strip()))
    return sorted(out)


def markers(folder):
    found = []
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".py"):
                p = os.path.join(root, f)
                for i, line in enumerate(open(p), 1):
                    m = re.search(r"#\s*(TM00\d)-here", line)
                    if m:
                        found.append((os.path.realpath(p), i, m.group(1)))
    return found


def main():
    only = sys.argv[1:]
    bad = 0
    for path, label in entries():
        rel = os.path.relpath(path, HERE)
        if only and not any(o in rel for o in only):
            continue
        folder = os.path.dirname(path)
        scope = folder if folder != HERE else None
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(path)], cwd=folder,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.basename(path)], cwd=folder, capture_output=True, text=True, timeout=120)
        problems = []
        if p.returncode != 0:
            problems.append("plain python failed: " + p.stderr.strip().splitlines()[-1])
        mk = markers(scope) if scope else [(os.path.realpath(path), i, m.group(1))
                                           for i, line in enumerate(open(path), 1)
                                           for m in [re.search(r"#\s*(TM00\d)-here", line)] if m]
        rule = None
        if label == "crash":
            if g.returncode == 0:
                problems.append("guard ran clean")
            else:
                for r, msg in MSGS.items():
                    msgs = msg if isinstance(msg, tuple) else (msg,)
                    if any(m in g.stderr for m in msgs):
                        rule = r
                if rule is None:
                    problems.append("guard died otherwise: " + g.stderr.strip().splitlines()[-1])
                frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
                own = [(os.path.realpath(os.path.join(folder, f)), int(l)) for f, l in frames
                       if os.path.realpath(os.path.join(folder, f)).startswith(os.path.realpath(folder))]
                if len(mk) != 1:
                    problems.append(f"{len(mk)} markers")
                elif own:
                    if rule == "TM002":
                        if (mk[0][0], mk[0][1]) not in own:
                            problems.append(f"TM002 marker {mk[0][:2]} not on the traceback")
                    elif (mk[0][0], mk[0][1]) != own[-1]:
                        problems.append(f"marker at {mk[0][:2]} but innermost own frame {own[-1]}")
                    if rule and mk[0][2] != rule:
                        problems.append(f"marker rule {mk[0][2]} != {rule}")
        else:
            if g.returncode != 0:
                problems.append("guard failed: " + g.stderr.strip().splitlines()[-1])
            if mk:
                problems.append("clean program has a marker")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {label:5s} {rule or '-':5s} {rel}  {'; '.join(problems)}")
    print("bad:", bad)


if __name__ == "__main__":
    main()
