import torch.nn as nn


class FrozenStemMixin:
    """Keeps the pretrained stem in eval mode whatever mode the model is put in."""

    frozen_children = ("stem",)

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen_children:
                child.eval()
        return self


class StaveNet(FrozenStemMixin, nn.Module):
    frozen_children = ("norm",)

    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.stem = nn.GRU(n_in, hidden, batch_first=True)
        self.norm = nn.BatchNorm1d(hidden)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.stem(x)
        return self.head(self.norm(h[:, -1]))
