# expect: crash
"""Contour-line digitiser for scanned survey maps.

A bidirectional GRU labels each pen-trace point as contour / spot height /
noise.  Training keeps the best model seen on validation; a second, low-LR
phase continues from the best copy.
"""
import copy
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("contours")


class TraceLabeller(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_tags=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.tags = nn.Linear(2 * hidden, n_tags)

    def forward(self, pts):
        return self.tags(self.gru(pts)[0])


class BestKeeper:
    def __init__(self):
        self.best_score = float("inf")
        self.best = None

    def consider(self, model, score):
        if score < self.best_score:
            self.best_score = score
            self.best = copy.deepcopy(model)
            return True
        return False


def validate(model, batches, keeper):
    was = model.training
    model.eval()
    with torch.no_grad():
        score = sum(F.cross_entropy(model(x).flatten(0, 1), y.flatten()).item() for x, y in batches)
    keeper.consider(model, score)
    model.train(was)
    return score


def run_phase(model, opt, batches):
    for x, y in batches:
        loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(31)
    train = [(torch.randn(4, 11, 3), torch.randint(0, 3, (4, 11))) for _ in range(3)]
    val = [(torch.randn(4, 11, 3), torch.randint(0, 3, (4, 11)))]
    model = TraceLabeller()
    model.train()
    keeper = BestKeeper()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        run_phase(model, opt, train)
        log.info("epoch %d val %.4f", epoch, validate(model, val, keeper))

    model = keeper.best
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    print("phase 2 loss", round(run_phase(model, opt, train), 4))


if __name__ == "__main__":
    main()
