import torch
from torch import nn


class StaveModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)

    @torch.no_grad()
    def score(self, x, y):
        self.eval()
        return nn.functional.mse_loss(self(x), y).item()
