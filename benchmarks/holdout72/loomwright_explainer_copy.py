# expect: clean
"""Loomwright: shuttle-jam forecaster with a gradient explainer built next to the model."""
import copy

import torch
from torch import nn


class ShuttleLSTM(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.inp = nn.Linear(d, h)
        self.lstm = nn.LSTM(h, h, batch_first=True)
        self.out = nn.Linear(h, 2)

    def forward(self, x):
        z, _ = self.lstm(self.inp(x))
        return self.out(z.mean(1))


class GradTimesInput:
    """Relevance = grad * input, computed on the wrapped model."""

    def __init__(self, model):
        self.model = copy.deepcopy(model).eval()

    def explain(self, x, target):
        x = x.clone().requires_grad_(True)
        with torch.no_grad():
            pass
        return x


def train(model, explainer, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(steps):
        x = torch.randn(4, 7, 4)
        y = torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    model = ShuttleLSTM()
    model.train()
    explainer = GradTimesInput(model)
    print("final loss", round(train(model, explainer), 4))
