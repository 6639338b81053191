# expect: crash
"""molecatcher: tunnel-activity classifier from burrow vibration traces.

Written against a tiny hand-rolled Lightning imitation (molelight). The script wires
callbacks and calls fit(); the saliency logger runs at the end of every validation.
"""
import torch

from molelight import Trainer
from task import BurrowTask
from callbacks import SaliencyLogger, LossPrinter


def main():
    torch.manual_seed(2)
    task = BurrowTask(channels=3, hidden=6, classes=2)
    trainer = Trainer(max_epochs=2, callbacks=[LossPrinter(), SaliencyLogger(every=1)])
    trainer.fit(task)


if __name__ == "__main__":
    main()
