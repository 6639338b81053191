# expect: clean
"""An influence-function helper takes create_graph as a parameter of its loss-gradient method (False by default);
the first-order score calls it without the flag and only uses the GRU model's parameter gradients as numbers,
so nothing is differentiated twice."""
import torch
import torch.nn as nn


class SeqRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def loss_of(pred, y):
    return nn.functional.mse_loss(pred, y)


class Influence:
    def __init__(self, model):
        self.model = model
        self.params = [p for p in model.parameters() if p.requires_grad]

    def _loss_grad(self, batch, create_graph=False):
        x, y = batch
        return torch.autograd.grad(loss_of(self.model(x), y), self.params, create_graph=create_graph)

    def _first_order(self, batch, test_batch):
        grads = self._loss_grad(batch)
        test_grads = self._loss_grad(test_batch)
        return sum((g * t).sum() for g, t in zip(grads, test_grads)).item()

    def self_influence(self, batch, test_batch):
        return self._first_order(batch, test_batch)


torch.manual_seed(0)
model = SeqRegressor()
model.train()
batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
test_batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
print(Influence(model).self_influence(batch, test_batch))
