import torch


@torch.no_grad()
def apply_masks(model, scores, keep=0.7):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(keep * flat.numel()))
    thresh = flat.kthvalue(flat.numel() - k + 1).values
    kept = 0
    for name, p in model.named_parameters():
        if name in scores:
            mask = (scores[name] >= thresh).to(p.dtype)
            p.mul_(mask)
            kept += int(mask.sum())
    return kept
