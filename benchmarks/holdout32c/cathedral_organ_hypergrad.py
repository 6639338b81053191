# expect: crash
"""Cathedral organ blower pressure: a learned inner learning rate tuned by hypergradient."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

torch.manual_seed(16)


class WindChestModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, stops):
        h, _ = self.rnn(stops)
        return self.out(h[:, -1])


def registrations(bs=4, t=6):
    x = torch.randn(bs, t, 3)
    return x, x.sum(dim=(1, 2)).unsqueeze(-1) * 0.1


class HyperStep:
    def __init__(self, model, log_lr=-3.0):
        self.model = model
        self.log_lr = torch.tensor(log_lr, requires_grad=True)
        self.outer = torch.optim.Adam(list(model.parameters()) + [self.log_lr], lr=1e-2)

    def __call__(self, support, query):
        params = dict(self.model.named_parameters())
        xs, ys = support
        inner = F.mse_loss(functional_call(self.model, params, (xs,)), ys)
        grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
        lr = self.log_lr.exp()
        fast = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
        xq, yq = query
        outer = F.mse_loss(functional_call(self.model, fast, (xq,)), yq)
        self.outer.zero_grad()
        outer.backward()  # TM003-here
        self.outer.step()
        return outer.item(), lr.item()


def main():
    model = WindChestModel()
    model.train()
    step = HyperStep(model)
    for it in range(3):
        loss, lr = step(registrations(), registrations())
        print(f"iter {it} query loss {loss:.4f} inner lr {lr:.4f}")


if __name__ == "__main__":
    main()
