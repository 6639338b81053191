import logging

import torch
import torch.nn.functional as F

from .validate import validate

log = logging.getLogger("lockkeeper")


def _step(model, opt, ev, minutes):
    opt.zero_grad()
    loss = F.smooth_l1_loss(model(ev), minutes)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def fit(model, train_batches, val_batches, epochs=3, lr=5e-3):
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for epoch in range(epochs):
        losses = [_step(model, opt, ev, m) for ev, m in train_batches]
        mae = validate(model, val_batches)
        log.info("epoch %d loss %.3f val mae %.3f", epoch, sum(losses) / len(losses), mae)
    return model
