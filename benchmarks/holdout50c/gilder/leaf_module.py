"""Gold-leaf adhesion from the gilder's humidity/tack log, written as a hand-rolled LightningModule look-alike."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MiniLightningModule(nn.Module):
    """Just the bits of the Lightning API we use in the notebooks."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)

    def freeze(self):
        for p in self.parameters():
            p.requires_grad = False
        self.eval()

    def unfreeze(self):
        for p in self.parameters():
            p.requires_grad = True
        self.train()


class LeafAdhesion(MiniLightningModule):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def features(self, x):
        h, _ = self.rnn(x)
        return h[:, -1]

    def forward(self, x):
        return self.out(self.features(x)).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.mse_loss(self(x), y)

    @torch.no_grad()
    def validation_step(self, batch, batch_idx):
        x, y = batch
        return F.mse_loss(self(x), y).item()


def tack_log(n=24, steps=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, 4, generator=g)
    y = x[:, -4:, 1].mean(1) - 0.5 * x[:, :, 0].mean(1)
    return x, y


def fit(module, data, epochs=2, bs=6):
    opt = module.configure_optimizers()
    x, y = data
    for ep in range(epochs):
        module.train()
        for bi, i in enumerate(range(0, len(x), bs)):
            loss = module.training_step((x[i:i + bs], y[i:i + bs]), bi)
            opt.zero_grad()
            loss.backward()
            opt.step()
        module.eval()
        print("epoch", ep, "val", module.validation_step(data, 0))
    return module
