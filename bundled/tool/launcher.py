"""Starts the torchmode server shipped inside the VS Code extension (importStrategy "useBundled").

bundled/libs (torchmode, pygls, lsprotocol, jedi, parso, attrs, cattrs ...) goes first on sys.path, so the
shipped versions win over whatever the user's environment has installed; the user's interpreter is only
the runtime. Usage: python launcher.py serve [--stdio] [-v]
"""
import os
import runpy
import sys

LIBS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "libs")


def main() -> None:
    if not os.path.isdir(os.path.join(LIBS, "torchmode")):
        sys.stderr.write(f"torchmode launcher: no bundled server in {LIBS} (run scripts/bundle_libs.sh)\n")
        sys.exit(2)
    sys.path.insert(0, LIBS)
    sys.argv = ["torchmode", *sys.argv[1:]]
    runpy.run_module("torchmode", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
