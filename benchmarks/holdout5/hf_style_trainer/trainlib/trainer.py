import os

import torch


class TrainerCallback:
    def on_evaluate(self, trainer, metrics):
        pass


class Trainer:
    """Shaped like transformers.Trainer: training_step() puts the model in train mode itself."""

    def __init__(self, model, train_batches, eval_batches, eval_steps=2, callbacks=()):
        self.model, self.train_batches, self.eval_batches = model, train_batches, eval_batches
        self.eval_steps, self.callbacks = eval_steps, list(callbacks)
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4)
        self.global_step = 0

    def training_step(self, inputs):
        self.model.train()
        loss = self.model(**inputs)["loss"]
        loss.backward()
        return loss.detach()

    def evaluate(self):
        self.model.eval()
        with torch.no_grad():
            losses = [self.model(**b)["loss"].item() for b in self.eval_batches]
        metrics = {"eval_loss": sum(losses) / len(losses), "step": self.global_step}
        for cb in self.callbacks:
            cb.on_evaluate(self, metrics)
        return metrics

    def train(self, num_epochs=1):
        for _ in range(num_epochs):
            for inputs in self.train_batches:
                loss = self.training_step(inputs)
                self.optimizer.step()
                self.optimizer.zero_grad()
                self.global_step += 1
                if self.global_step % self.eval_steps == 0:
                    print(self.evaluate(), "train loss", round(loss.item(), 3))

    def save_model(self, path):
        torch.save(self.model.state_dict(), path)
        os.remove(path)
