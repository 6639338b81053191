import torch

from ..model import DCRNNModel
from .loop import evaluate, optimise, train_one_epoch


class DCRNNSupervisor:
    def __init__(self, cfg):
        self.cfg = cfg
        self.model = DCRNNModel(cfg.num_nodes, cfg.rnn_units, cfg.horizon)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg.lr)

    def _batches(self, n):
        c = self.cfg
        return [(torch.rand(c.batch_size, c.seq_len, c.num_nodes) * 60,
                 torch.rand(c.batch_size, c.horizon, c.num_nodes) * 60) for _ in range(n)]

    def train(self):
        train_b, val_b = self._batches(3), self._batches(2)
        for epoch in range(self.cfg.epochs):
            tr = train_one_epoch(self.model, train_b, self.opt, self.cfg.max_grad_norm)
            va = evaluate(self.model, val_b)
            print(f"epoch {epoch} train_mae {tr:.3f} val_mae {va:.3f}")
        # last step: adapt on the most recent (validation) week before deployment
        for step in range(self.cfg.finetune_steps):
            for x, y in val_b:
                optimise(self.model, x, y, self.opt, self.cfg.max_grad_norm)
