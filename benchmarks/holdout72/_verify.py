"""Re-label every program: run under the guard and plain python, check label and marker."""
import os
import re
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
ENTRIES = {
    "caulker_seams": "run.py", "caulker_seams_restored": "run.py",
    "ropewalk_apply": "finetune.py", "ropewalk_apply_dropout_only": "finetune.py",
    "farrier_resume": "main.py", "farrier_resume_state_dict": "main.py",
    "chandler_star": "dip.py", "chandler_star_training": "dip.py",
    "lamplighter_midval": "train_lamps.py", "lamplighter_midval_epoch_end": "train_lamps.py",
    "saddler_callbacks": "fit.py", "saddler_callbacks_epoch_start": "fit.py",
    "ferrier_decorated": "crossings.py", "ferrier_decorated_train": "crossings.py",
    "thatcher_pretrained": "tune.py", "thatcher_pretrained_train": "tune.py",
}
MSGS = ("cudnn RNN backward can only be called in training mode",)


def programs():
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".py") and not f.startswith("_"):
            yield HERE, f
    for d, e in sorted(ENTRIES.items()):
        yield os.path.join(HERE, d), e


def markers(folder):
    found = []
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".py"):
                p = os.path.join(root, f)
                for i, line in enumerate(open(p), 1):
                    if re.search(r"# TM00\d-here", line):
                        found.append((os.path.realpath(p), i))
    return found


ok = True
counts = {"crash": 0, "clean": 0}
for folder, entry in programs():
    path = os.path.join(folder, entry)
    label = re.search(r"# expect: (\w+)", open(path).read()).group(1)
    counts[label] += 1
    g = subprocess.run([PY, "-m", "torchmode.guard", entry], cwd=folder, capture_output=True, text=True, timeout=120)
    p = subprocess.run([PY, entry], cwd=folder, capture_output=True, text=True, timeout=120)
    name = os.path.relpath(path, HERE)
    errs = []
    if p.returncode != 0:
        errs.append("plain run failed")
    if label == "crash":
        if g.returncode == 0 or not any(m in g.stderr for m in MSGS):
            errs.append("guard did not crash with TM001")
        frames = re.findall(r'File "([^"]+)", line (\d+)', g.stderr)
        own = [(os.path.realpath(os.path.join(folder, f)), int(l)) for f, l in frames
               if os.path.realpath(os.path.join(folder, f)).startswith(os.path.realpath(folder) + os.sep)]
        mk = markers(folder) if folder != HERE else [m for m in markers(HERE) if m[0] == os.path.realpath(path)]
        if len(mk) != 1 or not own or own[-1] != mk[0]:
            errs.append(f"marker mismatch: markers={mk} innermost={own[-1] if own else None}")
    else:
        if g.returncode != 0:
            errs.append("guard crashed: " + g.stderr.strip().splitlines()[-1])
        mk = markers(folder) if folder != HERE else [m for m in markers(HERE) if m[0] == os.path.realpath(path)]
        if mk:
            errs.append(f"clean program has markers {mk}")
    ok &= not errs
    print(("OK  " if not errs else "BAD ") + f"{name} [{label}]" + ("" if not errs else " :: " + "; ".join(errs)))
print(counts, "ALL OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
