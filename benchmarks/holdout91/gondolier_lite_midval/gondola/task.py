import torch
from torch import nn

from lite import LiteModule


class OarStrokeTask(LiteModule):
    """Gondola oar-stroke IMU windows -> stroke type (forward / reverse / steering)."""

    def __init__(self, preview_batches, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(6, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)
        self.preview_batches = preview_batches
        self.previews = []

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean().item()

    def on_validation_end(self):
        # show a few predictions after each validation, like a sample-logging callback
        preds = self.trainer.predict(self, self.preview_batches)
        self.previews.append(torch.cat(preds).argmax(-1).tolist())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
