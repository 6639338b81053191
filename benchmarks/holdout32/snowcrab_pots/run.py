# expect: clean
"""Snow-crab pots: predict catch per pot from soak-time telemetry sequences.

The engine evaluates every few steps inside the batch loop, through a mode
context manager kept in crabcatch.utils.
"""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from crabcatch.nets import PotLSTM  # noqa: E402
from crabcatch.training import Engine, make_batches  # noqa: E402


def main():
    logging.basicConfig(level=logging.WARNING)
    settings = {"hidden": 6, "features": 4, "eval_interval": 3, "epochs": 2}
    engine = Engine(PotLSTM(settings["features"], settings["hidden"]), eval_interval=settings["eval_interval"])
    engine.run(make_batches(7, settings["features"]), make_batches(2, settings["features"], seed=9),
               epochs=settings["epochs"])
    print("best val", min(engine.val_curve))


if __name__ == "__main__":
    main()
