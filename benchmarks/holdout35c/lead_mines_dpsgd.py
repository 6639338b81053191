# expect: crash
"""Lead-mine ventilation: predict shaft CO levels from fan and barometer logs.

The mine records count as personal data (shift rosters are in them), so the
model is trained with hand-rolled DP-SGD: per-sample gradients from
``torch.func.grad`` over ``functional_call``, clipped and noised, then applied.
"""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class ShaftGRU(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.co = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.co(h[:, -1])


def sample_loss(model, params, buffers, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.mse_loss(pred, y.unsqueeze(0))


class PrivateStep:
    def __init__(self, model, lr=0.05, clip=1.0, sigma=0.5):
        self.model = model
        self.lr, self.clip, self.sigma = lr, clip, sigma
        self._grad_fn = grad(functools.partial(sample_loss, model))

    def clipped_sum(self, params, buffers, xb, yb):
        total = {k: torch.zeros_like(v) for k, v in params.items()}
        for x, y in zip(xb, yb):
            g = self._grad_fn(params, buffers, x, y)  # TM002-here
            norm = torch.sqrt(sum(v.pow(2).sum() for v in g.values()))
            scale = torch.clamp(self.clip / (norm + 1e-6), max=1.0)
            for k in total:
                total[k] += g[k] * scale
        return total

    def __call__(self, xb, yb):
        params = {k: v.detach() for k, v in self.model.named_parameters()}
        buffers = {k: v.detach() for k, v in self.model.named_buffers()}
        total = self.clipped_sum(params, buffers, xb, yb)
        with torch.no_grad():
            for k, p in self.model.named_parameters():
                noisy = total[k] + self.sigma * self.clip * torch.randn_like(p)
                p -= self.lr * noisy / xb.shape[0]
        return F.mse_loss(self.model(xb), yb).item()


def main():
    torch.manual_seed(23)
    model = ShaftGRU()
    model.train()
    step = PrivateStep(model)
    shifts = [(torch.randn(4, 8, 3), torch.randn(4, 1)) for _ in range(3)]
    for epoch in range(2):
        losses = [step(x, y) for x, y in shifts]
        print(f"epoch {epoch} loss {sum(losses) / len(losses):.4f}")


if __name__ == "__main__":
    main()
