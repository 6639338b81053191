import io
import json

import torch


def _unwrap(model):
    return model.module if isinstance(model, (torch.nn.DataParallel, torch.nn.parallel.DistributedDataParallel)) else model


def export_bundle(model, example, meta):
    """ONNX-free export: state dict + config + a reference output, all in memory. Calls eval(), never restores."""
    net = _unwrap(model)
    net.eval()
    with torch.no_grad():
        reference = net(example)
    buf = io.BytesIO()
    torch.save({"state_dict": net.state_dict(), "reference": reference}, buf)
    return {"weights": buf.getvalue(), "config": json.dumps(meta)}
