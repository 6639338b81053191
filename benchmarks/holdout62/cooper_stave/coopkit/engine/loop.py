import torch


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr
        self.history = []

    def _validate(self, module, loader, limit=None):
        module.eval()
        losses = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                losses.append(module.validation_step(batch))
        return sum(losses) / max(len(losses), 1)

    def _run_sanity_check(self, module, val_loader):
        if self.num_sanity_val_steps > 0:
            self._validate(module, val_loader, limit=self.num_sanity_val_steps)

    def _train_epoch(self, module, loader, opt):
        for batch in loader:
            loss = module.training_step(batch)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return loss.item()

    def fit(self, module, train_loader, val_loader):
        opt = torch.optim.Adam(module.parameters(), lr=self.lr)
        module.train()
        self._run_sanity_check(module, val_loader)
        for epoch in range(self.max_epochs):
            tr = self._train_epoch(module, train_loader, opt)
            va = self._validate(module, val_loader)
            module.train()
            self.history.append((epoch, tr, va))
        return self.history
