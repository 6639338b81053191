"""Label checker for holdout59b: runs every entry under the guard and plain python."""
import os, re, subprocess, sys, pathlib

PY = "/work/main/.venv/bin/python"
ROOT = pathlib.Path(__file__).resolve().parent
MSG = {
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
            yield p


def run(args, cwd):
    r = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def own_frames(tb, folder):
    out = []
    for m in re.finditer(r'File "([^"]+)", line (\d+)', tb):
        f = pathlib.Path(m.group(1))
        if not f.is_absolute():
            f = (folder / f).resolve()
        if str(f).startswith(str(folder)):
            out.append((f, int(m.group(2))))
    return out


def main(sel=None):
    bad = 0
    for p in entries():
        rel = p.relative_to(ROOT)
        if sel and not any(s in str(rel) for s in sel):
            continue
        label = p.read_text().splitlines()[0].split(":", 1)[1].strip()
        folder = p.parent
        # a mini-project's root is the first folder below ROOT
        proj = ROOT / rel.parts[0] if len(rel.parts) > 1 else folder
        rc_g, out_g = run([PY, "-m", "torchmode.guard", p.name], folder)
        rc_p, out_p = run([PY, p.name], folder)
        markers = []
        for f in (proj.rglob("*.py") if len(rel.parts) > 1 else [p]):
            for i, line in enumerate(f.read_text().splitlines(), 1):
                mm = re.search(r"#\s*(TM00\d)-here", line)
                if mm:
                    markers.append((f, i, mm.group(1)))
        status = "ok"
        rule = "-"
        if rc_p != 0:
            status = "PLAIN FAILED"
        if label == "clean":
            if rc_g != 0:
                status = "GUARD FAILED ON CLEAN"
            if markers:
                status = "MARKER ON CLEAN"
        else:
            hit = [k for k, v in MSG.items() if any(s in out_g for s in ((v,) if isinstance(v, str) else v))]
            if rc_g == 0 or not hit:
                status = "NO CRASH"
            else:
                rule = hit[0]
                frames = own_frames(out_g, proj)
                if len(markers) != 1:
                    status = f"MARKERS={len(markers)}"
                elif markers[0][2] != rule:
                    status = f"MARKER RULE {markers[0][2]} != {rule}"
                elif rule != "TM002" and (not frames or frames[-1] != (markers[0][0], markers[0][1])):
                    status = f"MARKER AT {markers[0][0].name}:{markers[0][1]} innermost {frames[-1:]}"
                elif rule == "TM002" and (markers[0][0], markers[0][1]) not in frames:
                    status = f"TM002 MARKER NOT IN TRACE {frames}"
        if status != "ok":
            bad += 1
            print("----", rel, status)
            print(out_g[-1500:] if "GUARD" in status or "CRASH" in status or "MARKER" in status else out_p[-1500:])
        print(f"{str(rel):60s} {label:6s} {rule:6s} {status}")
    print("bad:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
