import torch
import torch.nn as nn
import torch.nn.functional as F


class TraverseModule(nn.Module):
    """Imitates a LightningModule: training_step / validation_step / configure_optimizers."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True, num_layers=2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.l1_loss(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=5e-3)
