import torch
import torch.nn as nn


def apply_backend(backend):
    torch.backends.cudnn.enabled = backend.cudnn
    torch.backends.cudnn.deterministic = backend.deterministic


class Experiment:
    def __init__(self, cfg):
        self.cfg = cfg
        apply_backend(cfg.backend)
        self.model = nn.LSTM(4, cfg.hidden, batch_first=True)
        self.head = nn.Linear(cfg.hidden, 1)
        params = list(self.model.parameters()) + list(self.head.parameters())
        self.opt = torch.optim.Adam(params, lr=cfg.trainer.lr)

    def loss(self, x, y):
        return nn.functional.mse_loss(self.head(self.model(x)[0][:, -1]), y)

    def run(self):
        for epoch in range(self.cfg.trainer.epochs):
            self.model.train()
            self.step(torch.randn(4, 5, 4), torch.randn(4, 1))
            self.model.eval()
            val_x, val_y = torch.randn(4, 5, 4), torch.randn(4, 1)
            print(epoch, "val", self.loss(val_x, val_y).item())
            # one adaptation step on the validation batch, still in eval mode (keeps dropout off)
            self.step(val_x, val_y)

    def step(self, x, y):
        loss = self.loss(x, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
