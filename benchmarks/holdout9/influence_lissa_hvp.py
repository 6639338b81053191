# expect: crash
"""Influence functions for a GRU classifier (LiSSA inverse-HVP), model left in train mode: the Hessian-vector
product differentiates the create_graph gradient a second time."""
import torch
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.gru(x)[1][-1])


class InfluenceModule:
    def __init__(self, model, loss_fn, damp=0.01, scale=10.0, depth=2):
        self.model, self.loss_fn = model, loss_fn
        self.damp, self.scale, self.depth = damp, scale, depth
        self.params = [p for p in model.parameters() if p.requires_grad]

    def _loss_grad(self, batch, create_graph=False):
        x, y = batch
        return torch.autograd.grad(self.loss_fn(self.model(x), y), self.params, create_graph=create_graph)

    def _hvp(self, batch, vec):
        grads = self._loss_grad(batch, create_graph=True)
        return torch.autograd.grad(grads, self.params, grad_outputs=vec)  # TM003-here

    def inverse_hvp(self, batch, vec):
        estimate = [v.clone() for v in vec]
        for _ in range(self.depth):
            hv = self._hvp(batch, estimate)
            estimate = [v + (1 - self.damp) * e - h / self.scale for v, e, h in zip(vec, estimate, hv)]
        return [e / self.scale for e in estimate]

    def influence(self, train_batch, test_batch):
        test_grad = self._loss_grad(test_batch)
        s_test = self.inverse_hvp(train_batch, test_grad)
        train_grad = self._loss_grad(train_batch)
        return -sum((a * b).sum() for a, b in zip(s_test, train_grad))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = GRUClassifier()
    module = InfluenceModule(model, nn.functional.cross_entropy)
    train_b = (torch.randn(6, 5, 4), torch.randint(0, 2, (6,)))
    test_b = (torch.randn(2, 5, 4), torch.randint(0, 2, (2,)))
    print(float(module.influence(train_b, test_b)))
