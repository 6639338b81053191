# expect: clean
"""Maple-sap flow: a trainer built by a Builder with chained setters; early stopping restores the best weights
and keeps training."""
import copy

import torch
from torch import nn

torch.manual_seed(12)


class SapNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.flow = nn.Linear(hidden, 1)

    def forward(self, weather):
        return self.flow(self.lstm(weather)[0][:, -1])


class SapTrainer:
    def __init__(self, model, opt, patience, epochs):
        self.model, self.opt, self.patience, self.epochs = model, opt, patience, epochs
        self.best_val, self.best_weights, self.wait = float("inf"), None, 0

    def _val(self, data):
        self.model.eval()
        with torch.no_grad():
            v = nn.functional.mse_loss(self.model(data[0]), data[1]).item()
        if v < self.best_val:
            self.best_val, self.best_weights, self.wait = v, copy.deepcopy(self.model.state_dict()), 0
        else:
            self.wait += 1
        return v

    def fit(self, train, val):
        for epoch in range(self.epochs):
            self.model.train()
            loss = nn.functional.mse_loss(self.model(train[0]), train[1])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            v = self._val(val)
            if self.wait >= self.patience:
                self.model.load_state_dict(self.best_weights)
                self.wait = 0
            print(epoch, round(loss.item(), 4), round(v, 4))
        return self


class TrainerBuilder:
    def __init__(self):
        self._hidden, self._lr, self._patience, self._epochs = 8, 1e-2, 1, 4

    def hidden(self, n):
        self._hidden = n
        return self

    def lr(self, v):
        self._lr = v
        return self

    def patience(self, n):
        self._patience = n
        return self

    def epochs(self, n):
        self._epochs = n
        return self

    def build(self):
        model = SapNet(self._hidden)
        return SapTrainer(model, torch.optim.Adam(model.parameters(), lr=self._lr), self._patience, self._epochs)


def tap_data(n=6, days=5):
    w = torch.randn(n, days, 3)
    return w, (w[:, :, 0] - w[:, :, 1]).clamp(min=0).sum(1, keepdim=True)


if __name__ == "__main__":
    trainer = TrainerBuilder().hidden(6).lr(2e-2).patience(1).epochs(5).build()
    trainer.fit(tap_data(), tap_data(4))
