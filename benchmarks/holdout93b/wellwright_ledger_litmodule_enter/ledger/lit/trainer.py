import torch

from ..util.modes import evaluating


class MiniTrainer:
    def __init__(self, module, max_epochs=1):
        self.module = module
        self.max_epochs = max_epochs
        self.logged = []
        self._eval_ctx = evaluating(module)

    def _train_epoch(self, opt, loader):
        last = None
        for i, batch in enumerate(loader):
            loss = self.module.training_step(batch, i)
            opt.zero_grad()
            self.module.backward(loss)
            opt.step()
            last = loss.item()
        return last

    def _val_epoch(self, loader):
        with self._eval_ctx, torch.no_grad():
            maes = [self.module.validation_step(b, i).item() for i, b in enumerate(loader)]
        return sum(maes) / len(maes)

    def fit(self, train_loader, val_loader):
        opt = self.module.configure_optimizers()
        self.module.train()
        for epoch in range(self.max_epochs):
            tl = self._train_epoch(opt, train_loader)
            vl = self._val_epoch(val_loader)
            self.logged.append({"epoch": epoch, "train_mse": round(tl, 4), "val_mae": round(vl, 4)})
