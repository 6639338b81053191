import torch
import torch.nn as nn
from torch.func import functional_call, vjp

from .model import ShrinkNet


class Engine:
    def __init__(self, cfg):
        torch.manual_seed(cfg["seed"])
        self.cfg = cfg
        self.model = ShrinkNet(**cfg["model"])
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg["train"]["lr"])

    def batch(self):
        t = self.cfg["train"]
        x = torch.randn(t["batch"], t["seq"], self.cfg["model"]["in_dim"])
        return x, x.mean(dim=(1, 2)).unsqueeze(1)

    def warmup(self):
        self.model.train()
        for _ in range(self.cfg["train"]["warmup_steps"]):
            x, y = self.batch()
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def _param_grad(self, x, y):
        params = {k: v.detach() for k, v in self.model.named_parameters()}

        def outputs(p):
            return functional_call(self.model, p, (x,))

        pred, pullback = vjp(outputs, params)  # TM002-here
        residual = 2 * (pred - y) / y.numel()
        (g,) = pullback(residual)
        return torch.cat([v.flatten() for v in g.values()])

    def value_batches(self):
        vx, vy = self.batch()
        g_val = self._param_grad(vx, vy)
        scores = []
        for _ in range(self.cfg["valuation"]["n_batches"]):
            x, y = self.batch()
            scores.append(float(torch.nn.functional.cosine_similarity(self._param_grad(x, y), g_val, dim=0)))
        return scores
