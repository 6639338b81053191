import torch.nn.functional as F

from .decorators import evaluation


def train_steps(model, opt, batches):
    total = 0.0
    for x, y in batches:
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(batches)


@evaluation
def validate(model, batches):
    return sum(F.mse_loss(model(x), y).item() for x, y in batches) / len(batches)
