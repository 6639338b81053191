# expect: crash
"""A factory returns a plain loss closure over the model; torch.func.grad of it runs the LSTM under the
transform at each call (the factory's closure is no transform itself)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 4, batch_first=True)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def loss_factory(model):
    def loss(params, x, y):
        return (functional_call(model, params, (x,)) - y).pow(2).mean()
    return loss


reg = Regressor()
params = {k: v.detach() for k, v in reg.named_parameters()}
grad_fn = grad(loss_factory(reg))
grads = grad_fn(params, torch.randn(3, 5, 2), torch.randn(3))  # TM002-here
print(sorted(grads))
