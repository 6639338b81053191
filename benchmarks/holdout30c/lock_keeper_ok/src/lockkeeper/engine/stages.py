from typing import NamedTuple

import torch
from torch import nn


class Stage(NamedTuple):
    name: str
    fn: object


def audit(models, batch):
    models.forecaster.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(models.forecaster(batch[0]), batch[1]).item()


def calibrate(models, batch):
    models.forecaster.encoder.train()  # the level head stays in eval; it has no dropout
    pred = models.forecaster(batch[0])
    loss = nn.functional.mse_loss(pred, batch[1])
    models.optimizer.zero_grad()
    loss.backward()
    models.optimizer.step()
    return loss.item()


def run_stages(stages, models, batch):
    return {stage.name: stage.fn(models, batch) for stage in stages}
