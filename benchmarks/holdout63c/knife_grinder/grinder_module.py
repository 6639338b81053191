"""A hand-written LightningModule look-alike for the knife-grinder wheel-wear notebook."""
import torch
from torch import nn


class GrinderModule(nn.Module):
    def __init__(self, n_feat=4, hidden=10, lr=5e-3):
        super().__init__()
        self.hparams = {'n_feat': n_feat, 'hidden': hidden, 'lr': lr}
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)
        self.wear = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.wear(h).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return {'val_mse': nn.functional.mse_loss(self(x), y).item()}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams['lr'])
