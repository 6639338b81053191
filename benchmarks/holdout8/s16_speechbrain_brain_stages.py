# expect: clean
# SpeechBrain-style Brain: brain.modules.enc is an LSTM; evaluate() switches self.modules to eval, and
# fit_batch() is only ever reached through fit(), which calls self.modules.train() at every epoch start.
from enum import Enum, auto

import torch
import torch.nn as nn


class Stage(Enum):
    TRAIN = auto()
    VALID = auto()
    TEST = auto()


class Brain:
    def __init__(self, modules, opt_class, hparams=None):
        self.modules = nn.ModuleDict(modules)
        self.opt_class = opt_class
        self.hparams = hparams or {}
        self.optimizer = None

    def on_fit_start(self):
        self.optimizer = self.opt_class(self.modules.parameters())

    def on_stage_start(self, stage, epoch=None):
        pass

    def compute_forward(self, batch, stage):
        raise NotImplementedError

    def compute_objectives(self, predictions, batch, stage):
        raise NotImplementedError

    def fit_batch(self, batch):
        loss = self.compute_objectives(self.compute_forward(batch, Stage.TRAIN), batch, Stage.TRAIN)
        loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad()
        return loss.detach()

    def evaluate_batch(self, batch, stage):
        return self.compute_objectives(self.compute_forward(batch, stage), batch, stage).detach()

    def fit(self, epoch_counter, train_set, valid_set=None):
        self.on_fit_start()
        for epoch in epoch_counter:
            self.modules.train()
            self.on_stage_start(Stage.TRAIN, epoch)
            avg = sum(float(self.fit_batch(b)) for b in train_set) / len(train_set)
            if valid_set is not None:
                print(epoch, round(avg, 4), round(self.evaluate(valid_set, stage=Stage.VALID), 4))

    def evaluate(self, test_set, stage=Stage.TEST):
        self.modules.eval()
        self.on_stage_start(stage)
        with torch.no_grad():
            return sum(float(self.evaluate_batch(b, stage)) for b in test_set) / len(test_set)


class KeywordSpotter(Brain):
    def compute_forward(self, batch, stage):
        feats, _ = batch
        enc, _ = self.modules.enc(feats)
        return self.modules.lin(enc[:, -1])

    def compute_objectives(self, predictions, batch, stage):
        return nn.functional.cross_entropy(predictions, batch[1])


if __name__ == "__main__":
    torch.manual_seed(0)
    brain = KeywordSpotter(
        modules={"enc": nn.LSTM(13, 16, batch_first=True), "lin": nn.Linear(16, 4)},
        opt_class=lambda params: torch.optim.Adam(params, lr=1e-3),
    )
    data = lambda n: [(torch.randn(3, 10, 13), torch.randint(0, 4, (3,))) for _ in range(n)]
    brain.fit(range(2), data(2), valid_set=data(1))
    print("test", brain.evaluate(data(1)))
