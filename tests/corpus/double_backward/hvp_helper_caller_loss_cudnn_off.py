# expect: clean
"""The same Hessian-vector product helper, with the loss computed and differentiated without cuDNN: the
native LSTM kernels support double backward."""
import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def hessian_vector(loss, params, vector):
    grads = torch.autograd.grad(loss, params, create_graph=True)
    inner = sum((g * v).sum() for g, v in zip(grads, vector))
    return torch.autograd.grad(inner, params)


model = Regressor()
params = [p for p in model.parameters() if p.requires_grad]
x, y = torch.randn(6, 4, 3), torch.randn(6)
vector = [torch.randn_like(p) for p in params]
with torch.backends.cudnn.flags(enabled=False):
    loss = nn.functional.mse_loss(model(x), y)
    hv = hessian_vector(loss, params, vector)
print(sum(float(h.norm()) for h in hv))
