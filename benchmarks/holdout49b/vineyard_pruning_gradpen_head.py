# expect: clean
"""Vineyard pruning: the smoothness penalty is taken w.r.t. the pooled RNN features, so the second
backward only runs through the linear head; the RNN part of the graph sees a first-order backward."""
import torch
import torch.nn as nn

torch.manual_seed(2)

CFG = {"hidden": 8, "lam": 0.1, "steps": 3}


class CaneVigour(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.RNN(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def features(self, x):
        h, _ = self.rnn(x)
        return h.mean(1)

    def forward(self, x):
        return self.fc(self.features(x)).squeeze(-1)


def smoothness_penalty(model, feats):
    feats = feats.detach().requires_grad_(True)
    out = model.fc(feats).sum()
    (g,) = torch.autograd.grad(out, feats, create_graph=True)
    return g.pow(2).mean()


model = CaneVigour(CFG["hidden"])
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(5, 7, 4), torch.randn(5)
for step in range(CFG["steps"]):
    opt.zero_grad()
    feats = model.features(x)
    mse = nn.functional.mse_loss(model.fc(feats).squeeze(-1), y)
    loss = mse + CFG["lam"] * smoothness_penalty(model, feats)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
