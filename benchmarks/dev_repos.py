"""`torchmode check` over the development repositories of issue 8, compared with the verdicts
judged by reading their code and issue threads (benchmarks/dev_repos_expected.toml).

    .venv/bin/python benchmarks/dev_repos.py [--repos DIR] [--jobs N] [--no-alone]

The copies are not part of this repository (and not part of CI). Fetch each one once, at the
commit its verdicts were judged on, into DIR/OWNER/NAME (DIR: --repos, else $TORCHMODE_DEV_REPOS,
else .cache/dev-repos/ in this repository); only the `*.py` files matter:

    git clone https://github.com/OWNER/NAME .cache/dev-repos/OWNER/NAME
    git -C .cache/dev-repos/OWNER/NAME checkout COMMIT

(`--print-fetch` prints these commands for every repository of the table.) Missing copies are
named and skipped; with none present the script says so and exits 0.

Per repository it reports the expected findings found, those missed, the false alarms (any
finding the table does not list: a repository with no TM001 site must give none) and the wall
time of the check. With the default `--alone`, each file holding an expected site is also
checked named alone (`torchmode check FILE`, what pre-commit runs), which must find the same.
Exit status 0 when every present repository gives exactly its verdicts, else 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXPECTED = os.path.join(HERE, "dev_repos_expected.toml")
DEFAULT_REPOS = os.path.join(ROOT, ".cache", "dev-repos")


@dataclass
class Outcome:
    name: str
    seconds: float = 0.0
    found: list[str] = field(default_factory=list)  # "path:line" of expected sites with a finding
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)  # "path:line message"
    alone_missed: list[str] = field(default_factory=list)  # expected sites a lone-file check misses
    error: str | None = None

    @property
    def exact(self) -> bool:
        return not (self.missed or self.false_alarms or self.alone_missed or self.error)


def load_table(path: str) -> list[dict]:
    with open(path, "rb") as handle:
        return tomllib.load(handle)["repo"]


def check(target: str, cwd: str, jobs: int | None) -> tuple[list[dict], float, str | None]:
    """Run the CLI of this checkout on `target`: its JSON findings, the wall time, an error."""
    command = [sys.executable, "-m", "torchmode", "check", target, "--format", "json", "--quiet"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "server"))
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        return [], seconds, f"exit {done.returncode}: {done.stderr.strip()[-500:]}"
    return json.loads(done.stdout or "[]"), seconds, None


def site_key(folder: str, finding: dict) -> str:
    path = os.path.relpath(finding["filename"], folder).replace(os.sep, "/")
    return f"{path}:{finding['location']['row']}"


def evaluate(repo: dict, folder: str, jobs: int | None, alone: bool) -> Outcome:
    outcome = Outcome(repo["name"])
    findings, outcome.seconds, outcome.error = check(".", folder, jobs)
    expected = {f"{s['path']}:{s['line']}" for s in repo.get("site", []) if s["rule"] != "none"}
    reported = {}
    for finding in findings:
        reported.setdefault(site_key(folder, finding), finding)
    outcome.found = sorted(expected & reported.keys())
    outcome.missed = sorted(expected - reported.keys())
    outcome.false_alarms = [f"{key} {reported[key]['message'][:90]}" for key in sorted(reported.keys() - expected)]
    if alone:
        for path in sorted({key.rsplit(":", 1)[0] for key in expected}):
            lone, _, error = check(path, folder, jobs)
            lone_sites = {site_key(folder, finding) for finding in lone}
            outcome.alone_missed += [key for key in sorted(expected) if key.startswith(path + ":") and key not in lone_sites]
            outcome.error = outcome.error or error
    return outcome


def print_table(outcomes: list[Outcome]) -> None:
    width = max(len(o.name) for o in outcomes)
    print(f"{'repository':<{width}}  found  missed  false  alone-missed  seconds  verdict")
    for o in outcomes:
        verdict = "ok" if o.exact else "WRONG"
        print(f"{o.name:<{width}}  {len(o.found):>5}  {len(o.missed):>6}  {len(o.false_alarms):>5}  "
              f"{len(o.alone_missed):>12}  {o.seconds:>7.2f}  {verdict}")
    for o in outcomes:
        for key in o.missed:
            print(f"  {o.name}: missed {key}")
        for line in o.false_alarms:
            print(f"  {o.name}: false alarm {line}")
        for key in o.alone_missed:
            print(f"  {o.name}: missed when named alone {key}")
        if o.error:
            print(f"  {o.name}: error {o.error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repos", default=os.environ.get("TORCHMODE_DEV_REPOS", DEFAULT_REPOS),
                        help="folder holding OWNER/NAME copies (default: $TORCHMODE_DEV_REPOS or .cache/dev-repos)")
    parser.add_argument("--expected", default=EXPECTED, help="the verdict table (TOML)")
    parser.add_argument("--jobs", "-j", type=int, default=None, help="passed to torchmode check")
    parser.add_argument("--no-alone", dest="alone", action="store_false",
                        help="do not also check each file with an expected finding named alone")
    parser.add_argument("--print-fetch", action="store_true", help="print the commands that fetch the copies")
    args = parser.parse_args()

    table = load_table(args.expected)
    if args.print_fetch:
        for repo in table:
            target = os.path.join(args.repos, repo["name"])
            print(f"git clone https://github.com/{repo['name']} {target} && git -C {target} checkout {repo['commit']}")
        return 0
    present = [repo for repo in table if os.path.isdir(os.path.join(args.repos, repo["name"]))]
    for repo in table:
        if repo not in present:
            print(f"skipped {repo['name']}: no copy under {args.repos} (see --print-fetch)")
    if not present:
        print("no development repositories present: nothing to compare")
        return 0
    outcomes = [evaluate(repo, os.path.join(args.repos, repo["name"]), args.jobs, args.alone) for repo in present]
    print_table(outcomes)
    exact = sum(o.exact for o in outcomes)
    print(f"{exact} of {len(outcomes)} repositories give exactly their verdicts; "
          f"{sum(o.seconds for o in outcomes):.1f} s of checks")
    return 0 if exact == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
