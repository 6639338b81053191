# expect: clean
"""Tango step detection (ochos, boleos, sacadas) from dancers' ankle IMUs.
The run's phases are read from phases.txt and dispatched to Runner methods."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lib"))

import torch  # noqa: E402
from tango import StepNet, Runner, read_phases  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(18)
    runner = Runner(StepNet(), keep=2)
    for phase in read_phases(os.path.join(HERE, "phases.txt")):
        getattr(runner, phase)()
    print("snapshots kept:", len(runner.recent), "scores:", runner.scores)
