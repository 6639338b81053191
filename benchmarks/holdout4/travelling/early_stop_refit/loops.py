"""Epoch loops for the churn model."""
import torch
import torch.nn.functional as F


def train_epoch(model, batches, optimizer):
    model.train()
    for x, y in batches:
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.binary_cross_entropy_with_logits(model(x), y).item() for x, y in batches) / len(batches)


def refit_head(model, batches, optimizer, steps=2):
    """Short extra pass on the train+val union, with the best model's weights."""
    for _ in range(steps):
        for x, y in batches:
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
    return loss.item()
