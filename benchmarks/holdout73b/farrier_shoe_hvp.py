# expect: crash
"""Farrier: curvature probe (Hessian-vector product by double backward) on a hoof-strike LSTM during training."""
import torch
import torch.nn as nn

torch.manual_seed(10)

lstm = nn.LSTM(2, 6, batch_first=True)
head = nn.Linear(6, 1)
params = list(lstm.parameters()) + list(head.parameters())
opt = torch.optim.SGD(params, lr=0.05)


def loss_fn(x, y):
    o, _ = lstm(x)
    return (head(o[:, -1]).squeeze(-1) - y).pow(2).mean()


for step in range(3):
    x, y = torch.randn(4, 6, 2), torch.randn(4)
    loss = loss_fn(x, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step == 2:
        loss = loss_fn(x, y)
        g = torch.autograd.grad(loss, params, create_graph=True)
        v = [torch.randn_like(p) for p in params]
        gv = sum((a * b).sum() for a, b in zip(g, v))
        hv = torch.autograd.grad(gv, params)  # TM003-here
        print("v^T H v", sum((a * b).sum() for a, b in zip(hv, v)).item())
print("done")
