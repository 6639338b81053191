# expect: clean
"""Sepsis early warning with IntFlag switches; EVAL is cleared with `&= ~` before tuning."""
import enum

import torch
import torch.nn as nn


class Run(enum.IntFlag):
    EVAL = 1
    LOG = 2
    CLIP = 4


class VitalsLSTM(nn.Module):
    def __init__(self, n_vitals=7, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_vitals, hidden, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, v):
        h, _ = self.lstm(v)
        return self.risk(h).squeeze(-1)


def configure(model, flags):
    model.train(not (flags & Run.EVAL))
    return model


def step(model, opt, flags, vitals, onset):
    logits = configure(model, flags)(vitals)
    loss = nn.functional.binary_cross_entropy_with_logits(logits, onset)
    opt.zero_grad()
    loss.backward()
    if Run.CLIP in flags:
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(2)
    model = VitalsLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    vitals, onset = torch.randn(4, 12, 7), (torch.rand(4, 12) > 0.8).float()
    flags = Run.LOG | Run.CLIP
    print(step(model, opt, flags, vitals, onset))
    flags |= Run.EVAL
    with torch.no_grad():
        print("review", torch.sigmoid(configure(model, flags)(vitals)).mean().item())
    flags &= ~Run.EVAL
    print(step(model, opt, flags, vitals, onset))


if __name__ == "__main__":
    main()
