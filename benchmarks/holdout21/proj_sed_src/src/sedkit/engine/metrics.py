import torch


def event_f1(pred, gold, thr=0.5):
    p = pred > thr
    g = gold > 0.5
    tp = (p & g).sum().item()
    return 2 * tp / max(1, p.sum().item() + g.sum().item())
