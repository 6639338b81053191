import torch
from torch.func import functional_call


class HyperLRTrainer:
    def __init__(self, model, init_lr=0.05, meta_lr=1e-3):
        self.model = model
        self.log_lr = torch.tensor(float(init_lr)).log().requires_grad_(True)
        self.meta_opt = torch.optim.Adam([self.log_lr], lr=meta_lr)

    def step(self, train_batch, valid_batch):
        self.model.train()
        names, params = zip(*self.model.named_parameters())
        x, y = train_batch
        loss = torch.nn.functional.mse_loss(self.model(x), y)
        grads = torch.autograd.grad(loss, params, create_graph=True)
        lr = self.log_lr.exp()
        fast = {n: p - lr * g for n, p, g in zip(names, params, grads)}
        vx, vy = valid_batch
        vloss = torch.nn.functional.mse_loss(functional_call(self.model, fast, (vx,)), vy)
        self.meta_opt.zero_grad()
        vloss.backward()  # TM003-here
        self.meta_opt.step()
        with torch.no_grad():
            for p, g in zip(params, grads):
                p -= lr.detach() * g.detach()
        return lr.item(), vloss.item()
