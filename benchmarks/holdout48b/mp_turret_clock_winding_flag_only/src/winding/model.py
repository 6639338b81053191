import torch
import torch.nn.functional as F

from minilit import MiniModule


class DriftForecaster(MiniModule):
    def __init__(self, hidden=6):
        super().__init__()
        self.net = torch.nn.LSTM(2, hidden, batch_first=True)
        self.proj = torch.nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.net(x)
        return self.proj(out[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.mse_loss(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_loss", F.mse_loss(self(x), y).item())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
