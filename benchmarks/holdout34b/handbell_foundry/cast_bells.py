# expect: clean
"""Hand-bell foundry: predict a bell's strike-note error (cents) from the cooling curve.

Handlers are registered on the Runner with a decorator; validation runs every
few iterations from inside the training loop.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from foundry import Runner, attach_default_handlers, cooling_curves  # noqa: E402
from foundry.model import TuningNet  # noqa: E402


def main():
    torch.manual_seed(11)
    model = TuningNet()
    runner = Runner(model, torch.optim.RMSprop(model.parameters(), lr=5e-3))
    attach_default_handlers(runner, val_data=cooling_curves(6), every=2)
    runner.run(cooling_curves(12), max_epochs=2)
    print("val history:", [round(v, 3) for v in runner.state["val"]])


if __name__ == "__main__":
    main()
