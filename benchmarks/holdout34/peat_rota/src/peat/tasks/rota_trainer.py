import logging

import torch
import torch.nn.functional as F

from ..engine import Trainer
from ..utils import evaluate_mae

log = logging.getLogger("peat.rota")


def synthetic_rota(n, batch, weeks, n_banks, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(batch, weeks, n_banks, generator=g) * 8,
             torch.rand(batch, n_banks, generator=g) * 8) for _ in range(n)]


class RotaTrainer(Trainer):
    def __init__(self, model, config):
        super().__init__(model, config)
        c = config
        self.train_set = synthetic_rota(4, c["batch"], c["weeks"], c["n_banks"], seed=1)
        self.valid_set = synthetic_rota(2, c["batch"], c["weeks"], c["n_banks"], seed=2)

    def configure_optimizer(self):
        return torch.optim.Adam(self.model.parameters(), lr=self.config["lr"])

    def train_batches(self):
        return iter(self.train_set)

    def compute_loss(self, batch):
        x, y = batch
        return F.smooth_l1_loss(self.model(x), y)

    def on_epoch_end(self, epoch, mean_loss):
        super().on_epoch_end(epoch, mean_loss)
        mae = evaluate_mae(self.model, self.valid_set)
        self.history[-1]["mae"] = mae
        log.info("epoch %d loss %.3f valid MAE %.2f h", epoch, mean_loss, mae)
