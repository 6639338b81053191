"""Label checker for holdout60b: runs every entry under the runtime guard and under plain python."""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/main/.venv/bin/python"
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.endswith(".py") and name != "run_labels.py":
            yield p, p, [p]
        elif os.path.isdir(p) and not name.startswith((".", "_")):
            for cand in ("main.py", "run.py", "train.py"):
                e = os.path.join(p, cand)
                if os.path.exists(e):
                    files = []
                    for root, _, fs in os.walk(p):
                        files += [os.path.join(root, f) for f in fs if f.endswith(".py")]
                    yield e, p, files
                    break


def markers(files):
    out = []
    for f in files:
        for i, line in enumerate(open(f), 1):
            m = re.search(r"#\s*(TM00[123])-here", line)
            if m:
                out.append((f, i, m.group(1)))
    return out


def main():
    bad = 0
    only = sys.argv[1:]
    for entry, root, files in entries():
        rel = os.path.relpath(entry, HERE)
        if only and not any(o in rel for o in only):
            continue
        first = open(entry).readline().strip()
        label = first.split(":", 1)[1].strip() if first.startswith("# expect:") else "?"
        cwd = os.path.dirname(entry)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        g = subprocess.run([PY, "-m", "torchmode.guard", os.path.basename(entry)], cwd=cwd, env=env,
                           capture_output=True, text=True, timeout=120)
        p = subprocess.run([PY, os.path.basename(entry)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
        mk = markers(files)
        problems = []
        if p.returncode != 0:
            problems.append("plain python failed: " + p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "plain failed")
        rule = None
        if g.returncode != 0:
            for r, msg in MSGS.items():
                msgs = msg if isinstance(msg, tuple) else (msg,)
                if any(s in g.stderr for s in msgs):
                    rule = r
        measured = "crash" if (g.returncode != 0 and rule) else ("clean" if g.returncode == 0 else "error")
        if measured == "error":
            problems.append("guard error: " + g.stderr.strip().splitlines()[-1])
        if measured != label:
            problems.append(f"label {label} but measured {measured}")
        if measured == "crash":
            frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
            fset = {os.path.realpath(f) for f in files}
            own = [(os.path.realpath(f), int(l)) for f, l in frames if os.path.realpath(f) in fset]
            if not own:
                problems.append("no own frame in traceback")
            else:
                inner = own[-1]
                want = [(os.path.realpath(f), l, r) for f, l, r in mk]
                if len(want) != 1:
                    problems.append(f"{len(want)} markers")
                elif rule == "TM002":
                    # TM002: the marker sits on the transform call line, which must be in the traceback
                    if (want[0][0], want[0][1]) not in own or want[0][2] != rule:
                        problems.append(f"marker {want[0]} not on an own frame {own}")
                elif (want[0][0], want[0][1]) != inner or want[0][2] != rule:
                    problems.append(f"marker {want[0]} but innermost {inner} rule {rule}")
        elif mk:
            problems.append("clean program has a marker")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {rel:60s} {label:6s} {measured:6s} {rule or '-'} {'; '.join(problems)}")
    print("bad:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
