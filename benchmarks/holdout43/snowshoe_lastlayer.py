# expect: clean
"""Snowshoe gait: IMU strides -> terrain class (powder, crust, ice), with a last-layer diagonal
Laplace approximation for predictive uncertainty fitted after training."""
import torch
import torch.nn as nn
import torch.nn.functional as F

TERRAINS = ("powder", "crust", "ice")


class StrideNet(nn.Module):
    def __init__(self, n_in=6, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, len(TERRAINS))

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.head(h[-1])


def strides(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 12, 6, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


def fit(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        for x, y in data:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()


def diagonal_fisher(model, data, params):
    """Empirical Fisher: mean of squared per-batch gradients of the NLL."""
    fisher = [torch.zeros_like(p) for p in params]
    for x, y in data:
        loss = F.cross_entropy(model(x), y)
        grads = torch.autograd.grad(loss, params)
        for f, g in zip(fisher, grads):
            f += g.detach() ** 2 / len(data)
    return fisher


def main():
    torch.manual_seed(0)
    model = StrideNet()
    fit(model, strides(3, 0))
    model.eval()
    params = [p for p in model.head.parameters() if p.requires_grad]
    fisher = diagonal_fisher(model, strides(2, 1), params)
    prior_precision = 1.0
    variances = [1.0 / (f + prior_precision) for f in fisher]
    print("posterior variance (mean per tensor):", [round(v.mean().item(), 4) for v in variances])


if __name__ == "__main__":
    main()
