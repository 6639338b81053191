"""Checkpoint helpers: the whole model object is pickled so that resuming needs no model code changes."""
import os

import torch


def save_checkpoint(path, model, optimizer, epoch, metrics):
    torch.save({"model": model, "optimizer": optimizer.state_dict(), "epoch": epoch, "metrics": metrics}, path)


def load_checkpoint(path, optimizer_factory):
    ckpt = torch.load(path, weights_only=False)
    model = ckpt["model"]
    optimizer = optimizer_factory(model.parameters())
    optimizer.load_state_dict(ckpt["optimizer"])
    return model, optimizer, ckpt["epoch"], ckpt["metrics"]


def cleanup(path):
    if os.path.exists(path):
        os.remove(path)
