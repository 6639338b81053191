import torch
import torch.nn.functional as F


class BaseTrainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.val_batch = self.sample()

    def sample(self):
        c = self.cfg
        x = torch.randn(c["batch"], c["seq"], c["features"])
        return x, x[:, :, 0].sum(1, keepdim=True)

    # hooks ---------------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, epoch, val_loss):
        pass

    # loop ----------------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            x, y = self.val_batch
            return F.mse_loss(self.model(x), y).item()

    def fit(self):
        history = []
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            for _ in range(self.cfg["steps"]):
                self.training_step(self.sample())
            v = self.validate()
            self.on_validation_end(epoch, v)
            history.append(v)
        return history
