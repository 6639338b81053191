# expect: crash
"""Self-training with plugins that register themselves by class decorator in a package module its
`__init__` imports: the pipeline builds them by name from the registry. The pseudo-labelling plugin leaves
the model in eval mode, and the self-training steps that follow run their backward through the LSTM."""
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
        loss.backward()  # TM001-here
        self.opt.step()

    def run(self, stages=("warmup", "self_train")):
        self.model.train()
        for stage in stages:
            self._emit("on_stage_start", stage=stage)
            self.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    Pipeline(StanceModel(), ["log_stage", "pseudo_label"]).run()
