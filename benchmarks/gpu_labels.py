"""Run labelled programs on a real GPU and compare what happens with their `# expect:` labels.

Each program runs in its own process with `torch.set_default_device("cuda")`, so its modules and tensors live on the
GPU and its RNNs run through cuDNN: a crash label must meet cuDNN's own error (TM001's training-mode message, TM002's
storage errors, TM003's double-backward error), a clean one must run to the end. Programs that put tensors on the CPU
themselves (`pack_padded_sequence` lengths, a thread's own tensors: the default device is per thread) report
"other-error": a harness limit, not a label. Run it where a GPU is lent (the device tool), from the repository root:

    python3 benchmarks/gpu_labels.py tests/corpus/dispatch/*.py benchmarks/holdout14/*.py

It writes gpu_labels.json under $OUT (or here).
"""

import concurrent.futures
import json
import os
import re
import subprocess
import sys

RUNNER = r'''
import os, runpy, sys, torch
torch.set_default_device("cuda")
path = os.path.abspath(sys.argv[1]); os.chdir(os.path.dirname(path)); sys.path.insert(0, os.path.dirname(path))
sys.argv = [path]
runpy.run_path(path, run_name="__main__")
'''
MSGS = {"TM001": "cudnn RNN backward can only be called in training mode",
        "TM002": ("Cannot access storage of TensorWrapper", "doesn't have storage"),
        "TM003": "Double backwards is not supported for CuDNN RNNs"}

def label(path):
    head = open(path, encoding="utf-8").read(400)
    m = re.search(r"#\s*expect:\s*(crash|clean)", head)
    return m.group(1) if m else None

def one(path):
    try:
        p = subprocess.run([sys.executable, "-c", RUNNER, path], capture_output=True, text=True, timeout=120)
        out = p.stdout + p.stderr
        rc = p.returncode
    except subprocess.TimeoutExpired:
        return path, "timeout", ""
    if rc == 0:
        return path, "clean", ""
    last = [line for line in out.strip().splitlines() if line.strip()][-1:] or [""]
    for code, msg in MSGS.items():
        msgs = msg if isinstance(msg, tuple) else (msg,)
        if any(m in out for m in msgs):
            return path, "crash", code
    return path, "other-error", last[0][:160]

paths = [p for p in sys.argv[1:] if label(p)]
rows = []
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    for path, got, detail in pool.map(one, paths):
        want = label(path)
        rows.append((path, want, got, detail, want == got))
        print(("OK  " if want == got else "BAD ") + f"{path}: expected {want}, got {got} {detail}", flush=True)
print(f"{sum(r[4] for r in rows)} of {len(rows)} as labelled on {__import__('torch').cuda.get_device_name(0)}, torch {__import__('torch').__version__}, cuDNN {__import__('torch').backends.cudnn.version()}")
json.dump(rows, open(os.path.join(os.environ.get("OUT", "."), "gpu_labels.json"), "w"), indent=1)
