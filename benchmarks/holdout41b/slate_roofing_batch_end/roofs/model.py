import torch
import torch.nn as nn
import torch.nn.functional as F

from litish import LitModule


class RoofLeakModel(LitModule):
    """Classifies slate-roof moisture traces as leaking or not; logs input saliency."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h.mean(1))

    def saliency(self, x, y):
        with torch.enable_grad():
            x = x.clone().requires_grad_(True)
            score = self(x).gather(1, y[:, None]).sum()
            g, = torch.autograd.grad(score, x)
        return g.abs().mean().item()

    def training_step(self, batch, idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(-1) == y).float().mean())

    def on_train_batch_end(self, batch, idx):
        # saliency is tracked on training batches, where the loop keeps the module in train mode
        x, y = batch
        self.log("train_saliency", self.saliency(x, y))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
