import torch
from torch import nn


class Task(nn.Module):
    """Very small imitation of a LightningModule."""

    def training_step(self, batch):
        raise NotImplementedError

    def predict_step(self, batch):
        return self(batch[0])

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def train_dataloader(self):
        return [self.make_batch() for _ in range(3)]


class WearTask(Task):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)

    def make_batch(self):
        x = torch.randn(3, 5, 4)
        return x, x.abs().sum((1, 2))

    def training_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)
