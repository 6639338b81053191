# expect: clean
"""Salt-boiler: log the gradient norm of a brine-density LSTM with create_graph=True kept for a later
curvature probe that is switched off in this config (first-order only)."""
import torch
import torch.nn as nn

torch.manual_seed(5)
CFG = {"curvature_probe": False, "lr": 0.01, "steps": 3}


class Pan(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


def grad_norm(model, loss):
    gs = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
    gn = torch.sqrt(sum((g ** 2).sum() for g in gs))
    if CFG["curvature_probe"]:
        gn.backward()
    return gn.detach(), gs


model = Pan().train()
opt = torch.optim.SGD(model.parameters(), lr=CFG["lr"])
for step in range(CFG["steps"]):
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    loss = ((model(x) - y) ** 2).mean()
    gn, gs = grad_norm(model, loss)
    with torch.no_grad():
        for p, g in zip(model.parameters(), gs):
            p -= CFG["lr"] * g
    print(step, loss.item(), gn.item())
