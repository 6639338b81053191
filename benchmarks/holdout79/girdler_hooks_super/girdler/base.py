import torch


class HookTrainer:
    def __init__(self, task, max_epochs=1, lr=5e-3):
        self.task = task
        self.max_epochs = max_epochs
        self.opt = torch.optim.SGD(task.model.parameters(), lr=lr)
        self.history = []

    # ---- hooks -------------------------------------------------
    def on_epoch_start(self, epoch):
        self.task.model.train()

    def on_batch_end(self, step, loss):
        pass

    def on_validation_start(self):
        self.task.model.eval()

    def on_validation_end(self, metrics):
        self.history.append(metrics)
        self.task.model.train()

    # ---- loops -------------------------------------------------
    def run_validation(self):
        self.on_validation_start()
        with torch.no_grad():
            metrics = self.task.validation_step(*self.task.val_batch())
        self.on_validation_end(metrics)

    def fit(self):
        for epoch in range(self.max_epochs):
            self.on_epoch_start(epoch)
            for step, batch in enumerate(self.task.train_batches(), start=1):
                self.opt.zero_grad()
                loss = self.task.training_step(*batch)
                loss.backward()
                self.opt.step()
                self.on_batch_end(step, loss.item())
