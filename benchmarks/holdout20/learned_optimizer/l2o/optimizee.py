import torch
import torch.nn as nn
from torch.func import functional_call


class GRURegressor(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])

    def loss_with(self, params, x, y):
        return ((functional_call(self, params, (x,)) - y) ** 2).mean()


def sample_task():
    w = torch.randn(1)
    x = torch.randn(8, 5, 1)
    return x, w * x.sum(1)
