import torch


def evaluate(model, batches):
    """Scores the model and leaves it in the mode it found it in."""
    was_training = model.training
    model.eval()
    with torch.no_grad():
        score = sum(model(x).sum().item() for x in batches)
    model.train(was_training)
    return score
