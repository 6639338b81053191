# expect: crash
# category: meta-learning
"""First-order MAML for few-shot sine regression with an LSTM learner (learn2learn-style clone/adapt).

Meta-test adaptation is done on a clone put in eval mode, as suggested for dropout/batch-norm models.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class SeqRegressor(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out).squeeze(-1)


class FOMAML(nn.Module):
    def __init__(self, module, lr):
        super().__init__()
        self.module, self.lr = module, lr

    def clone(self):
        return FOMAML(copy.deepcopy(self.module), self.lr)

    def adapt(self, loss):
        grads = torch.autograd.grad(loss, list(self.module.parameters()))  # TM001-here
        with torch.no_grad():
            for p, g in zip(self.module.parameters(), grads):
                p -= self.lr * g

    def forward(self, x):
        return self.module(x)


def sample_task(n=5, steps=8):
    amp, phase = torch.rand(1) * 2 + 0.5, torch.rand(1) * 3
    x = torch.linspace(0, 3, steps).repeat(n, 1) + torch.rand(n, 1)
    return x.unsqueeze(-1), amp * torch.sin(x + phase)


maml = FOMAML(SeqRegressor(), lr=0.05)
meta_opt = torch.optim.Adam(maml.parameters(), lr=1e-3)

for iteration in range(3):
    meta_opt.zero_grad()
    learner = maml.clone()
    learner.train()
    x, y = sample_task()
    learner.adapt(F.mse_loss(learner(x), y))
    eval_loss = F.mse_loss(learner(x), y)
    grads = torch.autograd.grad(eval_loss, list(learner.parameters()))
    for p, g in zip(maml.parameters(), grads):
        p.grad = g.clone()
    meta_opt.step()

# meta-test: adapt to an unseen task without dropout/batch-norm noise
learner = maml.clone()
learner.eval()
x, y = sample_task()
for _ in range(3):
    learner.adapt(F.mse_loss(learner(x), y))
with torch.no_grad():
    print("meta-test loss", F.mse_loss(learner(x), y).item())
