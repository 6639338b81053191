# expect: crash
"""Water-level forecasting with a reeve-style engine: mid-epoch validation every two steps."""
import logging
import torch
from torch import nn
from reeve import BaseTask, Engine

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("levels")


class LevelNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


class LevelTask(BaseTask):
    def on_validation_end(self, scores):
        best = min(scores)
        log.info("val mse %.4f", best)
        self.val_scores.append(best)


def batches(n):
    return [(torch.randn(4, 7, 3), torch.randn(4, 1)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    task = LevelTask(LevelNet())
    Engine(epochs=2, val_every=2).run(task, batches(5), batches(2))
    print("val scores", [round(s, 3) for s in task.val_scores])
