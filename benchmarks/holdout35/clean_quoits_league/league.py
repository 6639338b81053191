# expect: clean
"""Quoits league throw scorer, trained with online hard-example mining."""
import torch
import torch.nn.functional as F

from quoits import Runner, ThrowScorer
from quoits.runner import Callback, LossLogger


class HardExampleMiner(Callback):
    """Every epoch, re-scores the pool and keeps the hardest throws for training."""

    def __init__(self, pool_x, pool_y, keep=4):
        self.pool_x, self.pool_y, self.keep = pool_x, pool_y, keep

    def on_epoch_start(self, runner):
        if runner.epoch == 0:
            return
        was_training = runner.model.training
        runner.model.eval()
        with torch.no_grad():
            losses = F.binary_cross_entropy_with_logits(
                runner.model(self.pool_x), self.pool_y, reduction="none")
        runner.model.train(was_training)
        idx = losses.topk(self.keep).indices
        runner.batches = [(self.pool_x[idx], self.pool_y[idx])]


def main():
    torch.manual_seed(7)
    pool_x = torch.randn(12, 9, 3)
    pool_y = (torch.rand(12) > 0.5).float()
    model = ThrowScorer()
    runner = Runner(model, [(pool_x[:4], pool_y[:4]), (pool_x[4:8], pool_y[4:8])],
                    callbacks=[HardExampleMiner(pool_x, pool_y), LossLogger()])
    runner.run(epochs=3)


if __name__ == "__main__":
    main()
