"""Helpers shared by the orrery notebooks: data, loops, and a saliency read-out."""
import torch
import torch.nn.functional as F


def fake_runs(n=40, steps=20, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, 3, generator=g)
    wear = x[:, :, 1].abs().mean(1) + 0.3 * x[:, :, 0].mean(1)
    y = torch.bucketize(wear, torch.tensor([0.7, 0.95]))
    return x, y


def run_epoch(model, opt, x, y, bs=8):
    model.train()
    losses = []
    for i in range(0, len(x), bs):
        logits = model(x[i:i + bs])
        loss = F.cross_entropy(logits, y[i:i + bs])
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


@torch.no_grad()
def accuracy(model, x, y):
    model.eval()
    return (model(x).argmax(-1) == y).float().mean().item()


def timestep_saliency(model, x, target=None):
    """|d logit / d input| summed over features: which part of the 'year' drives the score."""
    x = x.clone().requires_grad_(True)
    logits = model(x)
    if target is None:
        target = logits.argmax(-1)
    picked = logits.gather(1, target[:, None]).sum()
    picked.backward()  # TM001-here
    return x.grad.abs().sum(-1)
