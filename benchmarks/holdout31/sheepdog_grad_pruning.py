# expect: crash
"""Sheepdog trials: score a run (sequence of dog/flock positions) and prune the
training set by per-example gradient norm before the final fit."""
import torch
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(5)


class RunScorer(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1]).squeeze(-1)


def make_runs(n=16, t=7):
    x = torch.randn(n, t, 6)
    y = (x[:, :, :2].norm(dim=-1).mean(1) - x[:, :, 4].mean(1)).detach()
    return x, y


def warmup(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def per_example_grad_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, xi, yi):
        pred = functional_call(model, p, (xi.unsqueeze(0),))
        return nn.functional.mse_loss(pred, yi.unsqueeze(0))

    g_fn = grad(loss_one)
    norms = []
    for i in range(len(x)):
        g = g_fn(params, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())))
    return torch.stack(norms)


def main():
    x, y = make_runs()
    model = RunScorer()
    warmup(model, x, y)
    scores = per_example_grad_norms(model, x, y)
    keep = scores.argsort(descending=True)[: len(x) // 2]
    print("keeping", keep.tolist())
    warmup(model, x[keep], y[keep], steps=2)


if __name__ == "__main__":
    main()
