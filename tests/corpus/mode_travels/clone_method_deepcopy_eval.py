# expect: crash
"""A meta-learner's clone() returns a new wrapper around a deep copy of its module; the test-time clone
is put in eval mode (no dropout) and then adapted with autograd.grad through its LSTM."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0]).squeeze(-1)


class MetaLearner(nn.Module):
    def __init__(self, module, lr):
        super().__init__()
        self.module, self.lr = module, lr

    def clone(self):
        return MetaLearner(copy.deepcopy(self.module), self.lr)

    def adapt(self, loss):
        grads = torch.autograd.grad(loss, list(self.module.parameters()))  # TM001-here
        with torch.no_grad():
            for p, g in zip(self.module.parameters(), grads):
                p -= self.lr * g

    def forward(self, x):
        return self.module(x)


meta = MetaLearner(Regressor(), lr=0.05)
x = torch.linspace(0, 3, 6).repeat(4, 1).unsqueeze(-1)
y = torch.sin(x.squeeze(-1))
learner = meta.clone()
learner.eval()
for _ in range(2):
    learner.adapt(F.mse_loss(learner(x), y))
with torch.no_grad():
    print("test loss", F.mse_loss(learner(x), y).item())
