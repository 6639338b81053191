"""Model and trainer for the dyers' vat-colour notebook."""
import torch
import torch.nn as nn


class VatColourGRU(nn.Module):
    """Reads a dip schedule (time, temperature, mordant) and predicts a Lab colour."""

    def __init__(self, n_in=3, hidden=10, n_out=3):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.readout = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_out))

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.readout(h[:, -1])


class VatTrainer:
    def __init__(self, model, lr=3e-3):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)

    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            self.opt.zero_grad()
            loss = nn.functional.smooth_l1_loss(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    @torch.no_grad()
    def evaluate(self, batches):
        self.model.eval()
        errs = [(self.model(x) - y).norm(dim=-1).mean().item() for x, y in batches]
        return sum(errs) / len(errs)
