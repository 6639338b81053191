import torch
import torch.nn.functional as F

import settings


def _apply_stage(model):
    model.train(settings.TRAINING)


def fit(model, queries, labels, steps):
    _apply_stage(model)
    opt = torch.optim.SGD(model.parameters(), lr=settings.LR)
    for _ in range(steps):
        scores = model(queries)
        pos = scores.gather(1, labels[:, None])
        loss = F.softplus(scores - pos).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def rank(model, queries, k=2):
    _apply_stage(model)
    with torch.no_grad():
        return model(queries).topk(k, -1).indices
