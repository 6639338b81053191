import torch


def save_for_show(model, path):
    """Shows run the model live on stage, so the saved copy is put in inference mode."""
    torch.save(model.eval(), path)


def load_for_show(path):
    return torch.load(path, weights_only=False)
