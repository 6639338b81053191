# expect: clean
# category: double_backward
"""Gradient-norm monitoring computed with create_graph=True, but only logged: no second backward."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm, fc = nn.LSTM(3, 8, batch_first=True), nn.Linear(8, 1)
params = list(lstm.parameters()) + list(fc.parameters())
opt = torch.optim.SGD(params, lr=0.01)
for step in range(3):
    x, y = torch.randn(6, 5, 3), torch.randn(6)
    loss = (fc(lstm(x)[0][:, -1]).squeeze(-1) - y).pow(2).mean()
    grads = torch.autograd.grad(loss, params, create_graph=True)
    grad_norm = torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()
    for p, g in zip(params, grads):
        p.grad = g.detach()
    opt.step()
    print(step, round(grad_norm, 4))
