import torch
from torch import nn


class BellToneModel(nn.Module):
    """Predicts the strike note drift of a cast bell from a cooling curve."""

    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])

    def training_step(self, batch):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return nn.functional.l1_loss(self(x), y).item()
