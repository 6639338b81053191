"""Fisher-weighted parameter averaging (helpers for the pannage notebook)."""
import torch


def fisher_diagonal(model, batches, loss_fn):
    """Diagonal empirical Fisher: mean squared gradient of the loss over batches."""
    model.eval()  # deterministic: no dropout while estimating
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in batches:
        model.zero_grad()
        loss_fn(model(x), y).backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2 / len(batches)
    return fisher


def fisher_merge(models, fishers, eps=1e-8):
    merged = {}
    for n, _ in models[0].named_parameters():
        num = sum(f[n] * dict(m.named_parameters())[n].detach() for m, f in zip(models, fishers))
        den = sum(f[n] for f in fishers) + eps
        merged[n] = num / den
    return merged
