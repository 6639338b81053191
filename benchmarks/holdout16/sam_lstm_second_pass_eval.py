# expect: crash
"""Sharpness-Aware Minimisation for an LSTM sentiment model. The second (perturbed)
pass is run with dropout off 'to make the ascent direction deterministic'."""
import torch
import torch.nn as nn


class SAM(torch.optim.Optimizer):
    def __init__(self, params, base_optimizer, rho=0.05, **kw):
        super().__init__(params, dict(rho=rho, **kw))
        self.base_optimizer = base_optimizer(self.param_groups, **kw)

    @torch.no_grad()
    def first_step(self):
        norm = torch.norm(torch.stack([p.grad.norm() for g in self.param_groups for p in g["params"] if p.grad is not None]))
        for g in self.param_groups:
            scale = g["rho"] / (norm + 1e-12)
            for p in g["params"]:
                if p.grad is None:
                    continue
                e_w = p.grad * scale
                p.add_(e_w)
                self.state[p]["e_w"] = e_w
        self.zero_grad()

    @torch.no_grad()
    def second_step(self):
        for g in self.param_groups:
            for p in g["params"]:
                if "e_w" in self.state[p]:
                    p.sub_(self.state[p]["e_w"])
        self.base_optimizer.step()
        self.zero_grad()


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.drop(self.lstm(self.emb(x))[0][:, -1]))


torch.manual_seed(0)
model = Classifier()
opt = SAM(model.parameters(), torch.optim.SGD, lr=0.1, rho=0.05)
crit = nn.CrossEntropyLoss()
for step in range(2):
    x, y = torch.randint(0, 40, (4, 6)), torch.randint(0, 2, (4,))
    model.train()
    crit(model(x), y).backward()
    opt.first_step()
    model.eval()
    crit(model(x), y).backward()  # TM001-here
    opt.second_step()
print("done")
