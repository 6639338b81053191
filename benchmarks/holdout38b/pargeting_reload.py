# expect: crash
"""Pargeting (decorative plaster) cure-time model with checkpoint-on-best and resume.

The best model is pickled whole after each validation, then training resumes from the best checkpoint
for a short fine-tuning phase on the newest plaster batches.
"""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class CureNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def plaster(n=4, hours=6):
    x = torch.randn(n, hours, 3)
    return x, 24 + 3 * x[:, :, 0].mean(1) - 2 * x[:, :, 2].mean(1)


def validate(model, batch):
    model.eval()
    with torch.no_grad():
        return F.l1_loss(model(batch[0]), batch[1]).item()


def step(model, opt, batch):
    opt.zero_grad()
    loss = F.l1_loss(model(batch[0]), batch[1])
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


ckpt = os.path.join(tempfile.mkdtemp(), "best_cure.pt")
try:
    model = CureNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    val = plaster(6)
    best = float("inf")
    for epoch in range(2):
        model.train()
        for _ in range(3):
            step(model, opt, plaster())
        v = validate(model, val)
        if v < best:
            best = v
            torch.save(model, ckpt)
    print("best val", round(best, 3))

    model = torch.load(ckpt, weights_only=False)
    ft_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(2):
        print("fine-tune", round(step(model, ft_opt, plaster()), 3))
finally:
    if os.path.exists(ckpt):
        os.remove(ckpt)
    os.rmdir(os.path.dirname(ckpt))
