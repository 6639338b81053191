# expect: clean
"""Same per-sample gradient recipe, but the model unrolls an LSTMCell by hand."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(23)


class CellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(3, 6)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), 6)
        c = x.new_zeros(x.size(0), 6)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


model = CellNet()
params = {k: v.detach() for k, v in model.named_parameters()}


def loss_fn(p, x, y):
    return nn.functional.mse_loss(functional_call(model, p, (x.unsqueeze(0),)), y.unsqueeze(0))


x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
per_sample = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, x, y)
print({k: tuple(v.shape) for k, v in per_sample.items()}["cell.weight_ih"])
print("done")
