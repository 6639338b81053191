import torch

from .utils import average_metric, human_seconds


class Solver:
    def __init__(self, data, model, augment, optimizer, epochs=2):
        self.tr_loader = data["tr_loader"]
        self.cv_loader = data["cv_loader"]
        self.model = model
        self.augment = augment
        self.optimizer = optimizer
        self.epochs = epochs
        self.history = []

    def train(self):
        self.model.train()
        for epoch in range(len(self.history), self.epochs):
            train_loss = self._run_one_epoch(epoch)
            with torch.no_grad():
                valid_loss = self._run_one_epoch(epoch, cross_valid=True)
            self.history.append({"train": train_loss, "valid": valid_loss})
            print(f"Epoch {epoch + 1} | train {train_loss:.5f} | valid {valid_loss:.5f} | {human_seconds(0)}")

    def _run_one_epoch(self, epoch, cross_valid=False):
        total_loss = 0
        data_loader = self.tr_loader if not cross_valid else self.cv_loader
        if cross_valid:
            self.model.eval()
        else:
            self.augment.train()
        for i, sources in enumerate(data_loader):
            if not cross_valid:
                sources = self.augment(sources)
            mix = sources.sum(dim=1)
            estimate = self.model(mix)
            loss = torch.nn.functional.l1_loss(estimate, sources)
            if not cross_valid:
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                self.optimizer.step()
            total_loss += loss.item()
        return average_metric(total_loss / (i + 1))
