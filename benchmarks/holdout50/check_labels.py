"""Label checker for holdout50: runs every entry under the guard and under plain python."""
import os, re, subprocess, sys, pathlib

PY = "/work/main/.venv/bin/python"
HERE = pathlib.Path(__file__).resolve().parent
MSG = "cudnn RNN backward can only be called in training mode"


def entries():
    out = []
    for p in sorted(HERE.iterdir()):
        if p.name.startswith((".", "_")) or p.name in ("check_labels.py",):
            continue
        if p.is_file() and p.suffix == ".py":
            out.append((p.parent, p.name, [p]))
        elif p.is_dir():
            for cand in ("main.py", "run.py", "train.py"):
                if (p / cand).exists():
                    out.append((p, cand, [f for f in p.rglob("*.py")]))
                    break
    return out


def run(folder, entry, guard):
    cmd = [PY, "-m", "torchmode.guard", entry] if guard else [PY, entry]
    r = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def main(only=None):
    bad = 0
    for folder, entry, files in entries():
        name = (folder / entry).relative_to(HERE) if folder == HERE else folder.relative_to(HERE)
        if only and not any(o in str(name) for o in only):
            continue
        first = (folder / entry).read_text().splitlines()[0]
        m = re.match(r"# expect: (crash|clean)", first)
        label = m.group(1) if m else None
        markers = []
        for f in files:
            for i, line in enumerate(f.read_text().splitlines(), 1):
                if re.search(r"# TM00\d-here", line):
                    markers.append((f.resolve(), i))
        rc_g, out_g = run(folder, entry, True)
        rc_p, out_p = run(folder, entry, False)
        measured = "crash" if (rc_g != 0 and MSG in out_g) else ("clean" if rc_g == 0 else "ERROR")
        frame = None
        if measured == "crash":
            own = [f.resolve() for f in files]
            for fm in re.finditer(r'File "([^"]+)", line (\d+)', out_g):
                fp = (folder / fm.group(1)).resolve()
                if fp in own:
                    frame = (fp, int(fm.group(2)))
        ok = (label == measured) and rc_p == 0
        if measured == "crash":
            ok = ok and markers == [frame]
        else:
            ok = ok and markers == []
        bad += not ok
        print(f"{'OK ' if ok else 'BAD'} {str(name):45s} label={label} measured={measured} plain_rc={rc_p} "
              f"frame={frame and (frame[0].name, frame[1])} markers={[(a.name, b) for a, b in markers]}")
        if not ok and measured == "ERROR":
            print(out_g[-1500:])
        if not ok and rc_p != 0:
            print(out_p[-1500:])
    print("bad:", bad)


if __name__ == "__main__":
    main(sys.argv[1:])
