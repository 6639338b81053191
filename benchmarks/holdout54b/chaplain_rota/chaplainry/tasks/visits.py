import torch
import torch.nn as nn
import torch.nn.functional as F

from ..core.module import RotaModule


def ward_requests(n, shifts=7, wards=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.poisson(torch.rand(n, shifts, wards, generator=g) * 3, generator=g)
    y = x[:, -3:].mean(1)
    return x / 3, y


class VisitForecaster(RotaModule):
    def __init__(self, wards=5, hidden=8):
        super().__init__()
        self.gru = nn.GRU(wards, hidden, batch_first=True)
        self.head = nn.Linear(hidden, wards)

    def forward(self, x):
        out, _ = self.gru(x)
        return F.softplus(self.head(out[:, -1]))

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.poisson_nll_loss(self(x), y, log_input=False)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return F.poisson_nll_loss(self(x), y, log_input=False).item()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
