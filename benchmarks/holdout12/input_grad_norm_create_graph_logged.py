# expect: clean
"""Input-gradient monitoring on an LSTM classifier in train mode: the gradient of the loss w.r.t. the input is
taken with create_graph=True (copied from a gradient-regularisation recipe) but only its norm is logged; the
training loss alone is backpropagated, so no second-order pass runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
net = nn.ModuleDict({"lstm": nn.LSTM(4, 10, batch_first=True), "fc": nn.Linear(10, 2)})


def forward(x):
    return net["fc"](net["lstm"](x)[0][:, -1])


opt = torch.optim.Adam(net.parameters(), lr=1e-3)
history = []
for step in range(3):
    x = torch.randn(6, 5, 4, requires_grad=True)
    y = torch.randint(0, 2, (6,))
    loss = F.cross_entropy(forward(x), y)
    (gx,) = torch.autograd.grad(loss, x, create_graph=True)
    history.append(gx.detach().norm().item())
    opt.zero_grad()
    loss.backward()
    opt.step()
print(history)
