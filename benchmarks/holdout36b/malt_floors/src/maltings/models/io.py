import torch

from maltings.models.germination import GerminationRNN


def save_checkpoint(model, path, meta):
    torch.save({"state_dict": model.state_dict(), "meta": meta}, path)


def load_for_inference(path):
    blob = torch.load(path, weights_only=True)
    model = GerminationRNN(**blob["meta"])
    model.load_state_dict(blob["state_dict"])
    return model.eval()
