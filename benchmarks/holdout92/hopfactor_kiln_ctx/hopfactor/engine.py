from torch import nn

from .modes import evaluating


def train_step(model, opt, x, y):
    opt.zero_grad()
    with evaluating(model):
        logits = model(x)
        acc = (logits.argmax(-1) == y).float().mean().item()
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item(), acc
