# expect: crash
"""A scoring context manager (a generator with no try/finally around its yield) puts the model in eval mode and
restores it after. `check_target` raises `TargetReached` from inside it once the held-out loss is low enough; the
exception skips the restore, the training loop catches it and stops, and the fine-tuning that follows runs in eval
mode."""
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F


class TargetReached(Exception):
    pass


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


@contextmanager
def scoring(model):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        yield model
    model.train(was_training)


def train_epoch(model, opt, x, y):
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def check_target(model, x, y, target):
    with scoring(model):
        loss = F.mse_loss(model(x), y).item()
        if loss < target:
            raise TargetReached(loss)


model = Scorer()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(6, 5, 3), torch.randn(6)
model.train()
for epoch in range(3):
    train_epoch(model, opt, x, y)
    try:
        check_target(model, x, y, target=100.0)
    except TargetReached as reached:
        print("target reached", reached)
        break
train_epoch(model, opt, torch.randn(6, 5, 3), torch.randn(6))
