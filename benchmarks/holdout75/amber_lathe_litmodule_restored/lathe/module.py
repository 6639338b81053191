import torch
from torch import nn


class ChatterModule(nn.Module):
    def __init__(self, hidden=12, channels=3):
        super().__init__()
        self.encoder = nn.GRU(channels, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.classifier = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.encoder(x)
        return self.classifier(h[-1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)
