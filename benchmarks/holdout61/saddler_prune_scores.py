# expect: crash
"""Saddler's stitch-tension model.  After training, connection-sensitivity scores
(|w * dL/dw|) are computed on a held-out batch and the weakest weights pruned,
then the model is fine-tuned for a couple of steps."""
import torch
import torch.nn.functional as F
from torch import nn


class StitchModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 6, 3, generator=g)
    return x, x[:, :, 0].mean(1)


def train(model, steps, lr=1e-2):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for s in range(steps):
        x, y = data(6, s)
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()


def sensitivity(model, x, y, params):
    model.eval()
    loss = F.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return [(p * g).abs().detach() for p, g in zip(params, grads)]


def prune(params, scores, ratio=0.2):
    flat = torch.cat([s.flatten() for s in scores])
    k = max(1, int(ratio * flat.numel()))
    thresh = flat.kthvalue(k).values
    with torch.no_grad():
        for p, s in zip(params, scores):
            p.mul_((s > thresh).to(p.dtype))
    return float(thresh)


if __name__ == "__main__":
    torch.manual_seed(2)
    model = StitchModel()
    train(model, 3)
    xv, yv = data(4, 100)
    params = [p for p in model.parameters() if p.dim() > 1]
    thresh = prune(params, sensitivity(model, xv, yv, params))
    train(model, 2, lr=5e-3)
    print(f"pruned below {thresh:.2e}; zeros {sum(int((p == 0).sum()) for p in params)}")
