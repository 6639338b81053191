import torch
import torch.nn as nn
import torch.nn.functional as F


class WeaveModule(nn.Module):
    """A tiny LightningModule look-alike: steps return losses, the loop drives them."""

    def __init__(self, hidden=8, lr=0.02):
        super().__init__()
        self.lr = lr
        self.rnn = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)

    def training_step(self, batch, idx):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return F.l1_loss(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
