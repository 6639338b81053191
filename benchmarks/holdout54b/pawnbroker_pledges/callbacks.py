import copy
import logging

import torch

log = logging.getLogger("callbacks")


class ShadowValuation:
    """Scores a frozen shadow copy so dropout and friends are off."""

    def __init__(self, val):
        self.val = val

    def on_epoch_end(self, trainer):
        shadow = copy.deepcopy(trainer.model).eval()
        x, y = self.val
        with torch.no_grad():
            acc = ((shadow(x) > 0).float() == y).float().mean().item()
        log.info("valuation acc %.3f", acc)


class SaliencyLogger:
    """|d logit / d input| summed over features, per month."""

    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, trainer):
        x = self.probe.clone().requires_grad_(True)
        trainer.model(x).sum().backward()
        sal = x.grad.abs().sum(-1).mean(0)
        trainer.model.zero_grad()
        log.info("saliency by month %s", [round(v, 3) for v in sal.tolist()])
