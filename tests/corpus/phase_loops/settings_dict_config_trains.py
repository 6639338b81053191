# expect: clean
"""Run settings as plain dicts (`{"mode": "deploy", ...}` and `dict(mode=..., steps=...)`) handed to `fit()`,
which sets `model.train(cfg["mode"] == "train")`: both runs are training runs (the second a low-rate refit)."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def fit(model, cfg):
    model.train(cfg["mode"] == "train")
    opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
    for _ in range(cfg["steps"]):
        loss = model(torch.randn(4, 5, 3)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    model = Scorer()
    warmup = dict(mode="train", steps=2, lr=0.1)
    fit(model, warmup)
    deploy = {"mode": "train", "steps": 1, "lr": 0.01}
    fit(model, deploy)


if __name__ == "__main__":
    main()
