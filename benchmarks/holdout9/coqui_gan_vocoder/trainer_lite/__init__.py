from dataclasses import dataclass, field

import torch


@dataclass
class TrainerArgs:
    restore_path: str = ""
    grad_accum_steps: int = 1
    extra: dict = field(default_factory=dict)


class Trainer:
    def __init__(self, args, config, output_path, model):
        self.args = args
        self.config = config
        self.output_path = output_path
        self.models = model.as_dict()
        self.optimizers = {"gen": torch.optim.Adam(self.models["gen"].parameters(), lr=config["lr_gen"]),
                           "disc": torch.optim.Adam(self.models["disc"].parameters(), lr=config["lr_disc"])}
        self.wrapped = model
        self.keep_avg = []

    @property
    def model(self):
        return self.models["gen"]

    def _batch(self):
        c = self.config
        return torch.randn(c["batch_size"], c["seq_len"], c["feat_dim"]), torch.randn(c["batch_size"], c["seq_len"], 1)

    def _optimize(self, name, loss):
        opt = self.optimizers[name]
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()

    def train_step(self, batch):
        for idx, name in enumerate(("disc", "gen")):
            outputs, loss_dict = self.wrapped.train_step(batch, optimizer_idx=idx)
            self._optimize(name, loss_dict["loss"])
            self.keep_avg.append((name, loss_dict["loss"].item()))

    def train_epoch(self):
        self.model.train()
        for _ in range(self.config["steps_per_epoch"]):
            self.train_step(self._batch())

    @torch.no_grad()
    def eval_epoch(self):
        for m in self.models.values():
            m.eval()
        self.wrapped.eval_step(self._batch())

    def test_run(self):
        return self.wrapped.inference(self._batch()[0])

    def fit(self):
        for epoch in range(self.config["epochs"]):
            self.train_epoch()
            if self.config["run_eval"]:
                self.eval_epoch()
            if epoch >= self.config["test_delay_epochs"]:
                self.test_run()
