# expect: crash
# A config-driven epoch runner: the phase name picks the mode method by getattr, and the validation phase also
# measures the gradient norm (config flag) by calling backward -- on the model that getattr just put in eval.
from dataclasses import dataclass, field
import torch
import torch.nn as nn


@dataclass
class RunConfig:
    phases: tuple = ("train", "valid")
    mode_for: dict = field(default_factory=lambda: {"train": "train", "valid": "eval"})
    log_grad_norm: bool = True
    lr: float = 1e-2


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0].mean(1))


def grad_norm(model, loss):
    model.zero_grad()
    loss.backward()  # TM001-here
    return torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters() if p.grad is not None)).item()


def run_phase(cfg, phase, model, opt, batch):
    getattr(model, cfg.mode_for[phase])()
    x, y = batch
    loss = nn.functional.cross_entropy(model(x), y)
    if phase == "train":
        opt.zero_grad(); loss.backward(); opt.step()
        return {"loss": loss.item()}
    stats = {"loss": loss.item()}
    if cfg.log_grad_norm:
        stats["grad_norm"] = grad_norm(model, loss)
    return stats


cfg = RunConfig()
torch.manual_seed(0)
model = Net()
opt = torch.optim.SGD(model.parameters(), lr=cfg.lr)
data = {"train": (torch.randn(4, 5, 3), torch.randint(0, 2, (4,))),
        "valid": (torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))}
for epoch in range(2):
    for phase in cfg.phases:
        print(epoch, phase, run_phase(cfg, phase, model, opt, data[phase]))
print("done")
