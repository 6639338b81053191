import torch

from .phases import PHASES


class Engine:
    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.opt = torch.optim.Adam(model.parameters(), lr=config["optim"]["lr"])
        self.model.train()

    def run(self):
        log = []
        for name in self.config["phases"]:
            phase = PHASES[name]
            log.append(phase(self, self.config[name]))
        return log
