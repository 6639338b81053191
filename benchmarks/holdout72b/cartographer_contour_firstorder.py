# expect: clean
"""Cartographer contour-line model: logs a differentiable gradient norm but never differentiates it."""
import torch
import torch.nn as nn

torch.manual_seed(6)

contour = nn.GRU(2, 6, batch_first=True)
readout = nn.Linear(6, 1)
params = list(contour.parameters()) + list(readout.parameters())
opt = torch.optim.SGD(params, lr=0.05)
xs, ys = torch.randn(4, 8, 2), torch.randn(4, 1)

history = []
for it in range(3):
    contour.train()
    opt.zero_grad()
    h, _ = contour(xs)
    loss = nn.functional.mse_loss(readout(h[:, -1]), ys)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    gnorm = torch.sqrt(sum(g.pow(2).sum() for g in grads))
    history.append(gnorm.detach().item())
    for p, g in zip(params, grads):
        p.grad = g.detach()
    opt.step()
print("grad norms", [round(v, 4) for v in history])
