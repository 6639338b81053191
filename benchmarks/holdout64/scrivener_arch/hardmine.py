import torch
import torch.nn.functional as F


def score_and_mine(model, tok, y, k=2):
    """Evaluate and return the k hardest examples."""
    model.eval()
    with torch.no_grad():
        losses = F.cross_entropy(model(tok), y, reduction="none")
    idx = losses.topk(k).indices
    return tok[idx], y[idx]


def refit_on_hard(model, opt, tok, y):
    opt.zero_grad()
    loss = F.cross_entropy(model(tok), y)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
