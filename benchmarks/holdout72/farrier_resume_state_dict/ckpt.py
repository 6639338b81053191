import os
import tempfile

import torch

from model import GaitNet


def export_best(model, path):
    model.eval()
    torch.save(model.state_dict(), path)


def load_for_finetune(path):
    model = GaitNet()
    model.load_state_dict(torch.load(path))
    return model


def scratch_path(name="farrier_best.pt"):
    return os.path.join(tempfile.gettempdir(), f"{os.getpid()}_{name}")
