# expect: clean
"""Second-order MAML as maml_functional_call_gru.py, but the model unrolls an nn.GRUCell by hand: the cell
runs on ordinary kernels whose backward can be differentiated again, so the meta-loss backward is safe."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class SeqRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(2, 8)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.out(h).squeeze(-1)


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
    meta_loss.backward()
    meta_opt.step()
    print(it, meta_loss.item())
