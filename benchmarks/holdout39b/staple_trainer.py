"""Trainer used by the wool-stapler notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StapleNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8, n_grades=3):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, n_grades)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class StapleTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit_epoch(self, x, y):
        self.model.train()
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, x, y):
        self.model.eval()
        return (self.model(x).argmax(1) == y).float().mean().item()
