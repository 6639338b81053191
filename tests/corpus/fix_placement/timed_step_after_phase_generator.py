# expect: crash
"""Kiln-curve classifier: one generator owns the schedule (training batches, then a validation
sweep that calls `model.eval()`), and the loop dispatches on the phase it yields. The second
epoch's training batches arrive with the model still in eval mode, and the training step -- run
through a timing decorator whose wrapper knows nothing of `model` -- backpropagates through the
eval-mode LSTM. The train() call belongs in the loop, not inside the decorator's wrapper."""
import functools
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class CurveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        wrapper.seconds += time.perf_counter() - start
        return result
    wrapper.seconds = 0.0
    return wrapper


def phases(model, train_batches, val_batches, epochs):
    model.train()
    for epoch in range(epochs):
        for x, y in train_batches:
            yield "train", x, y
        model.eval()
        for x, y in val_batches:
            yield "val", x, y


@timed
def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


@timed
def val_step(model, x, y):
    with torch.no_grad():
        return ((model(x) > 0).float() == y).float().mean().item()


def main():
    torch.manual_seed(2)
    model = CurveNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,)).float()) for _ in range(2)]
    for phase, x, y in phases(model, data, data[:1], epochs=2):
        if phase == "train":
            print("loss", train_step(model, opt, x, y))
        else:
            print("acc", val_step(model, x, y))
    print("train time", round(train_step.seconds, 4))


if __name__ == "__main__":
    main()
