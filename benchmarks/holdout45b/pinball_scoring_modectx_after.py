# expect: clean
"""Pinball table scoring: predict the bonus multiplier from a flipper-event sequence.

An ``InferenceMode`` context manager class flips the model to eval on __enter__ and
restores the previous mode on __exit__. The audit step only uses the block for
the reported score; the loss that is backpropagated is recomputed after the block exits.
"""
import random

import torch
import torch.nn as nn

torch.manual_seed(0)
random.seed(0)


class FlipperNet(nn.Module):
    def __init__(self, n_events=6, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_events, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


class InferenceMode:
    """Switches a module to eval for the duration of the block."""

    def __init__(self, module):
        self.module = module
        self._was = None

    def __enter__(self):
        self._was = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._was)
        return False


def make_batch(n=4, t=7):
    x = torch.randn(n, t, 6)
    y = x[..., 0].sum(1) * 0.3 + torch.randn(n) * 0.1
    return x, y


def train_epoch(model, opt, steps=3):
    model.train()
    total = 0.0
    for _ in range(steps):
        x, y = make_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / steps


def audit_flippers(model):
    x, y = make_batch(2)
    x.requires_grad_(True)
    with InferenceMode(model) as m:
        with torch.no_grad():
            reported = nn.functional.mse_loss(m(x), y).item()
    # outside the block: the model is back in its previous (train) mode
    err = nn.functional.mse_loss(model(x), y)
    err.backward()
    print(f"audit loss {reported:.4f}")
    return x.grad.abs().mean(dim=(0, 1))


def main():
    model = FlipperNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        loss = train_epoch(model, opt)
        print(f"epoch {epoch} loss {loss:.4f}")
    scores = audit_flippers(model)
    print("flipper importance", [round(v, 4) for v in scores.tolist()])


if __name__ == "__main__":
    main()
