import torch
import torch.nn.functional as F
from torch.func import functional_call


class MetaLearner:
    def __init__(self, model, inner_lr, outer_lr, first_order=False):
        self.model = model
        self.inner_lr = inner_lr
        self.first_order = first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=outer_lr)

    def adapt(self, support):
        params = dict(self.model.named_parameters())
        x, y = support
        loss = F.mse_loss(functional_call(self.model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=not self.first_order)
        return {k: p - self.inner_lr * g for (k, p), g in zip(params.items(), grads)}

    def outer_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for support, (xq, yq) in tasks:
            fast = self.adapt(support)
            total = total + F.mse_loss(functional_call(self.model, fast, (xq,)), yq)
        meta_loss = total / len(tasks)
        meta_loss.backward()
        self.opt.step()
        return meta_loss.item()
