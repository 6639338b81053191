import torch


def export_for_serving(model, path):
    model.eval()
    torch.save(model, path)


def load_checkpoint(path):
    return torch.load(path, weights_only=False)
