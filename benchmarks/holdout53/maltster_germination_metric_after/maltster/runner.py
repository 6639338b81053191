import torch
import torch.nn as nn

from .decorators import inference


class KilnNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return torch.sigmoid(self.out(h[:, -1]))


class GerminationRunner:
    def __init__(self, feats, hidden, lr=0.01):
        self.model = KilnNet(feats, hidden)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=lr)

    @inference
    def predict(self, x):
        return self.model(x)

    def fit_batch(self, x, y):
        self.model.train()
        self.opt.zero_grad()
        loss = nn.functional.binary_cross_entropy(self.model(x), y)
        loss.backward()
        self.opt.step()
        mae = (self.predict(x) - y).abs().mean().item()
        return {"loss": loss.item(), "mae_after": mae}
