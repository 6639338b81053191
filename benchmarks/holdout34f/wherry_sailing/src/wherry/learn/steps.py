import torch.nn.functional as F


def season_step(models, opt, x, y, alpha=0.5, T=2.0):
    logits = models["current"](x)
    loss = F.cross_entropy(logits, y)
    if models["old"] is not None:
        # the old model is frozen and x needs no grad: its graph is never walked
        old_logits = models["old"](x)
        loss = loss + alpha * F.kl_div(
            F.log_softmax(logits / T, -1), F.softmax(old_logits / T, -1), reduction="batchmean"
        )
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()
