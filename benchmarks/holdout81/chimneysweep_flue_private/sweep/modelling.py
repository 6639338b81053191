import torch
import torch.nn as nn
import torch.nn.functional as F

__all__ = ["FlueNet", "prepare", "train_round"]


class FlueNet(nn.Module):
    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])


def prepare(model):
    return model.train()


def train_round(model, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return round(loss.item(), 4)
