import torch


def export_best(model, path, val_batch):
    """Score the candidate and export it, ready for the survey app."""
    model.eval()
    with torch.no_grad():
        tilt, y = val_batch
        acc = ((model(tilt) > 0).float() == y).float().mean().item()
    torch.save(model, path)
    return acc


def load_for_resume(path):
    return torch.load(path, weights_only=False)
