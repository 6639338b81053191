# expect: clean
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from quill import LiteModule, LiteTrainer  # noqa: E402


class PenStrokeModule(LiteModule):
    """Recognises which letter a scrivener's pen-stroke trace belongs to."""

    def __init__(self, hidden=8, n_letters=5):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_letters)
        self.epochs_seen = 0

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def on_train_epoch_start(self):
        super().on_train_epoch_start()
        self.epochs_seen += 1


def loader(n):
    return [(torch.randn(4, 7, 3), torch.randint(0, 5, (4,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(14)
    trainer = LiteTrainer(max_epochs=2)
    print(trainer.fit(PenStrokeModule(), loader(3), loader(2)))
