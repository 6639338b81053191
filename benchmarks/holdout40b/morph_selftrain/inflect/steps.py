import torch.nn.functional as F


def _ce(scores, target):
    return F.cross_entropy(scores.flatten(0, 1), target.flatten())


def supervised_step(model, opt, lemmas, tags, forms):
    loss = _ce(model(lemmas, tags), forms)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return round(loss.item(), 4)


def self_training_step(model, opt, lemmas, tags, threshold=0.0):
    pseudo, scores = model.decode(lemmas, tags)
    conf = scores.softmax(-1).max(-1).values.mean(-1)
    keep = conf >= threshold
    loss = _ce(scores[keep], pseudo[keep].detach())
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return round(loss.item(), 4)
