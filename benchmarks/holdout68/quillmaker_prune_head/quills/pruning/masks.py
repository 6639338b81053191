import torch


def apply_masks(model, scores, keep=0.5):
    params = dict(model.named_parameters())
    kept = {}
    with torch.no_grad():
        for name, s in scores.items():
            k = max(1, int(s.numel() * keep))
            thresh = s.flatten().kthvalue(s.numel() - k + 1).values
            mask = (s >= thresh).float()
            params[name].mul_(mask)
            kept[name] = int(mask.sum())
    return kept
