# expect: crash
"""Influence-function style Hessian-vector product w.r.t. an LSTM's parameters, by two autograd.grad calls."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(2, 4, batch_first=True)
head = nn.Linear(4, 1)
x, y = torch.randn(3, 6, 2), torch.randn(3, 1)
params = list(lstm.parameters()) + list(head.parameters())
loss = nn.functional.mse_loss(head(lstm(x)[0][:, -1]), y)
grads = torch.autograd.grad(loss, params, create_graph=True)
vector = [torch.randn_like(p) for p in params]
hv = torch.autograd.grad(grads, params, grad_outputs=vector)  # TM003-here
print(sum(h.norm() for h in hv).item())
