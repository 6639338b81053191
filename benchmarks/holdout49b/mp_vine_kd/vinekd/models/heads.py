import torch.nn as nn

from .backbone import ShootEncoder


class TeacherHead(nn.Module):
    def __init__(self, encoder, hidden=10, n_cls=3):
        super().__init__()
        self.encoder = encoder
        self.mlp = nn.Sequential(nn.Linear(hidden, 16), nn.ReLU(), nn.Linear(16, n_cls))

    def forward(self, x):
        return self.mlp(self.encoder(x))


class StudentHead(nn.Module):
    def __init__(self, encoder, hidden=10, n_cls=3):
        super().__init__()
        self.encoder = encoder
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.fc(self.encoder(x))


def build_pair(cfg):
    """Teacher and student share the shoot encoder (the 'cheap head' set-up)."""
    enc = ShootEncoder(cfg["n_in"], cfg["hidden"])
    return TeacherHead(enc, cfg["hidden"], cfg["n_cls"]), StudentHead(enc, cfg["hidden"], cfg["n_cls"])
