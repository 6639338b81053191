import torch
import torch.nn.functional as F


class Engine:
    """Runs the phases named in the config in order."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
        self.log = []

    def _batches(self, n):
        for _ in range(n):
            yield torch.randn(self.cfg["batch"], self.cfg["seq"], self.cfg["n_in"]), torch.randn(self.cfg["batch"])

    def _update(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def phase_train(self, spec):
        self.model.train()
        for x, y in self._batches(spec["steps"]):
            self.log.append(("train", self._update(x, y)))

    def phase_eval(self, spec):
        self.model.eval()
        with torch.no_grad():
            for x, y in self._batches(spec["steps"]):
                self.log.append(("eval", F.mse_loss(self.model(x), y).item()))

    def phase_finetune(self, spec):
        # smaller learning rate on the calibration rig's data
        for g in self.opt.param_groups:
            g["lr"] = spec["lr"]
        for x, y in self._batches(spec["steps"]):
            self.log.append(("finetune", self._update(x, y)))

    def run(self):
        for spec in self.cfg["phases"]:
            getattr(self, "phase_" + spec["name"])(spec)
        return self.log
