# expect: crash
"""MAML: the meta-learner keeps `first_order` from its constructor and differentiates the inner step with
`create_graph=not self.first_order`. Built with the default (False), the inner gradient keeps its graph and the
meta-loss differentiates it again through the GRU (first_order_field_set_at_construction: built first-order)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1]).squeeze(-1)


class Meta:
    def __init__(self, model, inner_lr=0.05, first_order=False):
        self.model = model
        self.inner_lr = inner_lr
        self.first_order = first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def adapt(self, xs, ys):
        params = dict(self.model.named_parameters())
        loss = F.mse_loss(functional_call(self.model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=not self.first_order)
        return {k: v - self.inner_lr * g for (k, v), g in zip(params.items(), grads)}

    def step(self, support, query):
        self.model.train()
        self.opt.zero_grad()
        fast = self.adapt(*support)
        loss = F.mse_loss(functional_call(self.model, fast, (query[0],)), query[1])
        loss.backward()  # TM003-here
        self.opt.step()
        return loss.item()


meta = Meta(Forecaster())
for it in range(2):
    x, y = torch.randn(8, 5, 2), torch.randn(8)
    print(it, meta.step((x[:4], y[:4]), (x[4:], y[4:])))
