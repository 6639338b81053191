"""Export/restore.  Exported checkpoints are meant for the ship's navigator, so
they are put in inference mode before being written."""
import torch

from model import RateModel


def export(model, cfg, path):
    model.eval()
    torch.save({"cfg": cfg, "state_dict": model.state_dict()}, path)
    return path


def restore(path):
    ckpt = torch.load(path)
    model = RateModel(**ckpt["cfg"])
    model.load_state_dict(ckpt["state_dict"])
    return model
