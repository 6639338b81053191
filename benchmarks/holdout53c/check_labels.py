"""Label checker for holdout53c: runs every entry under the runtime guard and under plain python.

An entry is a .py file whose first line is '# expect: crash' or '# expect: clean'.
"""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
MESSAGES = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": "doesn't have storage",
    "TM003": "derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            if f.endswith(".py") and f != os.path.basename(__file__):
                p = os.path.join(root, f)
                with open(p) as fh:
                    first = fh.readline()
                m = re.match(r"# expect: (crash|clean)", first)
                if m:
                    yield p, m.group(1)


def program_root(entry):
    rel = os.path.relpath(entry, HERE)
    top = rel.split(os.sep)[0]
    return os.path.join(HERE, top)


def program_files(root):
    if os.path.isfile(root):
        return [root]
    out = []
    for r, d, fs in os.walk(root):
        out += [os.path.join(r, f) for f in fs if f.endswith(".py")]
    return out


def main():
    bad = 0
    n = {"crash": 0, "clean": 0}
    for entry, label in entries():
        n[label] += 1
        root = program_root(entry)
        cwd = os.path.dirname(entry)
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(entry)], cwd=cwd,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.basename(entry)], cwd=cwd, capture_output=True, text=True, timeout=120)
        problems = []
        if p.returncode != 0:
            problems.append("plain python failed: " + p.stderr.strip().splitlines()[-1])
        markers = []
        for f in program_files(root):
            for i, line in enumerate(open(f), 1):
                if re.search(r"#\s*TM00\d-here", line):
                    markers.append((os.path.realpath(f), i))
        if label == "clean":
            if g.returncode != 0:
                problems.append("guard failed on clean: " + (g.stderr.strip().splitlines() or ["?"])[-1])
            if markers:
                problems.append("marker in clean program")
        else:
            rule = [k for k, v in MESSAGES.items() if v in g.stderr]
            if g.returncode == 0 or not rule:
                problems.append("guard did not crash with a TM message: " + (g.stderr.strip().splitlines() or ["?"])[-1])
            frames = [(os.path.realpath(a), int(b)) for a, b in re.findall(r'File "([^"]+)", line (\d+)', g.stderr)]
            own = [fr for fr in frames if fr[0].startswith(os.path.realpath(root))]
            if len(markers) != 1:
                problems.append(f"{len(markers)} markers")
            elif not own or own[-1] != markers[0]:
                problems.append(f"marker at {markers} but innermost own frame {own[-1:]}")
            elif rule:
                line = open(markers[0][0]).read().splitlines()[markers[0][1] - 1]
                if rule[0] + "-here" not in line:
                    problems.append("marker rule differs from " + rule[0])
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {label:5s} {os.path.relpath(entry, HERE)} {'; '.join(problems)}")
    print(f"crash={n['crash']} clean={n['clean']} bad={bad}")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
