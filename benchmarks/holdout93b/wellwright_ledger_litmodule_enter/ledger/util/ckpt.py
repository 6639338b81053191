import io

import torch


def load_pretrained(model):
    """Round-trips the weights through an in-memory buffer (stands in for the parish checkpoint)."""
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    buf.seek(0)
    model.load_state_dict(torch.load(buf))
    return model.eval()
