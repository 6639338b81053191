"""A hand-written LightningModule imitation for the perry-press notebooks."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PressModule(nn.Module):
    """Juice yield (litres) from a sequence of press readings (pressure, temperature, pear variety one-hot)."""

    def __init__(self, n_feat=6, hidden=10, lr=3e-3):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.lr = lr
        self.logged = {}

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)

    def log(self, name, value):
        self.logged.setdefault(name, []).append(float(value))

    def training_step(self, batch):
        x, y = batch
        loss = F.mse_loss(self(x), y)
        self.log('train_loss', loss)
        return loss

    def validation_step(self, batch):
        x, y = batch
        self.log('val_mae', (self(x) - y).abs().mean())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


def fit(module, train_batches, val_batches, max_epochs=2):
    """Like a tiny Trainer.fit: train() at the start of every epoch, eval() around validation."""
    opt = module.configure_optimizers()
    for epoch in range(max_epochs):
        module.train()
        for batch in train_batches:
            opt.zero_grad()
            module.training_step(batch).backward()
            opt.step()
        module.eval()
        with torch.no_grad():
            for batch in val_batches:
                module.validation_step(batch)
    return module.logged
