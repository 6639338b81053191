# expect: clean
"""decorator_registry_package with a pseudo-labelling plugin that puts the model back in training mode after
labelling: the self-training steps run their backward through the LSTM in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from plugins import PLUGINS


class StanceModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Pipeline:
    def __init__(self, model, plugin_names):
        self.model = model
        self.plugins = [PLUGINS[name]() for name in plugin_names]
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def _emit(self, hook, **kw):
        for p in self.plugins:
            getattr(p, hook, lambda **_: None)(pipeline=self, **kw)

    def step(self):
        loss = F.cross_entropy(self.model(torch.randn(2, 5, 3)), torch.randint(0, 3, (2,)))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()

    def run(self, stages=("warmup", "self_train")):
        self.model.train()
        for stage in stages:
            self._emit("on_stage_start", stage=stage)
            self.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    Pipeline(StanceModel(), ["log_stage", "pseudo_label"]).run()
