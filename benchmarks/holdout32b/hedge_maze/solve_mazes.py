# expect: clean
"""Hedge maze walkers: predict the next turn from the corridor history; a state machine in a dict of methods."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from hedgemaze import MazeMachine, default_config  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(15)
    cfg = default_config(hidden=8, cycles=3)
    machine = MazeMachine(cfg)
    machine.run()
    print(machine.log)
