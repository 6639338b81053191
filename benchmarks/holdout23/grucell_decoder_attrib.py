# expect: clean
"""Drone trajectory forecaster built only from GRUCell steps (encoder and decoder unrolled in Python);
input attributions are computed in eval mode."""
import torch
import torch.nn as nn


class CellForecaster(nn.Module):
    def __init__(self, dim=3, hidden=8, horizon=2):
        super().__init__()
        self.enc = nn.GRUCell(dim, hidden)
        self.dec = nn.GRUCell(dim, hidden)
        self.out = nn.Linear(hidden, dim)
        self.drop = nn.Dropout(0.2)
        self.horizon = horizon

    def forward(self, past):
        h = past.new_zeros(past.shape[0], self.enc.hidden_size)
        for t in range(past.shape[1]):
            h = self.enc(past[:, t], h)
        step, preds = past[:, -1], []
        for _ in range(self.horizon):
            h = self.dec(step, h)
            step = step + self.out(self.drop(h))
            preds.append(step)
        return torch.stack(preds, 1)


def fit(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        past = torch.cumsum(0.1 * torch.randn(4, 6, 3), 1)
        fut = past[:, -1:] + 0.1 * torch.arange(1, 3).float()[None, :, None]
        loss = (model(past) - fut).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def attribution(model, past):
    model.eval()
    past = past.clone().requires_grad_(True)
    model(past)[:, -1].norm(dim=-1).sum().backward()
    return (past.grad * past).abs().sum(-1)


def main():
    torch.manual_seed(60)
    model = CellForecaster()
    fit(model)
    print(attribution(model, torch.randn(2, 6, 3)).tolist())


if __name__ == "__main__":
    main()
