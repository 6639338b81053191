# expect: clean
"""Seaweed farms: growth of kelp on a longline from daily light and nutrient readings.

Sensitivity of the predicted harvest weight to each day's inputs is read from a
Jacobian (torch.func.jacrev). The growth model is unrolled by hand with an
LSTMCell so each day can also be inspected.
"""
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call

torch.manual_seed(6)


class LonglineGrowth(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(n_in, hidden)
        self.harvest = nn.Linear(hidden, 1)

    def forward(self, days):
        b = days.size(0)
        h = days.new_zeros(b, self.hidden)
        c = days.new_zeros(b, self.hidden)
        for t in range(days.size(1)):
            h, c = self.cell(days[:, t], (h, c))
        return self.harvest(h).squeeze(-1)


def season(n=4, days=10):
    x = torch.rand(n, days, 3)
    y = x[:, :, 0].mean(1) * 2 + x[:, :, 1].mean(1)
    return x, y


def main():
    model = LonglineGrowth()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(5):
        model.train()
        x, y = season()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    params = {k: v.detach() for k, v in model.named_parameters()}
    x, _ = season(n=1)

    def harvest_of(days):
        return functional_call(model, params, (days,)).sum()

    J = jacrev(harvest_of)(x)
    per_day = J.abs().sum(-1).squeeze(0)
    print("most influential day", int(per_day.argmax()), "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
