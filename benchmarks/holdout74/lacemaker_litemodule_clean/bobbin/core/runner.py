import torch


class Runner:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.logged = []

    def _val_loop(self, module, val):
        was_training = module.training
        module.eval()
        with torch.no_grad():
            accs = [module.validation_step(b, i) for i, b in enumerate(val)]
        module.log(self, "val_acc", sum(accs) / len(accs))
        module.train(was_training)

    def fit(self, module, train, val):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for idx, batch in enumerate(train):
                loss = module.training_step(batch, idx)
                opt.zero_grad()
                loss.backward()
                opt.step()
                module.log(self, "train_loss", loss.item())
                if self.val_check_interval and (idx + 1) % self.val_check_interval == 0:
                    self._val_loop(module, val)
