# expect: clean
"""Rush-bundle counts: per-sample gradient norms with torch.func for data pruning."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class BundleCounter(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)


model = BundleCounter()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return ((pred - y) ** 2).mean()


xs, ys = torch.randn(5, 6, 4), torch.randn(5)
scores = []
for i in range(xs.shape[0]):
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(sample_loss)(params, xs[i], ys[i])
    scores.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
keep = sorted(range(len(scores)), key=lambda i: -scores[i])[:3]
print("keep", keep)
