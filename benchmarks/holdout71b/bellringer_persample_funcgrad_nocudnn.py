# expect: clean
"""Bell-ringer change timing: per-sample gradient norms with torch.func.grad, cuDNN switched off for them."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Peal(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1])


model = Peal().train()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    logits = functional_call(model, p, (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


def grad_norms(xs, ys):
    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for x, y in zip(xs, ys):
            g = grad(sample_loss)(params, x, y)
            norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())))
    return torch.stack(norms)


torch.manual_seed(6)
xs, ys = torch.randn(3, 5, 6), torch.randint(0, 4, (3,))
print(grad_norms(xs, ys))
