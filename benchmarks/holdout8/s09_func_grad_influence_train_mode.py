# expect: crash
# TracIn-style data influence with torch.func: per-example parameter gradients via grad(functional_call(...))
# through a GRU, model kept in train mode (a train() call does not help torch.func transforms).
from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.GRU(3, 10, batch_first=True)
        self.readout = nn.Linear(10, 1)

    def forward(self, x):
        return self.readout(self.core(x)[0][:, -1]).squeeze(-1)  # TM002-here


def loss_for(model, params, buffers, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.mse_loss(pred, y.unsqueeze(0))


def flat(g):
    return torch.cat([v.flatten() for v in g.values()])


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Scorer()
    X, Y = torch.randn(8, 5, 3), torch.randn(8)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(3):
        loss = F.mse_loss(model(X), Y)
        opt.zero_grad(); loss.backward(); opt.step()

    model.train()
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    per_example_grad = grad(partial(loss_for, model))  # transforms loss_for w.r.t. params
    test_g = flat(per_example_grad(params, buffers, X[0], Y[0]))
    scores = [float(flat(per_example_grad(params, buffers, X[i], Y[i])) @ test_g) for i in range(1, len(X))]
    print("most influential:", max(range(len(scores)), key=scores.__getitem__) + 1)
