import torch

from ..utils.meters import Averager


class Loop:
    def __init__(self, max_epochs=2, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.global_step = 0

    def _validate(self, module, val_loader):
        module.eval()
        meter = Averager()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                out = module.validation_step(batch, i)
                if out is not None:
                    meter.update(out)
        module.log("val_loss", meter.value)

    def _backward(self, loss):
        loss.backward()

    def _train_epoch(self, module, opt, train_loader, val_loader):
        module.train()
        every = self.val_check_interval or len(train_loader)
        for i, batch in enumerate(train_loader):
            loss = module.training_step(batch, i)
            opt.zero_grad()
            self._backward(loss)
            opt.step()
            self.global_step += 1
            if (i + 1) % every == 0:
                self._validate(module, val_loader)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for _ in range(self.max_epochs):
            self._train_epoch(module, opt, train_loader, val_loader)
        return module._logged
