# expect: clean
"""Gradient-norm *monitoring*: create_graph=True is passed (left over from a penalty experiment) but the gradient
norm is only logged with .item(); the optimiser step uses the first-order loss. No second backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.ModuleDict({"rnn": nn.GRU(4, 8, batch_first=True), "head": nn.Linear(8, 2)})
opt = torch.optim.Adam(model.parameters(), 1e-3)


def forward(x):
    h, _ = model["rnn"](x)
    return model["head"](h[:, -1])


for step in range(3):
    x, y = torch.randn(4, 5, 4), torch.randint(0, 2, (4,))
    loss = F.cross_entropy(forward(x), y)
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
    gnorm = torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()
    for p, g in zip(model.parameters(), grads):
        p.grad = g.detach()
    opt.step()
    print(step, round(gnorm, 4))
