import torch


class MeshTask:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        self.seen = 0

    def make_batch(self):
        x = torch.randn(3, 5, 4)
        return x, x.abs().mean((1, 2))

    def step(self):
        x, y = self.make_batch()
        loss = ((self.model(x) - y) ** 2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.seen += len(x)

    def score(self):
        x, y = self.make_batch()
        return ((self.model(x) - y) ** 2).mean().item()
