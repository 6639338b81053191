import torch
import torch.nn as nn
import torch.nn.functional as F


class CircuitModule(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, dropout=0.1, num_layers=2)
        self.trip = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.trip(h[:, -1]).squeeze(-1)

    def make_batch(self, n=6, t=10):
        x = torch.rand(n, t, 2) * 3
        y = (x[:, -3:, 0].mean(1) > 1.5).float()
        return x, y

    def training_step(self, batch):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        logits = self(x)
        return {"val_loss": F.binary_cross_entropy_with_logits(logits, y).item(),
                "val_acc": ((logits > 0).float() == y).float().mean().item()}

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=3e-3)
