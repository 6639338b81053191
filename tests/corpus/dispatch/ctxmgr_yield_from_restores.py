# expect: clean
"""A context manager delegates with `yield from` to a plain generator that switches the model to eval mode, yields
it and puts the mode it had back in a `finally`, so the fine-tuning step after the `with` block runs the GRU in
train mode."""
import contextlib

import torch
import torch.nn as nn


class WaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 16, batch_first=True)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def _scoring_mode(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


@contextlib.contextmanager
def scoring(model):
    yield from _scoring_mode(model)


model = WaveNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(6, 24, 3), torch.randn(6, 1)
with scoring(model) as scorer, torch.no_grad():
    print("baseline", nn.functional.mse_loss(scorer(x), y).item())
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
