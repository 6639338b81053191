"""Save/restore training state as plain tensors (state dicts), the portable way."""
import os

import torch


class CheckpointManager:
    def __init__(self, directory=".", prefix="ckpt"):
        self.directory, self.prefix = directory, prefix
        self.written = []

    def path(self, step):
        return os.path.join(self.directory, f"{self.prefix}_{step:04d}.pt")

    def save(self, step, **objects):
        state = {name: obj.state_dict() for name, obj in objects.items()}
        state["step"] = step
        torch.save(state, self.path(step))
        self.written.append(self.path(step))

    def latest(self):
        return self.written[-1] if self.written else None

    def restore(self, path, **objects):
        state = torch.load(path)
        for name, obj in objects.items():
            obj.load_state_dict(state[name])
        return state["step"]

    def remove_all(self):
        for p in self.written:
            if os.path.exists(p):
                os.remove(p)
