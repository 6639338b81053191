# expect: clean
"""Canal lock water levels: evaluation is a ContextDecorator that restores the previous mode."""
import contextlib

import torch
from torch import nn


class evaluating(contextlib.ContextDecorator):
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.prev = self.model.training
        self.model.eval()
        return self

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


class Levels(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


model = Levels()
x, y = torch.randn(5, 8, 2), torch.randn(5, 1)


@evaluating(model)
def report():
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(3):
    print("val", report())
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
