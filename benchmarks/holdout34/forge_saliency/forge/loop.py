import torch
import torch.nn.functional as F


class Loop:
    def __init__(self, net, callbacks):
        self.net = net
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(net.parameters(), lr=3e-3)
        self.logs = []

    def batches(self, seed, n=3):
        g = torch.Generator().manual_seed(seed)
        for _ in range(n):
            x = torch.randn(4, 9, 3, generator=g)
            yield x, (x[..., 0].cumsum(1)[:, -1] > 0).float()

    def fit(self, epochs):
        for epoch in range(epochs):
            self.net.train()
            for x, y in self.batches(epoch):
                self.opt.zero_grad()
                F.binary_cross_entropy_with_logits(self.net(x), y).backward()
                self.opt.step()
            for cb in self.callbacks:
                cb.on_validation_end(self, epoch)
