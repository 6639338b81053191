# expect: clean
"""torch.func.grad through a decoder built from nn.LSTMCell only: the cell kernels are not cuDNN's RNN kernels."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class CellDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(3, 5)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        h = c = torch.zeros(x.size(0), 5)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


torch.manual_seed(0)
model = CellDecoder().eval()
params = {name: p.detach() for name, p in model.named_parameters()}
x = torch.randn(2, 4, 3)
grads = grad(lambda p: functional_call(model, p, (x,)).sum())(params)
print(sorted(grads))
