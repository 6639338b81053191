"""Run every entry under the guard and plain python; compare with its `# expect:` line and marker."""
import pathlib, re, subprocess, sys

PY = "/work/main/.venv/bin/python"
ROOT = pathlib.Path(__file__).resolve().parent
MSGS = {
    "TM001": "cudnn RNN backward can only be called in training mode",
    "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
    "TM003": "the derivative for '_cudnn_rnn_backward' is not implemented",
}


def entries():
    for p in sorted(ROOT.rglob("*.py")):
        if p.name == "check_labels.py":
            continue
        first = p.read_text().splitlines()[:1]
        if first and first[0].startswith("# expect:"):
            yield p, first[0].split(":", 1)[1].strip()


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def main(only=None):
    bad = 0
    for p, want in entries():
        rel = p.relative_to(ROOT)
        if only and not any(str(rel).startswith(o) for o in only):
            continue
        rc_g, out_g = run([PY, "-m", "torchmode.guard", p.name], p.parent)
        rc_p, out_p = run([PY, p.name], p.parent)
        rule = None
        for k, m in MSGS.items():
            ms = m if isinstance(m, tuple) else (m,)
            if rc_g != 0 and any(x in out_g for x in ms):
                rule = k
        got = "crash" if rc_g != 0 else "clean"
        ok = got == want and rc_p == 0 and (got == "clean" or rule)
        # marker: innermost frame in program's files
        markers = []
        files = [p] if p.parent == ROOT else list(p.parent.rglob("*.py"))
        for f in files:
            for i, line in enumerate(f.read_text().splitlines(), 1):
                if re.search(r"#\s*TM00\d-here", line):
                    markers.append((f.resolve(), i, re.search(r"TM00\d", line.split("#")[-1]).group()))
        mk_ok = True
        if got == "crash":
            frames = re.findall(r'File "([^"]+)", line (\d+)', out_g)
            own = [(pathlib.Path(fn).resolve(), int(ln)) for fn, ln in frames
                   if pathlib.Path(fn).resolve() in {x.resolve() for x in files}]
            inner = own[-1] if own else None
            if rule == "TM002":  # marker goes on the transform call line, one of our own frames
                mk_ok = len(markers) == 1 and markers[0][:2] in own and markers[0][2] == rule
            else:
                mk_ok = len(markers) == 1 and inner and markers[0][:2] == inner and markers[0][2] == rule
            if not mk_ok:
                print("   marker mismatch: innermost", inner, "markers", markers)
        else:
            mk_ok = not markers
        status = "OK " if ok and mk_ok else "BAD"
        if status == "BAD":
            bad += 1
        print(f"{status} {rel}: want={want} guard={got}/{rule} plain_rc={rc_p}")
        if status == "BAD":
            print("   guard tail:", out_g[-600:].replace("\n", "\n   "))
            if rc_p:
                print("   plain tail:", out_p[-600:].replace("\n", "\n   "))
    print("bad:", bad)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
