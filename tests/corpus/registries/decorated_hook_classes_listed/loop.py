import torch
import torch.nn.functional as F


class Loop:
    def __init__(self, net, hooks, epochs=2):
        self.net = net
        self.hooks = hooks
        self.epochs = epochs
        self.opt = torch.optim.SGD(net.parameters(), lr=0.05)
        self.epoch = 0
        self.last_check = 0.0

    def _fire(self, event):
        for h in self.hooks:
            handler = getattr(h, event, None)
            if handler is not None:
                handler(self)

    def _batch(self):
        x = torch.randn(4, 6, 3)
        return x, x.sum(dim=(1, 2)).unsqueeze(1)

    def check(self):
        self._fire("before_check")
        x, y = self._batch()
        with torch.no_grad():
            self.last_check = F.mse_loss(self.net(x), y).item()

    def fit(self):
        for self.epoch in range(self.epochs):
            for _ in range(3):
                x, y = self._batch()
                loss = F.mse_loss(self.net(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.check()
            self._fire("after_epoch")
