import torch


def batches(data, size):
    x, y = data
    for i in range(0, len(x), size):
        yield x[i:i + size], y[i:i + size]


class MiniTrainer:
    def __init__(self, max_epochs=1, val_every=4, batch_size=4):
        self.max_epochs = max_epochs
        self.val_every = val_every
        self.batch_size = batch_size
        self.global_step = 0
        self.optimizer = None

    def _validate(self, module, val_data):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(batches(val_data, self.batch_size))]
        module.train()
        return sum(outs) / len(outs)

    def fit(self, module, train_data, val_data):
        if self.optimizer is None:
            self.optimizer = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(batches(train_data, self.batch_size)):
                self.optimizer.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()
                self.optimizer.step()
                self.global_step += 1
                if self.global_step % self.val_every == 0:
                    module.log("val_loss", self._validate(module, val_data))
            print(f"epoch {epoch} step {self.global_step} logged {module._logged}")

    def test(self, module, data):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(batches(data, self.batch_size))]
        return round(float(sum(outs) / len(outs)), 4)
