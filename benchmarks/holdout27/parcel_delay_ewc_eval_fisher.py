# expect: crash
"""Parcel sorting delays per hub, learned hub after hub with an EWC penalty.

The diagonal Fisher is estimated with the model in eval mode (no dropout) by
backpropagating the log-likelihood of each batch.
"""
import torch
import torch.nn as nn

torch.manual_seed(3)


class DelayModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.GRU(4, 8, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.drop(self.enc(x)[0][:, -1])).squeeze(-1)


def hub_data(hub, n=3):
    g = torch.Generator().manual_seed(hub)
    return [(torch.randn(4, 6, 4, generator=g), torch.rand(4, generator=g) * (hub + 1)) for _ in range(n)]


def fisher_diag(model, data):
    model.eval()
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in data:
        model.zero_grad()
        nll = 0.5 * ((model(x) - y) ** 2).sum()
        nll.backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2 / len(data)
    return fisher


def ewc_penalty(model, fisher, anchor, lam=10.0):
    return lam * sum((fisher[n] * (p - anchor[n]) ** 2).sum() for n, p in model.named_parameters())


model = DelayModel()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
fisher, anchor = None, None
for hub in range(2):
    model.train()
    for x, y in hub_data(hub):
        loss = ((model(x) - y) ** 2).mean()
        if fisher is not None:
            loss = loss + ewc_penalty(model, fisher, anchor)
        opt.zero_grad(); loss.backward(); opt.step()
    fisher = fisher_diag(model, hub_data(hub, 2))
    anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
    print("hub", hub, "done")
