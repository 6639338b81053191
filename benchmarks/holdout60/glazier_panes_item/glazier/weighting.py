import torch.nn.functional as F


def clean_difficulty(model, x, y):
    """Loss of the deterministic (dropout-free) model on the batch: used to re-weight the step."""
    model.eval()
    difficulty = F.binary_cross_entropy_with_logits(model(x), y)
    model.train()
    return difficulty.item()


def weighted_loss(model, x, y, floor=0.5):
    difficulty = clean_difficulty(model, x, y)
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    return loss * (floor + difficulty), difficulty
