# expect: crash
"""An evaluator keeps the best model so far in a module-level dict (`BEST["model"] = copy.deepcopy(model)`),
copied after its `model.eval()`; the script then fine-tunes the kept copy, which is still in eval mode."""
import copy

import torch
from torch import nn

BEST = {"score": float("inf"), "model": None}


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        score = nn.functional.mse_loss(model(x), y).item()
    if score < BEST["score"]:
        BEST["score"] = score
        BEST["model"] = copy.deepcopy(model)
    model.train()
    return score


def fit(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


def main():
    model = Forecaster()
    x, y = torch.randn(4, 7, 2), torch.randn(4, 1)
    fit(model, x, y)
    evaluate(model, x, y)
    fit(BEST["model"], x, y)  # fine-tune the best snapshot


if __name__ == "__main__":
    main()
