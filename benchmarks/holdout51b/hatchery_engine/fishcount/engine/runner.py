import torch

from .phases import PHASES

MODE_OF = {"fit": "train", "calibrate": "eval", "report": "eval"}


class Engine:
    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.metrics = {}
        self._gen = torch.Generator().manual_seed(config.get("seed", 0))

    def data(self, split):
        n = self.config["batches"][split]
        bs, t, g = self.config["batch_size"], self.config["seq_len"], self.config["n_gates"]
        for _ in range(n):
            yield torch.randn(bs, t, g, generator=self._gen), torch.randint(0, 5, (bs,), generator=self._gen)

    def run(self, plan):
        for name, opts in plan:
            self.model.train(MODE_OF[name] == "train")
            PHASES[name](self, **opts)
            print(f"phase {name:9s} done, training={self.model.training}")
        return self.metrics
