# expect: crash
"""Seeing forecast from site telemetry; validation wrapped in a mode context manager."""
from contextlib import contextmanager

import torch
import torch.nn as nn


class SeeingRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 12, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


@contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def run():
    torch.manual_seed(2)
    model = SeeingRNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(8, 6, 4), torch.randn(8)
    for step in range(4):
        with evaluating(model):
            pred = model(x)
            val = nn.functional.mse_loss(pred, y)
        train_loss = nn.functional.mse_loss(pred, y) + 0.0 * val
        opt.zero_grad()
        train_loss.backward()  # TM001-here
        opt.step()
        print(step, train_loss.item())


if __name__ == "__main__":
    run()
