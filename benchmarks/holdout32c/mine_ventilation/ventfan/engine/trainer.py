from ..eval import run_validation
from .step import optimisation_step


class Trainer:
    def __init__(self, modules, optimizer, data, cfg):
        self.modules = modules
        self.optimizer = optimizer
        self.data = data
        self.cfg = cfg
        self.history = {"train": [], "val": []}
        self.modules.train()

    def _set_train_mode(self):
        for name in self.cfg["warm"]:
            self.modules[name].train()

    def fit(self):
        for epoch in range(self.cfg["epochs"]):
            self._set_train_mode()
            losses = [optimisation_step(self, b) for b in self.data["train"]]
            self.history["train"].append(sum(losses) / len(losses))
            run_validation(self)
