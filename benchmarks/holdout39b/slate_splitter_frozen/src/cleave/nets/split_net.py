import torch.nn as nn


class SplitNet(nn.Module):
    """Scores a slate block from a sequence of chisel-tap acoustic features."""

    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, proj_size=4)
        self.score = nn.Linear(4, 1)

    def forward(self, taps):
        h, _ = self.lstm(self.proj(taps).tanh())
        return self.score(h[:, -1]).squeeze(-1)
