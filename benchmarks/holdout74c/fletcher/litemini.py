"""A hand-rolled LightningModule look-alike for the fletcher notebooks (no lightning install on the lab box)."""
import torch
from torch import nn
import torch.nn.functional as F


class LiteModule(nn.Module):
    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)


class ArrowFlight(LiteModule):
    """Predicts arrow drift from fletching vane measurements along the shaft."""

    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)

    def training_step(self, batch):
        x, y = batch
        return F.smooth_l1_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.l1_loss(self(x), y).item()


class MiniTrainer:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs
        self.logged = []

    def validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            score = sum(module.validation_step(b) for b in loader) / len(loader)

        self.logged.append(("val_mae", score))
        return score

    def fit(self, module, train_loader, val_loader=None):
        opt = module.configure_optimizers()

        for epoch in range(self.max_epochs):
            for batch in train_loader:
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()  # TM001-here
                opt.step()
            self.logged.append(("train_loss", loss.item()))
            if val_loader is not None:
                self.validate(module, val_loader)
        return self
