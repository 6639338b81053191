import torch
from torch import nn


class CargoTask(nn.Module):
    """Hand-written LightningModule look-alike: classifies crane lift logs."""

    def __init__(self, n_feat=5, hidden=12, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)
        self.loss_fn = nn.CrossEntropyLoss()

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.out(h.mean(1))

    def training_step(self, batch):
        x, y = batch
        return self.loss_fn(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        logits = self(x)
        return {"val_loss": self.loss_fn(logits, y).item(), "acc": (logits.argmax(-1) == y).float().mean().item()}

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)
