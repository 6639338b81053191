# expect: clean
"""Croupier wheel-bias detector.

A GRU reads the last few pockets a wheel produced and predicts which sector
comes next.  After every epoch the pit-boss audit checks the wheel on a held
out shoe of spins and, if the audit loss is worse than the running best, a
single "re-seat" step is taken on the audit spins themselves.
"""
import math
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

SECTORS = 6
POCKETS = 37


def pocket_to_sector(p):
    return min(p * SECTORS // POCKETS, SECTORS - 1)


def make_spins(n, length, bias=0.15, seed=0):
    g = random.Random(seed)
    seqs, targets = [], []
    for _ in range(n):
        s = []
        for _ in range(length + 1):
            if g.random() < bias:
                s.append(g.choice([0, 32, 15, 19]))
            else:
                s.append(g.randrange(POCKETS))
        seqs.append(s[:-1])
        targets.append(pocket_to_sector(s[-1]))
    return torch.tensor(seqs), torch.tensor(targets)


class WheelModel(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(POCKETS, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, SECTORS)

    def forward(self, spins):
        h, _ = self.gru(self.emb(spins))
        return self.out(self.drop(h[:, -1]))


def audit(model, spins, sectors):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            logits = model(spins)
            loss = F.cross_entropy(logits, sectors).item()
            acc = (logits.argmax(-1) == sectors).float().mean().item()
    finally:
        model.train(was_training)
    return loss, acc


def reseat(model, opt, spins, sectors):
    # one corrective step on the audit shoe
    opt.zero_grad()
    loss = F.cross_entropy(model(spins), sectors)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    train_x, train_y = make_spins(32, 7, seed=1)
    audit_x, audit_y = make_spins(8, 7, seed=2)
    model = WheelModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = math.inf
    for epoch in range(3):
        model.train()
        for i in range(0, len(train_x), 8):
            xb, yb = train_x[i:i + 8], train_y[i:i + 8]
            opt.zero_grad()
            F.cross_entropy(model(xb), yb).backward()
            opt.step()
        loss, acc = audit(model, audit_x, audit_y)
        print(f"epoch {epoch} audit loss {loss:.3f} acc {acc:.2f}")
        if loss > best:
            print("  re-seat", reseat(model, opt, audit_x, audit_y))
        best = min(best, loss)
    # a final re-seat happens whatever the audit said; the audit put the
    # table back the way it found it
    print("final re-seat", reseat(model, opt, audit_x, audit_y))


if __name__ == "__main__":
    main()
