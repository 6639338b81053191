# expect: crash
"""Loom tension monitor: a functools.wraps decorator is meant to restore the mode after evaluation."""
import functools

import torch
from torch import nn


def inference_step(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        was_training = self.model.training
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(was_training)

    return wrapper


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, num_layers=2, dropout=0.1, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


class Runner:
    def __init__(self):
        self.model = TensionNet()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.05)

    @inference_step
    def score(self, x):
        return self.model(x).abs().mean().item()

    def train_step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    torch.manual_seed(5)
    r = Runner()
    r.model.train()
    for i in range(4):
        x = torch.randn(3, 5, 3)
        r.train_step(x, x.sum((1, 2)))
        if i % 2 == 0:
            print("score", round(r.score(torch.randn(3, 5, 3)), 4))


if __name__ == "__main__":
    main()
