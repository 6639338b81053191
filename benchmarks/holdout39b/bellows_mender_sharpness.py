# expect: crash
"""Bellows menders' airflow model: a sharpness probe (Hessian-vector product) after each epoch."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Bellows(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def sharpness(model, x, y, iters=2):
    params = [p for p in model.parameters() if p.requires_grad]
    v = [torch.randn_like(p) for p in params]
    for _ in range(iters):
        loss = F.mse_loss(model(x), y)
        g = torch.autograd.grad(loss, params, create_graph=True)
        gv = sum((gi * vi).sum() for gi, vi in zip(g, v))
        hv = torch.autograd.grad(gv, params)  # TM003-here
        norm = torch.sqrt(sum((h ** 2).sum() for h in hv))
        v = [h / norm for h in hv]
    return norm.item()


def main():
    torch.manual_seed(19)
    model = Bellows()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 5, 3), torch.randn(6)
    for epoch in range(2):
        model.train()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, loss.item(), "top eigenvalue ~", sharpness(model, x, y))


if __name__ == "__main__":
    main()
