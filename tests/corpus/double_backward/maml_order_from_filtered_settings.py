# expect: clean
"""MAML over a GRU regressor; the learner keeps `first_order` from its constructor, given as
`**{k: v for k, v in SETTINGS.items() if k != "iters"}`, and hands it to the inner loop's
`create_graph=not first_order`. SETTINGS says first-order, so no gradient is differentiated again."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

SETTINGS = dict(inner_lr=0.1, first_order=True, iters=2)


def adapt(model, params, support, lr, first_order):
    x, y = support
    loss = F.mse_loss(functional_call(model, params, (x,)), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=not first_order)
    return {n: p - lr * g for (n, p), g in zip(params.items(), grads)}


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 4, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


class MetaLearner:
    def __init__(self, model, inner_lr, first_order):
        self.model = model
        self.inner_lr = inner_lr
        self.first_order = first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def outer_step(self, support, query):
        self.model.train()
        self.opt.zero_grad()
        fast = adapt(self.model, dict(self.model.named_parameters()), support, self.inner_lr, self.first_order)
        loss = F.mse_loss(functional_call(self.model, fast, (query[0],)), query[1])
        loss.backward()
        self.opt.step()
        return loss.item()


def main():
    learner = MetaLearner(Regressor(), **{k: v for k, v in SETTINGS.items() if k != "iters"})
    task = (torch.randn(2, 5, 3), torch.randn(2, 4))
    for _ in range(SETTINGS["iters"]):
        print(learner.outer_step(task, task))


main()
