# expect: crash
"""Shearing-shed throughput: checkpoint the best model inside evaluation, then fine-tune it."""
import copy
from enum import Enum

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)


class Phase(Enum):
    FIT = "fit"
    FINETUNE = "finetune"


class ShedModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.enc = nn.GRU(4, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.rate(h[:, -1])


class Checkpointer:
    def __init__(self):
        self.best = float("inf")
        self.model = None

    def evaluate(self, model, batches):
        model.eval()
        with torch.no_grad():
            loss = sum(F.l1_loss(model(x), y).item() for x, y in batches) / len(batches)
        if loss < self.best:
            self.best = loss
            self.model = copy.deepcopy(model)
        return loss


def run_epoch(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        loss = F.l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    runs = [(torch.randn(4, 6, 4), torch.rand(4, 1) * 30) for _ in range(4)]
    held = [(torch.randn(4, 6, 4), torch.rand(4, 1) * 30) for _ in range(2)]
    ckpt = Checkpointer()
    model = ShedModel()
    plan = [(Phase.FIT, 3, 1e-2), (Phase.FINETUNE, 2, 1e-3)]
    for phase, epochs, lr in plan:
        if phase is Phase.FINETUNE:
            model = ckpt.model
        else:
            model.train()
        opt = torch.optim.Adam(model.parameters(), lr=lr)
        for epoch in range(epochs):
            if phase is Phase.FIT:
                model.train()
            tr = run_epoch(model, opt, runs)
            va = ckpt.evaluate(model, held)
            print(f"{phase.value} {epoch} train {tr:.3f} val {va:.3f}")


if __name__ == "__main__":
    main()
