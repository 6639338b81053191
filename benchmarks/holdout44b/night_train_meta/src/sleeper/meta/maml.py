import torch
import torch.nn.functional as F
from torch.func import functional_call


class MetaLearner:
    def __init__(self, model, inner_lr, inner_steps, first_order=False):
        self.model = model
        self.inner_lr = inner_lr
        self.inner_steps = inner_steps
        self.first_order = first_order

    def adapt(self, support):
        xs, ys = support
        fast = dict(self.model.named_parameters())
        for _ in range(self.inner_steps):
            loss = F.mse_loss(functional_call(self.model, fast, (xs,)), ys)
            grads = torch.autograd.grad(loss, list(fast.values()), create_graph=not self.first_order)
            fast = {k: w - self.inner_lr * g for (k, w), g in zip(fast.items(), grads)}
        return fast

    def outer_step(self, tasks, opt):
        self.model.train()
        opt.zero_grad()
        total = 0.0
        for support, (qx, qy) in tasks:
            fast = self.adapt(support)
            q_loss = F.mse_loss(functional_call(self.model, fast, (qx,)), qy) / len(tasks)
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        opt.step()
        return total
