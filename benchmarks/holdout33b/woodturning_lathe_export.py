# expect: clean
"""Chatter detection on a wood-turning lathe, with an `export-ready` flag toggled between rounds.

The wrapper marks itself as not-training (`self.training = False`) while a preview of the
predictions is logged; that assignment does not reach the GRU inside, and the next
fine-tuning round runs straight after.
"""
import torch
from torch import nn
from torch.nn import functional as F


class ChatterGRU(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)  # (spindle rpm, tool force, vibration)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])


class LatheModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = ChatterGRU()
        self.calibration = nn.Parameter(torch.zeros(2))

    def forward(self, x):
        return self.core(x) + self.calibration

    def mark_export_ready(self, ready=True):
        # a plain attribute flag that the exporter checks; the children keep their own mode
        self.training = not ready
        return self


def cuts(bs=6, T=14):
    x = torch.randn(bs, T, 3)
    y = (x[:, :, 2].abs().mean(1) > 0.8).long()
    return x, y


torch.manual_seed(9)
model = LatheModel()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
for rnd in range(3):
    for _ in range(3):
        x, y = cuts()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.mark_export_ready()
    with torch.no_grad():
        preview = model(cuts(2)[0]).softmax(-1)[:, 1]
    print(f"round {rnd}: loss {loss.item():.4f}, export-ready={not model.training}, chatter p={preview.tolist()}")
    # next round continues from here; the flag is only read by the exporter
