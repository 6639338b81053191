# expect: clean
"""Electrician's circuit-load forecaster: predicts breaker trip risk from
per-minute current draw on a ring main.  Hand-written LightningModule-like
module, a small Trainer, and callbacks registered in a list."""
import torch

from sparky import CircuitModule, Trainer
from sparky.callbacks import RelevanceLogger, LossPrinter


def main():
    torch.manual_seed(11)
    module = CircuitModule(n_in=2, hidden=12)
    trainer = Trainer(max_epochs=3, steps_per_epoch=4, callbacks=[LossPrinter(), RelevanceLogger(every=1)])
    trainer.fit(module)
    print("done; relevance log entries:", len(trainer.logs.get("relevance", [])))


if __name__ == "__main__":
    main()
