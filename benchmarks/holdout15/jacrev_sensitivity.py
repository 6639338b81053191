# expect: crash
"""Input-sensitivity analysis of an LSTM anomaly scorer with torch.func: the
Jacobian of the final score w.r.t. the input window via `jacrev`, computed on a
model that is in *train* mode (the author knew about the eval-mode pitfall). On
a GPU, functorch transforms cannot go through the cuDNN RNN kernel in any mode.
"""
import torch
import torch.nn as nn
from torch.func import jacrev


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        return self.score(self.lstm(x)[0][:, -1]).squeeze(-1)


def sensitivity(model, window):
    jac = jacrev(lambda w: model(w.unsqueeze(0))[0])(window)  # TM002-here
    return jac.abs().sum(-1)


torch.manual_seed(0)
model = Scorer()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x = torch.randn(8, 12, 3)
    opt.zero_grad()
    model(x).pow(2).mean().backward()
    opt.step()
model.train()
print(sensitivity(model, torch.randn(12, 3)))
