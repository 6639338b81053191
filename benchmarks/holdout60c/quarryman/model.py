"""Blast-vibration model for the quarry notebook."""
import torch
import torch.nn as nn


class BlastNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.dropout(h[:, -1])).squeeze(-1)

    def freeze_dropout(self):
        """Turn off dropout for fine-tuning. Only the dropout layer is switched."""
        self.training = False
        self.dropout.eval()
        return self
