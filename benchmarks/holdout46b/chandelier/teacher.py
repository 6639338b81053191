"""Teacher side of the chandelier-crystal distillation notebooks.

Crystal drops are tapped and the ring-down is recorded as (frequency band energies) frames.
The teacher is a 2-layer bidirectional LSTM trained once in `pretrain_teacher`; notebooks
load it through `load_teacher`, which returns it ready for inference.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

N_BANDS, N_CLASSES = 5, 3   # flawless / hairline crack / chipped


class CrystalLSTM(nn.Module):
    def __init__(self, hidden=16, layers=2, bidirectional=True):
        super().__init__()
        self.lstm = nn.LSTM(N_BANDS, hidden, num_layers=layers, batch_first=True,
                            bidirectional=bidirectional, dropout=0.1 if layers > 1 else 0.0)
        width = hidden * (2 if bidirectional else 1)
        self.cls = nn.Linear(width, N_CLASSES)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.mean(1))


def ring_downs(n, frames=18, seed=0):
    g = torch.Generator().manual_seed(seed)
    y = torch.randint(0, N_CLASSES, (n,), generator=g)
    t = torch.linspace(0, 1, frames)
    decay = (1.0 + 2.0 * y.float())[:, None, None]
    x = torch.exp(-decay * t[None, :, None]) * torch.rand(n, 1, N_BANDS, generator=g)
    x = x + 0.05 * torch.randn(n, frames, N_BANDS, generator=g)
    return x, y


def pretrain_teacher(x, y, epochs=6):
    model = CrystalLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def load_teacher(x, y):
    teacher = pretrain_teacher(x, y)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher
