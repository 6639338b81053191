import torch.nn as nn
import torch.nn.functional as F

from .registry import register_module


@register_module
class GRUForecaster(nn.Module):
    def __init__(self, in_dim, hidden, horizon):
        super().__init__()
        self.rnn = nn.GRU(in_dim, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.proj = nn.Linear(hidden, horizon)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.proj(out[:, -1])

    def train_step(self, batch, optimizer):
        x, y = batch
        loss = F.mse_loss(self(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return dict(loss=loss.item(), num_samples=len(x))

    def val_step(self, batch):
        x, y = batch
        return dict(mse=F.mse_loss(self(x), y).item())
