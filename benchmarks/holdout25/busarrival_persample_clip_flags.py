# expect: clean
"""Bus arrival times: per-sample gradient clipping by hand with torch.func.grad over functional_call."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(7)


class ArrivalGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1]).squeeze(-1)


model = ArrivalGRU()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return nn.functional.smooth_l1_loss(pred, y.unsqueeze(0))


def clipped_mean_grad(p, xs, ys, max_norm=1.0):
    total = {k: torch.zeros_like(v) for k, v in p.items()}
    for x, y in zip(xs, ys):
        g = grad(sample_loss)(p, x, y)
        norm = torch.sqrt(sum((t ** 2).sum() for t in g.values()))
        scale = min(1.0, max_norm / (norm.item() + 1e-6))
        for k in total:
            total[k] += g[k] * scale
    return {k: v / len(xs) for k, v in total.items()}


xs, ys = torch.randn(4, 6, 3), torch.randn(4)
for it in range(2):
    with torch.backends.cudnn.flags(enabled=False):
        g = clipped_mean_grad(params, xs, ys)
    params = {k: params[k] - 0.05 * g[k] for k in params}
    print(it, sum(v.norm().item() for v in g.values()))
