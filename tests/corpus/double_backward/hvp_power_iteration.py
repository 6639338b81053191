# expect: crash
"""Sharpness tracking: the top Hessian eigenvalue of the loss by power iteration on Hessian-vector products.
The loss closure runs the GRU model through `functional_call` with cuDNN on, in train mode: each HVP
differentiates the GRU's backward, which cuDNN cannot do."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp
from torch.func import functional_call


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 5, batch_first=True)
        self.fc = nn.Linear(5, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def top_eigenvalue(model, x, y, iters=3):
    names = [n for n, _ in model.named_parameters()]
    shapes = [p.shape for p in model.parameters()]
    flat0 = torch.cat([p.detach().reshape(-1) for p in model.parameters()])

    def loss_of(flat):
        params, i = {}, 0
        for n, s in zip(names, shapes):
            params[n] = flat[i:i + s.numel()].view(s)
            i += s.numel()
        return nn.functional.mse_loss(functional_call(model, params, (x,)), y)

    v = torch.randn_like(flat0)
    v /= v.norm()
    eig = torch.tensor(0.0)
    for _ in range(iters):
        _, hv = hvp(loss_of, flat0, v)  # TM003-here
        eig = hv @ v
        v = hv / (hv.norm() + 1e-12)
    return eig.item()


model = Forecaster()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
for epoch in range(2):
    model.train()
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    print(epoch, top_eigenvalue(model, x, y))
