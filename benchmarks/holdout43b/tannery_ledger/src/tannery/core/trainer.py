"""The loop: sanity validation, then epochs of training and validation."""
import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2, log_every=10):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.log_every = log_every
        self.logged = {}
        self.val_acc_history = []

    def _run_validation(self, module, loader, limit=None):
        module.eval()
        accs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                accs.append(module.validation_step(batch, i))
        return sum(accs) / max(len(accs), 1)

    def _train_epoch(self, module, loader, opt, epoch):
        for i, batch in enumerate(loader):
            loss = module.training_step(batch, i)
            opt.zero_grad()
            module.backward(loss)
            opt.step()
            module.log("train_loss", loss.item(), self.logged)
            if i % self.log_every == 0:
                print(f"epoch {epoch} batch {i} loss {loss.item():.4f}")

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        if self.num_sanity_val_steps:
            self._run_validation(module, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            self._train_epoch(module, train_loader, opt, epoch)
            acc = self._run_validation(module, val_loader)
            self.val_acc_history.append(acc)
            module.train()
        return module
