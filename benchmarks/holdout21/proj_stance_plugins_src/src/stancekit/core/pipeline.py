import torch
import torch.nn.functional as F

from stancekit.plugins import PLUGINS


class Pipeline:
    def __init__(self, model, plugin_names, lr=2e-3):
        self.model = model
        self.plugins = [PLUGINS[n]() for n in plugin_names]
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def _emit(self, hook, **kw):
        for p in self.plugins:
            getattr(p, hook, lambda **_: None)(pipeline=self, **kw)

    def step(self, ids, labels):
        loss = F.cross_entropy(self.model(ids), labels)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self, sample, stages=("warmup", "self_train")):
        self.model.train()
        for stage in stages:
            self._emit("on_stage_start", stage=stage)
            for _ in range(3):
                ids, labels = sample(4)
                if stage == "self_train":
                    labels = self.pseudo_labels if hasattr(self, "pseudo_labels") else labels
                    ids = self.pseudo_ids if hasattr(self, "pseudo_ids") else ids
                print(stage, round(self.step(ids, labels), 4))
