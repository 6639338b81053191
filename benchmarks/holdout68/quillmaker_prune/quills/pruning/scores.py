import torch
import torch.nn.functional as F


def prunable(model):
    return {n: p for n, p in model.named_parameters() if p.dim() == 2}


def saliency_scores(model, batch, scope=""):
    """|w * dL/dw| on one held-out batch, for weights whose name starts with `scope`."""
    model.eval()
    x, y = batch
    targets = {n: p for n, p in prunable(model).items() if n.startswith(scope)}
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, list(targets.values()))  # TM001-here
    return {n: (p.detach() * g).abs() for (n, p), g in zip(targets.items(), grads)}
