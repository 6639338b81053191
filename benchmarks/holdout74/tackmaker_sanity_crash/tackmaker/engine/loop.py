import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, lr=1e-3, max_epochs=1, num_sanity_val_steps=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    @torch.no_grad()
    def _validate(self, loader, limit=None):
        self.model.eval()
        correct, total = 0, 0
        for i, (x, y) in enumerate(loader):
            if limit is not None and i >= limit:
                break
            correct += (self.model(x).argmax(-1) == y).sum().item()
            total += y.numel()
        return correct / max(total, 1)

    def _run_sanity_check(self, val_loader):
        if self.num_sanity_val_steps > 0:
            self._validate(val_loader, limit=self.num_sanity_val_steps)

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self.model(x), y)

    def fit(self, train_loader, val_loader):
        self._run_sanity_check(val_loader)
        for epoch in range(self.max_epochs):
            running = 0.0
            for batch in train_loader:
                loss = self.training_step(batch)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                running += loss.item()
            acc = self._validate(val_loader)
            self.history.append((epoch, running / len(train_loader), acc))
