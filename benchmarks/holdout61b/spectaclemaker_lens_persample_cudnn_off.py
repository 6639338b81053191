# expect: clean
"""Spectacle-maker lens grind quality: per-sample torch.func gradients with cuDNN switched off around them."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class LensGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


model = LensGRU().train()
params = {k: v.detach() for k, v in model.named_parameters()}
xs = torch.randn(4, 6, 3)
ys = torch.randint(0, 2, (4,))


def loss_one(p, x, y):
    logits = functional_call(model, p, (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


norms = []
with torch.backends.cudnn.flags(enabled=False):
    for i in range(xs.shape[0]):
        g = grad(loss_one)(params, xs[i], ys[i])
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
print("per-sample grad norms", torch.stack(norms))
