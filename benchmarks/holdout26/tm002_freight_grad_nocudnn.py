# expect: clean
"""Freight demand: per-example gradient norms with torch.func.grad, run with cuDNN switched off."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(22)


class Demand(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.fc = nn.Linear(5, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def example_grad_norm(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p):
        return nn.functional.mse_loss(functional_call(model, p, (x,)), y)

    with torch.backends.cudnn.flags(enabled=False):
        g = grad(loss_fn)(params)
    return torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item()


if __name__ == "__main__":
    m = Demand()
    xs, ys = torch.randn(5, 8, 3), torch.randn(5)
    print([round(example_grad_norm(m, xs[i:i + 1], ys[i:i + 1]), 4) for i in range(3)])
