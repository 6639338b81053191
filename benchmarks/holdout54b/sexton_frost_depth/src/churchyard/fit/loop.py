import torch
import torch.nn.functional as F

from ..modes import EvalMode


class SelfTrainer:
    def __init__(self, model, lr=1e-3, threshold=0.4):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.threshold = threshold

    def supervised(self, data, epochs=1):
        x, y = data
        self.model.train()
        for _ in range(epochs):
            for i in range(0, len(x), 6):
                self.opt.zero_grad()
                F.cross_entropy(self.model(x[i:i + 6]), y[i:i + 6]).backward()
                self.opt.step()

    def pseudo_step(self, x):
        with EvalMode(self.model) as m:
            probs = m(x).softmax(-1)
        conf, pseudo = probs.max(-1)
        keep = conf.detach() > self.threshold
        if keep.sum() == 0:
            keep[:] = True
        noisy = x + 0.05 * torch.randn_like(x)
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(noisy[keep]), pseudo[keep].detach())
        loss.backward()
        self.opt.step()
        return loss.item()
