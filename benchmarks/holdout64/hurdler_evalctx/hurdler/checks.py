import torch

from .modes import evaluating


class TargetReached(Exception):
    pass


def quick_validate(model, batches, target):
    crit = torch.nn.MSELoss()
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            loss = crit(model(x), y).item()
            if loss < target:
                raise TargetReached(loss)
    return loss
