# expect: crash
"""Second-order MAML: a helper adapts the parameters with functional_call and create_graph=True inner
gradients, and the meta-loss backward differentiates those gradients again, through the GRU's backward
(double backward)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class SeqRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def inner_adapt(model, params, support, steps=2, lr=0.3):
    x, y = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {name: p - lr * g for (name, p), g in zip(params.items(), grads)}
    return params


torch.manual_seed(0)
model = SeqRegressor()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    support = (torch.randn(4, 5, 2), torch.randn(4))
    qx, qy = torch.randn(4, 5, 2), torch.randn(4)
    fast = inner_adapt(model, dict(model.named_parameters()), support)
    meta_loss = F.mse_loss(functional_call(model, fast, (qx,)), qy)
    meta_opt.zero_grad()
    meta_loss.backward()  # TM003-here
    meta_opt.step()
    print(it, meta_loss.item())
