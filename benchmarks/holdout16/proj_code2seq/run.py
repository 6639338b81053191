# expect: crash
"""Entry that mimics `python -m c2s.cli.main --finetune` via runpy."""
import os
import runpy
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
sys.argv = ["c2s", "--predict-first", "--finetune-steps", "2"]
runpy.run_module("c2s.cli.main", run_name="__main__")
