# expect: clean
"""Cider-press yield forecasting with early stopping that reloads the best state dict; train() at the top of every epoch."""
import copy
import torch
import torch.nn as nn


class PressNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, num_layers=2, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o[:, -1]).squeeze(-1)


class EarlyStopper:
    def __init__(self, patience=1):
        self.best = float("inf")
        self.state = None
        self.bad = 0
        self.patience = patience

    def update(self, model, val):
        if val < self.best:
            self.best, self.state, self.bad = val, copy.deepcopy(model.state_dict()), 0
            return False
        self.bad += 1
        return self.bad > self.patience


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def fit(model, epochs=4):
    torch.manual_seed(4)
    xt, yt = torch.randn(6, 5, 3), torch.randn(6)
    xv, yv = torch.randn(3, 5, 3), torch.randn(3)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    stopper = EarlyStopper()
    for ep in range(epochs):
        model.train()
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xt), yt)
        loss.backward()
        opt.step()
        val = validate(model, xv, yv)
        if stopper.update(model, val):
            model.load_state_dict(stopper.state)
            stopper.bad = 0
        print(ep, round(val, 4))


if __name__ == "__main__":
    fit(PressNet())
