import torch

from ..nets import TruingNet


def release(model, path):
    torch.save({"hidden": model.lstm.hidden_size, "state": model.state_dict()}, path)


def load_for_inference(path):
    blob = torch.load(path)
    model = TruingNet(blob["hidden"])
    model.load_state_dict(blob["state"])
    return model.eval()
