import torch
import torch.nn as nn
import torch.nn.functional as F


class FleeceEncoder(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return h[-1]


class WashTask:
    """Owns the model pieces and the loss; dip-tank sensor runs -> clean / not."""

    def __init__(self, encoder, head):
        self.encoder = encoder
        self.head = head

    def parameters(self):
        return [p for p in self.head.parameters() if p.requires_grad]

    def train_step(self, batch):
        self.head.train()
        x, y = batch
        return F.cross_entropy(self.head(self.encoder(x)), y)

    def valid_step(self, batch):
        x, y = batch
        with torch.no_grad():
            return (self.head(self.encoder(x)).argmax(-1) == y).float().mean().item()
