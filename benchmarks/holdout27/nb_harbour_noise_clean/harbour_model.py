"""Model and trainer for the harbour underwater-noise notebook."""
import torch
import torch.nn as nn


class ShipNoise(nn.Module):
    """Vessel class from hydrophone band energies."""

    def __init__(self, bands=6, hidden=10, n_cls=3):
        super().__init__()
        self.gru = nn.GRU(bands, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        return self.cls(self.gru(x)[0].mean(1))


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, x, y):
        self.model.train()
        loss = nn.functional.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    @torch.no_grad()
    def predict(self, x):
        self.model.eval()
        return self.model(x).argmax(-1)
