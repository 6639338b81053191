import torch
import torch.nn as nn


class StaveModule(nn.Module):
    """A hand-written LightningModule look-alike: barrel-stave moisture curves -> leak energy."""

    def __init__(self, hidden=10, lr=1e-2):
        super().__init__()
        self.lr = lr
        self.gru = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.energy = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.energy(h.mean(1)).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return {"val_loss": nn.functional.mse_loss(self(x), y).item()}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
