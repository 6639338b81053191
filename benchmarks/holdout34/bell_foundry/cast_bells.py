# expect: crash
"""Hand-bell foundry: predict the partial frequencies (hum, prime, tierce, quint, nominal)
of a cast bell from the cooling-curve thermocouple trace, so tuning can be planned
before the bell goes on the lathe.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from foundry import Runner, TuningTask  # noqa: E402
from foundry.callbacks import LossPrinter, PartialsCheck  # noqa: E402


def main():
    torch.manual_seed(12)
    task = TuningTask(hidden=12, lr=2e-3)
    callbacks = [LossPrinter(every=2), PartialsCheck(every=2)]
    runner = Runner(task, callbacks=callbacks)
    runner.run(epochs=2, steps_per_epoch=4)
    print("cast complete:", runner.state.step, "steps")


if __name__ == "__main__":
    main()
