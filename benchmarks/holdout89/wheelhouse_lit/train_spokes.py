# expect: crash
"""Wheel-spoke tension classifier trained with a small Lightning-like framework."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch
from torch import nn

from spokelight import LitModule, Trainer


class SpokeModule(LitModule):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)


if __name__ == "__main__":
    torch.manual_seed(21)
    mk = lambda n: [(torch.randn(3, 5, 4), torch.randint(0, 3, (3,))) for _ in range(n)]
    trainer = Trainer(max_epochs=2, val_check_interval=2)
    print(trainer.fit(SpokeModule(), mk(5), mk(2)))
