# expect: clean
# category: double_backward
"""First-order MAML (FOMAML): inner gradients without create_graph, so no double backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class SeqClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 10, batch_first=True)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def sample_task(seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(6, 4, 2, generator=g), torch.randint(0, 3, (6,), generator=g)


torch.manual_seed(0)
learner = SeqClassifier()
meta_opt = torch.optim.Adam(learner.parameters(), lr=1e-3)
for meta_iter in range(2):
    meta_loss = 0.0
    for seed in range(2):
        x, y = sample_task(seed)
        params = dict(learner.named_parameters())
        inner = F.cross_entropy(functional_call(learner, params, (x[:3],)), y[:3])
        grads = torch.autograd.grad(inner, list(params.values()), create_graph=False)
        fast = {k: p - 0.1 * g for (k, p), g in zip(params.items(), grads)}
        meta_loss = meta_loss + F.cross_entropy(functional_call(learner, fast, (x[3:],)), y[3:])
    meta_opt.zero_grad()
    meta_loss.backward()
    meta_opt.step()
