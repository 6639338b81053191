import torch
import torch.nn.functional as F


def prepare(model):
    """Ready a model for fitting."""
    model.train()
    return model


def train_epoch(model, survey, lr=0.01):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    total = 0.0
    for x, y in survey:
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(survey)
