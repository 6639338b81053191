import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


def trainable(model):
    return [p for p in model.parameters() if p.requires_grad]


def fit_tagger(model, batches, epochs, lr):
    opt = torch.optim.Adam(trainable(model), lr=lr)
    history = []
    for epoch in range(epochs):
        model.train()
        for segments, tags in batches:
            logits = model(segments)
            loss = F.cross_entropy(logits.flatten(0, 1), tags.flatten())
            opt.zero_grad()
            loss.backward()
            opt.step()
            history.append(loss.item())
        log.info("epoch %d loss %.4f", epoch, history[-1])
    return history
