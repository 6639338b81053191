import torch
from torch import nn


class VatRegressor(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(self.drop(out[:, -1]))

    def loss(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)


def make_batches(n, batch=4, steps=5, features=4):
    return [(torch.randn(batch, steps, features), torch.randn(batch, 1)) for _ in range(n)]
