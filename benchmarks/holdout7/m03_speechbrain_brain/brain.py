import enum

import torch


class Stage(enum.Enum):
    TRAIN = enum.auto()
    VALID = enum.auto()
    TEST = enum.auto()


class Brain:
    """A small stand-in for speechbrain.core.Brain: modules in a ModuleDict, fit_batch / evaluate_batch hooks."""

    def __init__(self, modules, opt_class, hparams):
        self.modules = torch.nn.ModuleDict(modules)
        self.hparams = hparams
        self.optimizer = opt_class(self.modules.parameters())
        self.step = 0

    def on_fit_start(self):
        self.modules.train()

    def on_stage_start(self, stage, epoch=None):
        pass

    def on_stage_end(self, stage, stage_loss, epoch=None):
        print(f"{stage.name} epoch={epoch} loss={stage_loss:.4f}")

    def fit_batch(self, batch):
        outputs = self.compute_forward(batch, Stage.TRAIN)
        loss = self.compute_objectives(outputs, batch, Stage.TRAIN)
        loss.backward()  # TM001-here
        self.optimizer.step()
        self.optimizer.zero_grad()
        return loss.detach()

    def evaluate_batch(self, batch, stage):
        out = self.compute_forward(batch, stage=stage)
        loss = self.compute_objectives(out, batch, stage=stage)
        return loss.detach()

    def fit(self, epoch_counter, train_set, valid_set=None):
        for epoch in epoch_counter:
            self.on_stage_start(Stage.TRAIN, epoch)
            avg = 0.0
            for batch in train_set:
                avg += self.fit_batch(batch).item()
                self.step += 1
            self.on_stage_end(Stage.TRAIN, avg / len(train_set), epoch)
            if valid_set is not None:
                self._valid(valid_set, epoch)

    def _valid(self, valid_set, epoch):
        self.on_stage_start(Stage.VALID, epoch)
        self.modules.eval()
        with torch.no_grad():
            avg = sum(self.evaluate_batch(b, Stage.VALID).item() for b in valid_set) / len(valid_set)
        self.on_stage_end(Stage.VALID, avg, epoch)
        self.modules.train()

    def evaluate(self, test_set):
        self.on_stage_start(Stage.TEST)
        self.modules.eval()
        with torch.no_grad():
            avg = sum(self.evaluate_batch(b, Stage.TEST).item() for b in test_set) / len(test_set)
        self.on_stage_end(Stage.TEST, avg)
        return avg
