# expect: clean
"""Last-layer Laplace for a churn classifier: after training, the model is put in eval mode and a helper computes the
empirical Fisher of the parameters it is given, here the head's only (a filtered list): autograd.grad stops at the
head's weights, so the GRU's backward never runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ChurnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 12, batch_first=True)
        self.head = nn.Linear(12, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def empirical_fisher(model, batches, params):
    fisher = [torch.zeros_like(p) for p in params]
    for x, y in batches:
        grads = torch.autograd.grad(F.cross_entropy(model(x), y), params)
        for f, g in zip(fisher, grads):
            f += g.detach() ** 2
    return fisher


torch.manual_seed(0)
model = ChurnNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
batches = [(torch.randn(4, 6, 5), torch.randint(0, 2, (4,))) for _ in range(2)]
for x, y in batches:
    opt.zero_grad()
    F.cross_entropy(model(x), y).backward()
    opt.step()
model.eval()
params = [p for p in model.head.parameters() if p.requires_grad]
print([round(f.sum().item(), 5) for f in empirical_fisher(model, batches, params)])
