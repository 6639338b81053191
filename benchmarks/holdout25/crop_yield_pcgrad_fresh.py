# expect: clean
"""Crop-yield regression + phenology classification from satellite time series, gradient surgery between tasks."""
import torch
import torch.nn as nn

torch.manual_seed(2)


def build_encoder(bands, hidden, frozen_stats=True):
    enc = nn.GRU(bands, hidden, batch_first=True)
    # keep the dropout/statistics deterministic while the heads warm up
    return enc.eval() if frozen_stats else enc


class MultiTask(nn.Module):
    def __init__(self, bands=5, hidden=8):
        super().__init__()
        self.encoder = build_encoder(bands, hidden, frozen_stats=False)
        self.yield_head = nn.Linear(hidden, 1)
        self.stage_head = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.encoder(x)
        z = h.mean(1)
        return self.yield_head(z).squeeze(-1), self.stage_head(z)


def flat_grad(loss, params):
    gs = torch.autograd.grad(loss, params, retain_graph=True, allow_unused=True)
    return torch.cat([(g if g is not None else torch.zeros_like(p)).reshape(-1) for g, p in zip(gs, params)])


def project(g1, g2):
    dot = torch.dot(g1, g2)
    if dot < 0:
        g1 = g1 - dot / (g2.norm() ** 2 + 1e-12) * g2
    return g1


model = MultiTask()
shared = list(model.encoder.parameters())
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x = torch.randn(4, 7, 5)
y_yield, y_stage = torch.randn(4), torch.randint(0, 3, (4,))
for step in range(3):
    pred_y, pred_s = model(x)
    l1 = nn.functional.mse_loss(pred_y, y_yield)
    l2 = nn.functional.cross_entropy(pred_s, y_stage)
    g1, g2 = flat_grad(l1, shared), flat_grad(l2, shared)
    g = project(g1, g2) + project(g2, g1)
    opt.zero_grad()
    (l1 + l2).backward(inputs=list(model.yield_head.parameters()) + list(model.stage_head.parameters()))
    off = 0
    for p in shared:
        n = p.numel()
        p.grad = g[off:off + n].view_as(p).clone()
        off += n
    opt.step()
    print(step, l1.item(), l2.item())
