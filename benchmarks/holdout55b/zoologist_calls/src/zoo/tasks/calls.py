import torch
from torch import nn
import torch.nn.functional as F

from ..core.module import MiniModule


class CallClassifier(MiniModule):
    """Classifies primate calls from spectrogram frames."""

    def __init__(self, n_mels=6, hidden=10, n_species=3):
        super().__init__()
        self.gru = nn.GRU(n_mels, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_species)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.cls(o.mean(1))

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return (self(x).argmax(1) == y).float().mean().item()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def on_validation_start(self):
        self.eval()
