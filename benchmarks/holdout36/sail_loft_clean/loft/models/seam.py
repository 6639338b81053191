import torch
import torch.nn as nn

from .base import FrozenEncoderBase


class SeamStressModel(FrozenEncoderBase):
    """Sailcloth seam stress from a stitched-panel sequence (panel cut ids + wind load)."""

    def __init__(self, n_panels=10, emb=6, hidden=8):
        super().__init__()
        self.panel_embed = nn.Embedding(n_panels, emb)
        self.encoder = nn.LSTM(emb + 1, hidden, batch_first=True, dropout=0.0)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, panels, load):
        z = self.panel_embed(panels)
        h, _ = self.encoder(torch.cat([z, load.unsqueeze(-1)], dim=-1))
        return self.head(h[:, -1]).squeeze(-1)
