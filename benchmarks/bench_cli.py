"""`torchmode check` over a whole code base, side by side with ruff and torchfix in the same run
(issue 2, "Speed"): torchmode <= 1.5x `ruff check --select ALL --no-cache` and <= 0.1x `torchfix`.

    .venv/bin/python benchmarks/bench_cli.py [FOLDER ...] [--reps 5] [--jobs 2]

Give it real code (for example allennlp, fairseq and pytorch/examples unpacked under .cache/; never
commit them). Without folders it generates a synthetic code base of 600 files, one in ten of
which switches modes, under .cache/bench/synthetic/.

ruff and torchfix come from PyPI into their own virtual environment, .cache/bench-venv/, so the
test environment stays lean. Also timed: a plain `ast.parse` of every file and a text scan for
`.eval(`/`.train(` (the floor any analysis has to pay). Medians of --reps runs, interleaved so
that every tool sees the same machine load; torchfix runs once when one run takes over a minute.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "server"))
sys.path.insert(0, HERE)

BENCH_VENV = os.path.join(ROOT, ".cache", "bench-venv")
TORCHMODE = os.path.join(ROOT, ".venv", "bin", "torchmode")
SWITCH_TEXT = re.compile(r"\.eval\(|\.train\(")


def tool(name: str) -> str:
    """A peer tool from the benchmark's own venv, installed from PyPI on first use."""
    path = os.path.join(BENCH_VENV, "bin", name)
    if not os.path.exists(path):
        if not os.path.exists(os.path.join(BENCH_VENV, "bin", "python")):
            subprocess.run([sys.executable, "-m", "venv", BENCH_VENV], check=True)
        subprocess.run([os.path.join(BENCH_VENV, "bin", "pip"), "install", "-q", "ruff", "torchfix"], check=True)
    return path


def version(command: list[str]) -> str:
    out = subprocess.run(command + ["--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr) else "?"


# --- a synthetic code base, when no real one is given ----------------------------------------------


def synthetic_code_base(folder: str, files: int = 600, seed: int = 0) -> str:
    import gen_training_script as gen

    marker = os.path.join(folder, f".generated-{files}-{seed}")
    if os.path.exists(marker):
        return folder
    rng = random.Random(seed)
    plain_blocks = [gen.RNN_MODEL, gen.CNN_MODEL, gen.TRANSFORMER_MODEL, gen.MLP_MODEL, gen.DATASET, gen.METRIC, gen.UTILS]
    for index in range(files):
        package = os.path.join(folder, f"pkg{index % 12:02d}", f"sub{index % 5}")
        os.makedirs(package, exist_ok=True)
        if index % 10 == 3:
            # One file in ten: a training script that validates and trains (switches modes).
            text = gen.generate(rng.randint(250, 900), seed * 1000 + index)
        else:
            parts = [gen.HEADER]
            for block in rng.sample(plain_blocks, rng.randint(2, 5)):
                n = f"{index:04d}{len(parts)}"
                parts.append(block.format(
                    name=f"Block{n}", rnn=rng.choice(["LSTM", "GRU"]), role="encoder", layers=2, hidden=128,
                    bidi=True, pool="mean", pool_index="", kernels=[3, 5], n_kernels=2, channels=64, heads=4,
                    ff=256, depth=2, width=128, lower=n, desc="Topic", max_len=128, field="text", min_count=1,
                    classes=5, combine="scores.append(precision)", index=n, window=5,
                ))
            text = "".join(parts)
        with open(os.path.join(package, f"module_{index:04d}.py"), "w", encoding="utf-8") as handle:
            handle.write(text)
    open(marker, "w").close()
    return folder


# --- the measurements ---------------------------------------------------------------------------


def python_files(folders: list[str]) -> list[str]:
    from torchmode.walk import discover

    return discover(folders, lambda folder: ((), folder)).files


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the command and the children it waited for) and exit status."""
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, _children_cpu() - cpu, done.returncode


def ast_parse_all(files: list[str]) -> float:
    started = time.perf_counter()
    for path in files:
        with open(path, "rb") as handle:
            source = handle.read()
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError):
            pass
    return time.perf_counter() - started


def text_scan(files: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    hits = 0
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as handle:
            if SWITCH_TEXT.search(handle.read()):
                hits += 1
    return time.perf_counter() - started, hits


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="code base(s) to check (default: a synthetic one)")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2, help="torchmode --jobs and torchfix -j (default 2)")
    parser.add_argument("--torchfix-reps", type=int, default=None, help="default: --reps, or 1 when a run takes > 60 s")
    parser.add_argument("--skip-torchfix", action="store_true")
    args = parser.parse_args(argv)

    folders = args.folders or [synthetic_code_base(os.path.join(ROOT, ".cache", "bench", "synthetic"))]
    folders = [os.path.abspath(f) for f in folders]
    files = python_files(folders)
    ruff, torchfix = tool("ruff"), tool("torchfix")
    # Same files for everyone: ruff would also lint notebooks and stubs, which torchmode skips.
    ruff_cmd = [ruff, "check", "--select", "ALL", "--no-cache", "--isolated", "--exit-zero",
                "--extend-exclude", "*.ipynb", "--extend-exclude", "*.pyi", *folders]
    torchmode_cmd = [TORCHMODE, "check", "--jobs", str(args.jobs), "--format", "json", *folders]
    torchfix_cmd = [torchfix, "-j", str(args.jobs), *folders]

    _, switching = text_scan(files)
    print(f"code base: {len(files)} Python files in {', '.join(os.path.relpath(f) for f in folders)}; "
          f"{switching} ({100 * switching / max(len(files), 1):.0f}%) contain .eval( or .train(")
    print(f"machine: {os.cpu_count()} cores; {version([ruff])}; torchfix {version([torchfix])}; "
          f"torchmode --jobs {args.jobs}; {args.reps} repetitions, medians")

    # Warm the disk cache and any first-run caches (jedi's on-disk cache) before timing.
    timed(torchmode_cmd)
    timed(ruff_cmd)
    ast_parse_all(files)

    times: dict[str, list[float]] = {"torchmode": [], "ruff": [], "torchfix": [], "ast": [], "scan": []}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    statuses = {}
    torchfix_reps = args.torchfix_reps if args.torchfix_reps is not None else args.reps
    load_before = os.getloadavg()[0]
    for _ in range(args.reps):
        for name, command in (("torchmode", torchmode_cmd), ("ruff", ruff_cmd)):
            seconds, cpu_seconds, statuses[name] = timed(command)
            times[name].append(seconds)
            cpu[name].append(cpu_seconds)
        for name, function in (("ast", ast_parse_all), ("scan", lambda f: text_scan(f)[0])):
            cpu_started = time.process_time()
            times[name].append(function(files))
            cpu[name].append(time.process_time() - cpu_started)
        if not args.skip_torchfix and len(times["torchfix"]) < torchfix_reps:
            seconds, cpu_seconds, statuses["torchfix"] = timed(torchfix_cmd)
            times["torchfix"].append(seconds)
            cpu["torchfix"].append(cpu_seconds)
            if seconds > 60 and args.torchfix_reps is None:
                torchfix_reps = 1
                print(f"torchfix took {seconds:.0f} s: running it once only")

    medians = {name: statistics.median(values) for name, values in times.items() if values}
    ruff_median, torchfix_median = medians["ruff"], medians.get("torchfix")
    labels = {
        "torchmode": f"torchmode check --jobs {args.jobs} --format json",
        "ruff": "ruff check --select ALL --no-cache",
        "torchfix": f"torchfix -j {args.jobs}",
        "ast": "ast.parse of every file (1 process)",
        "scan": "text scan for .eval( / .train(",
    }
    print()
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items() if values}
    print(f"| {'command':<42} | {'runs':>4} | {'wall s':>7} | {'min s':>6} | {'x ruff':>7} | {'x torchfix':>10} | {'CPU s':>6} | {'CPU x ruff':>10} |")
    print(f"|{'-' * 44}|{'-' * 6}|{'-' * 9}|{'-' * 8}|{'-' * 9}|{'-' * 12}|{'-' * 8}|{'-' * 12}|")
    for name in ("torchmode", "ruff", "torchfix", "ast", "scan"):
        if name not in medians:
            continue
        m = medians[name]
        vs_torchfix = f"{m / torchfix_median:9.3f}x" if torchfix_median else "-"
        c = cpu_medians[name]
        print(f"| {labels[name]:<42} | {len(times[name]):>4} | {m:7.2f} | {min(times[name]):6.2f} | {m / ruff_median:6.2f}x"
              f" | {vs_torchfix:>10} | {c:6.2f} | {c / cpu_medians['ruff']:9.2f}x |")
    print()
    print(f"load average (1 min) before/after the timed runs: {load_before:.1f} / {os.getloadavg()[0]:.1f}"
          " (CPU seconds are less sensitive to other load than wall seconds)")
    verdicts = [f"torchmode/ruff = {medians['torchmode'] / ruff_median:.2f} (target <= 1.5)"]
    if torchfix_median:
        verdicts.append(f"torchmode/torchfix = {medians['torchmode'] / torchfix_median:.3f} (target <= 0.1)")
    print("; ".join(verdicts))
    print(f"exit statuses: {statuses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
