import torch


class Trainer:
    def __init__(self, max_epochs=1, val_check_interval=2):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.logged = []

    def _run_validation(self, module, val_batches):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(val_batches)]
        self.logged.append(sum(o.item() for o in outs) / len(outs))

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_batches):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                module.manual_backward(loss)
                opt.step()
                if (i + 1) % self.val_check_interval == 0:
                    self._run_validation(module, val_batches)
        return self.logged
