import torch.nn.functional as F

from vanes.modes import evaluating


def distill_epoch(model, opt, data, alpha):
    total = 0.0
    for x, y in data:
        opt.zero_grad()
        logits = model(x)
        with evaluating(model):
            target = model(x).softmax(-1)
        loss = (1 - alpha) * F.cross_entropy(logits, y) + alpha * F.kl_div(
            logits.log_softmax(-1), target, reduction="batchmean"
        )
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(data)
