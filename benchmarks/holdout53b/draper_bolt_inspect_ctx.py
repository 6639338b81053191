# expect: crash
"""Draper bolt inspection: an LSTM reads a roll of cloth (per-metre thread counts) and scores flaws.

A hand-written context manager class puts the model into inspection mode. The refit step was
moved inside the `with` block while tidying.
"""
import torch
import torch.nn as nn


class Inspection:
    """Switch a model to eval on entry and restore the previous mode on exit."""

    def __init__(self, model):
        self.model = model
        self._prev = None

    def __enter__(self):
        self._prev = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self._prev)
        return False


class BoltScorer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, roll):
        h, _ = self.lstm(roll)
        return torch.sigmoid(self.out(h)).squeeze(-1)


def main():
    torch.manual_seed(2)
    model = BoltScorer()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    rolls = torch.randn(5, 12, 4)
    flaws = (torch.rand(5, 12) > 0.8).float()

    for epoch in range(2):
        model.train()
        loss = nn.functional.binary_cross_entropy(model(rolls), flaws)
        opt.zero_grad(); loss.backward(); opt.step()

    with Inspection(model) as m:
        scores = m(rolls)
        print("flagged metres:", int((scores > 0.5).sum()))
        # refit on the flagged rolls only, while we have them
        hard = scores.detach().max(1).values > 0.3
        refit = nn.functional.binary_cross_entropy(m(rolls[hard]), flaws[hard])
        opt.zero_grad()
        refit.backward()  # TM001-here
        opt.step()
    print("done", refit.item())


if __name__ == "__main__":
    main()
