import torch


class Runner:
    def __init__(self, max_epochs=1, check_val_every_n_epoch=1):
        self.max_epochs = max_epochs
        self.check_val_every_n_epoch = check_val_every_n_epoch
        self.logged = {}

    def _val_loop(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            accs = [module.validation_step(b, i) for i, b in enumerate(val_loader)]
        self.logged["val_acc"] = float(torch.stack(accs).mean())
        module.train()

    def _train_loop(self, module, optimizer, train_loader):
        for i, batch in enumerate(train_loader):
            optimizer.zero_grad()
            loss = module.training_step(batch, i)
            loss.backward()
            optimizer.step()
        self.logged["train_loss"] = loss.item()

    def fit(self, module, train_loader, val_loader):
        optimizer = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            self._train_loop(module, optimizer, train_loader)
            if (epoch + 1) % self.check_val_every_n_epoch == 0:
                self._val_loop(module, val_loader)
