# expect: clean
"""Predict the end-of-cure moisture of a kipper batch from kiln sensor traces.

Handlers are attached with ``runner.add_handler(event, fn)``; a subclass of the
base runner adds an ``after_epoch`` hook that scores the hold-out kilns.
"""
import torch

from smokehouse import CureRunner, SmokeLSTM, synthetic_kilns
from smokehouse.callbacks import ProgressPrinter, score_holdout


def build(seed=11):
    torch.manual_seed(seed)
    net = SmokeLSTM(n_sensors=6, hidden=10)
    opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    runner = CureRunner(net, opt, holdout=synthetic_kilns(2, seed=5))
    printer = ProgressPrinter(every=3)
    runner.add_handler("batch_end", printer)
    runner.add_handler("epoch_end", score_holdout)
    return runner


if __name__ == "__main__":
    runner = build()
    history = runner.fit(synthetic_kilns(5, seed=2), epochs=3)
    print("holdout history", [round(v, 4) for v in history["holdout"]])
