# expect: crash
"""Sourdough starter rise: forecast the peak-rise time of a starter from jar
height readings and kitchen temperature. Early stopping restores the best
weights and keeps training from there with a lower learning rate.
"""
import copy

import torch
import torch.nn as nn

CFG = {"hidden": 8, "epochs": 5, "patience": 1, "min_delta": 1.5, "lr": 5e-3, "decay": 0.5}


class RiseNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.peak = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.peak(seq[:, -1]).squeeze(-1)


def jars(n):
    x = torch.rand(n, 8, 2)
    return x, 4 + 3 * x[:, :, 1].mean(1) - 2 * x[:, -2:, 0].mean(1)


def val_loss(model, data):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(data[0]), data[1]).item()


def main():
    torch.manual_seed(19)
    model = RiseNet(CFG["hidden"])
    lr = CFG["lr"]
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    train_x, train_y = jars(12)
    val = jars(4)
    best_score, best_model, stale = float("inf"), None, 0
    for epoch in range(CFG["epochs"]):
        model.train()
        if best_model is not None and stale > CFG["patience"] - 1:
            model = copy.deepcopy(best_model)
            lr *= CFG["decay"]
            opt = torch.optim.Adam(model.parameters(), lr=lr)
            stale = 0
            print(f"epoch {epoch}: restored best weights, lr -> {lr:g}")
        for i in range(0, 12, 4):
            loss = nn.functional.mse_loss(model(train_x[i:i + 4]), train_y[i:i + 4])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        score = val_loss(model, val)
        if score < best_score - CFG["min_delta"]:
            best_score, best_model, stale = score, copy.deepcopy(model), 0
        else:
            stale += 1
        print(f"epoch {epoch} train {loss.item():.3f} val {score:.3f}")


if __name__ == "__main__":
    main()
