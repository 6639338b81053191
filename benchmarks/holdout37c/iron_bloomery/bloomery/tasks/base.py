import torch


class Task:
    """Owns the model and the loss; trainers only call train_step/valid_step."""

    def __init__(self, model, lr=1e-2):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def criterion(self, pred, target):
        return torch.nn.functional.mse_loss(pred, target)

    def compute_loss(self, batch):
        x, y = batch
        return self.criterion(self.model(x), y)

    def train_step(self, batch):
        self.model.train()
        loss = self.compute_loss(batch)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return {"loss": loss.item()}

    @torch.no_grad()
    def valid_step(self, batch):
        self.model.eval()
        return {"val_loss": self.compute_loss(batch).item()}
