import torch
import torch.nn.functional as F


class BaseTrainer:
    def __init__(self, model, lr=1e-3, epochs=1):
        self.model = model
        self.epochs = epochs
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.state = {"epoch": 0, "val_acc": None}

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, loss):
        print(f"epoch {epoch} train loss {loss:.4f}")

    def on_validation_end(self, batch, acc):
        pass

    # loops -------------------------------------------------------------
    def train_epoch(self, loader):
        self.model.train()
        total = 0.0
        for x, y in loader:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(loader)

    def validate(self, loader):
        self.model.eval()
        correct = n = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                n += y.numel()
        acc = correct / n
        self.state["val_acc"] = acc
        self.on_validation_end(loader[0], acc)
        return acc

    def fit(self, train_loader, val_loader):
        for epoch in range(self.epochs):
            self.state["epoch"] = epoch
            self.on_epoch_start(epoch)
            loss = self.train_epoch(train_loader)
            self.validate(val_loader)
            self.on_epoch_end(epoch, loss)
