import torch.nn as nn


class PatchChooser(nn.Module):
    def __init__(self, n_in, hidden, n_patches):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_patches)

    def forward(self, x):
        h, _ = self.gru(self.inp(x).relu())
        return self.cls(h[:, -1])


def build_model(cfg):
    return PatchChooser(cfg["n_in"], cfg["hidden"], cfg["n_patches"])
