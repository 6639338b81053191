import torch.nn as nn

__all__ = ["StitchTagger"]


class _Backbone(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, z):
        out, _ = self.lstm(z)
        return out[:, -1]


class StitchTagger(nn.Module):
    def __init__(self, n_in, hidden, freeze_backbone=True):
        super().__init__()
        self.freeze_backbone = freeze_backbone
        self.embed = nn.Linear(n_in, hidden)
        self.adapter = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh())
        self.backbone = _Backbone(hidden)
        self.head = nn.Linear(hidden, 1)
        if freeze_backbone:
            self.embed.requires_grad_(False)
            self.backbone.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_backbone:
            self.backbone.eval()
        return self

    def forward(self, x):
        z = self.adapter(self.embed(x))
        return self.head(self.backbone(z)).squeeze(-1)
