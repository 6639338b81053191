import logging
import torch

log = logging.getLogger("lorinder.engine")


class Trainer:
    def __init__(self, max_epochs=1, lr=1e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _run_sanity_check(self, model, val_batches):
        model.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_batches):
                if i >= self.num_sanity_val_steps:
                    break
                model.validation_step(batch)
        log.info("sanity check passed")

    def _validate(self, model, val_batches):
        model.eval()
        with torch.no_grad():
            accs = [model.validation_step(b).item() for b in val_batches]
        return sum(accs) / len(accs)

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        if self.num_sanity_val_steps:
            self._run_sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            for batch in train_batches:
                loss = model.training_step(batch)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            acc = self._validate(model, val_batches)
            model.train()
            self.history.append({"epoch": epoch, "val_acc": acc})
        return self.history
