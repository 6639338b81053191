import logging

import torch

log = logging.getLogger("scrim.loop")


class Loop:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval

    def fit(self, task, dm):
        opt = task.configure_optimizers()
        train_dl, val_dl = dm.train_dataloader(), dm.val_dataloader()
        for epoch in range(self.max_epochs):
            task.train()
            for batch_idx, batch in enumerate(train_dl):
                loss = task.training_step(batch, batch_idx)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
                if self.val_check_interval and (batch_idx + 1) % self.val_check_interval == 0:
                    self.run_validation(task, val_dl)
            task.on_train_epoch_end(epoch)

    def run_validation(self, task, val_dl):
        task.on_validation_start()
        task.eval()
        outputs = []
        with torch.no_grad():
            for batch_idx, batch in enumerate(val_dl):
                outputs.append(task.validation_step(batch, batch_idx))
        task.on_validation_end(outputs)
