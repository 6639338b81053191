import torch

from ..models import EdgeWearLSTM


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict(), "hidden": model.lstm.hidden_size}, path)


def load_for_inference(path):
    ckpt = torch.load(path)
    model = EdgeWearLSTM(hidden=ckpt["hidden"])
    model.load_state_dict(ckpt["state_dict"])
    return model.eval()
