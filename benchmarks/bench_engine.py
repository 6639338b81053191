"""Engine speed on one 5,000-line training script, as ratios to a fresh `ast.parse` of the same file
measured in the same run (issue 2, "Speed"):

- cold full analysis by a new Engine, each repetition in a fresh process; jedi's first inference
  into torch (`Engine.warm_up()`) is timed before it and reported apart      target <= 10x
- re-analysis after a one-line edit inside one function body (same Engine)    target <= 0.5x

    .venv/bin/python benchmarks/bench_engine.py [FILE.py] [--reps 7]

Without FILE, benchmarks/gen_training_script.py writes one to .cache/bench/train_5k.py.
Prints medians (and min/max) in milliseconds.
"""

from __future__ import annotations

import argparse
import ast
import gc
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "server"))
sys.path.insert(0, HERE)


def ms(seconds: float) -> float:
    return seconds * 1000.0


# Every measurement is taken twice: wall seconds, and CPU seconds of this process (the analysis is
# single-threaded, so CPU time is what it costs, whatever else the shared machine is running).
CLOCK = os.environ.get("BENCH_CLOCK", "cpu")


def now() -> float:
    return time.process_time() if CLOCK == "cpu" else time.perf_counter()


def time_ast_parse(text: str, path: str) -> float:
    started = now()
    ast.parse(text, path)
    return now() - started


def edit_site(lines: list[str]) -> int:
    """A line inside a function body near the middle of the file (a `return` statement)."""
    middle = len(lines) // 2
    candidates = [i for i, line in enumerate(lines) if line.startswith("        return ") and line.rstrip().endswith(")")]
    return min(candidates, key=lambda i: abs(i - middle))


def one_cold_run(path: str) -> dict:
    """In a fresh process: a new Engine, warm_up() timed apart, then one full check of the file."""
    text = open(path, encoding="utf-8").read()
    # The baseline is parsed before the engine is imported: with jedi's objects alive, the garbage
    # collector makes ast.parse itself ~3x slower, which would flatter the ratios.
    parse = [time_ast_parse(text, path) for _ in range(3)]
    from torchmode.engine import Engine

    engine = Engine([os.path.dirname(path)])
    started = now()
    engine.warm_up()
    warm_up = now() - started
    started = now()
    report = engine.check_source(path, text)
    cold = now() - started
    return {"warm_up": warm_up, "cold": cold, "ast_parse": statistics.median(parse), "findings": len(report.findings)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="the file to analyse (default: a generated 5,000-line script)")
    parser.add_argument("--reps", type=int, default=7, help="repetitions (at least 7)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="cpu: CPU seconds of the process (default; robust to other load); wall: elapsed seconds")
    parser.add_argument("--one-cold-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = os.environ["BENCH_CLOCK"] = args.clock

    if args.one_cold_run:
        print(json.dumps(one_cold_run(args.file)))
        return 0

    path = args.file
    if not path:
        import gen_training_script

        os.makedirs(os.path.join(ROOT, ".cache", "bench"), exist_ok=True)
        path = os.path.join(ROOT, ".cache", "bench", "train_5k.py")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(gen_training_script.generate(5000, 0))
    path = os.path.abspath(path)
    text = open(path, encoding="utf-8").read()
    reps = max(args.reps, 7)
    print(f"file: {os.path.relpath(path)} ({text.count(chr(10))} lines), {reps} repetitions, Python {sys.version.split()[0]}, "
          f"{args.clock} time, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

    # 1. Cold runs, each in a new process (nothing cached in memory from an earlier run).
    cold_runs = []
    for _ in range(reps):
        out = subprocess.run(
            [sys.executable, __file__, path, "--one-cold-run", "--clock", args.clock],
            capture_output=True, text=True, check=True,
        ).stdout
        cold_runs.append(json.loads(out.strip().splitlines()[-1]))

    # 2. Same Engine, one-line edits. ast.parse is timed before the engine is imported (see above).
    parse_times = []
    for _ in range(reps):
        gc.collect()
        parse_times.append(time_ast_parse(text, path))
    from torchmode.engine import Engine

    engine = Engine([os.path.dirname(path)])
    engine.warm_up()
    first = engine.check_source(path, text)
    lines = text.split("\n")
    site = edit_site(lines)
    edit_times = []
    for rep in range(reps):
        edited = list(lines)
        # Change one call argument in the function body: a real edit, different every time.
        edited[site] = edited[site][:-1] + f" + {rep + 1} * 0)"
        new_text = "\n".join(edited)
        started = now()
        report = engine.check_source(path, new_text)
        edit_times.append(now() - started)
        assert len(report.findings) == len(first.findings), "a harmless edit changed the findings"
        # Back to the original text, so every measured edit is one line away from the last state.
        engine.check_source(path, text)

    parse = statistics.median(parse_times + [r["ast_parse"] for r in cold_runs])
    cold = [r["cold"] for r in cold_runs]
    warm = [r["warm_up"] for r in cold_runs]
    rows = [
        ("ast.parse (fresh)", parse_times + [r["ast_parse"] for r in cold_runs], None),
        ("jedi warm-up (Engine.warm_up, apart)", warm, None),
        ("cold full analysis, new Engine", cold, 10.0),
        ("re-analysis after a one-line edit", edit_times, 0.5),
    ]
    print(f"findings in the file: {len(first.findings)}; edited line {site + 1}: {lines[site].strip()!r}")
    print()
    print(f"| {'measurement':<38} | {'median ms':>9} | {'min ms':>8} | {'max ms':>8} | {'x ast.parse':>11} | {'target':>7} |")
    print(f"|{'-' * 40}|{'-' * 11}|{'-' * 10}|{'-' * 10}|{'-' * 13}|{'-' * 9}|")
    for name, values, target in rows:
        median = statistics.median(values)
        ratio = median / parse
        goal = f"<= {target:g}x" if target else ""
        verdict = "" if not target else (" ok" if ratio <= target else " MISS")
        print(
            f"| {name:<38} | {ms(median):9.1f} | {ms(min(values)):8.1f} | {ms(max(values)):8.1f} | {ratio:10.2f}x |"
            f" {goal:>7} |{verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
