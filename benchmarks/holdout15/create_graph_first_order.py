# expect: clean
"""Gradient-norm monitoring with create_graph=True left over from an experiment:
the per-step gradient norm w.r.t. the LSTM's input is computed with
create_graph=True, but it is only logged (detached), never backpropagated, so
there is no second-order pass through the RNN. The model trains in train mode.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.LSTM(4, 8, batch_first=True, num_layers=2)
head = nn.Linear(8, 1)
opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-2)
encoder.train()
log = []
for step in range(3):
    x, y = torch.randn(6, 9, 4, requires_grad=True), torch.randn(6, 1)
    loss = nn.functional.mse_loss(head(encoder(x)[0][:, -1]), y)
    gx, = torch.autograd.grad(loss, x, create_graph=True, retain_graph=True)
    log.append(gx.detach().norm().item())
    opt.zero_grad()
    loss.backward()
    opt.step()
print("input-grad norms", log)
