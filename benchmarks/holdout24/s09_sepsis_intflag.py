# expect: crash
"""Sepsis early warning from hourly vitals; run switches are an enum.IntFlag.

The review pass ORs EVAL into the flags and the alert-threshold tuning reuses them.
"""
import enum

import torch
import torch.nn as nn


class Run(enum.IntFlag):
    NONE = 0
    EVAL = 1
    LOG = 2
    CLIP = 4


class VitalsGRU(nn.Module):
    def __init__(self, n_vitals=7, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_vitals, hidden, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, v):
        h, _ = self.gru(v)
        return self.risk(h).squeeze(-1)  # hourly risk logits


def configure(model, flags):
    model.train(not (flags & Run.EVAL))
    return model


def step(model, opt, flags, vitals, onset):
    logits = configure(model, flags)(vitals)
    loss = nn.functional.binary_cross_entropy_with_logits(logits, onset)
    opt.zero_grad()
    loss.backward()  # TM001-here
    if flags & Run.CLIP:
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    if flags & Run.LOG:
        print("loss", round(loss.item(), 4))


def main():
    torch.manual_seed(2)
    model = VitalsGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    vitals = torch.randn(4, 12, 7)
    onset = (torch.rand(4, 12) > 0.8).float()
    flags = Run.LOG | Run.CLIP
    step(model, opt, flags, vitals, onset)
    flags |= Run.EVAL
    with torch.no_grad():
        print("review auroc proxy", torch.sigmoid(configure(model, flags)(vitals)).mean().item())
    step(model, opt, flags, vitals, onset)  # alert-threshold tuning


if __name__ == "__main__":
    main()
