import torch
import torch.nn.functional as F


class ThrowTask:
    """Owns the model and the loss; the loop only calls train_step/valid_step."""

    def __init__(self, model, lr):
        self.model = model
        self.criterion = F.binary_cross_entropy
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def train_step(self, batch):
        throws, rate = batch
        self.optimizer.zero_grad()
        loss = self.criterion(self.model(throws), rate)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return {"loss": loss.item()}

    @torch.no_grad()
    def valid_step(self, batch):
        throws, rate = batch
        return round(self.criterion(self.model(throws), rate).item(), 4)
