"""Gait model for the farriers' shoeing rota notebook."""
import torch
import torch.nn as nn


class GaitEncoder(nn.Module):
    def __init__(self, n_feat=4, hidden=8, n_classes=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.proj(x)))
        return self.cls(h.mean(1))

    @classmethod
    def from_checkpoint(cls, state=None, **kw):
        m = cls(**kw)
        if state is not None:
            m.load_state_dict(state)
        return m.eval()


def build_model(cfg):
    return GaitEncoder(cfg["n_feat"], cfg["hidden"], cfg["n_classes"])
