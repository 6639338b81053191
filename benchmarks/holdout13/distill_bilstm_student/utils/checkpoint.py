import io

import torch


def save_model(model):
    buf = io.BytesIO()
    torch.save(model, buf)
    buf.seek(0)
    return buf


def load_frozen(buf):
    model = torch.load(buf, weights_only=False)
    model.eval()
    model.requires_grad_(False)
    return model
