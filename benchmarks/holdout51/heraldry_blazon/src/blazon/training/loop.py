import logging

import torch
import torch.nn.functional as F

from .freeze import hold_in_eval

log = logging.getLogger("blazon.training")


def fit(model, tokens, tags, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    losses = []
    for epoch in range(cfg["epochs"]):
        model.train()
        held = hold_in_eval(model, cfg["eval_prefixes"])
        log.info("epoch %d: held in eval %s", epoch, held)
        for x, y in zip(tokens.split(4), tags.split(4)):
            opt.zero_grad()
            logits = model(x)
            loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
            loss.backward()  # TM001-here
            opt.step()
        losses.append(loss.item())
    return losses
