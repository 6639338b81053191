# expect: crash
"""Pottery kiln temperature control; a `__getattr__`-delegating wrapper around the model.

`Deployed.eval()` is not defined on the wrapper, so the call falls through to the module.
"""
import torch
import torch.nn as nn

torch.manual_seed(14)


class Deployed:
    def __init__(self, module, name):
        self._module = module
        self.name = name
        self.calls = 0

    def __getattr__(self, attr):
        return getattr(self._module, attr)

    def __call__(self, *a):
        self.calls += 1
        return self._module(*a)


class KilnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.ctrl = nn.Linear(8, 1)

    def forward(self, x):
        return self.ctrl(self.gru(x)[0][:, -1])


kiln = Deployed(KilnNet(), "kiln-3")
kiln.eval()
opt = torch.optim.SGD(kiln.parameters(), lr=1e-2)
for step in range(2):
    x, target = torch.randn(2, 15, 2), torch.full((2, 1), 0.5)
    loss = (kiln(x) - target).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(kiln.name, kiln.calls)
