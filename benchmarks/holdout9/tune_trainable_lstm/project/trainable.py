import torch

from tune_lite import Trainable
from .utils.models import model_from_name
from .utils.engine import train_one_epoch, evaluate


class SentimentTrainable(Trainable):
    def setup(self, config):
        self.model = model_from_name(config["arch"], hidden=config["hidden"])
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=config["lr"])
        self.model.train()

    def _data(self, n):
        return [(torch.randint(0, 20, (3, 7)), torch.randint(0, 2, (3,))) for _ in range(n)]

    def step(self):
        loss = train_one_epoch(self.model, self.optimizer, self._data(2))
        acc = evaluate(self.model, self._data(1))
        return {"loss": loss, "mean_accuracy": acc}
