# expect: crash
"""Letterpress print shop: predict the next character slot's ink density from the
pressure trace of a platen press (to catch under-inked sorts).  Evaluation uses
dynamic evaluation: after scoring each chunk, the model takes one small SGD step on
it, so it adapts to the press's drift within the print run.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class InkNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, pressure):
        h, _ = self.lstm(pressure.unsqueeze(-1))
        return self.out(h).squeeze(-1)


def print_run(seed, chunks=4, batch=3, length=12):
    g = torch.Generator().manual_seed(seed)
    drift = torch.linspace(0, 0.5, chunks)
    for c in range(chunks):
        p = torch.rand(batch, length + 1, generator=g) + drift[c]
        yield p[:, :-1], p[:, 1:] * 0.8


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for x, y in print_run(0, chunks=steps):
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()


@torch.no_grad()
def dynamic_evaluate(model, lr=0.01):
    model = copy.deepcopy(model)
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for x, y in print_run(1):
        with torch.enable_grad():
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def main():
    torch.manual_seed(22)
    model = InkNet()
    pretrain(model)
    print(f"dynamic-eval MSE {dynamic_evaluate(model):.4f}")


if __name__ == "__main__":
    main()
