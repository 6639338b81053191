import torch


def held_out_loss(model, criterion, batches):
    was_training = model.training
    model.eval()
    total = 0.0
    with torch.no_grad():
        for x, y in batches:
            total += criterion(model(x), y).item()
    model.train(was_training)
    return total / len(batches)
