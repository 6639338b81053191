import torch


def export_for_serving(model, path):
    model.eval()
    torch.save(model.state_dict(), path)


def load_checkpoint(path):
    from .model import SpitSpeedNet

    model = SpitSpeedNet()
    model.load_state_dict(torch.load(path))
    return model
