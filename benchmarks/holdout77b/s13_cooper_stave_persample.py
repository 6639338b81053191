# expect: crash
"""Cooper stave moisture: per-sample gradient norms with torch.func.grad over
functional_call of an LSTM regressor (train mode), used to down-weight noisy
staves."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(6)


class StaveLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


model = StaveLSTM()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x[None],))
    return ((pred - y) ** 2).mean()


xs, ys = torch.randn(4, 6, 3), torch.randn(4)
norms = []
for i in range(xs.shape[0]):
    g = grad(sample_loss)(params, xs[i], ys[i])  # TM002-here
    norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
w = 1.0 / (torch.stack(norms) + 1e-6)
print("weights", (w / w.sum()).tolist())
