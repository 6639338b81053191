# expect: crash
"""Hot-spring geochemistry: forecast silica / chloride ratios from vent temperature logs.

A small GRU regressor with a calibration routine that is defined in the utilities
section at the bottom of the file and called from the training loop.
"""
import math
import random

import torch
import torch.nn as nn

SEED = 7
N_VENTS = 6
SEQ_LEN = 12
N_FEAT = 3
HIDDEN = 8


def make_logs(n, seq_len):
    t = torch.linspace(0, 1, seq_len)
    logs = []
    for i in range(n):
        phase = random.random() * math.pi
        base = torch.stack([torch.sin(t * 6 + phase), torch.cos(t * 3 + phase), t], dim=-1)
        logs.append(base + 0.05 * torch.randn_like(base))
    x = torch.stack(logs)
    y = x[:, -1, :2].sum(-1, keepdim=True)
    return x, y


class VentGRU(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def train_epoch(model, opt, x, y):
    model.train()
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def calibrate_offsets(model, opt, x, y, steps=2):
    """Field recalibration: nudge the head using a handful of reference samples."""
    for _ in range(steps):
        opt.zero_grad()
        pred = model(x)
        loss = nn.functional.l1_loss(pred, y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    random.seed(SEED)
    torch.manual_seed(SEED)
    x, y = make_logs(N_VENTS, SEQ_LEN)
    ref_x, ref_y = make_logs(2, SEQ_LEN)
    model = VentGRU(N_FEAT, HIDDEN)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        tr = train_epoch(model, opt, x, y)
        va = report_validation(model, x, y)
        print(f"epoch {epoch} train {tr:.4f} val {va:.4f}")
    cal = calibrate_offsets(model, opt, ref_x, ref_y)
    print(f"calibrated l1 {cal:.4f}")


# ---------------------------------------------------------------- utilities

def report_validation(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


if __name__ == "__main__":
    main()
