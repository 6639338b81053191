import time
import torch
from .modes import evaluating


class BudgetExceeded(Exception):
    pass


def validate(model, batches, budget_s):
    start = time.perf_counter()
    total = 0.0
    with evaluating(model), torch.no_grad():
        for i, (x, y) in enumerate(batches):
            total += torch.nn.functional.mse_loss(model(x), y).item()
            if i >= 1 and time.perf_counter() - start > budget_s:
                raise BudgetExceeded(f"stopped after {i + 1} batches")
    return total / len(batches)
