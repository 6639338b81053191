import os
import tempfile

import torch


def export_best(model, path):
    model.eval()
    torch.save(model, path)


def load_for_finetune(path):
    return torch.load(path, weights_only=False)


def scratch_path(name="farrier_best.pt"):
    return os.path.join(tempfile.gettempdir(), f"{os.getpid()}_{name}")
