import torch


class Engine:
    def __init__(self, epochs=1, val_every=2):
        self.epochs = epochs
        self.val_every = val_every
        self.step = 0

    def _validate(self, task, val_data):
        task.on_validation_start()
        with torch.no_grad():
            scores = [task.validation_step(b) for b in val_data]
        task.on_validation_end(scores)

    def run(self, task, train_data, val_data):
        task.model.train()
        for _ in range(self.epochs):
            for batch in train_data:
                loss = task.training_step(batch)
                task.optimizer.zero_grad()
                loss.backward()  # TM001-here
                task.optimizer.step()
                self.step += 1
                if self.step % self.val_every == 0:
                    self._validate(task, val_data)
        return task
