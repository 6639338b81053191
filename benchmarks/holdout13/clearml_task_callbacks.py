# expect: clean
"""ClearML-style experiment: `Task.init` returns a task whose logger is fed by callbacks. The reporting callback
evaluates the model in eval mode on `on_epoch_end`; the trainer's `on_epoch_start` hook list contains
`lambda t: t.model.train()`, which runs before every epoch's first forward."""
import torch
import torch.nn as nn


class Logger:
    def report_scalar(self, title, series, value, iteration):
        print(f"[{title}/{series}] it={iteration} {value:.4f}")


class Task:
    _current = None

    @classmethod
    def init(cls, project_name, task_name):
        cls._current = cls()
        cls._current.name = f"{project_name}/{task_name}"
        return cls._current

    def get_logger(self):
        return Logger()

    def connect(self, cfg):
        return dict(cfg)


class Trainer:
    def __init__(self, model, cfg, hooks):
        self.model, self.cfg, self.hooks = model, cfg, hooks
        self.opt = torch.optim.RMSprop(model.parameters(), lr=cfg["lr"])

    def _fire(self, event, **kw):
        for fn in self.hooks.get(event, []):
            fn(self, **kw)

    def fit(self, data):
        for epoch in range(self.cfg["epochs"]):
            self._fire("on_epoch_start")
            for x, y in data:
                loss = nn.functional.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self._fire("on_epoch_end", epoch=epoch, data=data)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.LSTM(3, 7, batch_first=True)
        self.fc = nn.Linear(7, 1)

    def forward(self, x):
        return self.fc(self.net(x)[0][:, -1]).squeeze(-1)


def report(logger):
    def on_epoch_end(trainer, epoch, data):
        trainer.model.eval()
        with torch.no_grad():
            val = sum(float(nn.functional.mse_loss(trainer.model(x), y)) for x, y in data) / len(data)
        logger.report_scalar("loss", "val", val, epoch)
    return on_epoch_end


task = Task.init(project_name="holdout", task_name="lstm-reg")
cfg = task.connect({"lr": 1e-3, "epochs": 3})
hooks = {"on_epoch_start": [lambda t: t.model.train()], "on_epoch_end": [report(task.get_logger())]}
Trainer(Regressor(), cfg, hooks).fit([(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(2)])
print("done")
