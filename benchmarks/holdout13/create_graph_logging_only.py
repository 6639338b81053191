# expect: clean
"""Gradient-norm monitoring that (needlessly) passes create_graph=True, but the gradient is only logged with
.item(); the loss that is backpropagated never depends on it, so there is no second backward."""
import torch
import torch.nn as nn

net = nn.GRU(4, 8, num_layers=2, dropout=0.1, batch_first=True)
head = nn.Linear(8, 1)
opt = torch.optim.SGD(list(net.parameters()) + list(head.parameters()), 0.01)
log = []
for step in range(3):
    x = torch.randn(3, 6, 4, requires_grad=True)
    y = torch.randn(3, 1)
    loss = nn.functional.mse_loss(head(net(x)[0][:, -1]), y)
    gx, = torch.autograd.grad(loss, x, create_graph=True, retain_graph=True)
    log.append(gx.norm().item())
    opt.zero_grad()
    loss.backward()
    opt.step()
print(log)
print("done")
