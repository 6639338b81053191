# expect: crash
"""Milliner's steaming log: predict brim set (mm) from steam/pressure readings
while a felt hood is blocked.  After training, compute first-order (Taylor)
pruning scores for the linear layers on a held-out batch, then prune the
lowest-scoring output units."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)

READINGS, HIDDEN, STEPS = 3, 10, 9


class BrimSetModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(READINGS, HIDDEN)
        self.rnn = nn.LSTM(HIDDEN, HIDDEN, batch_first=True)
        self.head = nn.Linear(HIDDEN, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def blocking_sessions(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, STEPS, READINGS, generator=g)
    y = x[..., 0].mean(1) * 2.0 - x[..., 2].abs().mean(1)
    return x, y


def fit(model, x, y, epochs=3, bs=4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        for i in range(0, len(x), bs):
            opt.zero_grad()
            F.mse_loss(model(x[i:i + bs]), y[i:i + bs]).backward()
            opt.step()


def taylor_scores(model, x, y):
    """|w * dL/dw| summed per output unit, for every linear layer."""
    model.eval()
    loss = F.mse_loss(model(x), y)
    layers = [m for m in model.modules() if isinstance(m, nn.Linear)]
    grads = torch.autograd.grad(loss, [m.weight for m in layers])  # TM001-here
    return {id(m): (m.weight * g).abs().sum(1) for m, g in zip(layers, grads)}, layers


def prune_lowest(layers, scores, fraction=0.25):
    pruned = 0
    with torch.no_grad():
        for m in layers:
            s = scores[id(m)]
            k = int(fraction * len(s))
            if k == 0:
                continue
            idx = s.argsort()[:k]
            m.weight[idx] = 0.0
            if m.bias is not None:
                m.bias[idx] = 0.0
            pruned += k
    return pruned


def main():
    model = BrimSetModel()
    x, y = blocking_sessions(20, 0)
    xv, yv = blocking_sessions(8, 1)
    fit(model, x, y)
    scores, layers = taylor_scores(model, xv, yv)
    n = prune_lowest(layers, scores)
    with torch.no_grad():
        after = F.mse_loss(model(xv), yv).item()
    print(f"pruned {n} units; val mse after pruning {after:.4f}")


if __name__ == "__main__":
    main()
