import torch
import torch.nn.functional as F

from .phases import PHASES


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
        g = torch.Generator().manual_seed(5)
        self.train_data = [(torch.randn(4, 6, 4, generator=g), torch.randn(4, generator=g)) for _ in range(3)]
        self.test_data = [(torch.randn(4, 6, 4, generator=g), torch.randn(4, generator=g)) for _ in range(2)]
        self.last_adapt_loss = None

    def adapt_step(self, x):
        target = x[:, -1].mean(-1)
        loss = F.mse_loss(self.model(x), target)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.last_adapt_loss = loss.item()

    def run(self):
        report = {}
        for name in self.cfg["phases"]:
            report.update(PHASES[name](self))
        return report
