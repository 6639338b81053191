import torch
import torch.nn.functional as F

from .utils import evaluating


class FeedTrainer:
    def __init__(self, model, val_every=2, epochs=1, batch=4):
        self.model = model
        self.val_every = val_every
        self.epochs = epochs
        self.batch = batch
        self.val_log = []
        g = torch.Generator().manual_seed(3)
        self.x = torch.randn(16, 6, 3, generator=g)
        self.y = self.x[:, :, 0].mean(1)
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    @evaluating
    def validate(self):
        return F.mse_loss(self.model(self.x[12:]), self.y[12:]).item()

    def fit(self):
        step = 0
        for _ in range(self.epochs):
            self.model.train()
            for i in range(0, 12, self.batch):
                self.opt.zero_grad()
                loss = F.mse_loss(self.model(self.x[i:i + self.batch]), self.y[i:i + self.batch])
                loss.backward()
                self.opt.step()
                step += 1
                if step % self.val_every == 0:
                    self.val_log.append(round(self.validate(), 4))
