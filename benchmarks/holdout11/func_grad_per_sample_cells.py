# expect: clean
# Per-example gradient norms (for data valuation) with torch.func.grad over a model that unrolls an LSTMCell by
# hand: the Cell kernels are not cuDNN RNNs, so the transform is fine on a GPU.
import torch
import torch.nn as nn
from torch.func import grad, functional_call


class CellModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(3, 8)
        self.head = nn.Linear(8, 2)

    def forward(self, x):  # (B, T, 3)
        h = x.new_zeros(x.size(0), 8)
        c = x.new_zeros(x.size(0), 8)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h)


torch.manual_seed(0)
model = CellModel()
params = {k: v.detach() for k, v in model.named_parameters()}
xs, ys = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))


def loss_fn(p, x, y):
    return nn.functional.cross_entropy(functional_call(model, p, (x.unsqueeze(0),)), y.unsqueeze(0))


norms = []
for i in range(xs.size(0)):
    g = grad(loss_fn)(params, xs[i], ys[i])
    norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
print([round(n, 4) for n in norms])
print("done")
