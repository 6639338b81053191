# expect: crash
"""An influence-function helper takes create_graph as a parameter of its loss-gradient method (False by default);
the Hessian-vector product asks for create_graph=True and differentiates the parameter gradients of the GRU
model again: a double backward through the cuDNN RNN."""
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

    def _hvp(self, batch, vec):
        grads = self._loss_grad(batch, create_graph=True)
        return torch.autograd.grad(grads, self.params, grad_outputs=vec)  # TM003-here

    def self_influence(self, batch):
        vec = [torch.randn_like(p) for p in self.params]
        hv = self._hvp(batch, vec)
        return sum((h * v).sum() for h, v in zip(hv, vec)).item()


torch.manual_seed(0)
model = SeqRegressor()
model.train()
batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
print(Influence(model).self_influence(batch))
