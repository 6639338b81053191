"""Predict whether a crease is a mountain or a valley fold from the folding sequence."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CreaseModule(nn.Module):
    def __init__(self, n_feats=6, hidden=12, n_classes=2, lr=1e-2):
        super().__init__()
        self.lr = lr
        self.proj = nn.Linear(n_feats, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(self.drop(h[:, -1]))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
