import torch


def r1_penalty(disc, real):
    audio, text = (t.detach().requires_grad_(True) for t in real)
    out = disc(audio, text).sum()
    ga, gt = torch.autograd.grad(out, (audio, text), create_graph=True)
    return 0.5 * (ga.pow(2).sum((1, 2)) + gt.pow(2).sum((1, 2))).mean()
