import torch
import torch.nn as nn


class MarionetteController(nn.Module):
    def __init__(self, n_strings=6, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_strings, hidden, batch_first=True)
        self.pull = nn.Linear(hidden, n_strings)

    def forward(self, pulls):
        h, _ = self.lstm(pulls)
        return self.pull(h)


def capture_sessions(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(2, 16, 6, generator=g).cumsum(1) * 0.1 for _ in range(n)]
