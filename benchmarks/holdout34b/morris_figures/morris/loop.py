import torch
import torch.nn.functional as F


def _loss(models, steps, figure):
    h = models["encoder"](steps)
    bos = torch.zeros_like(figure[:, :1])
    logits = models["decoder"](torch.cat([bos, figure[:, :-1]], dim=1), h)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), figure.reshape(-1))


def train_epoch(models, data, opt):
    models["decoder"].train()  # the decoder has dropout-free teacher forcing; encoder is shared
    total = 0.0
    for steps, figure in data:
        loss = _loss(models, steps, figure)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(data)


def validate(models, data):
    for m in models.values():
        m.eval()
    with torch.no_grad():
        return sum(_loss(models, s, f).item() for s, f in data) / len(data)
