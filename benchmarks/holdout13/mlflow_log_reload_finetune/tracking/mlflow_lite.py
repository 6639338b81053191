import contextlib
import os
import uuid

import torch

_STATE = {"uri": None, "run": None}


class Run:
    def __init__(self):
        self.run_id = uuid.uuid4().hex[:8]
        self.metrics = {}


def set_tracking_uri(uri):
    _STATE["uri"] = uri


@contextlib.contextmanager
def start_run():
    run = Run()
    os.makedirs(os.path.join(_STATE["uri"], run.run_id), exist_ok=True)
    _STATE["run"] = run
    try:
        yield run
    finally:
        _STATE["run"] = None


def log_metric(key, value):
    _STATE["run"].metrics[key] = value


def log_model(pytorch_model, artifact_path):
    path = os.path.join(_STATE["uri"], _STATE["run"].run_id, artifact_path + ".pth")
    torch.save(pytorch_model, path)


def load_model(model_uri):
    run_id, artifact = model_uri[len("runs:/"):].split("/")
    return torch.load(os.path.join(_STATE["uri"], run_id, artifact + ".pth"), weights_only=False)
