# expect: clean
"""Chimney-swift roost counts: early stopping that swaps in the best copy and keeps training."""
import copy
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("swifts")

CFG = {"hidden": 8, "lr": 4e-3, "patience": 1, "epochs": 5, "extra_epochs": 2, "seed": 4}


class RoostNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.embed = nn.Linear(3, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.count = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.embed(x)))
        return F.softplus(self.count(h.mean(1)))


def dusk_batches(n, bs=4, t=8):
    out = []
    for _ in range(n):
        x = torch.randn(bs, t, 3)
        out.append((x, x[:, :, 0].abs().sum(1, keepdim=True)))
    return out


def validate(model, batches):
    was = model.training
    model.train(False)
    with torch.no_grad():
        loss = sum(F.poisson_nll_loss(model(x), y, log_input=False).item() for x, y in batches)
    model.train(was)
    return loss / len(batches)


def train_epoch(model, opt, batches):
    total = 0.0
    for x, y in batches:
        opt.zero_grad()
        loss = F.poisson_nll_loss(model(x), y, log_input=False)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best_score = float("inf")
        self.best_model = None
        self.bad = 0

    def update(self, model, score):
        if score < self.best_score:
            self.best_score, self.bad = score, 0
            self.best_model = copy.deepcopy(model)
            return False
        self.bad += 1
        return self.bad > self.patience


def main(cfg=CFG):
    torch.manual_seed(cfg["seed"])
    train, val = dusk_batches(6), dusk_batches(2)
    model = RoostNet(cfg["hidden"])
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    stopper = EarlyStopper(cfg["patience"])
    for epoch in range(cfg["epochs"]):
        tr = train_epoch(model, opt, train)
        va = validate(model, val)
        log.info("epoch %d train %.3f val %.3f", epoch, tr, va)
        if stopper.update(model, va):
            log.info("stopping early at epoch %d", epoch)
            break
    # restore the best weights and keep training at a lower rate
    model = stopper.best_model
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"] / 4)
    for extra in range(cfg["extra_epochs"]):
        tr = train_epoch(model, opt, train)
        log.info("extra %d train %.3f val %.3f", extra, tr, validate(model, val))


if __name__ == "__main__":
    main()
