# expect: crash
"""Clock repair: flag escapement faults from tick-interval sequences.

Per-sample gradient norms (torch.func) are used to spot mislabelled repair
tickets: tickets whose gradient norm is far above the median are re-checked.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(4)


class TickClassifier(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, ticks):
        h, _ = self.gru(ticks)
        return self.fc(h[:, -1])


def tickets(n=6, length=12):
    x = torch.randn(n, length, 2)
    y = torch.randint(0, 3, (n,))
    return x, y


def make_loss(model):
    def loss_one(params, buffers, x, y):
        logits = functional_call(model, (params, buffers), (x.unsqueeze(0),))
        return F.cross_entropy(logits, y.unsqueeze(0))
    return loss_one


def per_ticket_grad_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    loss_one = make_loss(model)
    norms = []
    for i in range(len(x)):
        g = grad(loss_one)(params, buffers, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = TickClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(3):
        x, y = tickets()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    x, y = tickets()
    norms = per_ticket_grad_norms(model, x, y)
    suspicious = (norms > 2 * norms.median()).nonzero().flatten().tolist()
    print("grad norms", [round(v, 3) for v in norms.tolist()], "recheck", suspicious)


if __name__ == "__main__":
    main()
