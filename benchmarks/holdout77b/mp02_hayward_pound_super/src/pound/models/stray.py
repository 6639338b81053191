import torch.nn as nn


class StrayGRU(nn.Module):
    """Classifies stray-animal GPS tracks into 'returns home' / 'needs pound'."""

    def __init__(self, n_feat=4, hidden=8, n_cls=2):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.cls(out[:, -1])
