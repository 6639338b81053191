"""Step-based engine; validation can run in the middle of an epoch."""
import torch


class Engine:
    def __init__(self, config):
        self.cfg = dict(config)
        self.step = 0
        self.val_log = []

    def evaluate(self, task, batches):
        was_training = task.training
        task.eval()
        with torch.no_grad():
            losses = [task.validation_step(b) for b in batches]
        task.training = was_training
        return sum(losses) / len(losses)

    def fit(self, task, train_batches, val_batches):
        opt = task.configure_optimizers(self.cfg["lr"])
        task.train()
        for epoch in range(self.cfg["epochs"]):
            for batch in train_batches:
                opt.zero_grad()
                loss = task.training_step(batch)
                loss.backward()  # TM001-here
                opt.step()
                self.step += 1
                if self.step % self.cfg["val_every"] == 0:
                    self.val_log.append(self.evaluate(task, val_batches))
        return self.val_log
