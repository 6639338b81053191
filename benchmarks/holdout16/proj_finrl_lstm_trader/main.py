# expect: clean
"""FinRL-style pipeline entry: `python main.py` dispatches to the package's run
module (as `python -m finrl_lite.run` would): train, backtest, then continue
training on the newest window."""
import runpy
import sys

sys.argv = ["finrl_lite.run", "--mode", "train_backtest_retrain"]
runpy.run_module("finrl_lite.run", run_name="__main__", alter_sys=True)
