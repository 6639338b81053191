# expect: clean
"""Lamplighter: predict gas-lamp outages from nightly flicker traces."""
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from wick import LitModule, Loop

CONFIG = {"hidden": 8, "lr": 1e-2, "epochs": 2, "val_check_interval": 3, "n_batches": 3}


class FlickerTask(LitModule):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        z, _ = self.rnn(x)
        return self.head(z[:, -1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.binary_cross_entropy_with_logits(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.binary_cross_entropy_with_logits(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=CONFIG["lr"])


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randint(0, 2, (4,), generator=g).float()) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(8)
    loop = Loop(max_epochs=CONFIG["epochs"], val_check_interval=CONFIG["val_check_interval"])
    logged = loop.fit(FlickerTask(CONFIG["hidden"]), loader(CONFIG["n_batches"], 0), loader(1, 1))
    print(logged, loop.global_step)
