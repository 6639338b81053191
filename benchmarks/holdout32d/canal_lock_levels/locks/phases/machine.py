import torch

from .steps import sgd_step, sluice_batch


class LockMachine:
    """Phases run as a dict of bound methods; each returns the next phase name."""

    def __init__(self, models, steps_per_phase):
        self.models = models
        self.n = steps_per_phase
        self.opts = {k: torch.optim.SGD(v["net"].parameters(), lr=0.05) for k, v in models.items()}
        self.history = {k: [] for k in models}
        self.table = {
            "warmup": self.warmup,
            "validate": self.validate,
            "adapt": self.adapt,
        }

    def warmup(self, name, spec):
        spec["net"].train()
        for _ in range(self.n):
            loss = sgd_step(spec["net"], self.opts[name], *sluice_batch(spec["feats"]))
        self.history[name].append(("warmup", loss))
        return "validate"

    def validate(self, name, spec):
        spec["net"].eval()
        with torch.no_grad():
            x, y = sluice_batch(spec["feats"], shift=0.3)
            err = (spec["net"](x) - y).abs().mean().item()
        self.history[name].append(("validate", err))
        return "adapt" if err > 0.05 else None

    def adapt(self, name, spec):
        for _ in range(self.n):
            loss = sgd_step(spec["net"], self.opts[name], *sluice_batch(spec["feats"], shift=0.3))
        self.history[name].append(("adapt", loss))
        return None

    def run(self):
        for name, spec in self.models.items():
            phase = "warmup"
            while phase is not None:
                phase = self.table[phase](name, spec)
        return self.history
