# expect: crash
"""A gradient-norm penalty on the parameters a helper picks: the helper returns every parameter, the GRU's
included, so backward through the penalty differentiates the GRU's own backward (double backward)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def penalised(model):
    return list(model.parameters())


torch.manual_seed(0)
model = Tagger()
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(6, 5, 4), torch.randint(0, 2, (6,))
for step in range(2):
    fit = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(fit, penalised(model), create_graph=True)
    penalty = sum(g.pow(2).sum() for g in grads)
    opt.zero_grad()
    (fit + 0.1 * penalty).backward()  # TM003-here
    opt.step()
    print(step, fit.item())
