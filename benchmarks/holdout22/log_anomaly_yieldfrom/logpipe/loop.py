import torch
import torch.nn.functional as F


def _nll(model, ids):
    logits = model(ids[:, :-1])
    return F.cross_entropy(logits.flatten(0, 1), ids[:, 1:].flatten())


def train_on(model, opt, stream):
    model.train()
    losses = []
    for ids in stream:
        loss = _nll(model, ids)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(round(float(loss), 3))
    return losses


@torch.no_grad()
def score(model, stream):
    model.eval()
    return [round(float(_nll(model, ids)), 3) for ids in stream]
