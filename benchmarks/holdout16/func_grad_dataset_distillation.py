# expect: crash
"""Dataset distillation for a GRU classifier: synthetic sequences are learned by
unrolling one functional inner step, with torch.func.grad over the parameters."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def inner_loss(params, net, x, y):
    return nn.functional.cross_entropy(functional_call(net, params, (x,)), y)


torch.manual_seed(0)
net = Clf()
syn_x = torch.randn(4, 5, 2, requires_grad=True)
syn_y = torch.tensor([0, 1, 0, 1])
outer = torch.optim.Adam([syn_x], lr=1e-2)
real_x, real_y = torch.randn(8, 5, 2), torch.randint(0, 2, (8,))
params = {k: v.detach() for k, v in net.named_parameters()}
g = grad(inner_loss)(params, net, syn_x, syn_y)  # TM002-here
fast = {k: params[k] - 0.1 * g[k] for k in params}
outer_loss = nn.functional.cross_entropy(functional_call(net, fast, (real_x,)), real_y)
outer.zero_grad()
outer_loss.backward()
outer.step()
print(outer_loss.item())
