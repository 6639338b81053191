# expect: crash
"""The recipe's run.sh, as Python: put src/solver and src/models on the path (path.sh) and run src/bin/train.py,
which imports `solver` and `encoder` by their bare names."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "src", "solver"), os.path.join(HERE, "src", "models")]
runpy.run_path(os.path.join(HERE, "src", "bin", "train.py"), run_name="__main__")
