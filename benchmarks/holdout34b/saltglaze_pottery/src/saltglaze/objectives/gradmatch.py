import torch
import torch.nn.functional as F


class GradMatchObjective:
    def __init__(self, net, lam=1.0):
        self.net = net
        self.lam = lam
        self.params = [p for p in net.parameters() if p.requires_grad]

    def domain_loss(self, batch):
        x, y = batch
        return F.mse_loss(self.net(x), y)

    def step(self, opt, batch_a, batch_b):
        la, lb = self.domain_loss(batch_a), self.domain_loss(batch_b)
        ga = torch.autograd.grad(la, self.params, create_graph=True)
        gb = torch.autograd.grad(lb, self.params, create_graph=True)
        match = sum(((a - b) ** 2).sum() for a, b in zip(ga, gb))
        total = la + lb + self.lam * match
        opt.zero_grad()
        total.backward()  # TM003-here
        opt.step()
        return {"task": (la + lb).item(), "match": match.item()}
