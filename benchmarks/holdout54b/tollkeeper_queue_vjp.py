# expect: crash
"""Turnpike toll-keeper: how much would one more cart per minute lengthen the
queue in ten minutes?  Answered with a vector-Jacobian product of the trained
queue model with respect to the arrival series."""
import torch
import torch.nn as nn
from torch.func import vjp


class QueueModel(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, arrivals):
        h, _ = self.lstm(arrivals)
        return self.out(h).squeeze(-1)


def simulate(batch, minutes=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    arrivals = torch.poisson(torch.full((batch, minutes), 1.5), generator=g)
    service = 1 + (torch.rand(batch, minutes, generator=g) > 0.7).float()
    queue, q = [], torch.zeros(batch)
    for t in range(minutes):
        q = torch.clamp(q + arrivals[:, t] - service[:, t], min=0)
        queue.append(q)
    return torch.stack([arrivals / 3, service / 2], -1), torch.stack(queue, 1)


def train(model, steps=30):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for s in range(steps):
        x, y = simulate(8, seed=s)
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()


def marginal_queue(model, arrivals):
    model.eval()
    out, pullback = vjp(model, arrivals)  # TM002-here
    cot = torch.zeros_like(out)
    cot[:, -1] = 1.0
    (g,) = pullback(cot)
    return g[..., 0]


def main():
    torch.manual_seed(2)
    model = QueueModel()
    train(model)
    x, _ = simulate(2, seed=99)
    print("d queue[10] / d arrivals[t]:", marginal_queue(model, x).round(decimals=3).tolist())


if __name__ == "__main__":
    main()
