import torch
from torch import nn


class WickModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.char = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.char(h).squeeze(-1)

    def example(self):
        return torch.randn(1, 5, 2)


def train_briefly(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(4, 5, 2)
        loss = (model(x) - x[..., 1].cumsum(1)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model
