# expect: clean
"""Tallyman hop-picking tallies: per-sample gradient norms with torch.func, cuDNN disabled for the sweep."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)


class TallyLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1]).squeeze(-1)


model = TallyLSTM()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return (pred - y.unsqueeze(0)).pow(2).mean()


x, y = torch.randn(5, 6, 2), torch.randn(5)
with torch.backends.cudnn.flags(enabled=False):
    per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(params, x, y)
norms = torch.stack([g.flatten(1).norm(dim=1) for g in per_sample.values()]).sum(0)
keep = norms < norms.median() * 3
print("kept", int(keep.sum()), "of", len(keep))
