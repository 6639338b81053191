# expect: crash
"""Basket weavers: predict how tight a stake-and-strand weave will set.

A context-manager class switches the model to train on __enter__ for the
fine-tuning block and puts back the mode it recorded when it was built.
The manager is built once, up front, after the model was loaded for scoring.
"""
import copy

import torch
import torch.nn as nn


class WeaveNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out.mean(1)).squeeze(-1)


class Tuning:
    """Records the mode at construction; __exit__ goes back to it."""

    def __init__(self, model):
        self.model = model
        self.saved = model.training

    def __enter__(self):
        self.model.train()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.saved)


def rounds(batch=3, steps=5):
    x = torch.rand(batch, steps, 4)
    return x, x[..., :2].mean((1, 2))


def main():
    torch.manual_seed(9)
    base = WeaveNet()
    scorer = copy.deepcopy(base).eval()
    tuning = Tuning(scorer)
    opt = torch.optim.Adam(scorer.parameters(), lr=1e-2)
    for block in range(3):
        with tuning as m:
            x, y = rounds()
            loss = (m(x) - y).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        # between blocks, nudge on the willow the weaver just finished
        x, y = rounds(batch=2)
        nudge = (scorer(x) - y).abs().mean()
        opt.zero_grad()
        nudge.backward()  # TM001-here
        opt.step()
        print(f"block {block}: loss {loss.item():.4f} nudge {nudge.item():.4f}")


if __name__ == "__main__":
    main()
