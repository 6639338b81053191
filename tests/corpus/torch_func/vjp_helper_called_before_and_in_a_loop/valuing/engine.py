import torch
import torch.nn as nn
from torch.func import functional_call, vjp

from .shrink import ShrinkNet


class Valuer:
    def __init__(self, n_batches=3):
        self.model = ShrinkNet()
        self.n_batches = n_batches

    def batch(self):
        x = torch.randn(4, 5, 3)
        return x, x.mean(dim=(1, 2)).unsqueeze(1)

    def warmup(self, steps=2):
        opt = torch.optim.Adam(self.model.parameters(), lr=1e-2)
        self.model.train()
        for _ in range(steps):
            x, y = self.batch()
            loss = nn.functional.mse_loss(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    def _param_grad(self, x, y):
        params = {k: v.detach() for k, v in self.model.named_parameters()}

        def outputs(p):
            return functional_call(self.model, p, (x,))

        pred, pullback = vjp(outputs, params)  # TM002-here
        (g,) = pullback(2 * (pred - y) / y.numel())
        return torch.cat([v.flatten() for v in g.values()])

    def values(self):
        vx, vy = self.batch()
        g_val = self._param_grad(vx, vy)
        scores = []
        for _ in range(self.n_batches):
            x, y = self.batch()
            scores.append(float(nn.functional.cosine_similarity(self._param_grad(x, y), g_val, dim=0)))
        return scores

