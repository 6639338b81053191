# expect: clean
"""Saltpetreman: nitre yield from cellar-floor moisture logs.  Early
stopping keeps a copy of the best model; after the main run the best copy
is fine-tuned on the newest cellars."""
import copy

import torch
from torch import nn

CONFIG = {"epochs": 3, "patience": 1, "lr": 1e-2, "extra_steps": 2}


class NitreNet(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 3, generator=g), torch.rand(4, 1, generator=g)) for _ in range(n)]


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in data) / len(data)


def snapshot(model):
    fresh = NitreNet()
    fresh.load_state_dict(copy.deepcopy(model.state_dict()))
    return fresh


def train_with_early_stopping(model, train, val, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    best, best_loss, bad = None, float("inf"), 0
    for epoch in range(cfg["epochs"]):
        model.train()
        for x, y in train:
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = evaluate(model, val)
        if v < best_loss:
            best, best_loss, bad = snapshot(model), v, 0
        else:
            bad += 1
            if bad > cfg["patience"]:
                break
    return best, best_loss


def fine_tune(model, data, steps, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for step in range(steps):
        x, y = data[step % len(data)]
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(14)
    best, score = train_with_early_stopping(NitreNet(), batches(3, 1), batches(2, 2), CONFIG)
    print("best val", round(score, 4))
    print("fine-tuned", round(fine_tune(best, batches(2, 3), CONFIG["extra_steps"], CONFIG["lr"]), 4))
