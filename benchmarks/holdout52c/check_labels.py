"""Label checker for holdout52c: runs every entry under the guard and plain python."""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": "storage",
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for f in sorted(files):
            if f.endswith(".py") and f != "check_labels.py":
                p = os.path.join(root, f)
                with open(p) as fh:
                    first = fh.readline()
                m = re.match(r"# expect: (crash|clean)", first)
                if m:
                    out.append((p, m.group(1)))
    return out


def own_root(entry):
    d = os.path.dirname(entry)
    return entry if d == HERE else d


def markers(root):
    found = []
    paths = [root] if root.endswith(".py") else [
        os.path.join(r, f) for r, _, fs in os.walk(root) for f in fs if f.endswith(".py")]
    for p in paths:
        with open(p) as fh:
            for i, line in enumerate(fh, 1):
                m = re.search(r"# (TM00\d)-here", line)
                if m:
                    found.append((os.path.realpath(p), i, m.group(1)))
    return found


def main():
    only = sys.argv[1:]
    bad = 0
    for entry, label in entries():
        rel = os.path.relpath(entry, HERE)
        if only and not any(o in rel for o in only):
            continue
        cwd = os.path.dirname(entry)
        name = os.path.basename(entry)
        g = subprocess.run([PY, "-m", "torchmode.guard", name], cwd=cwd, capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, name], cwd=cwd, capture_output=True, text=True, timeout=120)
        root = own_root(entry)
        mk = markers(root)
        problems = []
        if p.returncode != 0:
            problems.append("plain python failed: " + p.stderr.strip().splitlines()[-1:][0] if p.stderr.strip() else "plain rc")
        rule = "-"
        if label == "clean":
            if g.returncode != 0:
                problems.append("guard failed: " + (g.stderr.strip().splitlines() or ["?"])[-1])
            if mk:
                problems.append("clean program has markers")
        else:
            if g.returncode == 0:
                problems.append("guard ran clean")
            else:
                rule = next((r for r, s in MSG.items() if s in g.stderr), None)
                if rule is None:
                    problems.append("guard error not a TM message: " + (g.stderr.strip().splitlines() or ["?"])[-1])
                frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
                rr = os.path.realpath(root)
                own = [(os.path.realpath(os.path.join(cwd, f)), int(l)) for f, l in frames
                       if os.path.realpath(os.path.join(cwd, f)).startswith(rr)]
                if not own:
                    problems.append("no own frame")
                elif len(mk) != 1:
                    problems.append(f"{len(mk)} markers")
                elif (mk[0][0], mk[0][1]) != own[-1] or mk[0][2] != rule:
                    problems.append(f"marker {mk[0]} but innermost own frame {own[-1]} rule {rule}")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {label:5} {rule:5} {rel} {'; '.join(problems)}")
    print("bad:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
