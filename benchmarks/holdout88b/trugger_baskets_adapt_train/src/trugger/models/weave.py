import torch
import torch.nn as nn

from .registry import register


@register("weave_gru")
class WeaveGRU(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_classes)
        self.recon = nn.Linear(hidden, n_in)

    def encode(self, x):
        h, _ = self.encoder(x)
        return h

    def forward(self, x):
        return self.classifier(self.encode(x)[:, -1])

    def self_supervised_loss(self, x):
        h = self.encode(x[:, :-1])
        return torch.mean((self.recon(h) - x[:, 1:]) ** 2)
