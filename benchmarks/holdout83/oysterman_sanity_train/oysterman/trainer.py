import logging

import torch

log = logging.getLogger("oysterman")


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr

    def _validate(self, model, loader, limit=None):
        model.eval()
        accs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                accs.append(model.validation_step(batch).item())
        return sum(accs) / max(len(accs), 1)

    def _train_epoch(self, model, loader, opt):
        model.train()
        for batch in loader:
            loss = model.training_step(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()

    def fit(self, model, train_loader, val_loader):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        if self.num_sanity_val_steps:
            self._validate(model, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            loss = self._train_epoch(model, train_loader, opt)
            acc = self._validate(model, val_loader)
            log.info("epoch %d loss %.3f acc %.3f", epoch, loss, acc)
        return model
