# expect: crash
"""Launcher: `python run.py` == `python -m dronefc.cli.forecast --online-steps 2`."""
import runpy
import sys

if __name__ == "__main__":
    sys.argv = ["dronefc.cli.forecast", "--online-steps", "2"]
    runpy.run_module("dronefc.cli.forecast", run_name="__main__", alter_sys=True)
