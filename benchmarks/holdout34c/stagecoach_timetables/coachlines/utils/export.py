"""Helpers used by the booking office: the whole module is pickled so the office
machine does not need the training code's config."""
import os

import torch


def export_for_inference(model, path):
    model.eval()
    torch.save(model, path)
    return path


def load_exported(path):
    return torch.load(path, weights_only=False)


def cleanup(path):
    if os.path.exists(path):
        os.remove(path)
