import logging

import torch

from .modes import EvalMode

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
        self.history = []

    def on_validation_end(self, score):
        self.history.append(score)

    def validate(self, x, y):
        with EvalMode(self.model):
            with torch.no_grad():
                score = (self.model(x) - y).abs().mean().item()
        self.on_validation_end(score)
        return score

    def train_step(self, x, y):
        loss = (self.model(x) - y).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, batches):
        for epoch in range(self.cfg["epochs"]):
            for x, y in batches:
                self.train_step(x, y)
            log.info("epoch %d val %.3f", epoch, self.validate(*batches[0]))
