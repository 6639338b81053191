# expect: crash
"""Per-runner pacing model: per-sample gradients with torch.func.grad over functional_call."""
import torch
from torch import nn
from torch.func import functional_call, grad


class Pacer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.split = nn.Linear(6, 1)

    def forward(self, x):
        return self.split(self.lstm(x)[0][:, -1]).squeeze(-1)


model = Pacer()           # train mode throughout
params = {k: v.detach() for k, v in model.named_parameters()}


def split_loss(p, x, y):
    return ((functional_call(model, p, (x,)) - y) ** 2).mean()


x = torch.randn(3, 8, 2)
y = torch.randn(3)
g = grad(split_loss)(params, x, y)  # TM002-here
norm = sum(v.norm() ** 2 for v in g.values()).sqrt()
print("grad norm", norm.item())
