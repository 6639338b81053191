from torch import nn


class HedgeSpeciesGRU(nn.Module):
    def __init__(self, n_feat=6, hidden=8, n_species=3):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_species)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(h[-1])


def build_model(cfg):
    return HedgeSpeciesGRU(hidden=cfg.get("hidden", 8))
