"""Epoch loop: one pass over the training set, then cross-validation; keeps the best cv loss."""
import torch


class Solver:
    def __init__(self, data, model, optimizer, epochs=2):
        self.tr_loader, self.cv_loader = data["tr_loader"], data["cv_loader"]
        self.model = model
        self.optimizer = optimizer
        self.epochs = epochs
        self.ctc = torch.nn.CTCLoss(zero_infinity=True)
        self.best_val_loss = float("inf")

    def train(self):
        for epoch in range(self.epochs):
            self.model.train()
            tr_avg_loss = self._run_one_epoch(epoch)
            print(f"Epoch {epoch + 1} | Train Loss {tr_avg_loss:.3f}")

            self.model.eval()
            val_loss = self._run_one_epoch(epoch, cross_valid=True)
            print(f"Epoch {epoch + 1} | Valid Loss {val_loss:.3f}")
            self.best_val_loss = min(self.best_val_loss, val_loss)

    def _run_one_epoch(self, epoch, cross_valid=False):
        total_loss = 0.0
        loader = self.tr_loader if not cross_valid else self.cv_loader
        for i, (xs, ys, ilens, olens) in enumerate(loader):
            with torch.set_grad_enabled(not cross_valid):
                logp = self.model(xs)
                loss = self.ctc(logp.transpose(0, 1), ys, ilens, olens)
            if not cross_valid:
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
            total_loss += loss.item()
        return total_loss / (i + 1)
