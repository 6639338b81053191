"""A tiny Keras-like Trainer: fit() loops over epochs, runs training_step on each batch
and evaluate() on the validation loader at the end of every epoch."""
import time

import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, optimizer, max_epochs=2, log_every=2, grad_clip=1.0):
        self.model = model
        self.optimizer = optimizer
        self.max_epochs = max_epochs
        self.log_every = log_every
        self.grad_clip = grad_clip
        self.history = {"train_loss": [], "val_loss": [], "val_acc": []}

    def training_step(self, batch):
        x, lengths, y = batch
        logits = self.model(x, lengths)
        return F.cross_entropy(logits, y)

    def evaluate(self, loader):
        self.model.eval()
        total, correct, loss_sum = 0, 0, 0.0
        with torch.no_grad():
            for x, lengths, y in loader:
                logits = self.model(x, lengths)
                loss_sum += F.cross_entropy(logits, y, reduction="sum").item()
                correct += (logits.argmax(-1) == y).sum().item()
                total += y.numel()
        return loss_sum / total, correct / total

    def fit(self, train_loader, val_loader):
        self.model.train()
        for epoch in range(self.max_epochs):
            start = time.time()
            running = 0.0
            for step, batch in enumerate(train_loader):
                loss = self.training_step(batch)
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.grad_clip)
                self.optimizer.step()
                running += loss.item()
                if step % self.log_every == 0:
                    print(f"epoch {epoch} step {step} loss {loss.item():.4f}")
            val_loss, val_acc = self.evaluate(val_loader)
            self.history["train_loss"].append(running / len(train_loader))
            self.history["val_loss"].append(val_loss)
            self.history["val_acc"].append(val_acc)
            print(f"epoch {epoch} done in {time.time() - start:.2f}s val_loss={val_loss:.3f} acc={val_acc:.2f}")
        return self.history
