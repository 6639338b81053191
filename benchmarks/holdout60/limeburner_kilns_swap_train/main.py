# expect: clean
import torch
from torch import nn

from kilnkit import KeepBest, KilnModule, KilnTrainer


class LimeKiln(KilnModule):
    """Predicts quicklime yield from flue-temperature logs of a lime kiln."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)

    def training_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    validation_step = training_step


def logs(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 10, 3, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(12)
    trainer = KilnTrainer(max_epochs=3, callbacks=[KeepBest()])
    trainer.fit(LimeKiln(), logs(3, 0), logs(2, 1))
    trainer.refine(logs(2, 2))
    print("best val", trainer.callbacks[0].best_score)
