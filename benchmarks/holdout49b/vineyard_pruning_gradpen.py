# expect: crash
"""Vineyard pruning: cane-vigour regressor with an input-gradient smoothness penalty (double backward)."""
import torch
import torch.nn as nn

torch.manual_seed(2)

CFG = {"hidden": 8, "lam": 0.1, "steps": 3}


class CaneVigour(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.RNN(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h.mean(1)).squeeze(-1)


def smoothness_penalty(model, x):
    x = x.detach().requires_grad_(True)
    out = model(x).sum()
    (g,) = torch.autograd.grad(out, x, create_graph=True)
    return g.pow(2).mean()


model = CaneVigour(CFG["hidden"])
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(5, 7, 4), torch.randn(5)
for step in range(CFG["steps"]):
    opt.zero_grad()
    mse = nn.functional.mse_loss(model(x), y)
    loss = mse + CFG["lam"] * smoothness_penalty(model, x)
    loss.backward()  # TM003-here
    opt.step()
    print(step, round(loss.item(), 4))
