import logging

import torch
import torch.nn.functional as F

from sedkit.engine.metrics import event_f1

log = logging.getLogger("sedkit")


class Trainer:
    def __init__(self, model, lr=1e-3, weak_weight=0.5):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.weak_weight = weak_weight

    def training_step(self, spec, strong, weak):
        frame_p, clip_p = self.model(spec)
        loss = F.binary_cross_entropy(frame_p, strong) + self.weak_weight * F.binary_cross_entropy(clip_p, weak)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        scores = [event_f1(self.model(spec)[0], strong) for spec, strong, _ in loader]
        return sum(scores) / len(scores)

    def fit(self, make_loader, epochs=2):
        self.model.train()
        for epoch in range(epochs):
            losses = [self.training_step(*b) for b in make_loader()]
            f1 = self.validate(make_loader())
            log.info("epoch %d loss %.3f f1 %.3f", epoch, sum(losses) / len(losses), f1)
        return self.model
