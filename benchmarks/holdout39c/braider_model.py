"""Net braiders' mesh model: predicts knot slippage from a sequence of mesh passes."""
import torch
import torch.nn as nn


class MeshLSTM(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        z = torch.tanh(self.embed(x))
        out, _ = self.lstm(z)
        return self.head(out[:, -1]).squeeze(-1)


def build(hidden=8):
    torch.manual_seed(3)
    return MeshLSTM(hidden=hidden)
