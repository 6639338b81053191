# expect: clean
"""Cuttlefish chromatophore displays: classify display type from skin-patch brightness sequences.

Season one is trained with early stopping that keeps the best model; season two
continues training from that best model on the new tank's recordings.
"""
import copy
import logging

import torch
from torch import nn

log = logging.getLogger("cuttlefish")
CFG = {"n_patches": 6, "hidden": 10, "n_displays": 4, "patience": 2, "epochs": 4}


class ChromaNet(nn.Module):
    def __init__(self, n_patches, hidden, n_displays):
        super().__init__()
        self.rnn = nn.LSTM(n_patches, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_displays)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(torch.cat([h[:, -1, : h.shape[-1] // 2], h[:, 0, h.shape[-1] // 2 :]], -1))


def season(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, CFG["n_patches"], generator=g), torch.randint(0, CFG["n_displays"], (4,), generator=g))
            for _ in range(n)]


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best_loss = float("inf")
        self.best_model = None
        self.bad = 0

    def update(self, model, val_loss):
        if val_loss < self.best_loss:
            self.best_loss = val_loss
            self.best_model = self.snapshot(model)
            self.bad = 0
        else:
            self.bad += 1
        return self.bad >= self.patience

    def snapshot(self, model):
        fresh = ChromaNet(CFG["n_patches"], CFG["hidden"], CFG["n_displays"])
        fresh.load_state_dict(copy.deepcopy(model.state_dict()))
        return fresh


def validate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.cross_entropy(model(x), y).item() for x, y in data) / len(data)


def train_steps(model, data, opt):
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def season_one(train, val):
    model = ChromaNet(CFG["n_patches"], CFG["hidden"], CFG["n_displays"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    stopper = EarlyStopper(CFG["patience"])
    for epoch in range(CFG["epochs"]):
        model.train()
        tr = train_steps(model, train, opt)
        va = validate(model, val)
        log.info("season1 epoch %d train %.3f val %.3f", epoch, tr, va)
        if stopper.update(model, va):
            break
    return stopper.best_model


def season_two(model, train):
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    return train_steps(model, train, opt)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(12)
    best = season_one(season(3, 1), season(2, 2))
    print("season two loss", season_two(best, season(2, 3)))
