import torch
import torch.nn.functional as F


def readings(n, steps, inputs, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, inputs, generator=g)
    return x, x[:, -3:, 0].mean(1)


class Run:
    def __init__(self, net, opt, penalty, epochs, inputs):
        self.net, self.opt, self.penalty, self.epochs, self.inputs = net, opt, penalty, epochs, inputs

    def step(self, x, y):
        x = x.clone().requires_grad_(True)
        pred = self.net(x)
        loss = F.mse_loss(pred, y)
        if self.penalty is not None:
            fn, w = self.penalty
            loss = loss + w * fn(pred, x)
        self.opt.zero_grad()
        loss.backward()  # TM003-here
        self.opt.step()
        return loss.item()

    def fit(self):
        self.net.train()
        history = []
        for epoch in range(self.epochs):
            x, y = readings(8, 6, self.inputs, seed=epoch)
            losses = [self.step(x[i:i + 4], y[i:i + 4]) for i in (0, 4)]
            history.append(sum(losses) / len(losses))
        return history
