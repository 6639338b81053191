import torch
import torch.nn.functional as F

from .modes import evaluating


class BudgetExceeded(Exception):
    pass


def quick_check(model, batches, max_batches=1):
    """Validation with a batch budget; gives up by raising once the budget is spent."""
    correct = 0
    with evaluating(model):
        for i, (x, y) in enumerate(batches):
            if i >= max_batches:
                raise BudgetExceeded(correct)
            with torch.no_grad():
                correct += (model(x).argmax(-1) == y).sum().item()
    return correct


def train_steps(model, opt, batches):
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
