# expect: crash
"""Scrivener's ink-flow model: predict pen-pressure from stroke samples.

Periodic spot checks run the model on a held-out page inside an `evaluating()`
context; pages with blotted (NaN) samples raise and are skipped by the caller.
"""
import contextlib
import math

import torch
import torch.nn as nn

torch.manual_seed(3)


class InkFlow(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.enc = nn.LSTM(2, hidden, batch_first=True)
        self.dec = nn.Linear(hidden, 1)
        self.drop = nn.Dropout(0.2)

    def forward(self, strokes):
        h, _ = self.enc(strokes)
        return self.dec(self.drop(h)).squeeze(-1)


class BlottedPage(ValueError):
    pass


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    yield model
    model.train(was)


def spot_check(model, page):
    with evaluating(model), torch.no_grad():
        pred = model(page)
        if torch.isnan(pred).any():
            raise BlottedPage("page has blotted samples")
        return pred.abs().mean().item()


def main():
    model = InkFlow()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    pages = [torch.randn(2, 5, 2) for _ in range(2)]
    pages[1][0, 2, 0] = math.nan
    model.train()
    for it in range(6):
        strokes = torch.randn(4, 5, 2)
        pressure = strokes.sum(-1)
        loss = (model(strokes) - pressure).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if it % 2 == 1:
            page = pages[(it // 2) % len(pages)]
            try:
                print(it, "spot", round(spot_check(model, page), 4))
            except BlottedPage as err:
                print(it, "skipped:", err)


if __name__ == "__main__":
    main()
