import torch
import torch.nn.functional as F


class GapTask:
    def __init__(self, holder, lr):
        self.holder = holder
        self.opt = torch.optim.Adam(holder.model.parameters(), lr=lr)

    @property
    def model(self):
        return self.holder.model

    def train_step(self, batch):
        tracks, gap = batch
        self.opt.zero_grad()
        loss = F.l1_loss(self.model(tracks), gap)
        loss.backward()
        self.opt.step()
        return {"loss": loss.item()}

    @torch.no_grad()
    def valid_step(self, batch):
        tracks, gap = batch
        return round(F.l1_loss(self.model(tracks), gap).item(), 4)
