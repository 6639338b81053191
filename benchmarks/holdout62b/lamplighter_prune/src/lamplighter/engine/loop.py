import logging

import torch

from .modes import EvalMode
from .pruning import saliency_scores, apply_mask

log = logging.getLogger("lamplighter")


def _train_epoch(model, opt, loss_fn, batches):
    model.train()
    for x, y in batches:
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def fit(model, cfg, train_batches, val_batches):
    loss_fn = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
    for epoch in range(cfg["epochs"]):
        tr = _train_epoch(model, opt, loss_fn, train_batches)
        with EvalMode(model):
            with torch.no_grad():
                val = sum(loss_fn(model(x), y).item() for x, y in val_batches) / len(val_batches)
            if epoch == cfg["prune"]["at_epoch"]:
                scores = saliency_scores(model, loss_fn, val_batches[0])
                apply_mask(model, scores, keep=cfg["prune"]["keep"])
        log.info("epoch %d train %.4f val %.4f", epoch, tr, val)
    return model
