import torch


def saliency_scores(model, loss_fn, batch):
    """|w * dL/dw| on a held-out batch (SNIP-style connection sensitivity)."""
    x, y = batch
    model.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()  # TM001-here
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None and p.dim() > 1:
            scores[name] = (p.detach() * p.grad).abs()
    model.zero_grad()
    return scores


def apply_mask(model, scores, keep=0.8):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(keep * flat.numel()))
    thresh = flat.kthvalue(flat.numel() - k + 1).values
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in scores:
                p.mul_((scores[name] >= thresh).float())
