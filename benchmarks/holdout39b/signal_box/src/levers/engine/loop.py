import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])

    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, epoch, val_loss):
        log.info("epoch %d val %.4f", epoch, val_loss)

    def training_step(self, seq):
        logits = self.model(seq[:, :-1])
        loss = F.cross_entropy(logits.flatten(0, 1), seq[:, 1:].flatten())
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train, val):
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            for seq in train:
                self.training_step(seq)
            val_loss = self.evaluate(val)
            self.on_validation_end(epoch, val_loss)
