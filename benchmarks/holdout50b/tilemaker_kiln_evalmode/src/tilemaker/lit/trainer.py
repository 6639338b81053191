import torch

from .modes import EvalMode


class MiniTrainer:
    def __init__(self, max_epochs=2, check_val_every_n_epoch=1):
        self.max_epochs = max_epochs
        self.check_val_every_n_epoch = check_val_every_n_epoch

    def backward(self, loss):
        loss.backward()

    def _run_validation(self, module, val_loader):
        with EvalMode(module), torch.no_grad():
            losses = [module.validation_step(b, i) for i, b in enumerate(val_loader())]
        return torch.stack(losses).mean().item()

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader()):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                self.backward(loss)
                opt.step()
            if (epoch + 1) % self.check_val_every_n_epoch == 0:
                val = self._run_validation(module, val_loader)
                print(f"epoch {epoch}: train {module._logged['train_loss']:.4f} val {val:.4f}")
