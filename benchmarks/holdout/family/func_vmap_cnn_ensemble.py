# expect: clean
# category: func
"""Model ensembling with stack_module_state + vmap (functorch tutorial), convolutional models only."""
import copy

import torch
import torch.nn as nn
from torch.func import functional_call, stack_module_state, vmap


class TCN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).relu().mean(-1))


torch.manual_seed(0)
models = [TCN() for _ in range(4)]
params, buffers = stack_module_state(models)
base = copy.deepcopy(models[0]).to("meta")


def fmodel(p, b, x):
    return functional_call(base, (p, b), (x,))


x = torch.randn(6, 5, 3)
print(vmap(fmodel, in_dims=(0, 0, None))(params, buffers, x).shape)
