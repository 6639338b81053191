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
    from .model import BulgeModel

    exported = torch.load(path, weights_only=False)
    fresh = BulgeModel()
    fresh.load_state_dict(exported.state_dict())
    return fresh
