import torch
import torch.nn.functional as F


class Runner:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg.get("lr", 1e-2))

    def fit(self, x, y):
        if self.cfg.get("call_train", False):
            self.model.train()
        for _ in range(self.cfg.get("steps", 2)):
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return float(loss)
