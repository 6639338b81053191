# expect: crash
"""Wind-farm icing cameras: meta-learned loss weights (one-step lookahead, second-order) through an LSTM."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(13)
net = nn.LSTM(4, 6, batch_first=True)
head = nn.Linear(6, 2)
log_w = torch.zeros(2, requires_grad=True)


def forward(params, x):
    o, _ = functional_call(net, params, (x,))
    return head(o[:, -1])


x_tr, y_tr = torch.randn(4, 5, 4), torch.randn(4, 2)
x_va, y_va = torch.randn(4, 5, 4), torch.randn(4, 2)
params = dict(net.named_parameters())
per_task = ((forward(params, x_tr) - y_tr) ** 2).mean(0)
inner = (log_w.exp() * per_task).sum()
grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
fast = {k: v - 0.1 * g for (k, v), g in zip(params.items(), grads)}
outer = ((forward(fast, x_va) - y_va) ** 2).mean()
outer.backward()  # TM003-here
print(float(outer), log_w.grad)
