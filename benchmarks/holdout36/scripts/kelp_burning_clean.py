# expect: clean
"""Kelp-burning kiln logs: per-sample gradient scores for cleaning the ash-yield data.

Each kiln run is a sequence of (stack temperature, smoke density). Runs whose
per-sample gradient is far larger than the rest are flagged as mislabelled
before the final fit (a simple GraNd-style score).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class AshYieldModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.lin = nn.Linear(hidden, 1)

    def forward(self, runs):
        h, _ = self.gru(runs)
        return self.lin(h[:, -1]).squeeze(-1)


def kiln_runs(n=8, hours=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, hours, 2, generator=g)
    y = x[..., 0].mean(-1) * 3 - x[..., 1].mean(-1)
    y[::5] += 4.0  # a few mislabelled burns
    return x, y


def per_sample_scores(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, xi, yi):
        pred = functional_call(model, p, (xi.unsqueeze(0),))
        return F.mse_loss(pred, yi.unsqueeze(0))

    scores = []
    # torch.func transforms cannot see through cuDNN's fused RNN kernels
    with torch.backends.cudnn.flags(enabled=False):
        for i in range(x.shape[0]):
            g = grad(loss_one)(params, x[i], y[i])
            scores.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
    return torch.tensor(scores)


def fit(model, x, y, steps=20):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    x, y = kiln_runs()
    model = AshYieldModel()
    fit(model, x, y, steps=5)
    scores = per_sample_scores(model, x, y)
    keep = scores < scores.median() * 3
    print("flagged runs:", (~keep).nonzero().flatten().tolist())
    final = fit(model, x[keep], y[keep])
    print(f"final loss on kept runs: {final:.4f}")


if __name__ == "__main__":
    main()
